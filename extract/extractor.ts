// The extraction pipeline for one paper: candidate names from several rule families, grouped into entities,
// given roles, then numeric results. Pure: no I/O, no clock, no randomness.
import type {
  EntityType,
  Extraction,
  ExtractedEntity,
  ExtractedResult,
  PaperText,
  Role,
} from '../src/domain/types.js';
import {
  ALIAS_MODIFIERS,
  COORDINATED_METRIC,
  APPOSITION,
  EVAL_LIST_BEFORE,
  FOLLOWING_DATA_NOUN,
  METHOD_LIST_BEFORE,
  MEASURE_HEAD,
  EVAL_SENTENCE,
  FOLLOWING_NOUN,
  GENERIC_RESULT_HEADS,
  LOWER_CASE_NAME_HEADS,
  MEASURE_SENTENCE,
  METRIC_HEAD_PHRASE,
  METRIC_MODIFIER_STOP,
  NAMED_TYPES,
  NOT_METRIC_MODIFIER,
  NOUN_LIKE_MODIFIER,
  PHRASE_STOP,
  RESULT_METRIC_PATTERNS,
  TASK_EVIDENCE,
  TASK_PHRASE_STOP,
  TASK_ITEM,
  TASK_LIST,
  TASK_FOCUS,
  TITLE_NAME_HEAD,
  TITLE_OPENERS,
  TITLE_TASK,
  TYPE_NOUNS,
  WEAK_METRICS,
  isEvaluationFramework,
  typeFromLongForm,
} from './cues.js';
import { findAcronymDefinitions, type AcronymDefinition } from './acronyms.js';
import { buildLexicon, type Lexicon } from './lexicon/index.js';
import { matchLexicon, type LexiconMatch } from './matcher.js';
import { continuesName, lexiconTypesOf, shapeOf, SIZE_PART, type NameShape } from './names.js';
import { modelFamily } from './resolve.js';
import { findValues, kindOf, outcomeJudge } from './results.js';
import {
  combineRoles,
  isNamedHere,
  isProposalSentence,
  isUsedBefore,
  mentionRole,
  proposalVerbEnd,
  type MentionRole,
} from './roles.js';
import {
  chunksOf,
  fold,
  MAX_TEXT_CHARS,
  splitSentences,
  tokensOf,
  type Chunk,
  type Sentence,
  type Token,
} from './text.js';

interface Mention {
  start: number;
  end: number;
  surface: string;
  sentence: number;
  role: MentionRole;
  /** The words before it say the paper uses it ("based on X"). */
  usedBefore: boolean;
}

interface Draft {
  type: EntityType;
  name: string;
  /** Votes for the type, by confidence. */
  typeVotes: Map<EntityType, number>;
  known: boolean;
  mentions: Mention[];
  /** "start:end" of every mention, so repeated mentions are dropped in constant time. */
  mentionSpans: Set<string>;
  aliases: Set<string>;
  proposed: boolean;
  /** Defined by a lower-case long form ("text-to-image (T2I)"): a common notion unless explicitly introduced. */
  lowerCaseDefinition?: boolean;
}

/** Cues computed once per sentence (a pathological one-sentence megabyte must not be rescanned per word). */
interface SentenceCues {
  proposalVerbEnd: number;
  isProposal: boolean;
  isEvaluation: boolean;
}

/** Results beyond this many per paper are noise from a malformed record. */
const MAX_RESULTS = 200;
/** Role cues look this far around a mention. */
const ROLE_WINDOW = 300;

export interface Extractor {
  extract(paper: PaperText): Extraction;
}

export function createExtractor(lexicon: Lexicon = buildLexicon()): Extractor {
  return { extract: (paper) => extractWith(lexicon, paper) };
}

function extractWith(lex: Lexicon, paper: PaperText): Extraction {
  const title = typeof paper.title === 'string' ? paper.title : null;
  const abstract = typeof paper.abstract === 'string' ? paper.abstract : '';
  const text = (title ? `${title}\n${abstract}` : abstract).slice(0, MAX_TEXT_CHARS);
  const titleEnd = title ? Math.min(title.length, text.length) : -1;
  const sentences = splitSentences(text);
  const doc = new Doc(lex, text, sentences, titleEnd);
  doc.run();
  return { id: String(paper.id), title, entities: doc.entities(), results: doc.results() };
}

class Doc {
  private readonly drafts = new Map<string, Draft>();
  /** Exact surface (and its plural) -> draft key, for acronyms and their long forms. */
  private readonly aliasIndex = new Map<string, string>();
  /** Spans no lexicon phrase may overlap (named entity names and named long forms). */
  private readonly claimed: Uint8Array;
  private readonly cues = new Map<number, SentenceCues>();
  private readonly matchCache = new Map<number, { tokens: Token[]; matches: LexiconMatch[] }>();
  private readonly genericShorts = new Set<string>();
  /** Two-letter acronym matches waiting for a long-form mention of the same entity. */
  private readonly weakMatches: {
    key: string;
    start: number;
    end: number;
    surface: string;
    index: number;
  }[] = [];

  constructor(
    private readonly lex: Lexicon,
    private readonly text: string,
    private readonly sentences: Sentence[],
    private readonly titleEnd: number,
  ) {
    this.claimed = new Uint8Array(text.length + 1);
  }

  run(): void {
    this.acronyms(findAcronymDefinitions(this.sentences));
    this.sentences.forEach((sentence, index) => this.namedPhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.namedChunks(sentence, index));
    this.sentences.forEach((sentence, index) => this.proposalNames(sentence, index));
    this.titlePrefix();
    this.titleTasks();
    this.sentences.forEach((sentence, index) => this.contextTasks(sentence, index));
    this.sentences.forEach((sentence, index) => this.resultMetricPhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.lexiconPhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.metricHeadPhrases(sentence, index));
    this.coordinatedMetrics();
    for (const w of this.weakMatches) {
      const draft = this.drafts.get(w.key);
      if (!draft) continue;
      draft.aliases.add(w.surface);
      this.addMention(draft, w.start, w.end, w.index, this.roleAt(w.index, w.start, draft.type));
    }
    this.mergeCheckpointAliases();
  }

  // ---- rule families ----------------------------------------------------------------------------------------

  private acronyms(defs: AcronymDefinition[]): void {
    for (const def of defs) {
      const short = def.short.replace(/s$/, '') || def.short;
      if (this.lex.generic.has(def.short) || this.lex.generic.has(short)) {
        // LLMs, GPUs: generic even when defined, unless the lexicon knows the long form (RL, RAG).
        if (!this.longFormListing(def.long)) continue;
      }
      const longListing = this.longFormListing(def.long);
      let shortListing = lexiconTypesOf(def.short, this.lex)[0] ?? lexiconTypesOf(short, this.lex)[0];
      // The paper's own definition wins over a listed expansion (a paper may define "DRL" as its own "dual ranking loss").
      if (
        shortListing &&
        !NAMED_TYPES.has(shortListing.type) &&
        !longListing &&
        !sharesContentWord(def.long, shortListing.canonical)
      ) {
        shortListing = undefined;
      }
      const sentence = this.sentences[def.sentenceIndex];
      if (!sentence) continue;
      const coinedShort = /\p{Ll}/u.test(def.short.replace(/s$/, ''));
      const introduced = this.proposedHere(sentence, Math.min(def.shortStart, def.longStart));
      if (!shortListing && !longListing && !coinedShort && !introduced && this.isGenericLongForm(def.long)) {
        this.genericShorts.add(def.short);
        this.genericShorts.add(short);
        continue;
      }
      const longLower = def.long.toLowerCase();
      if (this.lex.genericLongFormHeads.some((h) => longLower.endsWith(h)) && !longListing && !shortListing) {
        this.genericShorts.add(def.short);
        this.genericShorts.add(short);
        continue;
      }
      let type: EntityType;
      let name: string;
      if (longListing && !NAMED_TYPES.has(longListing.type)) {
        type = longListing.type;
        name = longListing.canonical;
      } else if (shortListing) {
        type = shortListing.type;
        name = NAMED_TYPES.has(type) ? def.short : shortListing.canonical;
      } else {
        const afterParen = this.text.slice(
          def.shortStart + def.short.length + 1,
          def.shortStart + def.short.length + 80,
        );
        const noun = FOLLOWING_NOUN.exec(afterParen) ?? APPOSITION.exec(afterParen);
        const nounType = noun
          ? isEvaluationFramework(afterParen, noun)
            ? 'Benchmark'
            : TYPE_NOUNS[(noun[1] ?? '').toLowerCase()]
          : undefined;
        const nounBefore = /\b(?:dataset|benchmark|corpus)\s*$/i.test(
          this.text.slice(Math.max(0, def.longStart - 20), def.longStart),
        );
        type =
          nounType === 'Benchmark' || (nounBefore && def.longStart > def.shortStart)
            ? 'Benchmark'
            : typeFromLongForm(def.long, nounType);
        // A paper introduces methods, not tasks: "we propose Contrastive Anomaly Detection (CAD)".
        if (type === 'Task' && introduced) type = 'Method';
        // A task long form must read as a plain task name ("(SVG-Text); and SVG Captioning" does not).
        if (type === 'Task' && !isTaskName(def.long)) type = 'Method';
        name = type === 'Task' || type === 'Technique' ? def.long.toLowerCase() : short;
      }
      const key = this.keyFor(type, name);
      const draft = this.draft(
        key,
        type,
        name,
        NAMED_TYPES.has(type) ? 2 : 3,
        Boolean(shortListing || longListing),
      );
      if (type === 'Metric' && !longListing && !shortListing) draft.name = def.short;
      if (!/\p{Lu}/u.test(def.long.slice(1)) && !introduced) draft.lowerCaseDefinition = true;
      const firstStart = Math.min(def.shortStart, def.longStart);
      const shortRole =
        type !== 'Task' && this.proposedHere(sentence, firstStart)
          ? 'proposed'
          : this.roleAt(def.sentenceIndex, firstStart, type);
      this.addMention(draft, def.shortStart, def.shortStart + def.short.length, def.sentenceIndex, shortRole);
      if (fold(def.long) !== fold(draft.name)) draft.aliases.add(def.long);
      if (fold(def.short) !== fold(draft.name)) draft.aliases.add(def.short);
      this.addMention(draft, def.longStart, def.longStart + def.long.length, def.sentenceIndex, shortRole);
      this.aliasIndex.set(def.short, key);
      this.aliasIndex.set(short, key);
      this.aliasIndex.set(`${short}s`, key);
      if (NAMED_TYPES.has(type) || type === 'Metric')
        this.claim(def.longStart, def.longStart + def.long.length);
      this.claim(def.shortStart, def.shortStart + def.short.length);
      // Later occurrences of the long form are mentions of the same entity.
      if (NAMED_TYPES.has(type)) this.findRepeats(draft, def.long, def.longStart);
    }
  }

  /**
   * "knowledge graphs (KGs)", "rule-based (RB)", "user-generated content (UGC)": a lower-case long form names a kind
   * of thing unless its head says method (likelihood, learning, search ...), task or metric.
   */
  private isGenericLongForm(long: string): boolean {
    if (/\p{Lu}/u.test(long.slice(1))) return false;
    if (/-(?:based|driven|like|level|aware)$/i.test(long)) return true;
    const head = (
      long
        .toLowerCase()
        .split(/[\s-]+/)
        .pop() ?? ''
    )
      .replace(/(?:ies)$/, 'y')
      .replace(/s$/, '');
    if (this.lex.genericObjectHeads.has(head)) return true;
    return !LOWER_CASE_NAME_HEADS.test(head);
  }

  private longFormListing(long: string): { type: EntityType; canonical: string } | undefined {
    const key = fold(long);
    const entries = this.lex.entries.get(key) ?? this.lex.entries.get(key.replace(/s$/, ''));
    const e = entries?.[0];
    if (e) return { type: e.type, canonical: e.canonical };
    // "text-to-image (T2I)" abbreviates the listed task "text-to-image generation".
    for (const head of ['generation', 'synthesis', 'translation', 'retrieval']) {
      const task = this.lex.entries.get(key + head)?.find((x) => x.type === 'Task');
      if (task && /-/.test(long)) return { type: task.type, canonical: task.canonical };
    }
    return undefined;
  }

  private namedChunks(sentence: Sentence, index: number): void {
    const chunks = chunksOf(sentence);
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      if (!chunk || this.isClaimed(chunk.start, chunk.end)) continue;
      const aliasKey = this.aliasIndex.get(chunk.text);
      if (aliasKey) {
        const draft = this.drafts.get(aliasKey);
        if (draft) {
          this.addMention(draft, chunk.start, chunk.end, index, this.roleAt(index, chunk.start, draft.type));
          this.claim(chunk.start, chunk.end);
        }
        continue;
      }
      if (this.genericShorts.has(chunk.text)) continue;
      const shape = shapeOf(chunk.text, this.lex);
      if (!shape) {
        this.capitalisedBeforeTypeNoun(sentence, index, chunks, i);
        continue;
      }
      // Sentence-initial plain capitalised words are not names unless the lexicon lists them.
      let end = chunk.start + shape.name.length;
      let consumed = i;
      if (shape.type === 'Model' || shape.type === 'Benchmark') {
        for (let j = i + 1; j < chunks.length; j++) {
          const next = chunks[j];
          const prev = chunks[j - 1];
          if (!next || !prev || prev.end !== end) break;
          if (!/^ $/.test(this.text.slice(prev.end, next.start))) break;
          if (!continuesName(shape.type, next.text, this.lex)) break;
          end = next.end;
          consumed = j;
        }
      }
      const surface = this.text.slice(chunk.start, end);
      const type = this.contextType(sentence, chunk.start, end, shape);
      // An exact listed form resolves to its canonical name ("3DGS" and "3D Gaussian Splatting" are one entity).
      const canonical = shape.canonical && surface === shape.name ? shape.canonical : surface;
      const key = this.keyFor(type.type, canonical);
      const draft = this.draft(key, type.type, canonical, type.confidence, shape.known);
      if (fold(canonical) !== fold(surface)) draft.aliases.add(surface);
      // "a GS-enabled method": a name used as a modifier is something the paper builds on.
      const asModifier = shape.name.length < chunk.text.length;
      const role =
        !shape.known && !asModifier && this.proposedHere(sentence, chunk.start)
          ? 'proposed'
          : this.roleAt(index, chunk.start, type.type);
      this.addMention(draft, chunk.start, end, index, role);
      this.claim(chunk.start, end);
      i = consumed;
    }
  }

  /** Listed multi-word names ("Stable Diffusion v1.5", "Natural Questions") that no single word shows. */
  private namedPhrases(sentence: Sentence, index: number): void {
    for (const match of this.lexiconMatches(index, sentence).matches) {
      if (!/\s/.test(match.surface) || this.isClaimed(match.start, match.end)) continue;
      const entry = match.entries.find((e) => NAMED_TYPES.has(e.type));
      if (!entry) continue;
      let end = match.end;
      // Versions and variants after the name belong to it.
      for (let guard = 0; guard < 4; guard++) {
        const next = /^ ([^\s,;:()]+)/.exec(this.text.slice(end, end + 40));
        const word = next?.[1]?.replace(/[.]$/, '');
        if (!word || !continuesName(entry.type, word, this.lex)) break;
        end += 1 + word.length;
      }
      const surface = this.text.slice(match.start, end);
      // An exact listed form resolves to its canonical name ("3DGS" and "3D Gaussian Splatting" are one entity).
      const exact = end === match.end;
      const name = exact ? entry.canonical : surface;
      const draft = this.draft(this.keyFor(entry.type, name), entry.type, name, 3, true);
      if (exact && fold(surface) !== fold(name)) draft.aliases.add(surface);
      this.addMention(draft, match.start, end, index, this.roleAt(index, match.start, entry.type));
      this.claim(match.start, end);
    }
  }

  /** "the Bird benchmark", "on the Spider dataset": a plain capitalised word named by the noun after it. */
  private capitalisedBeforeTypeNoun(sentence: Sentence, index: number, chunks: Chunk[], i: number): void {
    const chunk = chunks[i];
    if (!chunk || i === 0 || this.text.charCodeAt(chunk.end) !== 32 || sentence.start < this.titleEnd) return;
    if (!/^ (?:benchmark|dataset|corpus)\b/i.test(this.text.slice(chunk.end, chunk.end + 12))) return;
    if (!/^\p{Lu}[\p{L}\d-]{1,30}$/u.test(chunk.text)) return;
    if (this.lex.generic.has(chunk.text) || lexiconTypesOf(chunk.text, this.lex).length > 0) return;
    const after = this.text.slice(chunk.end, chunk.end + 20);
    const m = /^ (benchmark|dataset|corpus)\b/i.exec(after);
    if (!m) return;
    const draft = this.draft(this.keyFor('Benchmark', chunk.text), 'Benchmark', chunk.text, 2, false);
    const role = this.proposedHere(sentence, chunk.start)
      ? 'proposed'
      : this.roleAt(index, chunk.start, 'Benchmark');
    this.addMention(draft, chunk.start, chunk.end, index, role);
    this.claim(chunk.start, chunk.end);
  }

  /** Title-case names introduced by "we propose X" / "called X" that the word-shape rules cannot see. */
  private proposalNames(sentence: Sentence, index: number): void {
    const s = sentence.text;
    const candidates: number[] = [];
    const verbEnd = proposalVerbEnd(s);
    if (verbEnd >= 0) candidates.push(verbEnd);
    // Lower-case only: "Named Entity Recognition" does not name anything.
    const naming = /\s(?:called|named|dubbed|termed|coined)\s+/g;
    for (let m = naming.exec(s); m !== null; m = naming.exec(s)) candidates.push(m.index + m[0].length);
    for (const at of candidates) {
      const rest = s.slice(at);
      const m =
        /^\s*(?:(?:a|an|the|our|new|novel|simple|general|unified|lightweight)\s+)*((?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*\s+){0,4}\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*)(?=\s*(?:[,(:]|\s(?:that|which|to|for|as|framework|method|approach|algorithm|model|benchmark|dataset)\b))/u.exec(
          rest,
        );
      if (!m || !m[1]) continue;
      const name = m[1];
      const start = sentence.start + at + (m[0].length - name.length);
      const words = name.split(/\s+/);
      if (this.isClaimed(start, start + name.length)) continue;
      if (words.length === 1 && !/-/.test(name)) continue; // a single plain word ("We introduce Fusion") is too weak
      if (words.every((w) => this.lex.generic.has(w))) continue;
      if (this.longFormListing(name)) continue;
      const after = s.slice(at + m[0].length, at + m[0].length + 80);
      const noun = APPOSITION.exec(after) ?? FOLLOWING_NOUN.exec(after);
      const type = noun ? (TYPE_NOUNS[(noun[1] ?? '').toLowerCase()] ?? 'Method') : 'Method';
      // "Long Name, a.k.a. ShortName": the long name is an alias of the short one.
      const aka = /^\s*,?\s*\(?(?:a\.k\.a\.?|aka|also known as|abbreviated as|or)\s+([^\s,;()]+)/i.exec(
        s.slice(at + m[0].length),
      );
      const akaKey = aka?.[1] ? `N:${fold(aka[1])}` : undefined;
      const akaDraft = akaKey ? this.drafts.get(akaKey) : undefined;
      if (akaDraft) {
        akaDraft.aliases.add(name);
        akaDraft.proposed = true;
        this.addMention(akaDraft, start, start + name.length, index, 'proposed');
        this.claim(start, start + name.length);
        continue;
      }
      const draft = this.draft(this.keyFor(type, name), type, name, 2, false);
      this.addMention(draft, start, start + name.length, index, 'proposed');
      this.claim(start, start + name.length);
      this.findRepeats(draft, name, start);
    }
  }

  /** "X: A Benchmark for ..." in the title introduces X. */
  private titlePrefix(): void {
    if (this.titleEnd <= 0) return;
    const title = this.text.slice(0, this.titleEnd);
    const m = /^\s*([^:\u2014]{2,60}?)\s*(?::|\s--\s|\s\u2014\s)\s*(.*)$/u.exec(title);
    if (!m || !m[1]) return;
    const name = m[1];
    const words = name.split(/\s+/);
    if (
      words.length > 4 ||
      !words.every((w) => /^[\p{Lu}\d\\]/u.test(w) || /^(?:of|for|and|the|via|with|to|in)$/.test(w))
    )
      return;
    const start = title.indexOf(name);
    const existing = [...this.drafts.values()].find((d) => d.mentions.some((x) => x.start === start));
    if (existing) {
      existing.proposed = existing.proposed || existing.known === false;
      return;
    }
    // A single plain word is a name unless it is a usual title opener ("Towards: ...", "Rethinking: ...").
    if (words.length === 1 && (TITLE_OPENERS.test(name) || !/^\p{Lu}/u.test(name))) return;
    // A multi-word title phrase is a name only when the abstract uses it again.
    // ... or when it ends in a head noun that names an artefact ("Liquid State Machines", "Neural Rule Systems").
    if (
      words.length > 1 &&
      !this.text.slice(this.titleEnd).includes(name) &&
      !TITLE_NAME_HEAD.test(words[words.length - 1] ?? '')
    )
      return;
    if (words.length > 1 && TITLE_OPENERS.test(words[0] ?? '')) return;
    if (this.lex.generic.has(name) || lexiconTypesOf(name, this.lex).length > 0 || this.longFormListing(name))
      return;
    const rest = m[2] ?? '';
    const type: EntityType = /\b(?:benchmark|dataset|corpus|suite)\b/i.test(rest) ? 'Benchmark' : 'Method';
    const draft = this.draft(this.keyFor(type, name), type, name, 2, false);
    draft.proposed = true;
    this.addMention(draft, start, start + name.length, 0, 'proposed');
    this.claim(start, start + name.length);
    this.findRepeats(draft, name, start);
  }

  /** Metrics named by how results are reported: "improves premise detection by 45%", "a 30% increase in task success". */
  private resultMetricPhrases(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !/\d/.test(sentence.text)) return;
    for (const [patternIndex, pattern] of RESULT_METRIC_PATTERNS.entries()) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence.text); m !== null; m = pattern.exec(sentence.text)) {
        const phrase = m[1];
        if (!phrase) continue;
        let offset = m.index + m[0].indexOf(phrase);
        let words = phrase.split(' ');
        let alias: string | undefined;
        while (words.length > 0 && /^(?:the|its|their|our|a|an)$/.test(words[0] ?? '')) {
          offset += (words[0]?.length ?? 0) + 1;
          words = words.slice(1);
        }
        const full = words.join(' ');
        if (words.length > 1 && ALIAS_MODIFIERS.has(words[0] ?? '')) {
          alias = full;
          offset += (words[0]?.length ?? 0) + 1;
          words = words.slice(1);
        }
        if (words.length < 2 || words.length > 3) continue;
        if (words.some((w) => METRIC_MODIFIER_STOP.has(w) || PHRASE_STOP.has(w))) continue;
        if (GENERIC_RESULT_HEADS.has(words[words.length - 1] ?? '')) continue;
        // After a bare "34% ..." only a measure-like head is a metric ("34% repetitive content" is not).
        if (
          patternIndex === RESULT_METRIC_PATTERNS.length - 1 &&
          !MEASURE_HEAD.test(words[words.length - 1] ?? '')
        )
          continue;
        const name = words.join(' ');
        const start = sentence.start + offset;
        if (this.isClaimed(start, start + name.length)) continue;
        // A listed Technique or Task is not a metric ("reinforcement learning by 5%").
        const listed = this.longFormListing(name);
        if (listed && listed.type !== 'Metric') continue;
        const draft = this.draft(this.keyFor('Metric', name), 'Metric', name, 2, false);
        if (alias) draft.aliases.add(alias);
        this.addMention(
          draft,
          alias ? start - (alias.length - name.length) : start,
          start + name.length,
          index,
          'used',
        );
        this.claim(start, start + name.length);
      }
    }
  }

  /** "restoration rate", "diversity score": a noun before a measure head names a metric (in a sentence that measures). */
  private metricHeadPhrases(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !MEASURE_SENTENCE.test(sentence.text)) return;
    METRIC_HEAD_PHRASE.lastIndex = 0;
    for (
      let m = METRIC_HEAD_PHRASE.exec(sentence.text);
      m !== null;
      m = METRIC_HEAD_PHRASE.exec(sentence.text)
    ) {
      const words = (m[1] ?? '').trim().split(/\s+/);
      const head = m[2] ?? '';
      // Keep the modifiers nearest the head, stopping at a function word or adverb.
      const kept: string[] = [];
      for (let k = words.length - 1; k >= 0; k--) {
        const w = words[k] ?? '';
        const lower = w.toLowerCase();
        if (
          METRIC_MODIFIER_STOP.has(lower) ||
          PHRASE_STOP.has(lower) ||
          /(?:ly|ed)$/.test(lower) ||
          /[^s]s$/.test(lower) || // plural nouns rarely modify a measure: "judges rate" is a verb phrase
          NOT_METRIC_MODIFIER.has(lower)
        )
          break;
        if (/^\p{Lu}/u.test(w) && k === 0 && m.index === 0) break; // sentence-initial capital
        kept.unshift(w);
      }
      if (kept.length === 0) continue;
      const phrase = `${kept.join(' ')} ${head}`;
      const start = sentence.start + m.index + m[0].length - phrase.length;
      if (this.isClaimed(start, start + phrase.length)) continue;
      const singularHead = head.replace(/s$/, '');
      const name = `${kept.map((w) => (/^\p{Lu}\p{Ll}/u.test(w) && kept.length === 1 && /^[A-Z][a-z]+$/.test(w) && w !== kept[0]?.toLowerCase() ? w : w)).join(' ')} ${singularHead}`;
      const listed = this.longFormListing(name);
      if (listed && listed.type !== 'Metric') continue;
      const canonical =
        listed?.canonical ??
        name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) =>
          kept[0] && /^(?:Bayes|Bregman|Wasserstein|Hamming|Levenshtein|Brier)$/.test(kept[0])
            ? c
            : c.toLowerCase(),
        );
      const draft = this.draft(this.keyFor('Metric', canonical), 'Metric', canonical, 2, Boolean(listed));
      this.addMention(draft, start, start + phrase.length, index, 'used');
      this.claim(start, start + phrase.length);
    }
  }

  /** "... for Radiological Report Classification": a title names the task it addresses after for/on/in or the colon. */
  private titleTasks(): void {
    if (this.titleEnd <= 0) return;
    const title = this.text.slice(0, this.titleEnd);
    TITLE_TASK.lastIndex = 0;
    for (let m = TITLE_TASK.exec(title); m !== null; m = TITLE_TASK.exec(title)) {
      const phrase = m[1] ?? '';
      const start = m.index + m[0].length - phrase.length;
      if (this.isClaimed(start, start + phrase.length)) continue;
      const words = phrase.split(' ');
      if (words.length < 2) continue; // "Lost in Translation" is an idiom, not a task
      if (!isTaskName(phrase)) continue;
      if (
        words.some(
          (w) =>
            this.lex.generic.has(w) ||
            /^(?:Efficient|Robust|Scalable|Fast|Accurate|Improved|Better|Towards|Deep|Neural|Large|Learning|Explainable|Interpretable|Generalizable|Unified|Simple|Novel|Adaptive|Effective)$/.test(
              w,
            ),
        )
      ) {
        continue;
      }
      const name = phrase.toLowerCase();
      // A listed task inside the phrase is found by the lexicon ("Transaction Fraud Detection" -> fraud detection).
      if ([...this.lex.entries.keys()].length > 0 && this.containsListedTask(name)) continue;
      const draft = this.draft(this.keyFor('Task', name), 'Task', name, 2, false);
      this.addMention(draft, start, start + phrase.length, 0, 'neutral');
      this.claim(start, start + phrase.length);
    }
  }

  /** Tasks named where a paper says what it works on: "research on X", "tasks, including A, B and C". */
  private contextTasks(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    const add = (phrase: string, at: number): void => {
      const start = sentence.start + at;
      if (this.isClaimed(start, start + phrase.length)) return;
      const words = phrase.split(' ');
      if (words.some((w) => METRIC_MODIFIER_STOP.has(w) || PHRASE_STOP.has(w) || TASK_PHRASE_STOP.has(w)))
        return;
      if (!isTaskName(phrase)) return;
      const listed = this.longFormListing(phrase);
      if (listed && listed.type !== 'Task') return;
      // A listed task found by the lexicon keeps its own name ("image inpainting").
      if (this.containsListedTask(phrase)) return;
      const name = phrase.toLowerCase();
      const draft = this.draft(this.keyFor('Task', name), 'Task', name, 2, false);
      this.addMention(draft, start, start + phrase.length, index, 'used');
      this.claim(start, start + phrase.length);
    };
    TASK_FOCUS.lastIndex = 0;
    // Cheap literal checks first: the patterns are only worth running where their anchor word occurs.
    const hasFocus = sentence.text.includes(' on ');
    for (
      let m = hasFocus ? TASK_FOCUS.exec(sentence.text) : null;
      m !== null;
      m = TASK_FOCUS.exec(sentence.text)
    ) {
      const phrase = m[1] ?? '';
      add(phrase, m.index + m[0].length - phrase.length);
    }
    TASK_LIST.lastIndex = 0;
    const hasList = sentence.text.includes('task');
    for (
      let m = hasList ? TASK_LIST.exec(sentence.text) : null;
      m !== null;
      m = TASK_LIST.exec(sentence.text)
    ) {
      const list = m[1] ?? '';
      let offset = m.index + m[0].length - list.length;
      for (const item of list.split(/(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/)) {
        const trimmed = item.trim();
        if (TASK_ITEM.test(trimmed)) add(trimmed, offset + item.indexOf(trimmed));
        offset += item.length;
      }
    }
  }

  private containsListedTask(phrase: string): boolean {
    const words = phrase.split(' ');
    for (let i = 0; i < words.length; i++) {
      const entries = this.lex.entries.get(fold(words.slice(i).join(' ')));
      if (entries?.some((e) => e.type === 'Task' || e.type === 'Technique')) return true;
    }
    return false;
  }

  /** "in task success rate and path faithfulness": a measure-like noun phrase coordinated with a metric is one too. */
  private coordinatedMetrics(): void {
    for (const d of [...this.drafts.values()]) {
      if (d.type !== 'Metric') continue;
      for (const m of [...d.mentions]) {
        const sentence = this.sentences[m.sentence];
        if (
          !sentence ||
          !(
            MEASURE_SENTENCE.test(sentence.text) ||
            /\b(?:outperform|surpass|better|worse|compar)/i.test(sentence.text)
          )
        )
          continue;
        const after = this.text.slice(m.end, Math.min(m.end + 60, sentence.end));
        const c = COORDINATED_METRIC.exec(after);
        const phrase = c?.[1];
        if (!c || !phrase) continue;
        const words = phrase.split(' ');
        const head = words[words.length - 1] ?? '';
        if (
          GENERIC_RESULT_HEADS.has(head) ||
          words.some((w) => METRIC_MODIFIER_STOP.has(w) || PHRASE_STOP.has(w))
        )
          continue;
        const start = m.end + c[0].length - phrase.length;
        if (this.isClaimed(start, start + phrase.length)) continue;
        const listed = this.longFormListing(phrase);
        if (listed && listed.type !== 'Metric') continue;
        const name = listed?.canonical ?? phrase;
        const draft = this.draft(this.keyFor('Metric', name), 'Metric', name, 2, Boolean(listed));
        this.addMention(draft, start, start + phrase.length, m.sentence, 'used');
        this.claim(start, start + phrase.length);
      }
    }
  }

  private lexiconPhrases(sentence: Sentence, index: number): void {
    const { tokens, matches } = this.lexiconMatches(index, sentence);
    for (const match of matches) {
      if (this.isClaimed(match.start, match.end)) continue;
      const entry = match.entries.find((e) => !NAMED_TYPES.has(e.type));
      if (!entry) continue;
      let start = match.start;
      let canonical = entry.canonical;
      let alias: string | undefined;
      if (entry.type === 'Metric') {
        if (WEAK_METRICS.has(canonical) && !MEASURE_SENTENCE.test(sentence.text)) continue;
        if (this.lex.metricHeads.has(fold(canonical))) {
          const extended = this.extendMetric(tokens, match.tokenStart);
          if (extended) {
            start = extended.start;
            if (extended.aliasOnly) alias = this.text.slice(start, match.end);
            else canonical = `${this.text.slice(start, match.start).trim().toLowerCase()} ${entry.canonical}`;
          }
        }
      }
      // A generic acronym defined as a class ("LLMs") is never an entity.
      if (this.genericShorts.has(match.surface)) continue;
      // "triplet loss" names a training objective, not a reported loss.
      if (canonical === 'loss' && /[a-z]{3,} $/.test(this.text.slice(Math.max(0, start - 12), start))) {
        const prev = /([a-z]+) $/.exec(this.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
        if (!METRIC_MODIFIER_STOP.has(prev) && !/^(?:training|test|validation|eval|evaluation)$/.test(prev))
          continue;
      }
      const key = this.keyFor(entry.type, canonical);
      if (entry.weak) {
        this.weakMatches.push({ key, start, end: match.end, surface: match.surface, index });
        continue;
      }
      const draft = this.draft(key, entry.type, canonical, 3, true);
      if (alias) draft.aliases.add(alias);
      else if (
        canonical === entry.canonical &&
        fold(match.surface).replace(/e?s$/, '') !== fold(canonical).replace(/e?s$/, '')
      ) {
        draft.aliases.add(match.surface);
      }
      this.addMention(draft, start, match.end, index, this.roleAt(index, start, entry.type));
    }
  }

  /** "grounding accuracy", "macro F1": up to two noun modifiers before a metric head; "average accuracy" is an alias. */
  private extendMetric(
    tokens: Token[],
    tokenStart: number,
  ): { start: number; aliasOnly: boolean } | undefined {
    let start = -1;
    let aliasOnly = false;
    for (let k = tokenStart - 1; k >= Math.max(0, tokenStart - 2); k--) {
      const tok = tokens[k];
      const next = tokens[k + 1];
      if (!tok || !next) break;
      const gap = this.text.slice(tok.end, next.start);
      if (!/^[ -]$/.test(gap)) break;
      if (ALIAS_MODIFIERS.has(tok.lower) && start < 0) {
        return { start: tok.start, aliasOnly: true };
      }
      const surface = this.text.slice(tok.start, tok.end);
      const accepted =
        !METRIC_MODIFIER_STOP.has(tok.lower) &&
        !/\d/.test(tok.lower) &&
        tok.lower.length >= 3 &&
        // Modifiers must read as nouns or relational adjectives ("grounding", "classification", "factual", "type").
        NOUN_LIKE_MODIFIER.test(tok.lower) &&
        !this.isClaimed(tok.start, tok.end) &&
        !(/^\p{Lu}/u.test(surface) && k > 0);
      // A hyphen compound is taken whole or not at all ("character-level accuracy" is not "level accuracy").
      if (!accepted && gap === '-') return undefined;
      if (!accepted) break;
      start = tok.start;
      aliasOnly = false;
    }
    return start >= 0 ? { start, aliasOnly } : undefined;
  }

  /** "Llama3-Zork" and "Llama3-Zork-70B" in one record name one checkpoint: the shorter is an alias. */
  private mergeCheckpointAliases(): void {
    // A new checkpoint's size-less form, where the text uses it, is the same model (not a listed family's checkpoint).
    for (const d of [...this.drafts.values()]) {
      if (d.type !== 'Model' || d.known) continue;
      const cut = /^(.{3,})-\d+(?:\.\d+)?[BMK]$/i.exec(d.name);
      const short = cut?.[1];
      if (!short || this.drafts.has(`N:${fold(short)}`)) continue;
      const before = d.mentions.length;
      this.findRepeats(d, short, -1, true);
      if (d.mentions.length > before) d.aliases.add(short);
    }
    const models = [...this.drafts.entries()].filter(([, d]) => d.type === 'Model');
    for (const [keyShort, short] of models) {
      for (const [keyLong, long] of models) {
        if (short === long || !this.drafts.has(keyShort) || !this.drafts.has(keyLong)) continue;
        if (!long.name.startsWith(`${short.name}-`)) continue;
        const tail = long.name.slice(short.name.length + 1);
        if (!SIZE_PART.test(tail) || short.known) continue;
        long.aliases.add(short.name);
        for (const m of short.mentions) long.mentions.push(m);
        long.proposed = long.proposed || short.proposed;
        this.drafts.delete(keyShort);
      }
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private keyFor(type: EntityType, name: string): string {
    // Named things share one key space so a name typed two ways in one record becomes one entity.
    return NAMED_TYPES.has(type) ? `N:${fold(name)}` : `${type}:${fold(name).replace(/e?s$/, '')}`;
  }

  private draft(key: string, type: EntityType, name: string, confidence: number, known: boolean): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      d = {
        type,
        name,
        typeVotes: new Map(),
        known,
        mentions: [],
        mentionSpans: new Set(),
        aliases: new Set(),
        proposed: false,
      };
      this.drafts.set(key, d);
    }
    d.known = d.known || known;
    d.typeVotes.set(type, (d.typeVotes.get(type) ?? 0) + confidence);
    return d;
  }

  private addMention(draft: Draft, start: number, end: number, sentence: number, role: MentionRole): void {
    const span = `${start}:${end}`;
    if (draft.mentionSpans.has(span)) return;
    draft.mentionSpans.add(span);
    // "a supervised fine-tuning baseline": the thing is what the paper compares against.
    if (
      role !== 'proposed' &&
      (draft.type === 'Method' || draft.type === 'Model' || draft.type === 'Technique') &&
      /^[\s-]*(?:based\s+)?(?:baselines?|competitors?)\b/i.test(this.text.slice(end, end + 20))
    ) {
      role = 'compared';
    }
    const sentenceStart = this.sentences[sentence]?.start ?? 0;
    const usedBefore = isUsedBefore(this.text.slice(Math.max(sentenceStart, start - 60), start));
    draft.mentions.push({ start, end, surface: this.text.slice(start, end), sentence, role, usedBefore });
    if (role === 'proposed') draft.proposed = true;
  }

  private claim(start: number, end: number): void {
    this.claimed.fill(1, Math.max(0, start), Math.max(0, end));
  }

  private isClaimed(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end; i++) if (this.claimed[i] === 1) return true;
    return false;
  }

  /** Tokens and lexicon matches of a sentence, computed once (two passes read them). */
  private lexiconMatches(index: number, sentence: Sentence): { tokens: Token[]; matches: LexiconMatch[] } {
    let cached = this.matchCache.get(index);
    if (!cached) {
      const tokens = tokensOf(sentence);
      cached = { tokens, matches: matchLexicon(this.text, tokens, this.lex) };
      this.matchCache.set(index, cached);
    }
    return cached;
  }

  private cuesOf(index: number): SentenceCues {
    let c = this.cues.get(index);
    if (!c) {
      const text = this.sentences[index]?.text ?? '';
      c = {
        proposalVerbEnd: proposalVerbEnd(text),
        isProposal: isProposalSentence(text),
        isEvaluation: EVAL_SENTENCE.test(text),
      };
      this.cues.set(index, c);
    }
    return c;
  }

  private findRepeats(draft: Draft, surface: string, firstStart: number, exactCase = false): void {
    if (surface.length < 3) return;
    const lower = exactCase ? this.text : this.text.toLowerCase();
    const needle = exactCase ? surface : surface.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      if (at === firstStart || this.isClaimed(at, at + needle.length)) continue;
      if (this.text[at + needle.length] === '-') continue;
      if (
        /[\p{L}\p{N}]/u.test(this.text[at - 1] ?? '') ||
        /[\p{L}\p{N}]/u.test(this.text[at + needle.length] ?? '')
      )
        continue;
      const sentence = this.sentenceAt(at);
      this.addMention(draft, at, at + needle.length, sentence, this.roleAt(sentence, at, draft.type));
      this.claim(at, at + needle.length);
    }
  }

  private sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.sentences[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private roleAt(sentenceIndex: number, offset: number, type: EntityType): MentionRole {
    const sentence = this.sentences[sentenceIndex];
    if (!sentence) return 'neutral';
    if (sentence.start < this.titleEnd) return 'neutral';
    const local = offset - sentence.start;
    const from = Math.max(0, local - ROLE_WINDOW);
    const window = sentence.text.slice(from, local + ROLE_WINDOW);
    return mentionRole(window, local - from, type);
  }

  /** The name at `offset` is what a proposal sentence introduces, or is introduced by "called X" / "X, a new ...". */
  private proposedHere(sentence: Sentence, offset: number): boolean {
    const local = offset - sentence.start;
    const before = sentence.text.slice(0, local);
    if (isNamedHere(before.slice(-40))) return true;
    if (
      /\b(?:our|the|a|an) (?:newly |carefully )?(?:proposed|new|novel|introduced|curated|constructed)\s+(?:[\w-]+,?\s+){0,5}$/i.test(
        before.slice(-120),
      )
    )
      return true;
    const verbEnd = this.cuesOf(this.sentenceAt(offset)).proposalVerbEnd;
    // "we present a patch-based representation of surfaces, PolyFit, which ...": the name in apposition.
    if (verbEnd >= 0 && verbEnd <= local && local - verbEnd < 100 && /,\s*$/.test(before)) {
      const between = sentence.text.slice(verbEnd, local);
      const after = sentence.text.slice(local, local + 80);
      if (
        !/(?<![\w-])(?:than|over|outperform\w*|compared|against|using|with|based|such|like|including|e\.g)(?![\w-])/i.test(
          between,
        ) &&
        /^[^\s,()]+\s*[,(:]/.test(after)
      ) {
        return true;
      }
    }
    if (verbEnd >= 0 && verbEnd <= local) {
      // The first name after the verb, before the clause turns to what it is compared with or built on.
      const between = sentence.text.slice(verbEnd, local);
      if (
        /\b(?:than|over|outperform\w*|compared|against|on|using|with|from|based|via|by|upon|of|into|and|like|such|that|which|where|who|while|whereas|for|in|to|at|across|under|within|through)\b|,\s*(?:a|an|the)\b/i.test(
          between,
        )
      )
        return false;
      return between.length < 80;
    }
    // Apposition: "X, a novel framework ..." / "X, the first benchmark ...".
    const after = sentence.text.slice(local, local + 200);
    return /^[^\s,]+(?:\s+v?\d[\w.]*)?\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:new|novel|first)\b/i.test(
      after,
    );
  }

  private contextType(
    sentence: Sentence,
    start: number,
    end: number,
    shape: NameShape,
  ): { type: EntityType; confidence: number } {
    if (shape.confidence >= 3) return { type: shape.type, confidence: 3 };
    // A year or version between name and noun ("DAVIS 2017 dataset") does not change what the noun says.
    const after = this.text.slice(end, Math.min(end + 120, sentence.end)).replace(/^\s+v?\d[\d.]*(?=\s)/, '');
    const noun = FOLLOWING_NOUN.exec(after) ?? APPOSITION.exec(after);
    if (noun && isEvaluationFramework(after, noun)) return { type: 'Benchmark', confidence: 3 };
    if (!noun && FOLLOWING_DATA_NOUN.test(after)) return { type: 'Benchmark', confidence: 3 };
    if (noun) {
      const t = TYPE_NOUNS[(noun[1] ?? '').toLowerCase()];
      if (t === 'Benchmark' || t === 'Method' || (t === 'Model' && shape.type !== 'Benchmark'))
        return { type: t, confidence: 3 };
    }
    if (shape.type === 'Method' && shape.confidence <= 1) {
      const before = this.text.slice(Math.max(sentence.start, start - 160), start);
      const cues = this.cuesOf(this.sentenceAt(start));
      if (
        EVAL_LIST_BEFORE.test(before) &&
        cues.isEvaluation &&
        !cues.isProposal &&
        !METHOD_LIST_BEFORE.test(before)
      ) {
        return { type: 'Benchmark', confidence: 1.5 };
      }
    }
    return { type: shape.type, confidence: shape.confidence };
  }

  // ---- output --------------------------------------------------------------------------------------------------

  entities(): ExtractedEntity[] {
    const out: ExtractedEntity[] = [];
    for (const d of this.drafts.values()) {
      if (d.mentions.length === 0) continue;
      // Tasks count only when the paper addresses them, not in background sentences.
      if (d.type === 'Task' && !d.mentions.some((m) => this.addressesTask(m))) continue;
      let type = d.type;
      let best = -1;
      for (const [t, v] of d.typeVotes) if (v > best) [type, best] = [t, v];
      const role = this.roleOf(d, type);
      const mentions = [...new Set(d.mentions.map((m) => m.surface))];
      const aliases = [...d.aliases].filter((a) => fold(a) !== fold(d.name));
      for (const a of aliases) if (!mentions.includes(a) && this.text.includes(a)) mentions.push(a);
      const evidenceMention = d.mentions.find((m) => m.role === role) ?? d.mentions[0];
      const entity: ExtractedEntity = {
        type,
        name: d.name,
        aliases,
        role,
        mentions: mentions.filter((m) => this.text.includes(m)),
        evidence: this.sentences[evidenceMention?.sentence ?? 0]?.text ?? '',
      };
      if (type === 'Model') {
        const family = modelFamily(d.name);
        if (family) entity.family = family;
      }
      out.push(entity);
    }
    return out;
  }

  /** A task counts when named in the title or in a sentence about the paper's own work or evaluation. */
  private addressesTask(m: Mention): boolean {
    if (m.start < this.titleEnd) return true;
    if (m.role === 'mentioned') return false;
    const sentence = this.sentences[m.sentence]?.text ?? '';
    return m.role === 'used' || TASK_EVIDENCE.test(sentence);
  }

  private roleOf(d: Draft, type: EntityType): Role {
    const roles = d.mentions.map((m) => m.role);
    if (type === 'Task') return 'used';
    if (d.proposed && type !== 'Metric') return 'proposed';
    // A checkpoint of the paper's own method ("Agent-World-8B" of Agent-World) is proposed with it.
    if (
      type === 'Model' &&
      [...this.drafts.values()].some((o) => o !== d && o.proposed && d.name.startsWith(`${o.name}-`))
    ) {
      return 'proposed';
    }
    const combined = combineRoles(roles.filter((r) => r !== 'proposed'));
    // A coined name the paper neither compares with nor cites as background is most likely its own contribution.
    if (
      NAMED_TYPES.has(type) &&
      !d.known &&
      type !== 'Benchmark' &&
      !roles.includes('compared') &&
      !roles.includes('mentioned') &&
      !d.mentions.some((m) => m.usedBefore) &&
      !d.lowerCaseDefinition &&
      (d.mentions.some((m) => m.start < this.titleEnd) ||
        (new Set(d.mentions.map((m) => m.sentence)).size >= 2 && roles.includes('used')))
    ) {
      return 'proposed';
    }
    return combined;
  }

  results(): ExtractedResult[] {
    const out: ExtractedResult[] = [];
    const entities = [...this.drafts.values()];
    const proposedSubject = entities.find((d) => d.proposed && (d.type === 'Method' || d.type === 'Model'));
    // Mentions by sentence, each carrying its entity's name and type.
    const bySentence = new Map<number, (Mention & { type: EntityType })[]>();
    for (const d of entities) {
      for (const m of d.mentions) {
        const list = bySentence.get(m.sentence) ?? [];
        list.push({ ...m, surface: d.name, type: d.type });
        bySentence.set(m.sentence, list);
      }
    }
    this.sentences.forEach((sentence, index) => {
      if (out.length >= MAX_RESULTS || sentence.start < this.titleEnd || !/\d|fold\b/.test(sentence.text))
        return;
      const here = bySentence.get(index) ?? [];
      const metrics = here.filter((m) => m.type === 'Metric');
      const benchmarks = here.filter((m) => m.type === 'Benchmark');
      const subjects = here
        .filter((m) => m.type === 'Method' || m.type === 'Model')
        .sort((a, b) => a.end - b.end);
      const judge = outcomeJudge(sentence.text);
      // "28% for 8B models and 40% for 32B models": a coordinated value shares the kind of the one before it.
      let previous: { end: number; kind: ExtractedResult['kind'] } | undefined;
      for (const v of findValues(sentence.text)) {
        if (out.length >= MAX_RESULTS) break;
        const absStart = sentence.start + v.start;
        const nearMetric = metrics.some((m) => m.end <= absStart && absStart - m.end < 40);
        if (!judge(v, nearMetric)) continue;
        let subject: string | null = proposedSubject?.name ?? null;
        for (const m of subjects) if (m.end <= absStart) subject = m.surface;
        // "9.4 points in answer accuracy": a metric right after the value is the one it measures.
        const absEnd = sentence.start + v.end;
        const following = metrics.find(
          (m) =>
            m.start >= absEnd &&
            /^\s*(?:(?:[\w-]+\s+){0,2}?(?:in|of|on)\s+(?:the\s+)?|(?:[a-z-]+\s+){0,2})$/i.test(
              this.text.slice(absEnd, m.start),
            ),
        );
        const metric = (following ?? nearestTo(metrics, absStart))?.surface ?? null;
        const benchmark = nearestTo(benchmarks, absStart)?.surface ?? null;
        const coordinated =
          previous !== undefined &&
          v.start - previous.end < 45 &&
          /^[^;.]*?(?:,|\band)\s*(?:up to\s+)?$/i.test(sentence.text.slice(previous.end, v.start)) &&
          !/\b(?:reduc|decreas|lower|less|fewer|improv|increas|higher|faster|gain|drop)/i.test(
            sentence.text.slice(previous.end, v.start),
          );
        const kind = coordinated && previous ? previous.kind : kindOf(sentence.text, v);
        previous = { end: v.end, kind };
        out.push({ subject, metric, value: v.value, benchmark, kind, evidence: sentence.text });
      }
    });
    return out;
  }
}

/** A task name is a plain noun phrase: no function words, no punctuation, not opened by a verb ("Advancing ..."). */
function isTaskName(phrase: string): boolean {
  if (/[^\p{L}\d\s-]/u.test(phrase)) return false;
  const words = phrase.toLowerCase().split(/\s+/);
  if (
    words.some((w) =>
      /^(?:for|of|in|with|via|on|and|or|to|the|a|an|by|from|using|under|toward|towards)$/.test(w),
    )
  ) {
    return false;
  }
  return !/ing$/.test(words[0] ?? '') || words.length === 1;
}

/** Whether two phrases share a content word ("process-level reward models" and "process reward model"). */
function sharesContentWord(a: string, b: string): boolean {
  const words = (x: string) =>
    x
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3)
      .map((w) => w.replace(/s$/, ''));
  const bw = new Set(words(b));
  return words(a).some((w) => bw.has(w));
}

function nearestTo(mentions: Mention[], offset: number): Mention | undefined {
  let best: Mention | undefined;
  let bestDist = Infinity;
  for (const m of mentions) {
    const d = m.end <= offset ? offset - m.end : (m.start - offset) * 1.5;
    if (d < bestDist) [best, bestDist] = [m, d];
  }
  return best;
}
