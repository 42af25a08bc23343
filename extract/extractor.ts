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
  BY_AMOUNT_END,
  BY_AMOUNT_GAP,
  ALIAS_MODIFIERS,
  KV_CACHE_OPERATION,
  NAMING_NOUN_BEFORE,
  OPEN_TECHNIQUE_HEADS,
  RL_SETTING,
  TECHNIQUE_VARIANT,
  COST_MEASURES,
  VALUE_BEFORE,
  VALUE_IN_BEFORE,
  R_SQUARED,
  PASSIVE_PROPOSAL,
  BACKGROUND_OPENING,
  P_VALUE_AFTER,
  MODEL_NAMED_SCORE,
  VALUE_QUALIFIER,
  COORDINATED_METRIC,
  appositionNoun,
  appositionType,
  pairAppositionNoun,
  EVAL_LIST_BEFORE,
  MEASURED_ON_LIST_BEFORE,
  EVALUATED_ON_LIST_BEFORE,
  FOLLOWING_DATA_NOUN,
  COORDINATED_DATA_NOUN,
  GLOSSED_DATA_NOUN,
  COUNTED_SAMPLES_AFTER,
  FOLLOWING_DATA_PART,
  SAMPLES_AFTER,
  CHALLENGE_HOLDER_BEFORE,
  SAMPLES_FROM_BEFORE,
  DATA_LIST_OPENED_BEFORE,
  DRAWN_FROM_BEFORE,
  FOLLOWING_HARDWARE_NOUN,
  DEVICE_AFTER,
  METHOD_LIST_BEFORE,
  MEASURE_HEAD,
  SINGLE_MEASURE_AFTER_VALUE,
  EVAL_SENTENCE,
  FOLLOWING_NOUN,
  GENERIC_RESULT_HEADS,
  INSTITUTION_HEAD,
  LOWER_CASE_NAME_HEADS,
  MEASURE_SENTENCE,
  METRIC_HEAD_PHRASE,
  METRIC_MODIFIER_STOP,
  NAMED_TYPES,
  NOT_METRIC_MODIFIER,
  NOUN_LIKE_MODIFIER,
  VERB_PARTICIPLE,
  PHRASE_STOP,
  RESULT_METRIC_PATTERNS,
  OPEN_PHRASE_END,
  TASK_EVIDENCE,
  TASK_PHRASE_STOP,
  TASK_ITEM,
  TASK_LIST,
  TASKS_NAMED_BEFORE,
  TASK_FOCUS,
  TECHNICAL_REPORT_TITLE,
  TITLE_NAME_HEAD,
  TITLE_OPENERS,
  TITLE_TASK,
  TASK_FRAMED,
  TASK_OPENING,
  TASK_SUBJECT_AFTER,
  TASK_SYSTEMS_AFTER,
  TASK_SERVED_BEFORE,
  OPENING_QUALIFIER,
  METRIC_LIST,
  METRIC_LIST_GOVERNED,
  METRIC_TRADE_OFF,
  METRIC_LIST_CLOSED,
  METRIC_LIST_DASHED,
  METRIC_LIST_PARENTHESISED,
  METRIC_LIST_EVALUATED,
  METRIC_LIST_ACHIEVED,
  METRIC_LIST_TERMS,
  QUALITY_ATTRIBUTE,
  EVALUATION_WORD,
  PLURAL_ITEM,
  ADJECTIVE_ITEM,
  METRIC_ITEM,
  TO_TASK,
  TYPE_NOUNS,
  TYPE_NOUN_ALT,
  TYPE_NOUN_IN,
  countedListItems,
  DESCRIPTION_THEN_NAME,
  WEAK_METRICS,
  isEvaluationFramework,
  typeFromLongForm,
} from './cues.js';
import {
  capitalsSpelledRun,
  findAcronymDefinitions,
  matchLongForm,
  type AcronymDefinition,
} from './acronyms.js';
import { buildLexicon, type Lexicon, type LexiconEntry } from './lexicon/index.js';
import { matchLexicon, type LexiconMatch } from './matcher.js';
import {
  BENCH_TAIL,
  continuesName,
  cutAdjectiveTail,
  dataOnlySuffix,
  hasParameterCount,
  lexiconTypesOf,
  shapeOf,
  SIZE_PART,
  SIZE_WORD,
  startsWithModelFamily,
  type NameShape,
  VERSION_WORD,
} from './names.js';
import { modelFamily, withoutMaker, writesMaker } from './resolve.js';
import {
  findValues,
  kindOf,
  MAY_STATE_VALUE,
  outcomeJudge,
  PAIR_FIRST_AFTER,
  type ValueMatch,
} from './results.js';
import {
  combineRoles,
  isNamedHere,
  isProposalSentence,
  isMadeEarlier,
  isUsedBefore,
  mentionRole,
  proposalVerbEnd,
  type MentionRole,
} from './roles.js';
import {
  chunksOf,
  escapeRegExp,
  fold,
  MAX_TEXT_CHARS,
  splitSentences,
  tokensOf,
  unmark,
  type Chunk,
  type Sentence,
  type Token,
  type Unmarked,
} from './text.js';

interface Mention {
  start: number;
  end: number;
  surface: string;
  sentence: number;
  role: MentionRole;
  /** The words around it say the paper uses it ("based on X") or others made it ("X was proposed, ..."). */
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
  /** "We present / release ...": the paper may release a checkpoint of a known family here. */
  isRelease: boolean;
}

/**
 * "we propose STAR, a two-stage framework": a listed mixed-case name (STaR) written in capitals only is another thing
 * of the same letters, which an apposition may present as the paper's own.
 */
function capitalsOfMixed(surface: string, listed: string | undefined): boolean {
  return !!listed && /\p{Ll}/u.test(listed) && /\p{Lu}.*\p{Lu}/u.test(listed) && !/\p{Ll}/u.test(surface);
}

/** The last of the drafts at a list neighbour's place other than `d`, as a scan over all of them would leave it. */
function lastOtherThan(ds: readonly Draft[], d: Draft): Draft | undefined {
  for (let i = ds.length - 1; i >= 0; i--) if (ds[i] !== d) return ds[i];
  return undefined;
}

/** That neighbour when it reads as a data set. */
function dataNeighbour(ds: readonly Draft[], d: Draft): Draft | undefined {
  const o = lastOtherThan(ds, d);
  return o && votedType(o)[0] === 'Benchmark' ? o : undefined;
}

/** The last chunk from `from` on that ends by `end`: where a name read on to `end` stops consuming chunks. */
function lastChunkBy(chunks: readonly Chunk[], from: number, end: number): number {
  let k = from;
  while ((chunks[k + 1]?.end ?? Infinity) <= end) k++;
  return k;
}

// Named things share one key space, so a name typed two ways in one record becomes one entity.
function namedKey(name: string): string {
  return `N:${fold(name)}`;
}

/** One thing written two ways: what each spelling said about its type counts for the merged entity. */
function poolTypeVotes(keep: Draft, drop: Draft): void {
  for (const [type, votes] of drop.typeVotes)
    keep.typeVotes.set(type, (keep.typeVotes.get(type) ?? 0) + votes);
}

/** The draft's earliest mention (the first of several at one offset). */
function firstMention(d: Draft): Mention | undefined {
  return d.mentions.reduce<Mention | undefined>((a, m) => (a && a.start <= m.start ? a : m), undefined);
}

/** The type with the most votes, and its votes. */
function votedType(d: Draft): [EntityType, number] {
  let type = d.type;
  let best = -1;
  for (const [t, v] of d.typeVotes) if (v > best) [type, best] = [t, v];
  return [type, best];
}

/** The type a paper gives its own contribution ("Zorbit, a framework") outweighs the name's shape in every mention. */
const PROPOSAL_TYPE_VOTE = 10;
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
  const original = (title ? `${title}\n${abstract}` : abstract).slice(0, MAX_TEXT_CHARS);
  const unmarked = unmark(original);
  const { text, origin } = unmarked;
  let titleEnd = title ? Math.min(title.length, original.length) : -1;
  // With markup taken out, the title ends where the first character from after it lands.
  if (origin && title) {
    const at = origin.findIndex((o) => o >= titleEnd);
    titleEnd = at < 0 ? text.length : at;
  }
  const sentences = splitSentences(text);
  const doc = new Doc(lex, text, sentences, titleEnd, { original, unmarked });
  doc.run();
  return { id: String(paper.id), title, entities: doc.entities(), results: doc.results() };
}

class Doc {
  private readonly drafts = new Map<string, Draft>();
  /** Exact surface (and its plural) -> draft key, for acronyms and their long forms. */
  private readonly aliasIndex = new Map<string, string>();
  /** Spans no lexicon phrase may overlap (named entity names and named long forms). */
  private readonly claimed: Uint8Array;
  /** The drafts whose mentions end and start at each offset, for reading list neighbours once the drafts are final. */
  private mentionEdges?: { ends: Map<number, Draft[]>; starts: Map<number, Draft[]> };
  private readonly cues = new Map<number, SentenceCues>();
  private readonly countedLists = new Map<string, ReturnType<typeof countedListItems>>();
  private readonly matchCache = new Map<number, { tokens: Token[]; matches: LexiconMatch[] }>();
  private readonly genericShorts = new Set<string>();
  /** Short forms the text gives a phenomenon ("an effect we call ... (AMEL)"). */
  private readonly phenomenonShorts = new Set<string>();
  /** Folded Title-Case names the text gives a phenomenon ("a failure mode we term Persona Collapse"). */
  private readonly phenomenonNames = new Set<string>();
  /** Every acronym the paper defines (and its singular), with the long form it spells. */
  private readonly definedLongForms = new Map<string, string>();
  /** Starts of acronyms a value is read in ("EM=53.2%"), where a two-letter metric alias needs no long form. */
  private readonly valueReadAcronyms = new Set<number>();
  /** Two-letter acronym matches waiting for a long-form mention of the same entity. */
  private readonly weakMatches: {
    key: string;
    type: EntityType;
    canonical: string;
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
    /** The text as given, for output that must quote it (evidence, mentions) when markup was taken out. */
    private readonly source: { original: string; unmarked: Unmarked },
  ) {
    this.claimed = new Uint8Array(text.length + 1);
  }

  private titleSpelledForm: { at: number; long: string } | undefined;

  /** A mention as the input wrote it: its surface, or where markup was taken out, the input's span. */
  private quote(m: Mention): string {
    return this.quoteSpan(m.surface, m.start, m.end);
  }

  /** The input's own spelling of a span of the read text ("25.63~dB" for "25.63 dB"). */
  private quoteSpan(read: string, start: number, end: number): string {
    const { original, unmarked } = this.source;
    if (!unmarked.origin || original.includes(read) || this.text.slice(start, end) !== read) return read;
    return original.slice(unmarked.origin[start] ?? 0, (unmarked.origin[end - 1] ?? -1) + 1);
  }

  /** A sentence as the input wrote it, markup included. */
  private sentenceQuote(index: number): string {
    const sentence = this.sentences[index];
    if (!sentence) return '';
    const { original, unmarked } = this.source;
    if (!unmarked.origin) return sentence.text;
    const end = unmarked.origin[sentence.end] ?? original.length;
    // From just after the character before the sentence, so markup opening it ("\textsc{Zorb} improves") is quoted too.
    const start = sentence.start > 0 ? (unmarked.origin[sentence.start - 1] ?? -1) + 1 : 0;
    return original.slice(start, end).trim();
  }

  run(): void {
    this.claimTitleSpelledForm();
    this.wordsNamingNoEntity();
    this.acronyms(findAcronymDefinitions(this.sentences));
    this.titleCampaign();
    this.sentences.forEach((sentence, index) => this.modelNamedScores(sentence, index));
    this.sentences.forEach((sentence, index) => this.rSquared(sentence, index));
    this.sentences.forEach((sentence, index) => this.platformSources(sentence, index));
    this.sentences.forEach((sentence, index) => this.namedPhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.namedChunks(sentence, index));
    this.sentences.forEach((sentence, index) => this.proposalNames(sentence, index));
    this.sentences.forEach((sentence, index) => this.listedBeforeDataNoun(sentence, index));
    this.technicalReportTitle();
    this.titlePrefix();
    this.proposedVariants();
    this.sentences.forEach((sentence, index) => this.namedComponents(sentence, index));
    this.lowerCaseProposals();
    this.sentences.forEach((sentence, index) => this.numberedParts(sentence, index));
    this.sentences.forEach((sentence, index) => this.ordinalParts(sentence, index));
    this.sentences.forEach((sentence, index) => this.titleCasePhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.parenthesizedParts(sentence, index));
    this.titleTasks();
    this.sentences.forEach((sentence, index) => this.contextTasks(sentence, index));
    this.sentences.forEach((sentence, index) => this.resultMetricPhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.acronymsNamedAsMeasures(sentence, index));
    this.sentences.forEach((sentence, index) => this.lexiconPhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.costMeasures(sentence, index));
    this.sentences.forEach((sentence, index) => this.metricHeadPhrases(sentence, index));
    this.sentences.forEach((sentence, index) => this.proposedMeasures(sentence, index));
    this.sentences.forEach((sentence, index) => this.metricLists(sentence, index));
    this.coordinatedMetrics();
    this.measuresByPurpose();
    this.metricInitials();
    this.listMates();
    for (const w of this.weakMatches) {
      const draft =
        this.drafts.get(w.key) ??
        (w.type === 'Metric' && this.valueReadAcronyms.has(w.start)
          ? this.draft(w.key, w.type, w.canonical, 3, true)
          : undefined);
      if (!draft) continue;
      draft.aliases.add(w.surface);
      this.addMention(draft, w.start, w.end, w.index, this.roleAt(w.index, w.start, draft.type));
    }
    this.ownCapitalsCoinage();
    this.mergeSpacedTitleName();
    this.mergeCheckpointAliases();
    this.mergeCoinedPlurals();
    this.makerNamedModels();
    this.mergeBareFamilies();
    this.seriesAliases();
    this.mergeSameLongForms();
    this.mergeLongFormOpenings();
    this.mergeUndefinedInitials();
    this.mergeDataNounSuffixed();
    this.mergePlaceholderMacros();
    this.mergeAutomaticTasks();
    this.mergeNestedTasks();
    this.mergeBareIntoQualifiedTasks();
    this.attachBareTechniques();
  }

  /**
   * "we compare with GSM8K, ZorbA-v1 and ZorbRubrics", "against GPT-4o, ZorbChat and Llama-3-8B": coined names listed
   * beside a known or clearly typed benchmark (or model), with nothing but their shape to type them, are benchmarks
   * (or models) too; a list holding both kinds says nothing.
   */
  private listMates(): void {
    const mentions: [Draft, Mention][] = [];
    for (const d of this.drafts.values()) for (const x of d.mentions) mentions.push([d, x]);
    mentions.sort((a, b) => a[1].start - b[1].start);
    const typed = (d: Draft, t: EntityType): boolean => {
      const [type, weight] = votedType(d);
      return type === t && (d.known || weight > SHAPE_ONLY_VOTE);
    };
    let run: [Draft, Mention][] = [];
    let joined = false;
    const settle = (): void => {
      // Two names make a list only with "and" or "or" ("For ZorbSet, ZorbNet attains ..." is no list).
      const list = run.length > 2 || (run.length === 2 && joined);
      const mates: EntityType[] = (['Benchmark', 'Model'] as const).filter((t) =>
        run.some(([d]) => typed(d, t)),
      );
      const mate = mates.length === 1 ? mates[0] : undefined;
      if (list && mate)
        for (const [d] of run) {
          const [type, weight] = votedType(d);
          // (A name the paper proposes or defines keeps the type it gave it.)
          if (
            !d.known &&
            !d.proposed &&
            !d.mentions.some((x) => x.role === 'proposed') &&
            d.aliases.size === 0 &&
            type === 'Method' &&
            weight <= SHAPE_ONLY_VOTE
          )
            vote(d, mate, weight + 1);
        }
      run = [];
      joined = false;
    };
    for (const item of mentions) {
      const previous = run[run.length - 1];
      const between = previous ? this.text.slice(previous[1].end, item[1].start) : '';
      if (!previous || !LIST_SEPARATOR.test(between)) settle();
      else if (/\b(?:and|or)\b/.test(between)) joined = true;
      run.push(item);
    }
    settle();
  }

  /**
   * "OpenAI o4-mini", "Amazon Nova Pro": the maker written before a model is part of its fullest name; the bare form
   * stays an alias, and whatever else was read in the maker's word is dropped. Graph keys cut the maker again.
   */
  private makerNamedModels(): void {
    for (const [key, d] of [...this.drafts.entries()]) {
      if (votedType(d)[0] !== 'Model' || withoutMaker(d.name) !== d.name) continue;
      let fullest: string | undefined;
      for (const m of d.mentions) {
        const maker = WORD_BEFORE.exec(this.text.slice(Math.max(0, m.start - 20), m.start));
        if (!maker || !writesMaker(maker[1] ?? '', d.name)) continue;
        const start = m.start - maker[0].length;
        this.dropMentionsWithin(start, m.start, (other) => other !== d);
        d.mentionSpans.delete(`${m.start}:${m.end}`);
        d.mentionSpans.add(`${start}:${m.end}`);
        m.start = start;
        m.surface = this.text.slice(start, m.end);
        fullest ??= m.surface;
      }
      if (fullest === undefined || !this.drafts.has(key)) continue;
      d.aliases.add(d.name);
      d.name = fullest;
      // "OpenAI o1" and "OpenAI-o1" (listed so) are one name.
      for (const [otherKey, other] of [...this.drafts.entries()])
        if (other !== d && other.type === 'Model' && fold(other.name) === fold(fullest))
          this.absorb(d, other, otherKey);
    }
  }

  /** "Automatic License Plate Recognition (ALPR)" and later "license plate recognition": one task. */
  private mergeAutomaticTasks(): void {
    for (const d of [...this.drafts.values()]) {
      const bare = d.type === 'Task' ? /^(?:automatic|automated)\s+(.+)$/.exec(d.name)?.[1] : undefined;
      if (!bare) continue;
      const bareKey = this.keyFor('Task', bare);
      const other = this.drafts.get(bareKey);
      if (other) this.absorb(d, other, bareKey);
    }
  }

  /**
   * "Long video understanding is ..." and "long-video understanding" beside the title's "Long Video Understanding":
   * a task inside a longer task of the paper is a mention of the longer one; it stays a task only where it stands
   * alone.
   */
  private mergeNestedTasks(): void {
    for (const [key, d] of [...this.drafts.entries()]) {
      if (d.type !== 'Task') continue;
      const alone = d.mentions.filter((m) => {
        const word = /(\p{L}+)[- ]$/u.exec(this.text.slice(Math.max(0, m.start - 20), m.start))?.[1];
        const longer = word ? this.drafts.get(this.keyFor('Task', `${word} ${d.name}`)) : undefined;
        if (!longer || longer === d) return true;
        const start = m.start - (word?.length ?? 0) - 1;
        longer.mentions.push({ ...m, start, surface: this.text.slice(start, m.end) });
        return false;
      });
      if (alone.length === d.mentions.length) continue;
      if (alone.length === 0) this.drafts.delete(key);
      else d.mentions = alone;
    }
  }

  /**
   * "Document Question Answering" in the title, "question answering" later: a bare task in a paper that names exactly
   * one qualified form of it is that form, under a shorter name.
   */
  private mergeBareIntoQualifiedTasks(): void {
    for (const [key, d] of [...this.drafts.entries()]) {
      if (d.type !== 'Task' || !this.drafts.has(key)) continue;
      const bare = d.name.toLowerCase();
      const qualified = this.soleNarrowing(d, (name) => {
        const lower = name.toLowerCase();
        return lower.endsWith(` ${bare}`) || lower.endsWith(`-${bare}`);
      });
      if (qualified) this.absorb(qualified, d, key);
    }
  }

  /** The one other draft of `bare`'s type whose name narrows it, when exactly one does. */
  private soleNarrowing(bare: Draft, narrows: (name: string) => boolean): Draft | undefined {
    const found = [...this.drafts.values()].filter(
      (d) => d !== bare && d.type === bare.type && narrows(d.name),
    );
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * "a cumulative return of 440.1%, ranking first on CR, SR, and IR": an acronym the paper never defines, spelled by
   * exactly one measure it names, is that measure (whatever a bare capitalised word was taken for before).
   */
  private metricInitials(): void {
    const measures = [...this.drafts.values()].filter((d) => d.type === 'Metric' && /\s/.test(d.name));
    if (measures.length === 0) return;
    for (const m of matchesOf(this.text, /(?<![\w/-])[A-Z]{2,5}(?![\w/-])/g)) {
      const short = m[0];
      if (
        this.aliasIndex.has(short) ||
        this.genericShorts.has(short) ||
        lexiconTypesOf(short, this.lex).length > 0
      )
        continue;
      const spelled = measures.filter((d) => initialsOf(d.name) === short);
      const target = spelled.length === 1 ? spelled[0] : undefined;
      if (!target) continue;
      const other = [...this.drafts.entries()].find(([, d]) => d.name === short && d !== target);
      if (!other) {
        const index = this.sentenceAt(m.index);
        target.aliases.add(short);
        this.addMention(
          target,
          m.index,
          m.index + short.length,
          index,
          this.roleAt(index, m.index, 'Metric'),
        );
      } else if (!other[1].proposed && !other[1].known && other[1].aliases.size === 0) {
        this.absorb(target, other[1], other[0]);
      }
    }
  }

  /** One entity under two names: `keep` takes the other's name, aliases and mentions, and the other is dropped. */
  private absorb(keep: Draft, drop: Draft, dropKey: string): void {
    keep.aliases.add(drop.name);
    for (const x of drop.aliases) keep.aliases.add(x);
    for (const x of drop.mentions) keep.mentions.push(x);
    keep.proposed = keep.proposed || drop.proposed;
    this.drafts.delete(dropKey);
  }

  /**
   * "we propose STAR, a two-stage framework" beside a listed STaR: the paper's own name, written in capitals each
   * time, is not the listed one, so it keeps its spelling and does not resolve to the listed thing across papers.
   */
  private ownCapitalsCoinage(): void {
    for (const d of this.drafts.values()) {
      if (!d.known || !d.mentions.some((m) => m.role === 'proposed')) continue;
      const written = d.mentions[0]?.surface ?? '';
      if (!capitalsOfMixed(written, d.name) || d.mentions.some((m) => m.surface !== written)) continue;
      d.name = written;
      d.known = false;
      d.proposed = true;
    }
  }

  /**
   * "Zorb-S2: ..." in the title and "we introduce Zorb S2, a ...": the title's hyphened name written with spaces is
   * that name, not the coined words it splits into. Listed names inside it keep their own mention.
   */
  private mergeSpacedTitleName(): void {
    const name = /^\s*([\p{L}\d]+(?:-[\p{L}\d]+)+)\s*:/u.exec(
      this.text.slice(0, Math.max(0, this.titleEnd)),
    )?.[1];
    const titled = name ? this.drafts.get(namedKey(name)) : undefined;
    if (!name || !titled) return;
    const spaced = name.replace(/-/g, ' ');
    for (let at = this.text.indexOf(spaced, this.titleEnd); at >= 0; at = this.text.indexOf(spaced, at + 1)) {
      const end = at + spaced.length;
      if (/[\p{L}\d-]/u.test(this.text[at - 1] ?? '') || /[\p{L}\d-]/u.test(this.text[end] ?? '')) continue;
      const inside = [...this.drafts.values()].flatMap((d) =>
        d.mentions.filter((m) => m.start >= at && m.end <= end).map((m) => [d, m] as const),
      );
      if (inside.some(([d]) => d === titled)) continue;
      for (const [d, m] of inside) if (!d.known) this.removeMention(d, m);
      const sentence = this.sentenceAt(at);
      const where = this.sentences[sentence];
      const role =
        where && this.proposedHere(where, at) ? 'proposed' : this.roleAt(sentence, at, titled.type);
      this.addMention(titled, at, end, sentence, role);
    }
  }

  /**
   * "ZorbGeNet: ..." and then "ZorbGeNets replace ...": a coined name's plural is the same thing (a mention, no alias).
   * The form the title names or the paper proposes is the name ("ZorbBits: ..." keeps its plural).
   */
  private mergeCoinedPlurals(): void {
    const titled = (d: Draft) => d.mentions.some((m) => m.start < this.titleEnd);
    for (const [pluralKey, plural] of [...this.drafts.entries()]) {
      if (
        plural.known ||
        !NAMED_TYPES.has(plural.type) ||
        !/\p{Ll}\p{Lu}[\p{L}\d-]*[^s]s$/u.test(plural.name)
      )
        continue;
      const singularKey = namedKey(plural.name.slice(0, -1));
      const singular = this.drafts.get(singularKey);
      if (!singular || singular.known || !this.drafts.has(pluralKey)) continue;
      const pluralNames =
        (titled(plural) && !titled(singular)) || (plural.proposed && !singular.proposed && !titled(singular));
      const [keep, drop, dropKey] = pluralNames
        ? [plural, singular, singularKey]
        : [singular, plural, pluralKey];
      for (const x of drop.mentions) keep.mentions.push(x);
      poolTypeVotes(keep, drop);
      keep.proposed = keep.proposed || drop.proposed;
      this.drafts.delete(dropKey);
    }
  }

  /**
   * "The resulting pipeline, \ours, surpasses ...": a LaTeX placeholder macro left unexpanded stands for the paper's
   * own system; with exactly one such system named, or one the title names among its parts, it is a mention of that
   * one. A macro named after a name the paper also writes plainly ("(\ZORBS)" and "ZORBS: ...") is that name.
   */
  private mergePlaceholderMacros(): void {
    for (const [key, d] of [...this.drafts.entries()]) {
      const plain = /^\\(\p{L}[\p{L}\d]*)$/u.exec(d.name)?.[1];
      const written = plain ? this.drafts.get(namedKey(plain)) : undefined;
      if (written && NAMED_TYPES.has(d.type) && NAMED_TYPES.has(written.type)) {
        poolTypeVotes(written, d);
        this.absorb(written, d, key);
        continue;
      }
      if (!PLACEHOLDER_MACRO.test(d.name)) continue;
      const own = [...this.drafts.values()].filter(
        (o) => o !== d && o.proposed && !o.known && (o.type === 'Method' || o.type === 'Model'),
      );
      // "Q-GeoMem: ..." in the title, then "\ours maintains a Context Bank and an Evidence Bank".
      const titled = own.filter((o) => o.mentions.some((m) => m.start < this.titleEnd));
      const [only] = own.length === 1 ? own : titled.length === 1 ? titled : [];
      if (only) this.absorb(only, d, key);
    }
  }

  /**
   * "ZORB -- Zero-shot Object Retrieval Benchmark" in the title and "the ZOR (Zero-shot Object Retrieval)
   * benchmark" in the abstract: two names spelled out by one long form (up to a type noun) are one entity.
   */
  private mergeSameLongForms(): void {
    const stem = (a: string): string =>
      fold(a).replace(/(?:dataset|benchmark|framework|model|method|suite)$/, '');
    // Long-form stem -> key of the first entity spelled out by it; one pass, so a huge record stays linear.
    const owner = new Map<string, string>();
    for (const [key, d] of [...this.drafts.entries()]) {
      if (!NAMED_TYPES.has(d.type) || d.aliases.size === 0 || !this.drafts.has(key)) continue;
      const stems = [...d.aliases].map(stem).filter((x) => x.length >= 12);
      const otherKey = stems.map((x) => owner.get(x)).find((k) => k !== undefined && k !== key);
      const other = otherKey ? this.drafts.get(otherKey) : undefined;
      if (otherKey && other) {
        // Keep the entity named in the abstract; the other name becomes an alias.
        const otherInTitle = (other.mentions[0]?.start ?? 0) < this.titleEnd;
        const [keep, keepKey, drop, dropKey] = otherInTitle
          ? [d, key, other, otherKey]
          : [other, otherKey, d, key];
        this.absorb(keep, drop, dropKey);
        for (const x of [...keep.aliases].map(stem)) if (x.length >= 12) owner.set(x, keepKey);
        continue;
      }
      for (const x of stems) if (!owner.has(x)) owner.set(x, key);
    }
  }

  /**
   * "CRYSTAL Benchmark for ..." in the title and "We introduce CRYSTAL, a diagnostic benchmark": a coined name with a
   * data noun after it is that name, and says what kind of thing it is; a benchmark's dated edition ("Learn2Reg
   * 2025") takes in the bare name.
   */
  private mergeDataNounSuffixed(): void {
    const bare = new Map<string, [string, Draft]>();
    for (const [key, d] of this.drafts) if (!d.known && NAMED_TYPES.has(d.type)) bare.set(d.name, [key, d]);
    const editions = new Map<string, number>();
    for (const d of this.drafts.values()) {
      const stem = DATED_EDITION.exec(d.name)?.[1];
      if (stem) editions.set(stem, (editions.get(stem) ?? 0) + 1);
    }
    for (const [key, d] of [...this.drafts.entries()]) {
      if (d.type !== 'Benchmark' || d.known) continue;
      // "challenges in Learn2Reg 2025 ... the ReMIND2Reg task in Learn2Reg 2025": the bare name is the dated edition,
      // when the paper names only one ("KiZS 2021 and KiZS 2023" are editions of a challenge, KiZS).
      const edition = DATED_EDITION.exec(d.name)?.[1];
      const bareEdition = edition && editions.get(edition) === 1 ? bare.get(edition) : undefined;
      if (bareEdition && !bareEdition[1].proposed && this.drafts.has(bareEdition[0])) {
        this.absorb(d, bareEdition[1], bareEdition[0]);
        continue;
      }
      const m = /^(\S+) (?:Benchmark|Dataset|Corpus)$/.exec(d.name);
      const found = m?.[1] ? bare.get(m[1]) : undefined;
      if (!found || found[1] === d || !this.drafts.has(found[0])) continue;
      const [, keep] = found;
      this.absorb(keep, d, key);
      vote(keep, 'Benchmark', PROPOSAL_TYPE_VOTE * 2);
      keep.type = 'Benchmark';
    }
  }

  /**
   * "MV-SSM: Multi-View State Space Modeling for 3D Human Pose Estimation" in the title and "a novel Multi-View State
   * Space Modeling framework, named MV-SSM": a Title-Case name that opens another's long form is that entity.
   */
  private mergeLongFormOpenings(): void {
    const longForms: [string, string][] = [];
    for (const [key, d] of this.drafts)
      if (NAMED_TYPES.has(d.type) && !d.known) for (const a of d.aliases) longForms.push([fold(a), key]);
    if (longForms.length === 0) return;
    for (const [key, d] of [...this.drafts.entries()]) {
      // Three words at least, so a short common phrase opening a long form ("Graph Neural ...") stays itself.
      if (
        !NAMED_TYPES.has(d.type) ||
        d.known ||
        d.aliases.size > 0 ||
        !/^\p{Lu}\S*(?:\s+\S+){2,}$/u.test(d.name)
      )
        continue;
      const opening = fold(d.name);
      // Folded text has no spaces: the long form goes on with a joining word or ends there.
      const owner = longForms.find(
        ([long, k]) =>
          k !== key &&
          long.startsWith(opening) &&
          (long === opening || /^(?:for|with|via|in|on|of|to|and)/.test(long.slice(opening.length))),
      );
      const keep = owner ? this.drafts.get(owner[1]) : undefined;
      if (keep && keep !== d) this.absorb(keep, d, key);
    }
  }

  /**
   * "we propose the Deep Video Discovery agent ... our DVD agent": a coined acronym the paper never defines is the
   * short form of its own Title Case name with those initials.
   */
  private mergeUndefinedInitials(): void {
    const byName = new Map<string, [string, Draft]>();
    for (const [key, d] of this.drafts)
      if (NAMED_TYPES.has(d.type) && !d.known && d.aliases.size === 0 && /^\p{Lu}{2,6}$/u.test(d.name))
        byName.set(d.name, [key, d]);
    if (byName.size === 0) return;
    for (const [key, d] of [...this.drafts.entries()]) {
      if (!NAMED_TYPES.has(d.type) || d.known || !this.drafts.has(key)) continue;
      const words = d.name.split(/[\s-]+/);
      if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
      const short = byName.get(initialsOf(d.name));
      if (!short || !this.drafts.has(short[0])) continue;
      this.absorb(short[1], d, key);
    }
  }

  // ---- rule families ----------------------------------------------------------------------------------------

  /** Words the text itself says name no entity: a phenomenon's short name, the owner of some data. */
  private wordsNamingNoEntity(): void {
    // A phenomenon's short name is no entity, whatever its letters.
    for (const rx of [PHENOMENON_SHORT_NAME, SHORT_NAME_OF_PHENOMENON])
      for (const m of matchesOf(this.text, rx)) {
        if (!m[1]) continue;
        this.genericShorts.add(m[1]);
        this.phenomenonShorts.add(m[1]);
      }
    // Nor is its long name, which a title may open with ("Persona Collapse: ...").
    for (const m of matchesOf(this.text, PHENOMENON_TITLE_CASE_NAME))
      if (m[1]) this.phenomenonNames.add(fold(m[1]));
    // "trained on GSK's dataset of 50,000 images": whose data it is names an owner, not the data set.
    for (const m of matchesOf(this.text, DATA_OWNER))
      if (m[1] && lexiconTypesOf(m[1], this.lex).length === 0) this.genericShorts.add(m[1]);
  }

  private acronyms(defs: AcronymDefinition[]): void {
    for (const def of defs) {
      this.definedLongForms.set(def.short, def.long);
      this.definedLongForms.set(def.short.replace(/(?<=\p{Lu})s$/u, ''), def.long);
    }
    for (const found of defs) {
      const def = this.widenListedLongForm(found);
      // "LLMs", "Zorb Networks (ZNs)" are plurals; "ZoSeDis" for "Zorbing Search and Discovery" is a name ending in s.
      const plural = /\p{Lu}s$/u.test(def.short) || /s$/.test(def.long.trim());
      const short = (plural && def.short.replace(/s$/, '')) || def.short;
      if (this.lex.generic.has(def.short) || this.lex.generic.has(short)) {
        // LLMs, GPUs: generic even when defined, unless the lexicon knows the long form (RL, RAG); "quality assurance
        // (QA)" makes every QA of the record mean it, not the listed "question answering".
        if (!this.longFormListing(def.long)) {
          const listed = lexiconTypesOf(def.short, this.lex)[0] ?? lexiconTypesOf(short, this.lex)[0];
          if (
            listed &&
            ![fold(def.short), fold(short)].includes(fold(listed.canonical)) &&
            !sharesContentWord(def.long, listed.canonical)
          ) {
            this.genericShorts.add(def.short);
            this.genericShorts.add(short);
            // "video quality assessment (VQA)" is that task, not the listed "visual question answering".
            if (typeFromLongForm(def.long, undefined) === 'Task' && isTaskName(def.long, true))
              this.definedTask(def);
          }
          continue;
        }
      }
      const longListing = this.longFormListing(def.long);
      let shortListing = lexiconTypesOf(def.short, this.lex)[0] ?? lexiconTypesOf(short, this.lex)[0];
      // "Generative Pretrained Transformer 4o (GPT4o)": a release of a listed model family is that model.
      const shortShape = shortListing || !/\d/.test(def.short) ? undefined : shapeOf(def.short, this.lex);
      if (shortShape?.known && shortShape.type === 'Model')
        shortListing = { type: 'Model', canonical: def.short };
      const sentence = this.sentences[def.sentenceIndex];
      if (!sentence) continue;
      // The paper's own definition wins over a listed expansion (a paper may define "DRL" as its own "dual ranking loss"),
      // unless the long form reads as the same kind of thing ("peak signal-to-noise ratio (PSNR)" is the listed metric).
      if (
        shortListing &&
        !longListing &&
        ((!NAMED_TYPES.has(shortListing.type) &&
          !sharesContentWord(def.long, shortListing.canonical) &&
          typeFromLongForm(def.long, undefined) !== shortListing.type &&
          // "mean intersection over union (mIoU)": a long form ending in a listed measure is that kind of thing.
          !endsWithListed(def.long, shortListing.type, this.lex)) ||
          // "we propose Pathways of Thoughts (PoT)": a name the paper makes is not the listed program-of-thought (a
          // listed measure its method improves, "our ZorbNet improves Frechet Inception Distance (FID)", still is, and
          // so is a lower-case kind it is one of, "a novel spiking neural network (SNN) architecture").
          (def.longStart < def.shortStart &&
            shortListing.type !== 'Metric' &&
            fold(def.long) !== fold(shortListing.canonical) &&
            (/^\p{Lu}/u.test(def.long) || !sharesContentWord(def.long, shortListing.canonical)) &&
            this.proposedHere(sentence, def.longStart)) ||
          // "Spatial Ancestral Chains (SAC)": a capitalised expansion that shares no word with the listed one ("Soft
          // Actor-Critic") is the paper's own, wherever it stands.
          (def.longStart < def.shortStart &&
            NAMED_TYPES.has(shortListing.type) &&
            /^\p{Lu}/u.test(def.long) &&
            this.otherThanListed(def.long, shortListing)))
      ) {
        shortListing = undefined;
      }
      // "a novel phenomenon termed Zorbic Alignment Collapse (ZAC)": a phenomenon is never an entity.
      if (PHENOMENON_NAMED_BEFORE.test(this.text.slice(Math.max(0, def.longStart - 60), def.longStart))) {
        this.genericShorts.add(def.short);
        this.genericShorts.add(short);
        continue;
      }
      // "Modern Standard Arabic (MSA)", "Long COVID (LC)", "cardiac MRI (CMR)", "Oak Ridge National Laboratory (ORNL)":
      // a language, an imaging modality, a device, a laboratory or a field of study is no method, unless the paper
      // makes it ("we propose Zorb Discrepancy Tomography (ZDT)"); nor is the short form of a generic term ("the
      // pre-training (PT) stage"). (Institutions and diseases are judged with the rest of namesNothing below.)
      if (
        !shortListing &&
        !longListing &&
        (NOT_A_METHOD_LONG_FORM.test(def.long.trim()) ||
          GENERIC_EXPANSIONS.has(fold(def.long).replace(/s$/, ''))) &&
        !this.proposedHere(sentence, def.longStart)
      ) {
        // A title may capitalise the short form ("Cryo-ET Particle Detection") or name the thing by its upper-case head
        // ("in Long COVID").
        const head = /\p{Lu}{2,}$/u.exec(def.long.trim())?.[0];
        for (const form of [def.short, short, head ?? short])
          this.genericShorts.add(form).add(form.charAt(0).toUpperCase() + form.slice(1));
        continue;
      }
      // "question-answer (QA) pairs": data made of the task's items, not the task.
      const defEnd = Math.max(def.shortStart + def.short.length, def.longStart + def.long.length);
      if (
        (shortListing?.type === 'Task' || longListing?.type === 'Task') &&
        PAIRS_AFTER.test(this.text.slice(defEnd, defEnd + 8))
      )
        continue;
      // "a multi-domain customer dialogue benchmark (DSTC-12)": a description ending in a data noun, then the name.
      if (
        !shortListing &&
        !longListing &&
        /^[a-z][\w\s-]*\b(?:benchmark|dataset|corpus|suite|challenge|leaderboard)$/.test(def.long)
      ) {
        this.describedBenchmark(def, sentence);
        continue;
      }
      // "DoLa", "MoR": inner lower case marks a coined name, unless the long form is a plain lower-case term
      // ("electrocorticography (ECoG)", "regions of interest (RoIs)"), acronyms inside it aside ("multi-parametric
      // brain MRI (mpMRI)").
      const coinedShort =
        (/\p{Ll}/u.test(def.short.replace(/s$/, '')) &&
          (/\p{Lu}\p{Ll}|\p{Ll}\p{Lu}/u.test(def.long) ||
            COINED_PART_HEAD.test(def.long.trim()) ||
            // "a semantic communication (Multi-SC) system": a type noun after it says what was built.
            FOLLOWING_NOUN.test(this.text.slice(defEnd + 1, defEnd + 40)))) ||
        def.spelled === true;
      // "a novel framework for No-Reference Image Quality Assessment (NR-IQA)": the task a new thing is for is not new.
      const taskOfNewThing =
        def.longStart < def.shortStart &&
        /\b(?:for|of|on|in|to)\s+$/i.test(this.text.slice(Math.max(0, def.longStart - 6), def.longStart)) &&
        typeFromLongForm(def.long, undefined) === 'Task';
      // "a Forgetting Gate Refiner (FGR) is proposed to ...": a part the paper names and builds itself.
      const nameOnward = this.text.slice(
        Math.max(def.shortStart, def.longStart),
        sentence.start + sentence.text.length,
      );
      const passiveProposal =
        !BACKGROUND_OPENING.test(sentence.text) &&
        // ("a framework for integrated sensing and communication (ISAC) is proposed" proposes the framework, and "a
        // method based on zorb relaxation (ZR) is proposed" the method.)
        !OBJECT_OF_PREPOSITION_BEFORE.test(this.text.slice(Math.max(0, def.longStart - 6), def.longStart)) &&
        PASSIVE_PROPOSAL.test(nameOnward) &&
        // ("Task-Oriented Dialogue (TOD) systems are designed to ..." says what such systems are for.)
        !PLURAL_KIND_ARE.test(nameOnward) &&
        !GOVERNED_IN_CLAUSE_BEFORE.test(this.text.slice(sentence.start, def.longStart));
      const introduced =
        !taskOfNewThing &&
        (this.proposedHere(sentence, Math.min(def.shortStart, def.longStart)) ||
          // It must be the thing made: not a task posed ("Cross-Domain Few-Shot Segmentation (CD-FSS) is proposed to
          // ..."), nor a term a sentence opens by defining ("Class-incremental learning (CIL) is designed to ...").
          (passiveProposal &&
            def.longStart < def.shortStart &&
            def.longStart > sentence.start &&
            typeFromLongForm(def.long, undefined) !== 'Task'));
      if (
        !shortListing &&
        !longListing &&
        !coinedShort &&
        !introduced &&
        this.isGenericLongForm(def.long, /\p{Ll}/u.test(short)) &&
        // "the peak age of information (PAoI)": a variant of a listed measure is a measure of its own.
        !endsWithListed(def.long, 'Metric', this.lex)
      ) {
        this.genericShorts.add(def.short);
        this.genericShorts.add(short);
        continue;
      }
      const namedByVerb =
        introduced &&
        (def.shortStart < def.longStart ||
          /\b(?:propose|introduce|present)s?\s+$/i.test(
            this.text.slice(Math.max(0, def.longStart - 20), def.longStart),
          ));
      const longLower = def.long.toLowerCase();
      // The last word as written ("Circuits"), and lower-cased without a possessive, the head ("circuits").
      const longLastWord =
        def.long
          .trim()
          .split(/[\s-]+/)
          .pop() ?? '';
      const longHead = longLastWord.toLowerCase().replace(/['\u2019]s$/, '');
      // "Sports Authority of Zembla (SAZ)": the head sits before "of".
      const headBeforeOf = /(\S+)\s+of\s/.exec(longLower)?.[1] ?? '';
      // Organisations, venues and regulations ("World Health Organization (WHO)"), a data structure the system
      // merely builds ("an Object Lookup Table (OLT)"; "we devise the ... look-up table (PGLUT)" introduces a part)
      // and generic heads name nothing.
      // "We propose Market Regime Council (MRC)": what the paper proposes is no institution; "Sports Authority of
      // Zembla" is one.
      const institution =
        (INSTITUTION_HEAD.test(longHead) && !namedByVerb) ||
        INSTITUTION_HEAD.test(headBeforeOf) ||
        /\b(?:Experts?|Working|Study|Interest)\s+Group$/i.test(def.long);
      const namesNothing =
        institution ||
        // "Diabetic Retinopathy (DR)", "Autism Spectrum Disorder (ASD)": a disease is what a clinical system is about.
        (DISEASE_HEAD.test(longLastWord) && !introduced) ||
        // "the Architecture, Engineering, and Construction (AEC) field": a field of work, not a thing of ML.
        (DOMAIN_NOUN_AFTER.test(this.text.slice(defEnd, defEnd + 20)) && !coinedShort && !introduced) ||
        // "the Superficial Alignment Hypothesis (SAH)": an observed effect or a claim, not a method; a "Bottleneck"
        // may be a layer ("Multi-Scale Dilated Bottleneck (MSD-Bottleneck)").
        (PHENOMENON_HEAD.test(longLastWord) && longLastWord !== 'Bottleneck' && !introduced) ||
        // "Integrated Circuits (ICs)": a plural plain acronym of things, not of a task, a network or an encoder.
        (/[A-Z]s$/.test(def.short) &&
          /^\p{L}\p{Ll}+s$/u.test(longLastWord) &&
          !/(?:er|or)s$/.test(longHead) &&
          !coinedShort &&
          !introduced &&
          !LOWER_CASE_NAME_HEADS.test(longHead.replace(/s$/, '')) &&
          typeFromLongForm(def.long, undefined) === 'Method') ||
        (DATA_STRUCTURE_HEAD.test(longHead) && !coinedShort && !introduced) ||
        // A plural head names a class of things, unless the proposal verb names it ("We introduce ZORB (Zorb-Calibrating
        // Language Models)", "we propose Zorb Merging via Evolutionary Algorithms (ZMEA)") or a singular apposition
        // says what the one thing is ("Zorbing Retrieval for Diffusion Language Models (ZRDI), a RAG framework").
        (!namedByVerb &&
          !(!/s$/.test(def.short) && ONE_THING_APPOSITION.test(this.text.slice(defEnd + 1, defEnd + 80))) &&
          this.lex.genericLongFormHeads.some((h) => longLower.endsWith(h)));
      // "the International Maritime Organisation (IMO)" is not the listed olympiad; "the Karlsruhe Institute of
      // Technology and Toyota Technological Institute (KITTI) Benchmark" is the listed data set.
      const unlistedInstitution =
        institution &&
        shortListing !== undefined &&
        !sharesContentWord(def.long, shortListing.canonical) &&
        !/^\W{0,3}(?:benchmark|dataset|data set|corpus|suite|challenge)/i.test(
          this.text.slice(defEnd, defEnd + 16),
        );
      if (namesNothing && !longListing && (!shortListing || unlistedInstitution) && !def.spelled) {
        this.genericShorts.add(def.short);
        this.genericShorts.add(short);
        continue;
      }
      let type: EntityType;
      let name: string;
      let metricApposition = false;
      const definedMeasure =
        def.longStart < def.shortStart &&
        DEFINED_MEASURE_BEFORE.test(this.text.slice(Math.max(0, def.longStart - 48), def.longStart));
      // "Depth Anything V2 (DA2)": a listed model's release, no name of the paper's own.
      let listedRelease = false;
      // An item of a list of data sets is used data, not a part the paper builds.
      let dataListItem = false;
      if (!longListing && !shortListing && /\d/.test(def.long) && startsWithModelFamily(def.long, this.lex)) {
        listedRelease = this.isListedRelease(def.long);
        // "Stable Diffusion 3 (SD3)": a listed family's release, named by its full form.
        type = 'Model';
        name = def.long;
      } else if (
        longListing?.type === 'Task' &&
        !shortListing &&
        /^\s*(?:benchmark|dataset)\b/i.test(
          this.text.slice(def.shortStart + def.short.length + 1, def.shortStart + def.short.length + 16),
        )
      ) {
        // "the Multi-Hop Question Answering (MHQA) benchmark": a data set named after its task is a benchmark; "VSOD
        // benchmarks" are the task's data sets, named by the task.
        type = 'Benchmark';
        name = def.short;
      } else if (longListing && !NAMED_TYPES.has(longListing.type)) {
        type = longListing.type;
        name = longListing.canonical;
      } else if (shortListing && /\d/.test(def.long) && longListing?.canonical === shortListing.canonical) {
        // "Stable Diffusion 3 (SD3)": both forms of one listed release.
        type = shortListing.type;
        name = shortListing.canonical;
      } else if (shortListing && (!longListing || longListing.type === shortListing.type)) {
        // (A short form listed as another kind of thing gives way to the listed long form the paper wrote: "Stable
        // Video Diffusion (SVD)" is the model, not singular value decomposition.)
        type = shortListing.type;
        name = NAMED_TYPES.has(type) ? def.short : shortListing.canonical;
      } else if (longListing) {
        // "Common Crawl (CC)": a listed name abbreviated by this paper keeps its listed type and name.
        type = longListing.type;
        name = longListing.canonical;
      } else {
        // After the closing parenthesis, whichever form it holds: "T4SA (Twitter for Sentiment Analysis) dataset".
        const closed = Math.max(def.shortStart + def.short.length, def.longStart + def.long.length) + 1;
        const afterParen = this.text.slice(closed, closed + 80);
        const noun = FOLLOWING_NOUN.exec(afterParen) ?? appositionNoun(afterParen);
        const nounType = noun
          ? isEvaluationFramework(afterParen, noun) ||
            // "Zorb Game Evaluation (ZGE), a game-based evaluation framework": an evaluation that evaluates.
            (/evaluation$/i.test(def.long) &&
              /^[^.;]{0,60}\b(?:evaluat|assess|measur|benchmark)/i.test(afterParen))
            ? 'Benchmark'
            : TYPE_NOUNS[(noun[1] ?? '').toLowerCase()]
          : undefined;
        // "the Zorb Chain-of-Zoom (ZCZ) dataset" read backwards, or "a cold-start SFT dataset, Zorb Chain-of-Zoom
        // (ZCZ), which ...": an apposition naming the data set, in either order.
        // ("We release a new corpus, the Multilingual European Value Survey (MEVS)": an article may open the name.)
        const dataNounBefore = /\b(?:dataset|benchmark|corpus)\s*(,\s*(?:the\s+)?)?$/i.exec(
          this.text.slice(Math.max(0, def.longStart - 24), def.longStart),
        );
        // "ZOOL (Zap of Out-of-Label) anomaly detection benchmark": a data noun after the modifiers.
        const dataNounAfter = !noun && FOLLOWING_DATA_NOUN.test(afterParen);
        // "three datasets including Schema-Guided Dialogue (SGD), Structured Web Data Extraction (SWDE), and ...".
        dataListItem = DATA_LIST_ITEM_BEFORE.test(
          this.text.slice(Math.max(0, def.longStart - 160), def.longStart),
        );
        type =
          nounType === 'Benchmark' ||
          dataNounAfter ||
          dataListItem ||
          (dataNounBefore && (dataNounBefore[1] || def.longStart > def.shortStart))
            ? 'Benchmark'
            : typeFromLongForm(def.long, nounType);
        // "Zorb Evidence Grounding (ZEG), a semantic-aware metric": the apposition says it measures; so does the noun
        // before "a metric called Number of Zorbs (NofZ)", "a new measure, termed Zorb Gap (ZG)", and "measured by".
        if (
          (nounType === 'Metric' && noun && /^\s*,\s*(?:an?|the|our)\s/i.test(noun[0])) ||
          (type === 'Method' &&
            def.longStart < def.shortStart &&
            (MEASURE_CALLED_BEFORE.test(this.text.slice(Math.max(0, def.longStart - 40), def.longStart)) ||
              MEASURED_BY_BEFORE.test(this.text.slice(Math.max(0, def.longStart - 30), def.longStart)))) ||
          definedMeasure
        ) {
          type = 'Metric';
          metricApposition = true;
        }
        // "we propose Zorb Index (ZI) to evaluate the general safety of ...": a measure the paper defines.
        if (type === 'Method' && namesMeasure(def.long, afterParen)) type = 'Metric';
        // ("Adaptive Computation Time (ACT) for spatial compute allocation": what the paper makes or uses for a purpose
        // stays a method.)
        if (
          type === 'Method' &&
          !noun &&
          !introduced &&
          !/^\s*for\s/.test(afterParen) &&
          endsWithListed(def.long, 'Metric', this.lex)
        )
          type = 'Metric';
        // "Dice Similarity Coefficient (DSC)", "the Zorb Specialization Index (ZSI)": an index or a coefficient that no
        // apposition calls anything else is a measure.
        if (
          type === 'Method' &&
          !noun &&
          /\s(?:Index|Coefficient)$/.test(def.long) &&
          !/^\s*,\s*(?:an?|the)\s/.test(afterParen)
        )
          type = 'Metric';
        // "the Zorb Segmentation (ZS) challenge": a challenge named after a task names the task.
        if (/^challenge$/i.test(noun?.[1] ?? '') && typeFromLongForm(def.long, undefined) === 'Task')
          type = 'Task';
        // A paper introduces methods, not tasks: "we propose Contrastive Anomaly Detection (CAD)".
        // A paper introduces methods, not tasks, unless it says it introduces a task ("a new task, called ...").
        const taskBefore = /\btasks?\b[^.;]{0,25}$/i.test(
          this.text.slice(Math.max(sentence.start, def.longStart - 40), def.longStart),
        );
        // "we introduce an Unsupervised Zorb Recognition (UZR) task", "the Zorb Role Labeling (ZRL) subtasks": the noun
        // after the parenthesis says it is one.
        // "Referring Zorb Segmentation (RZS), a new task that ...": so does an apposition.
        const taskAfter =
          (/^\s*(?:sub)?tasks?\b/i.test(afterParen) || TASK_APPOSITION.test(afterParen)) &&
          !NON_TASK_HEAD.test(longHead);
        if (taskAfter) type = 'Task';
        // "focusing on a new task: Evaluation of Aesthetics of Rendering (EAR)": a task the text says it poses, whatever
        // its words.
        const posedTask =
          NEW_TASK_BEFORE.test(
            this.text.slice(Math.max(sentence.start, def.longStart - 40), def.longStart),
          ) && !NON_TASK_HEAD.test(longHead);
        if (posedTask) type = 'Task';
        if (type === 'Task' && introduced && !taskBefore && !taskAfter) type = 'Method';
        // "Federated Active Learning (FAL) has emerged as ...": a learning paradigm the paper did not coin.
        if (type === 'Method' && !introduced && /\blearning$/i.test(def.long.trim())) type = 'Technique';
        // "zorb-aided code generation (ZCG) achieves the highest accuracy": what achieves a result is a method.
        if (type === 'Task' && /^\s*(?:achieves|outperforms|attains|surpasses|yields)\b/.test(afterParen))
          type = 'Method';
        // A task long form must read as a plain task name ("(SVG-Text); and SVG Captioning" does not).
        if (type === 'Task' && !posedTask && !isTaskName(def.long, true)) type = 'Method';
        // "Affective Image Manipulation (AIM) aims to evoke ...": an activity that aims at something, which the
        // paper does not introduce and no system word heads, is the task.
        if (
          type === 'Method' &&
          !introduced &&
          TASK_AIM_AFTER.test(afterParen) &&
          !/s$/.test(longHead) &&
          !NON_TASK_HEAD.test(longHead)
        )
          type = 'Task';
        name = type === 'Task' || type === 'Technique' ? def.long.toLowerCase() : short;
        // "Spoken GEC (SGEC)" after "grammatical error correction (GEC)": a qualified defined task is a task.
        const longWords = def.long.trim().split(/\s+/);
        const headKey =
          longWords.length >= 2 ? this.aliasIndex.get(longWords[longWords.length - 1] ?? '') : undefined;
        const headDraft = headKey ? this.drafts.get(headKey) : undefined;
        if (headDraft?.type === 'Task' && !introduced) {
          type = 'Task';
          name = `${longWords.slice(0, -1).join(' ')} ${headDraft.name}`.toLowerCase();
        }
      }
      // "Brain Tumor Segmentation (BraTS)" then "BraTS 2021": a challenge named after its task is a benchmark.
      if (type === 'Task' && this.namesDatedEdition(def.short)) {
        type = 'Benchmark';
        name = def.short;
      }
      let key = this.keyFor(type, name);
      // One acronym defined twice, in the title and as "..., a novel metric" after: one entity, typed by its votes.
      if (!this.drafts.has(key) && (type === 'Metric' || NAMED_TYPES.has(type))) {
        const other = this.keyFor(type === 'Metric' ? 'Method' : 'Metric', name);
        if (this.drafts.has(other)) key = other;
      }
      const draft = this.draft(
        key,
        type,
        name,
        NAMED_TYPES.has(type) ? 2 : 3,
        Boolean(shortListing || longListing) || listedRelease,
      );
      if (type === 'Metric' && !longListing && !shortListing) draft.name = def.short;
      // The apposition's own word outweighs a definition without one.
      if (metricApposition) vote(draft, 'Metric', 1);
      if (!/\p{Lu}/u.test(def.long.slice(1)) && !introduced) draft.lowerCaseDefinition = true;
      const firstStart = Math.min(def.shortStart, def.longStart);
      // "a Zorb Filtering (ZF) based system": the thing introduced is the system, not its ingredient.
      const asModifier = /^\s*-?\s*(?:based|driven|powered|guided|inspired|enabled)\b/i.test(
        this.text.slice(def.shortStart + def.short.length + 1, def.shortStart + def.short.length + 20),
      );
      // "We introduce X, combined with the Zorb Architecture (ZA), a multi-agent framework that ...".
      const appositive =
        this.cuesOf(def.sentenceIndex).isProposal &&
        APPOSITIVE_CONTRIBUTION.test(
          this.text.slice(def.shortStart + def.short.length, def.shortStart + def.short.length + 90),
        );
      const passive = NAMED_TYPES.has(type) && !longListing && !shortListing && passiveProposal;
      let shortRole: MentionRole =
        type !== 'Task' &&
        !asModifier &&
        (appositive ||
          passive ||
          (definedMeasure && type === 'Metric') ||
          // "we propose a two-stage Group Relative Policy Optimization (GRPO) curriculum": a listed thing spelled out
          // in a proposal is what the paper's own work uses, as it is when named without its long form ("we propose
          // RACE (Reasoning-Aligned Classification of Explanations)" coins a name a listed one shares).
          (!longListing && this.proposedHere(sentence, firstStart)) ||
          // "the Zorb Score (ZS), a novel metric": an apposition after the parenthesis introduces the pair.
          (def.longStart < def.shortStart && this.newByApposition(sentence, def.shortStart)))
          ? 'proposed'
          : this.roleAt(def.sentenceIndex, firstStart, type);
      // "The encoder holds a Multi-scale Zorb Module (MZM)": after the paper says what it proposes, a new
      // Title Case name it defines is a part of its own work.
      if (
        shortRole !== 'proposed' &&
        shortRole !== 'compared' &&
        shortRole !== 'mentioned' &&
        NAMED_TYPES.has(type) &&
        !longListing &&
        !shortListing &&
        !listedRelease &&
        !asModifier &&
        !dataListItem &&
        this.definesOwnPart(def, sentence)
      )
        shortRole = 'proposed';
      this.addMention(draft, def.shortStart, def.shortStart + def.short.length, def.sentenceIndex, shortRole);
      if (fold(def.long) !== fold(draft.name)) draft.aliases.add(def.long);
      if (fold(def.short) !== fold(draft.name)) draft.aliases.add(def.short);
      this.addMention(draft, def.longStart, def.longStart + def.long.length, def.sentenceIndex, shortRole);
      this.aliasIndex.set(def.short, key);
      this.aliasIndex.set(short, key);
      this.aliasIndex.set(`${short}s`, key);
      // The long form is one mention: a generic term inside it is not a mention of its own.
      this.claim(def.longStart, def.longStart + def.long.length);
      this.claim(def.shortStart, def.shortStart + def.short.length);
      // Later occurrences of the long form are mentions of the same entity.
      this.findRepeats(draft, def.long, def.longStart);
    }
  }

  /** A Title Case long form defined after the paper's proposal, outside background and comparison wording. */
  private definesOwnPart(def: AcronymDefinition, sentence: Sentence): boolean {
    if (sentence.start < this.titleEnd || BACKGROUND_OPENING.test(sentence.text)) return false;
    const words = def.long.split(/\s+/);
    if (
      words.length < 2 ||
      !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|for|and|the|with|via|to|in|on)$/.test(w))
    )
      return false;
    if (this.firstProposalSentence() > def.sentenceIndex) return false;
    const before = this.text.slice(sentence.start, Math.min(def.longStart, def.shortStart));
    // "incorporating control into Zorb Transformers (ZT)", "applied to the Zorb River Belt (ZRB)": a name after
    // such a preposition is what the work acts on or in, not a part of it.
    return !OTHERS_WORK.test(before) && !SETTING_PREPOSITION.test(before);
  }

  /** A task the paper names and abbreviates, typed by its long form. */
  private definedTask(def: AcronymDefinition): void {
    const name = def.long.toLowerCase();
    const key = this.keyFor('Task', name);
    const draft = this.draft(key, 'Task', name, 3, false);
    draft.aliases.add(def.short);
    const role = this.roleAt(def.sentenceIndex, def.longStart, 'Task');
    this.addMention(draft, def.longStart, def.longStart + def.long.length, def.sentenceIndex, role);
    this.addMention(draft, def.shortStart, def.shortStart + def.short.length, def.sentenceIndex, role);
    this.claim(def.longStart, def.longStart + def.long.length);
    this.claim(def.shortStart, def.shortStart + def.short.length);
    this.aliasIndex.set(def.short, key);
  }

  /** "offline reinforcement learning (RL)": a listed long form one word wider than the letters it spells wins. */
  private widenListedLongForm(def: AcronymDefinition): AcronymDefinition {
    const sentence = this.sentences[def.sentenceIndex];
    if (!sentence || !this.longFormListing(def.long)) return def;
    const prev = /(\S+)\s+$/.exec(this.text.slice(sentence.start, def.longStart));
    if (!prev?.[1]) return def;
    const wider = `${prev[1]} ${def.long}`;
    const listing = this.longFormListing(wider);
    if (!listing || NAMED_TYPES.has(listing.type)) return def;
    return { ...def, long: wider, longStart: def.longStart - prev[0].length };
  }

  /** A benchmark named in parentheses after a lower-case description of it; the description is not an alias. */
  private describedBenchmark(def: AcronymDefinition, sentence: Sentence): void {
    const key = this.keyFor('Benchmark', def.short);
    const draft = this.draft(key, 'Benchmark', def.short, 3, false);
    const role = this.proposedHere(sentence, def.longStart)
      ? 'proposed'
      : this.roleAt(def.sentenceIndex, def.shortStart, 'Benchmark');
    this.addMention(draft, def.shortStart, def.shortStart + def.short.length, def.sentenceIndex, role);
    this.aliasIndex.set(def.short, key);
    this.claim(def.shortStart, def.shortStart + def.short.length);
  }

  /**
   * "knowledge graphs (KGs)", "rule-based (RB)", "user-generated content (UGC)": a lower-case long form names a kind
   * of thing unless its head says method (likelihood, learning, search ...), task or metric. A Title Case long form
   * does so only when its head names a thing studied ("Case Report Forms").
   */
  private isGenericLongForm(long: string, mixedCaseShort = false): boolean {
    const head = (
      long
        .toLowerCase()
        .split(/[\s-]+/)
        .pop() ?? ''
    )
      .replace(/(?:ies)$/, 'y')
      .replace(/s$/, '');
    // "Power Spectral Density (PSD)", "Chest X-ray (CXR)": a Title Case name of a thing studied, not a method.
    if (this.lex.titleObjectHeads.has(head)) return true;
    // A capital marks a name; under a mixed-case acronym a generic acronym of data inside a plain term does not
    // ("multi-parametric 3D brain MRI (mpMRI)"; "parallel TCNN (pTCNN)", "encoder-decoder LLM (RedLLM)" are names).
    const marked = mixedCaseShort
      ? long
          .slice(1)
          .split(/[\s-]+/)
          .some(
            (w) =>
              /\p{Lu}\p{Ll}|\p{Ll}\p{Lu}/u.test(w) ||
              (/\p{Lu}/u.test(w) && (!this.lex.generic.has(w) || MODEL_KIND_ACRONYM.test(w))),
          )
      : /\p{Lu}/u.test(long.slice(1));
    if (marked) return false;
    if (/-(?:based|driven|like|level|aware)$/i.test(long)) return true;
    if (this.lex.genericObjectHeads.has(head)) return true;
    // "healthy controls (HC)", "normal control (NC)": the people patients are compared with, not a control method.
    if (/\b(?:healthy|normal)\s+controls?$/i.test(long)) return true;
    return !LOWER_CASE_NAME_HEADS.test(head);
  }

  /** "Depth Anything V2", "Stable Diffusion 3.5 Large": a listed model's name and only versions, sizes or tiers after it. */
  private isListedRelease(long: string): boolean {
    const words = long.trim().split(/\s+/);
    for (let cut = words.length - 1; cut >= 1; cut--) {
      if (!lexiconTypesOf(words.slice(0, cut).join(' '), this.lex).some((l) => l.type === 'Model')) continue;
      return words
        .slice(cut)
        .every((w) => VERSION_WORD.test(w) || SIZE_PART.test(w) || this.lex.modelVariantWords.has(w));
    }
    return false;
  }

  /**
   * Whether `surface`, written after a listed name, is a new edition of a listed benchmark or, in a sentence that
   * announces a release, a new release of a listed model, and is not itself listed.
   */
  private isUnlistedEdition(type: EntityType, surface: string, index: number): boolean {
    if (lexiconTypesOf(surface, this.lex).length > 0) return false;
    return type === 'Benchmark' || (type === 'Model' && this.cuesOf(index).isRelease);
  }

  /** "BraTS 2021": the short form names a dated edition somewhere in the record. */
  private namesDatedEdition(short: string): boolean {
    for (let at = this.text.indexOf(short); at >= 0; at = this.text.indexOf(short, at + short.length)) {
      const after = this.text.slice(at + short.length, at + short.length + 24);
      // Not "the SR dataset" nor "the ReaMOT Challenge": a dataset for a task is not the task's own name.
      if (/^[\s-]+(?:19|20)\d\d\b/.test(after)) return true;
    }
    return false;
  }

  private longFormListing(long: string): { type: EntityType; canonical: string } | undefined {
    const key = fold(long);
    const entries = this.lex.entries.get(key) ?? this.lex.entries.get(key.replace(/s$/, ''));
    const e = entries?.[0];
    if (e) return { type: e.type, canonical: e.canonical };
    // "Segment Anything Model (SAM)": a listed model's name with the word "Model" after it.
    const model = key.endsWith('model')
      ? this.lex.entries.get(key.slice(0, -5))?.find((x) => x.type === 'Model')
      : undefined;
    if (model) return { type: model.type, canonical: model.canonical };
    // "text-to-image (T2I)" abbreviates the listed task "text-to-image generation".
    for (const head of ['generation', 'synthesis', 'translation', 'retrieval']) {
      const task = this.lex.entries.get(key + head)?.find((x) => x.type === 'Task');
      if (task && /-/.test(long)) return { type: task.type, canonical: task.canonical };
    }
    return undefined;
  }

  private namedChunks(sentence: Sentence, index: number): void {
    const chunks = this.splitListedCombinations(chunksOf(sentence));
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      if (!chunk) continue;
      // Most words are plain lower case: no name unless defined here or a library listed in lower case.
      if (
        PLAIN_LOWER_WORD.test(chunk.text) &&
        !this.aliasIndex.has(chunk.text) &&
        shapeOf(chunk.text, this.lex) === undefined
      )
        continue;
      if (this.isClaimed(chunk.start, chunk.end)) continue;
      // "5 H100-days", "200 A100-hours": a unit of compute, not a name.
      if (COMPUTE_UNIT.test(chunk.text)) continue;
      const last = this.titleCaseBeforeDataNoun(sentence, index, chunks, i);
      if (last > i) {
        i = last;
        continue;
      }
      // "SAM-Based Change Detection" after "Segment Anything Model (SAM)": a defined name used as a modifier.
      const wholeKey = this.aliasIndex.get(chunk.text);
      const cut = cutAdjectiveTail(chunk.text, true);
      const cutKey = wholeKey === undefined && cut !== chunk.text ? this.aliasIndex.get(cut) : undefined;
      const aliasKey = wholeKey ?? (cutKey && this.drafts.has(cutKey) ? cutKey : undefined);
      const aliasEnd = wholeKey !== undefined ? chunk.end : chunk.start + cut.length;
      const next = chunks[i + 1];
      const adjacent = next !== undefined && next.start === chunk.end + 1 && this.text[chunk.end] === ' ';
      // "the ZorbTrack Challenge benchmark": a defined name followed by a benchmark word names a benchmark.
      if (
        aliasKey &&
        next &&
        adjacent &&
        BENCHMARK_WORD.test(next.text) &&
        !this.isClaimed(next.start, next.end)
      ) {
        this.addNameAt('Benchmark', sentence, index, chunk.start, next.end, 3);
        i++;
        continue;
      }
      // "BraTS 2021" after "Brain Tumor Segmentation (BraTS)": a dated or versioned edition is its own entity.
      const aliasDraft = aliasKey ? this.drafts.get(aliasKey) : undefined;
      const edition =
        aliasDraft !== undefined &&
        (aliasDraft.type === 'Benchmark' || aliasDraft.type === 'Model') &&
        next !== undefined &&
        adjacent &&
        continuesName(aliasDraft.type, next.text, this.lex);
      if (aliasKey && !edition) {
        const draft = this.drafts.get(aliasKey);
        if (draft) {
          // "we present BARD, a simple bridging framework": the paper's own acronym, introduced and typed here.
          const introduced =
            !draft.known && NAMED_TYPES.has(draft.type) && this.proposedHere(sentence, chunk.start);
          if (introduced) {
            const shape: NameShape = { name: chunk.text, type: draft.type, confidence: 1, known: false };
            const typed = this.contextType(sentence, chunk.start, chunk.end, shape);
            if (typed.confidence >= 3) vote(draft, typed.type, PROPOSAL_TYPE_VOTE);
          }
          const role = introduced ? 'proposed' : this.roleAt(index, chunk.start, draft.type);
          this.addMention(draft, chunk.start, aliasEnd, index, role);
          this.claim(chunk.start, chunk.end);
        }
        continue;
      }
      if (this.isGenericShort(chunk.text)) continue;
      // "SENTENCE_CUT", "CANNOT_ASSESS": an action token or a label value, never an entity.
      if (/^\p{Lu}{2,}(?:_\p{Lu}{2,})+$/u.test(chunk.text)) {
        this.claim(chunk.start, chunk.end);
        continue;
      }
      // "ROC AUC": a word of a listed multi-word metric is read with the metric, not as a name of its own.
      // (Only a word with a capital can be taken for a name; most chunks are plain words.)
      if (/\p{Lu}/u.test(chunk.text) && this.inListedMetricPhrase(index, sentence, chunk.start)) continue;
      // "Large Vision-Language-Models": the generic kind spelled with hyphens throughout.
      if (chunk.text.includes('-') && GENERIC_EXPANSIONS.has(fold(chunk.text).replace(/s$/, ''))) continue;
      // "FL-LLM tuning", "CNN-Transformer encoder", "RGB+MSI inputs": a compound of defined acronyms and generic words
      // names nothing new.
      if (
        /[-+]/.test(chunk.text) &&
        chunk.text.split(/[-+]/).every((p) => this.isGenericPart(p)) &&
        // "We further propose SSM-VLA, ...": a compound the paper introduces by name is its own.
        !this.proposedHere(sentence, chunk.start)
      ) {
        this.claim(chunk.start, chunk.end);
        continue;
      }
      const shape = shapeOf(chunk.text, this.lex);
      if (!shape) {
        this.capitalisedBeforeTypeNoun(sentence, index, chunks, i);
        continue;
      }
      // A title-case compound only in the title ("Ultra-Low-Field to High-Field") is title casing, not a name.
      if (
        chunk.start < this.titleEnd &&
        !shape.known &&
        TITLE_CASE_COMPOUND.test(shape.name) &&
        !this.abstractLower().includes(shape.name.toLowerCase())
      )
        continue;
      // "Bridging AutoRegressive and Diffusion ...": a title's inner capital on a word the abstract writes in lower
      // case is emphasis, not a coined name.
      if (
        chunk.start < this.titleEnd &&
        !shape.known &&
        /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(shape.name) &&
        this.abstractLower().includes(shape.name.toLowerCase()) &&
        !this.text.includes(shape.name, this.titleEnd)
      )
        continue;
      // "McNemar p=0.021": a test's name labelling a p-value is how significance was checked, not a method used.
      // "correlation rET = -0.81": a lower-case-led symbol given a value is a variable; "CC-BY-4.0 licence" and
      // "a permissive licence (CC-BY-4.0)" are licences; "the STM32U5 microcontroller" is hardware.
      const after = this.text.slice(chunk.end, chunk.end + 24);
      if (
        !shape.known &&
        (P_VALUE_AFTER.test(after) ||
          (shape.type !== 'Metric' && /^\p{Ll}/u.test(shape.name) && SYMBOL_VALUE_AFTER.test(after)) ||
          LICENCE_AFTER.test(after) ||
          LICENCE_BEFORE.test(this.text.slice(Math.max(0, chunk.start - 12), chunk.start)) ||
          (shape.type !== 'Metric' && DEVICE_AFTER.test(after)))
      ) {
        this.claim(chunk.start, chunk.end);
        continue;
      }
      // "a special <EASY> token", "<SEG>": a vocabulary token in angle brackets is no entity.
      if (this.text[chunk.start - 1] === '<' && this.text[chunk.end] === '>') {
        this.claim(chunk.start, chunk.end);
        continue;
      }
      // Sentence-initial plain capitalised words are not names unless the lexicon lists them.
      let end = chunk.start + shape.name.length;
      let consumed = i;
      // A name typed by its context continues like one of that type ("the AutoZorb III challenge").
      const firstEnd = end;
      const firstContext =
        shape.type === 'Method' ? this.contextType(sentence, chunk.start, end, shape) : undefined;
      // "GEMMA-SQL Instruct" after "GEMMA-SQL, a text-to-SQL model": a name the paper has typed continues as that type.
      const typedBefore =
        (shape.type === 'Benchmark' || shape.type === 'Method') && !shape.known
          ? this.drafts.get(this.keyFor(shape.type, shape.name))?.type
          : undefined;
      const nameType = typedBefore === 'Model' ? typedBefore : (firstContext?.type ?? shape.type);
      for (let j = i + 1; j < chunks.length; j++) {
        const next = chunks[j];
        const prev = chunks[j - 1];
        if (!next || !prev || prev.end !== end) break;
        if (!/^ $/.test(this.text.slice(prev.end, next.start))) break;
        // "ZorbNet V2": a method's name continues only with a marked version; a bare number may be a count.
        const continues =
          nameType === 'Model' || nameType === 'Benchmark'
            ? continuesName(nameType, next.text, this.lex)
            : /^[vV]\d{1,2}(?:\.\d{1,2})?$/.test(next.text);
        // "Zorb2Web 2, a benchmark of ...": a bare version is part of a name that an apposition then describes.
        const describedVersion =
          /^\d{1,2}(?:\.\d)?$/.test(next.text) &&
          ((/^\s*,/.test(this.text.slice(next.end, next.end + 3)) &&
            appositionNoun(this.text.slice(next.end, next.end + 80)) !== null) ||
            [...this.drafts.values()].some((d) => d.name === this.text.slice(chunk.start, next.end)));
        // "baselines including HippoRAG 2, LightRAG and GraphRAG": a release number after a coined name in a list.
        const listedVersion =
          /^[2-9](?:\.\d)?$/.test(next.text) &&
          /\p{Ll}\p{Lu}/u.test(this.text.slice(chunk.start, end)) &&
          /^(?:,|\)|\s(?:and|or)\s(?!\d))/.test(this.text.slice(next.end, next.end + 6));
        if (!continues && !describedVersion && !listedVersion) break;
        // "a pre-trained SigLIP2 Vision Transformer": the architecture of a model, not its vision edition.
        if (
          /^(?:Vision|Visual|Text|Image)$/.test(next.text) &&
          /^ (?:Transformers?|Encoders?|Towers?)\b/.test(this.text.slice(next.end, next.end + 14))
        )
          break;
        end = next.end;
        consumed = j;
      }
      // "SemEval-2025 Task 8", "ZorbNLP 2025 Shared Task": a dated campaign's numbered task is the benchmark.
      const campaignTask =
        nameType === 'Benchmark' && /(?:19|20)\d{2}$/.test(this.text.slice(chunk.start, end))
          ? /^ (?:(?:Task|Subtask|Track) \d{1,2}[A-Za-z]?|Shared Task)\b/.exec(this.text.slice(end, end + 16))
          : null;
      if (campaignTask) {
        end += campaignTask[0].length;
        consumed = lastChunkBy(chunks, consumed, end);
      }
      // "DeepZorb Bench", "Zorb Arena": a capitalised benchmark word after a coined name completes a benchmark's name.
      const following = chunks[consumed + 1];
      const benchmarkWord =
        following !== undefined &&
        following.start === end + 1 &&
        this.text[end] === ' ' &&
        BENCHMARK_WORD.test(following.text) &&
        !this.isClaimed(following.start, following.end);
      if (benchmarkWord) {
        end = following.end;
        consumed++;
      }
      // "the QoMEX 2026 Grand Challenge on ...": a dated or grand challenge after a name is a benchmark's name.
      const challenge = benchmarkWord
        ? null
        : /^(?: (?:19|20)\d{2} (?:Grand )?| Grand )Challenge\b/.exec(this.text.slice(end, end + 26));
      if (challenge) {
        end += challenge[0].length;
        consumed = lastChunkBy(chunks, consumed, end);
      }
      // "benchmarks: HaluEval General, MMLU Global Facts, and TruthfulQA": capitalised words closing a list item after a
      // listed data set name its subset.
      const subset =
        nameType === 'Benchmark' && shape.known && !benchmarkWord && !challenge
          ? LISTED_SUBSET_AFTER.exec(this.text.slice(end, end + 40))
          : null;
      if (
        subset &&
        LIST_ITEM_OPENING.test(this.text.slice(Math.max(sentence.start, chunk.start - 12), chunk.start)) &&
        !this.isClaimed(end, end + subset[0].length)
      ) {
        end += subset[0].length;
        consumed = lastChunkBy(chunks, consumed, end);
      }
      // "DeepSeek Sparse Attention": a model family's Title-Case technique is a method of that name.
      const methodEnd =
        nameType === 'Model' && !benchmarkWord && !/\d/.test(shape.name)
          ? this.familyMethodEnd(chunks, consumed, end)
          : -1;
      if (methodEnd > 0) {
        end = chunks[methodEnd]?.end ?? end;
        consumed = methodEnd;
      }
      // "Qwen3-VL 4B/8B": two sizes after a family's name are two of its checkpoints; the first one joins the name.
      const sizes = nameType === 'Model' ? SIZE_PAIR_AFTER.exec(this.text.slice(end, end + 24)) : null;
      const siblingSize = sizes?.[2];
      if (sizes?.[1] && !SIZE_END.test(this.text.slice(chunk.start, end))) end += sizes[1].length + 1;
      const surface = this.text.slice(chunk.start, end);
      const type =
        benchmarkWord || challenge
          ? { type: 'Benchmark' as const, confidence: 3 }
          : methodEnd > 0
            ? { type: 'Method' as const, confidence: 3 }
            : firstContext && end === firstEnd
              ? firstContext
              : this.continuedType(sentence, chunk.start, end, shape, nameType);
      if (this.checkpointPair({ sentence, index, start: chunk.start, end, type, shape })) {
        i = consumed;
        continue;
      }
      // An exact listed form resolves to its canonical name ("3DGS" and "3D Gaussian Splatting" are one entity).
      const canonical = shape.canonical && surface === shape.name ? shape.canonical : surface;
      const key = this.keyFor(type.type, canonical);
      const draft = this.draft(key, type.type, canonical, type.confidence, shape.known);
      if (fold(canonical) !== fold(surface)) draft.aliases.add(surface);
      // "a GS-enabled method": a name used as a modifier is something the paper builds on.
      const asModifier = shape.name.length < chunk.text.length;
      // "We present DeepSeek-V9 series": a new release of a listed family, not itself listed, can be the contribution.
      const release =
        shape.known &&
        shape.type === 'Model' &&
        !shape.canonical &&
        this.isUnlistedEdition('Model', surface, index);
      // "we introduce ZorbQA 2, a benchmark ...": a new edition of a listed benchmark, not itself listed.
      const newEdition =
        shape.known &&
        type.type === 'Benchmark' &&
        surface !== shape.name &&
        this.isUnlistedEdition('Benchmark', surface, index);
      // "we propose STAR, a two-stage framework" beside a listed STaR: the apposition says what the paper's own is.
      const coinedNoun =
        shape.known &&
        capitalsOfMixed(surface, shape.canonical) &&
        !this.text.includes(shape.canonical ?? surface)
          ? appositionNoun(this.text.slice(chunk.end, Math.min(chunk.end + 120, sentence.end)))
          : null;
      // "we propose ROME, a novel framework for ...": a listed name the paper gives to its own new thing (not the
      // listed end of a longer name, "Dyadic Mamba, a novel approach", nor a parenthesised aside, "(KITTI), a novel",
      // nor a record it sets, "with Qwen3-4B, a new state of the art").
      const ownNew =
        shape.known &&
        NAMED_TYPES.has(type.type) &&
        !/(?:\p{Lu}[\p{L}\d]*[\s-]|\()$/u.test(this.text.slice(Math.max(0, chunk.start - 30), chunk.start)) &&
        (this.newByApposition(sentence, chunk.start) || coinedNoun !== null) &&
        !NEW_RECORD_AFTER.test(this.text.slice(chunk.end, chunk.end + 60));
      const role =
        (!shape.known || release || newEdition || ownNew) &&
        !asModifier &&
        this.proposedHere(sentence, chunk.start)
          ? 'proposed'
          : this.roleAt(index, chunk.start, type.type);
      // "we introduce Zorbit, a framework ...": what the paper says its own contribution is outweighs later contexts.
      if (role === 'proposed' && type.confidence >= 3) {
        const coinedType = TYPE_NOUNS[(coinedNoun?.[1] ?? '').toLowerCase()];
        vote(draft, type.type, PROPOSAL_TYPE_VOTE);
        if (coinedType) vote(draft, coinedType, 2 * PROPOSAL_TYPE_VOTE);
      }
      // "we improve upon ZorbLLM, the theorem proving tool in ...": an apposition saying what a coined name is outweighs
      // the votes of its shape in other mentions ("a model designed for ..." may still be a system).
      else if (!shape.known && type.glossed && type.type !== 'Model')
        vote(draft, type.type, PROPOSAL_TYPE_VOTE / 2);
      this.addMention(draft, chunk.start, end, index, role);
      this.claim(chunk.start, end);
      if (type.type === 'Model') this.siblingCheckpoint(draft, end, index, role, siblingSize);
      // "the BraTS 2020 Challenge ... On BraTS 2020, ...": a challenge is named again without its noun.
      if (type.type === 'Benchmark' && / Challenge$/.test(surface))
        this.findRepeats(draft, surface.slice(0, -' Challenge'.length), chunk.start);
      i = consumed;
    }
  }

  /** The type of a name continued as `nameType` ("GEMMA-SQL Instruct" of a model), unless its context says more. */
  private continuedType(
    sentence: Sentence,
    start: number,
    end: number,
    shape: NameShape,
    nameType: EntityType,
  ): { type: EntityType; confidence: number; glossed?: boolean } {
    const inContext = this.contextType(sentence, start, end, shape);
    return nameType !== shape.type && inContext.confidence < 3
      ? { type: nameType, confidence: 2 }
      : inContext;
  }

  /**
   * "Gemma 3 4B / 27B", "LLaVA-1.5-7B and -13B": a second size after a checkpoint is the same model at that size.
   * `pairedSize` is the second of two sizes written after a family's name ("Qwen3-VL 4B/8B").
   */
  private siblingCheckpoint(
    model: Draft,
    end: number,
    index: number,
    role: MentionRole,
    pairedSize: string | undefined,
  ): void {
    const size = SIZE_END.exec(model.name)?.[0];
    if (!size) return;
    const after = this.text.slice(end, end + 40);
    const next = pairedSize ? SIZE_PAIR_SECOND.exec(after) : SIBLING_SIZE_AFTER.exec(after);
    const written = next?.[1];
    if (!written) return;
    const name = model.name.slice(0, model.name.length - size.length) + written.replace(/^-/, '');
    const start = end + (next?.[0].length ?? 0) - written.length;
    this.addSiblingModel(name, start, start + written.length, index, role, model.known);
  }

  /** Another checkpoint or release of a model, written at [start, end) without the family's name ("/o3", "/ 27B"). */
  private addSiblingModel(
    name: string,
    start: number,
    end: number,
    index: number,
    role: MentionRole,
    known: boolean,
  ): void {
    if (this.isClaimed(start, end)) return;
    const sibling = this.draft(this.keyFor('Model', name), 'Model', name, 3, known);
    this.addMention(sibling, start, end, index, role);
    this.claim(start, end);
  }

  /** A name whose shape alone says it is a known model, benchmark or metric, written as listed. */
  private knownNonMethod(part: string): boolean {
    const shape = shapeOf(part, this.lex);
    return !!shape?.known && shape.name === part && shape.type !== 'Method';
  }

  /**
   * "Llama-3.1-8B/70B", "Qwen3-4B-Instruct/Thinking": two checkpoints written as one are two models. Parameter
   * counts make checkpoints whatever the context says ("ZorbLM-7B/72B: ..." in a title); variant words split only
   * a model's name. The second model's mention is the whole written form. Two editions of a benchmark written as
   * one ("ZorbBench-v5/v6") are two benchmarks the same way.
   */
  private checkpointPair(at: WrittenName): boolean {
    const written = this.text.slice(at.start, at.end);
    // "LiveCodeBench-v5/v6", "DHG-14/28": two editions of one benchmark written once, both with or without a "v";
    // the second edition's mention is its own number.
    const editions = at.type.type === 'Benchmark' ? EDITION_PAIR.exec(written) : null;
    if (editions?.[1] && editions[2] && editions[3] && /^v/i.test(editions[2]) === /^v/i.test(editions[3])) {
      this.addWrittenPair('Benchmark', editions[1], [editions[2], editions[3]], at);
      return true;
    }
    // "GPT-4/4o", "Qwen2/2.5", "OpenAI o1/o3": two releases of one family written once.
    const versionPair = at.type.type === 'Model' ? VERSION_PAIR.exec(written) : null;
    const versions =
      versionPair && releaseLetter(versionPair[3]) === releaseLetter(versionPair[2]) ? versionPair : null;
    const pair = CHECKPOINT_PAIR.exec(written) ?? versions;
    if (!pair?.[1] || !(pair[2] || at.type.type === 'Model')) return false;
    const variants = versions ? [versions[2], versions[3]] : [pair[2] ?? pair[4], pair[3] ?? pair[5]];
    this.addWrittenPair('Model', pair[1], variants, at);
    return true;
  }

  /**
   * The two entities of a pair written once over [start, end) as a stem and two variants: the first is mentioned by
   * the stem and its variant, the second by the whole written form (a model) or by its own variant (a benchmark).
   */
  private addWrittenPair(
    kind: 'Model' | 'Benchmark',
    stem: string,
    variants: (string | undefined)[],
    { sentence, index, start, end, type, shape }: WrittenName,
  ): void {
    const role =
      !shape.known && this.proposedHere(sentence, start) ? 'proposed' : this.roleAt(index, start, kind);
    variants.forEach((variant = '', n) => {
      const name = `${stem}${variant}`;
      const draft = this.draft(this.keyFor(kind, name), kind, name, type.confidence, shape.known);
      const from = n === 0 || kind === 'Model' ? start : end - variant.length;
      this.addMention(draft, from, n === 0 ? start + name.length : end, index, role);
    });
    this.claim(start, end);
  }

  /** "GSPO+DAPO", "SFT-to-GRPO": a joint between listed or defined names combines them; each is its own mention. */
  private splitListedCombinations(chunks: Chunk[]): Chunk[] {
    if (!chunks.some((c) => COMBINATION_JOINT.test(c.text))) return chunks;
    const out: Chunk[] = [];
    for (const chunk of chunks) {
      const parts = chunk.text.split(COMBINATION_JOINT);
      // "SFT+AXPO", "SFT-to-GRPO", "DPO/GRPO": a combination or a choice of listed names or of names the paper
      // defines is its parts; so are known names (not methods) joined by slashes ("COCO/Flickr30K", "mAP50/mAP50-95").
      const slashed = chunk.text.includes('/') && parts.length <= 3;
      const named = (p: string): boolean => lexiconTypesOf(p, this.lex).length > 0 || this.aliasIndex.has(p);
      // "prompting/adapters/LoRA": plain words beside a listed name make a list of choices, not one name.
      const choices = chunk.text.includes('/') && parts.some(named) && parts.some((p) => PLAIN_WORD.test(p));
      if (
        parts.length < 2 ||
        !parts.every(
          (p) =>
            p.length >= 2 &&
            (named(p) || (slashed && this.knownNonMethod(p)) || (choices && PLAIN_WORD.test(p))),
        )
      ) {
        out.push(chunk);
        continue;
      }
      let at = chunk.start;
      for (const p of parts) {
        at = this.text.indexOf(p, at);
        out.push({ start: at, end: at + p.length, text: p });
        at += p.length;
      }
    }
    return out;
  }

  /**
   * Acronyms the sentence uses as measures: one a value is read in ("reducing CVR by 19.26%", "0.737 MAP", "EM=53.2%")
   * and one the text calls a metric ("The ED metric uncovered ...").
   */
  private acronymsNamedAsMeasures(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    // "reducing CVR by 19.26%", "0.737 MAP", "(+1.8 EM, +1.9 F1)", "EM=53.2%", "a 12.5% increase in CTR", "a
    // 13-point PRR improvement": an acronym a value is read in. "(+8% ImageNet-100, +5% CUB, +2% SCars)": gains listed
    // by data set, where an acronym after a value is one too.
    const listsDataGains = VALUE_BEFORE_MIXED_CASE_NAME.test(sentence.text);
    for (const rx of [
      CHANGED_ACRONYM,
      VALUED_ACRONYM,
      ACRONYM_EQUALS,
      CHANGE_IN_ACRONYM,
      ACRONYM_CHANGE_AFTER_POINTS,
    ]) {
      if (rx === VALUED_ACRONYM && listsDataGains) continue;
      for (const m of matchesOf(sentence.text, rx)) {
        const name = m[1] ?? '';
        // "discriminative model (DM) ... DM = 0.91": a system the text defined is scored, not a measure.
        if (MEASURE_UNIT.test(name) || METHOD_KIND_END.test(this.definedLongForms.get(name) ?? '')) continue;
        const start = sentence.start + m.index + m[0].lastIndexOf(name, m[0].length - 1);
        this.valueReadAcronyms.add(start);
        // A coined-looking acronym typed by its shape alone yields to what the sentence does with it.
        this.acronymMeasure(
          name,
          start,
          index,
          (d, weight) => !d.proposed && d.aliases.size === 0 && weight <= SHAPE_ONLY_VOTE,
        );
      }
    }
    // "The ED metric uncovered ...", "our PRCK metric": an acronym the text calls a metric is one, even one its long
    // form made a method, unless that long form says it is a method or a model ("our BVM (Basis Vectors Method)").
    for (const m of matchesOf(sentence.text, ACRONYM_METRIC)) {
      const name = m[1] ?? '';
      this.acronymMeasure(name, sentence.start + m.index, index, (d) =>
        [...d.aliases].every((x) => !METHOD_KIND_END.test(x)),
      );
    }
  }

  /** Makes the acronym at `start` a measure: a new metric, or a method `mayRetype` lets go of. */
  private acronymMeasure(
    name: string,
    start: number,
    index: number,
    mayRetype: (d: Draft, weight: number) => boolean,
  ): void {
    const end = start + name.length;
    if (this.lex.generic.has(name) || lexiconTypesOf(name, this.lex).length > 0) return;
    const read = this.mentionsAt(start);
    if (read.length === 0 && !this.isClaimed(start, end)) {
      this.findRepeats(this.addUsedMetric(name, false, start, end, index), name, start, true);
      return;
    }
    for (const [d] of read) {
      const [type, weight] = votedType(d);
      if (d.name === name && !d.known && type === 'Method' && mayRetype(d, weight))
        vote(d, 'Metric', weight + PROPOSAL_TYPE_VOTE);
    }
  }

  /** A metric the paper uses, found over [start, end); the span is claimed so no other rule reads it again. */
  private addUsedMetric(
    name: string,
    known: boolean,
    start: number,
    end: number,
    index: number,
    confidence = 2,
  ): Draft {
    const draft = this.draft(this.keyFor('Metric', name), 'Metric', name, confidence, known);
    this.addMention(draft, start, end, index, 'used');
    this.claim(start, end);
    return draft;
  }

  /** "we propose an answerability metric", "we introduce a new zorbicity score": a measure the paper names as new. */
  private proposedMeasures(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !/\b(?:metric|measure|score|index)\b/.test(sentence.text)) return;
    for (const m of matchesOf(sentence.text, PROPOSED_MEASURE)) {
      const words = (m[1] ?? '').split(' ');
      const head = m[2] ?? '';
      // One word must be a quality ("answerability"); no word may be a kind of evaluation ("a new evaluation metric").
      if (words.length === 1 && !/(?:ity|ness)$/.test(words[0] ?? '')) continue;
      if (words.some((w) => GENERIC_MEASURE_WORD.test(w) || FUNCTION_WORD.test(w) || this.lex.generic.has(w)))
        continue;
      // A score or an index may be a method's own internal quantity ("a token importance score to prune"); it is a
      // measure when the sentence says it evaluates.
      const rest = sentence.text.slice(m.index + m[0].length);
      // ("a novel efficient zero-shot metric called Zorb Span Confidence": the name follows.)
      if (/^\s*,?\s*(?:called|named|termed|dubbed|coined)\b/.test(rest)) continue;
      const scoreLike = head === 'score' || head === 'index';
      if (scoreLike && !/^[^.;]*\b(?:evaluat|assess|measur|quantif|gauge|benchmark)/i.test(rest)) continue;
      const named = scoreLike ? `${m[1]} ${head}` : (m[1] ?? '');
      const start = sentence.start + m.index + m[0].indexOf(m[1] ?? '');
      const end = start + named.length;
      if (this.longFormListing(named)) continue;
      // A measure another rule already read there is the one proposed.
      const read = this.mentionsAt(start).filter(([d]) => d.type === 'Metric' && !d.known);
      for (const [d, x] of read) [d.proposed, x.role] = [true, 'proposed'];
      if (read.length === 0 && !this.isClaimed(start, end))
        this.addUsedMetric(named, false, start, end, index).proposed = true;
    }
  }

  /** "R^2 = 0.83": the coefficient of determination, which the word matcher cannot see inside math. */
  private rSquared(sentence: Sentence, index: number): void {
    if (!sentence.text.includes('R')) return;
    for (const m of matchesOf(sentence.text, R_SQUARED)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (this.isClaimed(start, end)) continue;
      const draft = this.addUsedMetric('R^2', true, start, end, index, 3);
      if (m[0] !== 'R^2') draft.aliases.add(m[0]);
    }
  }

  /** "the ChatGPT score", "CLIP similarity", "GPT-based score": a measure named after the model that computes it. */
  private modelNamedScores(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    for (const m of matchesOf(sentence.text, MODEL_NAMED_SCORE)) {
      const model = m[1] ?? '';
      const types = lexiconTypesOf(model, this.lex);
      if (!types.some((t) => t.type === 'Model') || types.some((t) => t.type === 'Metric')) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (this.isClaimed(start, end)) continue;
      const surface = this.text.slice(start, end);
      // "CLIP score" is the listed CLIPScore.
      const listed = lexiconTypesOf(surface.replace(/[ -]/g, ''), this.lex).find((t) => t.type === 'Metric');
      const name = listed?.canonical ?? surface;
      const draft = this.addUsedMetric(name, Boolean(listed), start, end, index);
      if (fold(surface) !== fold(name)) draft.aliases.add(surface);
    }
  }

  /** Listed multi-word names ("Stable Diffusion v1.5", "Natural Questions") that no single word shows. */
  private namedPhrases(sentence: Sentence, index: number): void {
    for (const match of this.lexiconMatches(index, sentence).matches) {
      if (!/\s/.test(match.surface) || this.isClaimed(match.start, match.end)) continue;
      const entry = match.entries.find((e) => NAMED_TYPES.has(e.type));
      if (!entry) continue;
      let end = match.end;
      // "DeepSeek V3.2" is not the listed "DeepSeek V3": a minor version glued on makes another checkpoint.
      if (entry.type === 'Model') end += /^\.\d+/.exec(this.text.slice(end, end + 8))?.[0].length ?? 0;
      // "OpenAI o1-mini", "OpenAI o3-mini-high": the listed name may end inside a word whose hyphened tiers go on.
      if (entry.type === 'Model') end += this.gluedModelTail(end);
      // Versions and variants after the name belong to it.
      for (let guard = 0; guard < 4; guard++) {
        const next = /^ ([^\s,;:()]+)/.exec(this.text.slice(end, end + 40));
        const word = next?.[1]?.replace(/[.]$/, '');
        // "Segment Anything Model 2.1": a listed multi-word model may be followed by "Model" and its version.
        const modelWord = entry.type === 'Model' && word === 'Model' && end === match.end;
        if (!word || (!modelWord && !continuesName(entry.type, word, this.lex))) break;
        end += 1 + word.length;
      }
      const asWritten = this.text.slice(match.start, end);
      // "OpenAI o1-mini" (the listed "OpenAI-o1" and a tier): the model's own name; makerNamedModels adds the maker.
      const surface = entry.type === 'Model' ? withoutMaker(asWritten) : asWritten;
      const start = end - surface.length;
      // An exact listed form resolves to its canonical name ("3DGS" and "3D Gaussian Splatting" are one entity).
      const exact = end === match.end && surface === asWritten;
      const name = exact ? entry.canonical : surface;
      const draft = this.draft(this.keyFor(entry.type, name), entry.type, name, 3, true);
      if (exact && fold(surface) !== fold(name)) draft.aliases.add(surface);
      // "We present MVTec AD 2, a collection of ...": a new numbered edition or release of a listed name can be the
      // contribution.
      const newEdition =
        /\d/.test(this.text.slice(match.end, end)) && this.isUnlistedEdition(entry.type, surface, index);
      const role =
        newEdition && this.proposedHere(sentence, start) ? 'proposed' : this.roleAt(index, start, entry.type);
      this.addMention(draft, start, end, index, role);
      this.claim(start, end);
      // "OpenAI o1/o3": another release of the listed model after a slash.
      const next = entry.type === 'Model' ? SIBLING_VERSION_AFTER.exec(this.text.slice(end, end + 12)) : null;
      const version = VERSION_END.exec(asWritten);
      const written = next?.[1];
      if (written && version && releaseLetter(written) === version[1])
        this.addSiblingModel(
          asWritten.slice(0, version.index) + written,
          end + 1,
          end + 1 + written.length,
          index,
          role,
          true,
        );
    }
  }

  /** The length of "-mini-high" glued after a model name at `end`, when each hyphened part is a tier; else 0. */
  private gluedModelTail(end: number): number {
    const tail = GLUED_TAIL.exec(this.text.slice(end, end + 40))?.[1];
    if (!tail) return 0;
    const parts = tail.split('-');
    const tiers = parts.every(
      (p, i) =>
        continuesName('Model', p, this.lex) || SIZE_WORD.test(p) || (i > 0 && REASONING_EFFORT.test(p)),
    );
    return tiers ? tail.length + 1 : 0;
  }

  /**
   * "on the Jigsaw Toxic Comment benchmark", "the V2C Animation dataset": a run of two to four capitalised words
   * before a data noun is one name. Returns the index of the run's last chunk, or -1.
   */
  private titleCaseBeforeDataNoun(sentence: Sentence, index: number, chunks: Chunk[], i: number): number {
    const first = chunks[i];
    if (!first || i === 0 || sentence.start < this.titleEnd) return -1;
    const capitalised = /^\p{Lu}[\p{L}\d-]*$/u;
    if (!capitalised.test(first.text)) return -1;
    let last = i;
    let nounInName = false;
    while (last - i < 4) {
      const current = chunks[last];
      const next = chunks[last + 1];
      if (!current || !next || next.start !== current.end + 1 || this.text.charCodeAt(current.end) !== 32)
        break;
      if (!capitalised.test(next.text)) break;
      last++;
      // "the Stanford Question Answering Dataset": a capitalised data noun closes the name and belongs to it.
      nounInName = /^(?:Benchmark|Dataset|Corpus|Bench)$/.test(next.text);
      if (nounInName) break;
    }
    const end = chunks[last]?.end ?? first.end;
    // "Spreadsheet Bench" is a name with one word; "Question Dataset" needs more ("Stanford Question ... Dataset").
    const wordsNeeded = nounInName ? (chunks[last]?.text === 'Bench' ? 1 : 2) : 1;
    if (last - i < wordsNeeded) return -1;
    if (!nounInName && !/^ (?:benchmark|dataset|corpus)\b/i.test(this.text.slice(end, end + 12))) return -1;
    const words = chunks.slice(i, nounInName ? last : last + 1).map((c) => c.text);
    // "the Large Language Model dataset": a run of type nouns and listed words describes the data, not names it.
    if (words.some((w) => TYPE_NOUNS[w.toLowerCase()] !== undefined)) return -1;
    if (words.every((w) => this.lex.generic.has(w) || lexiconTypesOf(w, this.lex).length > 0)) return -1;
    // "a Sanskrit NER dataset": a run naming a task describes what the data is for.
    if (words.some((w) => lexiconTypesOf(w, this.lex).some((l) => l.type === 'Task'))) return -1;
    if (this.isClaimed(first.start, end)) return -1;
    this.addNameAt('Benchmark', sentence, index, first.start, end, 3);
    return last;
  }

  /**
   * "the Bird benchmark", "on the Spider dataset": a plain capitalised word named by the noun after it; "the Magpie
   * framework", "the Hungarian algorithm": after "the", a software or algorithm noun names a method.
   */
  private capitalisedBeforeTypeNoun(sentence: Sentence, index: number, chunks: Chunk[], i: number): void {
    const chunk = chunks[i];
    if (!chunk || i === 0 || this.text.charCodeAt(chunk.end) !== 32 || sentence.start < this.titleEnd) return;
    if (!/^\p{Lu}[\p{L}\d-]{1,30}$/u.test(chunk.text)) return;
    // "an Irish-specific benchmark", "the India-aware benchmark": a compound adjective says what kind, not which.
    if (cutAdjectiveTail(chunk.text, true) !== chunk.text) return;
    const following = this.text.slice(chunk.end, chunk.end + 12);
    // A capitalised noun may end a longer Title Case name ("the Abstraction and Reasoning Corpus", "The First
    // Dataset"), not this word's; a word that reads as English before it is no name ("Automatic Dataset Creation").
    const data =
      /^ (?:benchmark|dataset|corpus)\b/.test(following) ||
      (/^ (?:Benchmark|Dataset|Corpus)\b/.test(following) &&
        !/(?:ing|ed|ic|al|ive|ous|st)$/.test(chunk.text) &&
        !/\b(?!(?:The|A|An|Our|This|Dataset|Benchmark|Corpus)\b)\p{Lu}[\p{L}\d-]*\s+(?:(?:and|of|for|&)\s+)?$/u.test(
          this.text.slice(Math.max(0, chunk.start - 40), chunk.start),
        ));
    const tool =
      !data &&
      /^ (?:framework|toolkit|library|algorithm|package|platform)\b/.test(following) &&
      /\bthe $/.test(this.text.slice(chunk.start - 4, chunk.start)) &&
      !DESCRIPTIVE_ADJECTIVE.test(chunk.text);
    if (!data && !tool) return;
    if (this.lex.generic.has(chunk.text) || lexiconTypesOf(chunk.text, this.lex).length > 0) return;
    if (TYPE_NOUNS[chunk.text.toLowerCase()] !== undefined) return;
    // "an Instruction Corpus", "the Brown Corpus": a corpus keeps its capitalised noun ("the Spider dataset", "the
    // Zorbotion Dataset" are Spider and Zorbotion).
    const nounInName = data && /^\p{Lu}\p{Ll}+$/u.test(chunk.text) && following.startsWith(' Corpus');
    const end = nounInName ? chunk.end + ' Corpus'.length : chunk.end;
    this.addNameAt(data ? 'Benchmark' : 'Method', sentence, index, chunk.start, end, 2);
  }

  /**
   * "ZorbRM, a family of lightweight RMs" after "reward models (RMs)": an apposition headed by an acronym the paper
   * defines types a name as the acronym's long form would.
   */
  private definedAcronymType(after: string): EntityType | undefined {
    const short = DEFINED_ACRONYM_APPOSITION.exec(after)?.[1];
    const long = short ? this.definedLongForms.get(short) : undefined;
    const head = long?.trim().split(/\s+/).pop()?.toLowerCase().replace(/s$/, '');
    return head ? TYPE_NOUNS[head] : undefined;
  }

  /** The text at start..end names a thing of this type here: proposed when the sentence introduces it. */
  private addNameAt(
    type: EntityType,
    sentence: Sentence,
    index: number,
    start: number,
    end: number,
    confidence: number,
  ): void {
    const name = this.text.slice(start, end);
    const draft = this.draft(this.keyFor(type, name), type, name, confidence, false);
    const role = this.proposedHere(sentence, start) ? 'proposed' : this.roleAt(index, start, type);
    this.addMention(draft, start, end, index, role);
    this.claim(start, end);
  }

  /**
   * "on the Office-31, Office-Home, and VisDA-C datasets", "the 7-Scenes and Cambridge Landmarks datasets": the
   * items of a list closed or opened by a plural data noun are data sets, whatever their shape.
   */
  private listedBeforeDataNoun(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !DATA_NOUN_PLURAL.test(sentence.text)) return;
    const lists = [
      ...[...matchesOf(sentence.text, DATA_SET_LIST)].map((m) => ({ m, parenthesized: false })),
      ...[...matchesOf(sentence.text, DATA_SET_LIST_AFTER)].map((m) => ({ m, parenthesized: true })),
      ...[...matchesOf(sentence.text, DATA_SET_LIST_APPOSED)].map((m) => ({ m, parenthesized: true })),
    ];
    for (const { m, parenthesized } of lists) {
      const list = m[1] ?? '';
      let offset = m.index + m[0].length - list.length - (m[2]?.length ?? 0);
      const items = list.split(/(,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)/);
      const coined = (item: string) => /[\s\d-]|\p{Lu}/u.test(item.slice(1));
      // "the CW, GLTL, and Navi benchmarks", "two datasets (Immune and Lung)", "the Spider and Bird benchmarks": beside
      // coined names or a data set the lexicon knows, or in parentheses right after the noun, a plain capitalised word
      // is a name too.
      const coinedList =
        parenthesized ||
        items.filter((item) => /^[\p{Lu}\d]/u.test(item) && coined(item)).length >= 2 ||
        items.some((item) => lexiconTypesOf(item, this.lex).some((l) => l.type === 'Benchmark'));
      for (const item of items) {
        const start = sentence.start + offset;
        offset += item.length;
        // A separator, a plain word ("the English and Zorbish datasets" name languages) or a name already read.
        if (!/^[\p{Lu}\d]/u.test(item) || this.isClaimed(start, start + item.length)) continue;
        if (!coined(item) && !(coinedList && /^\p{Lu}\p{Ll}{2,}$/u.test(item))) continue;
        if (item.split(' ').every((w) => this.isFieldWord(w))) continue;
        // "five benchmarks: Mathematical Reasoning, Code Generation, MMLU, ...": a listed task names a category.
        const listed = this.longFormListing(item);
        if (listed && listed.type !== 'Benchmark') continue;
        this.addNameAt('Benchmark', sentence, index, start, start + item.length, 3);
      }
    }
  }

  /**
   * "Reddit data", "questions sourced from Reddit", "trained on arXiv abstracts": a platform the paper draws its data
   * from is a named data source; "available on GitHub" or "platforms such as TikTok" only mention it.
   */
  private platformSources(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    for (const m of matchesOf(sentence.text, DATA_PLATFORM)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (this.isClaimed(start, end)) continue;
      const before = sentence.text.slice(Math.max(0, m.index - 80), m.index);
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (!PLATFORM_DATA_AFTER.test(after) && !PLATFORM_SOURCE_BEFORE.test(before)) continue;
      // "papers on GitHub: https://...": where something is released.
      if (/^\s*:?\s*\(?https?:/.test(after)) continue;
      const draft = this.draft(this.keyFor('Benchmark', m[0]), 'Benchmark', m[0], 3, false);
      this.addMention(draft, start, end, index, 'used');
      this.claim(start, end);
    }
  }

  /** Title-case names introduced by "we propose X" / "called X" that the word-shape rules cannot see. */
  private proposalNames(sentence: Sentence, index: number): void {
    const s = sentence.text;
    // Where a name may start, and for "a model named X" the type noun that the naming word follows.
    const candidates: { at: number; namedAs?: EntityType; afterDescription?: boolean }[] = [];
    const verbEnd = this.cuesOf(index).proposalVerbEnd;
    if (verbEnd >= 0) candidates.push({ at: verbEnd });
    const described = verbEnd >= 0 ? DESCRIPTION_THEN_NAME.exec(s.slice(verbEnd)) : null;
    const describedAs = TYPE_NOUNS[(described?.[1] ?? '').toLowerCase()];
    if (described && describedAs)
      candidates.push({ at: verbEnd + described[0].length, namedAs: describedAs, afterDescription: true });
    // "A key contribution is Zorb Verification, a pipeline ...": what the paper contributes is its own.
    const contribution = CONTRIBUTION_IS.exec(s);
    if (contribution) candidates.push({ at: contribution.index + contribution[0].length });
    // Lower-case only: "Named Entity Recognition" does not name anything; a "so-called" name is not new.
    const naming = /(?<!so-)\b(?:called|named|dubbed|termed|coined)\s+/g;
    for (let m = naming.exec(s); m !== null; m = naming.exec(s)) {
      const nounBefore = NAMING_NOUN_BEFORE.exec(s.slice(Math.max(0, m.index - 60), m.index))?.[1];
      const namedAs = nounBefore ? TYPE_NOUNS[nounBefore.toLowerCase()] : undefined;
      candidates.push(namedAs ? { at: m.index + m[0].length, namedAs } : { at: m.index + m[0].length });
    }
    // "Zorbit implements Twin-Path Routing: ...": what the paper's own system is made of is proposed with it.
    const part = PART_OF_VERB.exec(s);
    if (part && this.isProposedName(sentence.start, sentence.start + (part[1]?.length ?? 0))) {
      candidates.push({ at: part[0].length });
      // "ZorbFT integrates signals via three core mechanisms: A, ...; B, ...": the counted parts are its own; a part
      // another rule typed ("ZorbQA, a QA benchmark") keeps its type.
      for (const m of matchesOf(s, COUNT_WORD))
        if (m.index >= part[0].length) this.countedListNames(sentence, index, m.index, false);
    }
    if (verbEnd >= 0) this.describedThenNamed(sentence, index, verbEnd);
    if (verbEnd >= 0) this.countedListNames(sentence, index, verbEnd);
    // "We introduce ZorbBench, a benchmark suite comprising three components -- ZorbQA, ...": the parts of a new
    // whole are new too, and parts of a data set are data.
    if (verbEnd >= 0)
      for (const m of matchesOf(s, WHOLE_OF_PARTS))
        if (m.index >= verbEnd)
          this.countedListNames(sentence, index, m.index + m[0].length, true, {
            type: TYPE_NOUNS[(m[1] ?? '').toLowerCase()],
          });
    // "we develop a codebase, X, and release two LVLM variants: ...": a second verb may open the counted list, also
    // after a first verb that proposes nothing ("we identify the limits of A, and introduce two methods: ...").
    const authorsAt = verbEnd >= 0 ? verbEnd : (/\b[Ww]e\s/.exec(s)?.index ?? -1);
    if (authorsAt >= 0)
      for (const m of matchesOf(s, SECOND_PROPOSAL_VERB))
        if (m.index >= authorsAt) this.countedListNames(sentence, index, m.index + m[0].length);
    for (const { at, namedAs, afterDescription } of candidates) {
      // "a phenomenon we term ``Less is Less''": a phenomenon is never an entity.
      if (PHENOMENON_NAMED_BEFORE.test(s.slice(0, at))) continue;
      const rest = s.slice(at);
      // "a tiny model named Kuwain by ...": after a type noun and a naming word, the name may end anywhere.
      const namedAsName = namedAs ? NAMED_AS_NAME.exec(rest) : null;
      const m = afterDescription
        ? (DESCRIBED_NAME.exec(rest) ?? namedAsName)
        : (PROPOSED_NAME.exec(rest) ?? namedAsName ?? QUOTED_NAME.exec(rest));
      if (!m || !m[1]) continue;
      const name = m[1];
      const start = sentence.start + at + (m[0].length - name.length);
      const words = name.split(/\s+/);
      // (The quote closing a quoted name is not part of what follows it.)
      const after = s.slice(at + m[0].length, at + m[0].length + 80).replace(/^(?:\\?["\u201d]|''|')/, '');
      const claimed = this.isClaimed(start, start + name.length);
      const widenedHead = claimed ? this.widenedCoinedHead(name, start, after) : undefined;
      if (claimed && widenedHead === undefined) {
        // "Zorbo: Scaling ..." in the title, then "we introduce Zorbo, a motion diffusion model trained on ...": the
        // apposition says what the name the title read is, as it would had the title not read it first.
        // A "framework" says little against what another rule read; an evaluation framework is data, as below.
        const noun = words.length === 1 ? appositionNoun(after) : null;
        const nounType = noun && /^\s*,/.test(noun[0]) ? appositionType(after, noun) : undefined;
        if (nounType && nounType !== 'Method')
          for (const [d] of this.mentionsAt(start))
            if (!d.known && d.name === name) vote(d, nounType, PROPOSAL_TYPE_VOTE);
        this.qualifiedProposal(name, start, s.slice(at + m[0].length));
        continue;
      }
      // "a new dataset, Zorbic Interactive Rolling (Zirror)": the described long name and its short form are one.
      const short = afterDescription ? /^\s*\(([^()\s,;]{2,30})\)/.exec(s.slice(at + m[0].length)) : null;
      if (short?.[1] && namedAs) {
        const shortStart = sentence.start + at + m[0].length + short[0].indexOf(short[1]);
        const shortName = short[1];
        const coined =
          /^\p{Lu}/u.test(shortName) &&
          !this.lex.generic.has(shortName) &&
          lexiconTypesOf(shortName, this.lex).length === 0;
        const shortDraft =
          this.mentionsAt(shortStart).find(([d]) => !d.known)?.[0] ??
          (coined ? this.draft(this.keyFor(namedAs, shortName), namedAs, shortName, 2, false) : undefined);
        if (shortDraft) {
          shortDraft.aliases.add(name);
          vote(shortDraft, namedAs, PROPOSAL_TYPE_VOTE);
          this.addMention(shortDraft, start, start + name.length, index, 'proposed');
          this.addMention(shortDraft, shortStart, shortStart + shortName.length, index, 'proposed');
          this.claim(start, start + name.length);
          this.claim(shortStart, shortStart + shortName.length);
          this.findRepeats(shortDraft, shortName, shortStart);
          continue;
        }
      }
      // A single plain word ("We introduce Fusion") is too weak, unless a type noun and a naming word precede it
      // or an apposition says what it is ("we propose Zorbax, a novel fine-tuning framework").
      const appositive = words.length === 1 ? appositionNoun(after) : null;
      if (
        words.length === 1 &&
        !/-/.test(name) &&
        !namedAs &&
        !(appositive && /^\s*,/.test(appositive[0])) &&
        !this.namedByWhatItDoes(name, after)
      )
        continue;
      if (words.length === 1 && (this.lex.generic.has(name) || lexiconTypesOf(name, this.lex).length > 0))
        continue;
      if (POSED_PROBLEM.test(words[words.length - 1] ?? '')) continue; // "we introduce the Zorb Problem: ..." poses a task
      // "a Multi-Modal Agent framework", "a LLM-driven framework": generic words in capitals describe, not name.
      if (words.every((w) => this.isFieldWord(w))) continue;
      // "a novel Natural Language Processing pipeline": a field spelled out names no system.
      if (GENERIC_EXPANSIONS.has(fold(name))) continue;
      // A single word was checked against the lexicon with its case rules above ("Flux" is no "FLUX").
      if (words.length > 1 && this.longFormListing(name)) continue;
      if (this.spellsOutGenericAcronym(name, after)) continue;
      // "We introduce Dense Zorb Captioning, a novel task that ...": a paper may frame a new task.
      if (TASK_APPOSITION.test(after)) {
        const task = this.draft(this.keyFor('Task', name), 'Task', name.toLowerCase(), 3, false);
        this.addMention(task, start, start + name.length, index, 'used');
        this.claim(start, start + name.length);
        continue;
      }
      const noun = appositionNoun(after) ?? FOLLOWING_NOUN.exec(after);
      // "Zorb Fight Arena, a framework that evaluates ...": a benchmark word ending the name says what it is.
      const type = BENCHMARK_WORD.test(words[words.length - 1] ?? '')
        ? 'Benchmark'
        : words.length > 1 && namesMeasure(name, after)
          ? 'Metric'
          : noun
            ? (appositionType(after, noun) ?? 'Method')
            : (namedAs ?? 'Method');
      // "Long Name, a.k.a. ShortName": the long name is an alias of the short one.
      const aka = /^\s*,?\s*\(?(?:a\.k\.a\.?|aka|also known as|abbreviated as|or)\s+([^\s,;()]+)/i.exec(
        s.slice(at + m[0].length),
      );
      const akaKey = aka?.[1] ? namedKey(aka[1]) : undefined;
      const akaDraft = akaKey ? this.drafts.get(akaKey) : undefined;
      if (akaDraft) {
        akaDraft.aliases.add(name);
        akaDraft.proposed = true;
        this.addMention(akaDraft, start, start + name.length, index, 'proposed');
        this.claim(start, start + name.length);
        continue;
      }
      // "a prompt optimizer called GEPA (Shao et al., 2025)": a name cited to its authors is theirs, not the paper's.
      const role = CITED_AFTER.test(after) ? this.roleAt(index, start, type) : 'proposed';
      const draft = this.proposeName(type, name, start, index, role);
      // "the ZorbQA Dataset", "Zorb2X Agent": the coined head alone names the same thing (a plain word such as
      // "Common" in "Common Corpus" does not), unless the paper still names something else so.
      if (
        widenedHead &&
        /^\S+$/.test(widenedHead) &&
        /[\p{Lu}\d]/u.test(widenedHead.slice(1)) &&
        KIND_WORD_END.test(name) &&
        ![...this.drafts.values()].some((d) => d.name === widenedHead)
      )
        draft.aliases.add(widenedHead);
      // "we propose Zorbax, a large language model": the paper's own word for its contribution outweighs later contexts.
      if (noun) vote(draft, type, PROPOSAL_TYPE_VOTE);
    }
  }

  /**
   * "We propose RoPE-Perturbed Self-Distillation, a training regularizer": a coined word read first as a name of its
   * own heads the longer name the apposition describes, so its mentions inside that name give way to it. Returns
   * the head as written, or nothing when the name is not so widened.
   */
  private widenedCoinedHead(name: string, start: number, after: string): string | undefined {
    const end = start + name.length;
    if (!/\s/.test(name) || !/^\s*,/.test(appositionNoun(after)?.[0] ?? '')) return undefined;
    const inner = this.mentionsAt(start);
    const [head, mention] = inner[0] ?? [];
    if (inner.length !== 1 || !head || !mention || head.known || mention.end >= end) return undefined;
    if (this.isClaimed(mention.end, end)) return undefined;
    const written = mention.surface;
    const folded = fold(name);
    for (const x of [...head.mentions]) {
      if (fold(this.text.slice(x.start, x.start + name.length)) !== folded) continue;
      this.removeMention(head, x);
      this.unclaim(x.start, x.end);
    }
    return written;
  }

  /**
   * "We introduce Meerkat, which combines ...": a clause saying what a plain word does names it when the abstract uses
   * it again; a name the title opens with is typed by the title's words.
   */
  private namedByWhatItDoes(name: string, after: string): boolean {
    if (!/^,\s+(?:which|that)\s+[a-z]+s\s/.test(after)) return false;
    const uses = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name)}(?![\p{L}\d])`, 'gu');
    return (
      this.text.slice(0, Math.max(0, this.titleEnd)).search(uses) < 0 &&
      (this.text.match(uses)?.length ?? 0) > 1
    );
  }

  /**
   * "we introduce two new datasets: Zorbsen and Persuasion", "two methods: Zorb Masking, which ..., and Sequence
   * Zorbing": the items of a counted list of contributions are names, whatever their shape.
   */
  private countedListNames(
    sentence: Sentence,
    index: number,
    verbEnd: number,
    retype = true,
    whole?: { type: EntityType | undefined },
  ): void {
    const found = this.countedListAfter(sentence, verbEnd);
    if (!found) return;
    // Parts of a new data set are data ("a benchmark suite comprising three components").
    const list =
      whole?.type === 'Benchmark' && PART_KIND.test(found.kind) ? { ...found, type: whole.type } : found;
    for (const item of list.items) {
      const start = sentence.start + verbEnd + item.start;
      // A name another rule read keeps its reading, typed by the list's noun when its shape alone typed it
      // ("two LVLM variants: Zorb-2D and ..."); proposedHere gives it its role, and a part of a new whole is new.
      if (this.isClaimed(start, start + item.name.length)) {
        for (const [d, x] of this.mentionsAt(start)) {
          if (d.known) continue;
          if (list.type && retype) vote(d, list.type, PROPOSAL_TYPE_VOTE);
          if (whole && x.role !== 'compared') {
            x.role = 'proposed';
            d.proposed = true;
          }
        }
        continue;
      }
      const words = item.name.split(/\s+/);
      if (words.length === 1 && this.isFieldWord(item.name)) continue;
      if (words.length > 1 && this.isListedPhrase(item.name)) continue;
      const type = list.type ?? shapeOf(item.name, this.lex)?.type ?? 'Method';
      const draft = this.proposeName(type, item.name, start, index);
      vote(draft, type, PROPOSAL_TYPE_VOTE);
      const short = item.short;
      if (!short || !/^\p{Lu}/u.test(short.text) || this.isFieldWord(short.text)) continue;
      const shortStart = sentence.start + verbEnd + short.start;
      if (this.isClaimed(shortStart, shortStart + short.text.length)) continue;
      draft.aliases.add(short.text);
      this.addMention(draft, shortStart, shortStart + short.text.length, index, 'proposed');
      this.claim(shortStart, shortStart + short.text.length);
      this.findRepeats(draft, short.text, shortStart);
    }
  }

  /** The counted list of contributions after `verbEnd` in a sentence, read once: proposedHere asks for every name. */
  private countedListAfter(sentence: Sentence, verbEnd: number): ReturnType<typeof countedListItems> {
    const key = `${sentence.start}:${verbEnd}`;
    if (this.countedLists.has(key)) return this.countedLists.get(key);
    const list = countedListItems(sentence.text.slice(verbEnd));
    this.countedLists.set(key, list);
    return list;
  }

  /**
   * "we introduce Holistic DPO, a training approach ...", "we propose Adaptive Zorb-Skip, a framework ...": one or two
   * plain Title-Case words before a name another rule read, described in apposition, name the paper's own version;
   * the bare name keeps its other mentions.
   */
  private qualifiedProposal(name: string, start: number, after: string): void {
    const words = name.split(/\s+/);
    const qualifiers = words.slice(0, -1);
    if (qualifiers.length === 0 || qualifiers.length > 2) return;
    if (!qualifiers.every((w) => TITLE_QUALIFIER_WORD.test(w) && !this.lex.generic.has(w))) return;
    const noun = appositionNoun(after);
    // "we introduce a Cross-Attentive UNet, which adds ...", "a Zorb Fusion Q-Former that injects ...": a relative
    // clause describes the new version too.
    const described = /^\s*(?:,\s*)?(?:which|that)\s/.test(after);
    if (!described && (!noun || !/^\s*,/.test(noun[0]))) return;
    const tail = words[words.length - 1] ?? '';
    const tailStart = start + name.length - tail.length;
    if (this.isClaimed(start, tailStart - 1)) return;
    const inner = this.nameMentionsAt(tailStart, start + name.length);
    if (!inner || inner.length === 0) return;
    // A version of a listed name is of its kind ("Cross-Scale MAE, a self-supervised model" stays a method).
    const read = inner[0]?.[0];
    const type =
      (read?.known ? read.type : TYPE_NOUNS[(noun?.[1] ?? '').toLowerCase()]) ?? read?.type ?? 'Method';
    const draft = this.draft(this.keyFor(type, name), type, name, 2, false);
    vote(draft, type, PROPOSAL_TYPE_VOTE);
    // Each later use of the whole name is the paper's version too.
    for (let at = start; at >= 0; at = this.text.indexOf(name, at + name.length)) {
      const atTail = at + name.length - tail.length;
      const taken = this.nameMentionsAt(atTail, at + name.length);
      if (!taken || this.isClaimed(at, atTail - 1)) continue;
      for (const [d, m] of taken) this.removeMention(d, m);
      const sentence = this.sentenceAt(at);
      const role = at === start ? 'proposed' : this.roleAt(sentence, at, type);
      this.addMention(draft, at, at + name.length, sentence, role);
      this.claim(at, at + name.length);
    }
  }

  /** The mentions that span exactly `start`..`end`, if nothing else there was read; whatever their role. */
  private nameMentionsAt(start: number, end: number): [Draft, Mention][] | undefined {
    const exact: [Draft, Mention][] = [];
    for (const d of this.drafts.values())
      for (const m of d.mentions) {
        if (m.end <= start || m.start >= end) continue;
        if (m.start !== start || m.end !== end) return undefined;
        exact.push([d, m]);
      }
    return exact;
  }

  /**
   * A name the paper introduces at `start`: its entity, the mention, and its later repeats. A name introduced as
   * someone else's (cited to its authors) takes the role its sentence gives it.
   */
  private proposeName(
    type: EntityType,
    name: string,
    start: number,
    sentenceIndex: number,
    role: MentionRole = 'proposed',
  ): Draft {
    const draft = this.draft(this.keyFor(type, name), type, name, 2, false);
    this.addMention(draft, start, start + name.length, sentenceIndex, role);
    this.claim(start, start + name.length);
    this.findRepeats(draft, name, start);
    return draft;
  }

  /** The entities with a mention starting at `start`, each with that mention. */
  private mentionsAt(start: number): [Draft, Mention][] {
    const out: [Draft, Mention][] = [];
    for (const d of this.drafts.values()) {
      const mention = d.mentions.find((x) => x.start === start);
      if (mention) out.push([d, mention]);
    }
    return out;
  }

  /**
   * "We propose a novel LLM-based framework with two-sided checks (Zorb-Check) ...": the paper describes its thing,
   * then names it in parentheses; the name is no acronym of the words before it, so no acronym rule pairs them.
   */
  private describedThenNamed(sentence: Sentence, index: number, verbEnd: number): void {
    const m = DESCRIBED_THEN_NAMED.exec(sentence.text.slice(verbEnd));
    const description = m?.[1];
    const name = m?.[2];
    // A short description whose head the name follows, not a clause ("a strategy that maximizes mutual information
    // (MI)") or a long list ("a framework detailing its modules and a roadmap (L0-L4)").
    if (!description || !name || description.split(/\s+/).length > 8) return;
    if (/\b(?:that|which|who|whose|to|by|and|or)\b/i.test(description)) return;
    // "extend a recently-introduced dataset (ZorbSum)": an existing thing the paper builds on.
    if (
      /\b(?:existing|recently|popular|public|publicly|standard|widely|well-known|established|prior|previous)\b/i.test(
        description,
      )
    )
      return;
    const noun = TYPE_NOUN_IN.exec(description);
    const type = noun ? TYPE_NOUNS[(noun[1] ?? '').toLowerCase()] : undefined;
    if (!type) return;
    // A coined name: a capital and a second sign of coinage (hyphen, digit, inner capital), never a listed word.
    if (!/^\p{Lu}/u.test(name) || !/[-\d]|.\p{Lu}/u.test(name) || !/\p{L}.*\p{L}.*\p{L}/u.test(name)) return;
    if (lexiconTypesOf(name, this.lex).length > 0 || this.aliasIndex.has(name) || this.lex.generic.has(name))
      return;
    const start = sentence.start + verbEnd + m.index + m[0].length - name.length - 1;
    if (this.isClaimed(start, start + name.length)) {
      // Found already by its shape ("CXR-5K"): the sentence still says the paper introduces it.
      for (const [d, mention] of this.mentionsAt(start)) {
        if (d.known) continue;
        mention.role = 'proposed';
        d.proposed = true;
        // "a State Space Model (ZorbMamba)": an architecture called a model is still a method; other nouns type it.
        if (type !== 'Model') vote(d, type, PROPOSAL_TYPE_VOTE);
      }
      return;
    }
    this.proposeName(type, name, start, index);
  }

  private opening: number | undefined;

  /** Index of the abstract's first sentence (after the title). */
  private openingSentence(): number {
    this.opening ??= this.sentences.findIndex((x) => x.start >= this.titleEnd);
    return this.opening;
  }

  private lowerAbstract: string | undefined;

  /** The abstract (text after the title) in lower case, computed once. */
  private abstractLower(): string {
    this.lowerAbstract ??= this.text.slice(Math.max(0, this.titleEnd)).toLowerCase();
    return this.lowerAbstract;
  }

  private survey: boolean | undefined;

  /** Whether the paper is a survey or review ("This survey ...", "A Survey on ..."). */
  private isSurvey(): boolean {
    this.survey ??=
      (this.text.includes('urvey') || this.text.includes('eview')) &&
      (SURVEY_TITLE.test(this.text.slice(0, Math.max(0, this.titleEnd))) ||
        SURVEY_ABSTRACT.test(this.text.slice(Math.max(0, this.titleEnd))));
    return this.survey;
  }

  /** A part of a compound that is a defined acronym, a generic word or a listed technique ("FL", "LLM", "Transformer"). */
  private isGenericPart(part: string): boolean {
    if (this.aliasIndex.has(part) || this.lex.generic.has(part) || this.genericShorts.has(part)) return true;
    const listed = lexiconTypesOf(part, this.lex);
    return listed.length > 0 && listed.every((l) => l.type === 'Technique');
  }

  /** Whether `start` lies inside a listed metric of two or more words ("ROC AUC", "Fréchet Inception Distance"). */
  private inListedMetricPhrase(index: number, sentence: Sentence, start: number): boolean {
    return this.lexiconMatches(index, sentence).matches.some(
      (m) =>
        m.start <= start &&
        start < m.end &&
        /\s/.test(m.surface) &&
        m.entries.some((e) => e.type === 'Metric') &&
        !m.entries.some((e) => NAMED_TYPES.has(e.type)),
    );
  }

  /** Whether a proposed entity has a mention exactly at [start, end). */
  private isProposedName(start: number, end: number): boolean {
    for (const d of this.drafts.values())
      if (d.proposed && d.mentions.some((m) => m.start === start && m.end === end)) return true;
    return false;
  }

  /**
   * "BADGR: Bundle Adjustment Diffusion Conditioned by GRadients for ...": the title spells its name with letters
   * marked by case. Claimed before any name scan, so "GRadients" is no name of its own.
   */
  private claimTitleSpelledForm(): void {
    const title = this.text.slice(0, Math.max(0, this.titleEnd));
    const m = /^\s*(\p{Lu}[\p{L}\d-]{1,30})\s*:\s*/u.exec(title);
    const name = m?.[1];
    if (!m || !name) return;
    const run = capitalsSpelledRun(name.replace(/[^\p{Lu}]/gu, ''), title.slice(m[0].length));
    if (run?.start !== 0) return;
    const at = m[0].length;
    this.titleSpelledForm = { at, long: title.slice(at, at + run.end) };
    this.claim(at, at + run.end);
  }

  /**
   * "Zorb-VL 2.5 Technical Report", "Zorb-7B: Technical Report": a title that reports on a name is the paper releasing
   * it, nearly always a model; the abstract's own description of it ("an agent that ...") still outweighs that.
   */
  private technicalReportTitle(): void {
    if (this.titleEnd <= 0) return;
    const m = TECHNICAL_REPORT_TITLE.exec(this.text.slice(0, this.titleEnd));
    const name = m?.[1];
    if (!m || !name) return;
    const words = name.split(/\s+/);
    // "Responsible AI Technical Report", "NorwAI's Large Language Models: Technical Report" name no release.
    if (!words.every((w) => /[\p{Lu}\d]/u.test(w)) || words.every((w) => this.isFieldWord(w))) return;
    if (/'s\b/.test(name) || this.lex.generic.has(name)) return;
    const start = m.index + m[0].indexOf(name);
    const existing = this.mentionsAt(start).find(([d]) => d.name === name || d.aliases.has(name))?.[0];
    if (existing) {
      existing.proposed = true;
      if (existing.type === 'Method' && !existing.known) vote(existing, 'Model', PROPOSAL_TYPE_VOTE - 1);
      return;
    }
    if (this.isClaimed(start, start + name.length)) return;
    const draft = this.proposeName('Model', name, start, 0);
    draft.proposed = true;
    vote(draft, 'Model', PROPOSAL_TYPE_VOTE - 1);
  }

  /**
   * "MRT at IberLEF-2025 PRESTA Task: ...", "Abjad AI at NADI 2025: ...": a team's paper names the dated campaign or
   * shared task it took part in, which is the benchmark it was evaluated on.
   */
  private titleCampaign(): void {
    if (this.titleEnd <= 0) return;
    const m = TITLE_CAMPAIGN.exec(this.text.slice(0, this.titleEnd));
    const name = m?.[1];
    if (!m || !name || !CAMPAIGN_MARK.test(name)) return;
    // "WiCV at CVPR 2025: The Women in Computer Vision Workshop": a conference is where a paper appears, not data.
    if (CONFERENCE.test(name) && !/\b(?:Task|Challenge|Track)\b/.test(name)) return;
    // The campaign closes the match, before the colon.
    const start = m.index + m[0].lastIndexOf(name);
    const index = this.sentenceAt(start);
    const sentence = this.sentences[index];
    if (!sentence || this.isClaimed(start, start + name.length)) return;
    this.addNameAt('Benchmark', sentence, index, start, start + name.length, 3);
  }

  /** "X: A Benchmark for ..." in the title introduces X. */
  private titlePrefix(): void {
    if (this.titleEnd <= 0) return;
    const title = this.text.slice(0, this.titleEnd);
    // "ChainReaction! Structured Approach ...": without a colon, an exclamation ends a coined name (not "Wait! ...").
    const m =
      /^\s*([^:\u2014]{2,60}?)\s*(?::|\s--\s|\s\u2014\s)\s*(.*)$/u.exec(title) ??
      /^\s*(\p{Lu}\p{Ll}+[\p{Lu}\d][\p{L}\d]*)!\s+(.*)$/u.exec(title);
    if (!m || !m[1]) return;
    const name = m[1];
    // "Safety-Guided Zorb (SGZ): ...": a title name glossed with its acronym.
    const glossed = /^(.+?)\s*\((\p{Lu}[\p{L}\d-]{1,15})\)$/u.exec(name);
    const words = (glossed?.[1] ?? name).split(/\s+/);
    if (
      words.length > 4 ||
      !words.every((w) => /^[\p{Lu}\d\\]/u.test(w) || /^(?:of|for|and|the|via|with|to|in)$/.test(w))
    )
      return;
    if (this.phenomenonNames.has(fold(name))) return;
    const start = title.indexOf(name);
    // The abstract's reading of the long form or its acronym is the paper's own thing; a glossed name is never
    // coined from the title alone.
    if (glossed) {
      const long = glossed[1] ?? '';
      const acronym = glossed[2] ?? '';
      const acronymAt = start + name.lastIndexOf('(') + 1;
      const own = [...this.mentionsAt(start), ...this.mentionsAt(acronymAt)].find(
        ([d, x]) =>
          NAMED_TYPES.has(d.type) &&
          !d.known &&
          (x.end === start + long.length || (x.start === acronymAt && x.end === acronymAt + acronym.length)),
      )?.[0];
      if (own) own.proposed = true;
      return;
    }
    // "SANA I2I: ..." before "We propose SANA-I2I": the title spells the paper's own name with a space, and the
    // listed name or acronym inside it is no entity of its own there.
    const spelled =
      words.length >= 2
        ? [...this.drafts.values()].find((d) => !d.known && d.name !== name && fold(d.name) === fold(name))
        : undefined;
    if (spelled) {
      for (const d of [...this.drafts.values()])
        for (const x of [...d.mentions])
          if (d !== spelled && x.start >= start && x.end <= start + name.length) this.removeMention(d, x);
      this.addMention(spelled, start, start + name.length, 0, 'proposed');
      this.claim(start, start + name.length);
      return;
    }
    const existing = this.mentionsAt(start)[0]?.[0];
    if (existing) {
      // "STAR: A Benchmark for ...": the title says what this paper's STAR is, whatever a listed STaR is.
      const rest = (m[2] ?? '').trim();
      if (
        existing.known &&
        existing.type !== 'Benchmark' &&
        /^(?:an?\s+)?(?:(?:new|novel|large-scale|comprehensive|unified|challenging|multimodal|multilingual)\s+)*(?:benchmark|dataset|corpus)\b/i.test(
          rest,
        )
      ) {
        existing.name = name;
        existing.known = false;
        existing.proposed = true;
        vote(existing, 'Benchmark', PROPOSAL_TYPE_VOTE * 2);
        existing.type = 'Benchmark';
        return;
      }
      existing.proposed = existing.proposed || existing.known === false;
      // "ZynaHOI: Benchmarking Hand-Object Interaction ...": what the title says it does with X makes X a benchmark;
      // so does "ZoSeDis: A Dataset for ...", whatever the abstract's definition reads as.
      const firstHead = /^(?:an?|the)\s/i.test(rest) ? titlePhraseHead(rest) : undefined;
      // A task the abstract poses keeps its type ("ReaMOT: A Benchmark and Framework for ...").
      const dataHead =
        NAMED_TYPES.has(existing.type) && /^(?:benchmark|dataset|corpus)$/.test(firstHead ?? '');
      if (!existing.known && (/^Benchmarking\b/.test(rest) || dataHead))
        vote(existing, 'Benchmark', PROPOSAL_TYPE_VOTE);
      // "ZorbEMR: A Large Language Model for ...": the title says the paper's X is a model, however the abstract
      // describes how it was built ("a novel approach that fine-tunes ..."). Not a bare "Model", often an
      // architecture ("A Diffusion Model for PET Denoising"): a language, foundation or embedding model.
      else if (
        !existing.known &&
        existing.type === 'Method' &&
        TYPE_NOUNS[firstHead ?? ''] === 'Model' &&
        (firstHead !== 'model' ||
          /^[^:]*?\b(?:language|foundation|embedding|vectori[sz]ation)\s+model\b/i.test(rest))
      )
        vote(existing, 'Model', PROPOSAL_TYPE_VOTE);
      // "ZORB -- Zero-shot Object Retrieval Benchmark": the rest of the title spells out the name.
      if (words.length === 1 && rest && matchLongForm(name, `${rest} `) === 0) existing.aliases.add(rest);
      const spelled = this.titleSpelledForm;
      if (spelled) {
        existing.aliases.add(spelled.long);
        this.addMention(existing, spelled.at, spelled.at + spelled.long.length, 0, 'neutral');
      }
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
    // "The Zorb Problem: ...": a problem the paper poses is a task, not a method.
    if (POSED_PROBLEM.test(words[words.length - 1] ?? '')) return;
    // "Attention Is Not Enough: ...": a clause with a verb is a slogan, not a name.
    if (words.length > 1 && words.some((w) => TITLE_CLAUSE_WORD.test(w))) return;
    if (this.lex.generic.has(name) || lexiconTypesOf(name, this.lex).length > 0 || this.longFormListing(name))
      return;
    const rest = m[2] ?? '';
    // The first type noun of the rest says what the name is ("X: A Family of Vision Encoders" is a model).
    // (A whole word, as TYPE_NOUN_IN reads it: "Resource-Efficient" holds no resource.)
    const noun = /^(?:an?|the)\s/i.test(rest) ? TYPE_NOUN_IN.exec(rest)?.[1]?.toLowerCase() : undefined;
    // Without an article, the head of the first phrase counts ("X: Multilingual Speech Model with ...").
    const head = noun ? undefined : titlePhraseHead(rest);
    const nounType = noun ? TYPE_NOUNS[noun] : head && TYPE_NOUNS[head] === 'Model' ? 'Model' : undefined;
    const type: EntityType =
      /\b(?:benchmark|dataset|corpus|suite)\b/i.test(rest) ||
      /^Benchmarking\b/.test(rest) ||
      nounType === 'Benchmark'
        ? 'Benchmark'
        : nounType === 'Model'
          ? 'Model'
          : 'Method';
    this.proposeName(type, name, start, 0).proposed = true;
  }

  /** Metrics named by how results are reported: "improves claim detection by 12%", "a 20% increase in goal completion". */
  private resultMetricPhrases(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    const numbered = /\d/.test(sentence.text);
    for (const {
      pattern,
      head: heads,
      listItem,
      verbFree,
      openEnd,
      valueBefore,
      subject,
      countedChange,
      afterValue,
      cue,
      comparative,
    } of RESULT_METRIC_PATTERNS) {
      if (!numbered && !comparative) continue;
      if (cue && !cue.test(sentence.text)) continue;
      for (const m of matchesOf(sentence.text, pattern)) {
        const phrase = m[1];
        if (!phrase) continue;
        let offset = m.index + m[0].indexOf(phrase);
        let words = phrase.split(' ');
        let opened = false;
        if (subject) ({ offset, words, opened } = measureSubject(sentence.text, offset, words));
        // Cut before a preposition, the phrase must end in a measure's head ("text alignment on ..."; not "tool
        // retrieval for ...").
        let cut = false;
        if (openEnd) {
          const stop = words.findIndex((w) => OPEN_PHRASE_END.has(w));
          if (stop >= 0) {
            words = words.slice(0, stop);
            cut = true;
          }
        }
        let alias: string | undefined;
        while (words.length > 0 && /^(?:the|its|their|our|a|an)$/.test(words[0] ?? '')) {
          offset += (words[0]?.length ?? 0) + 1;
          words = words.slice(1);
        }
        const full = words.join(' ');
        // "mean average precision" is a listed metric of its own; "mean retrieval accuracy" is retrieval accuracy.
        if (
          words.length > 1 &&
          ALIAS_MODIFIERS.has((words[0] ?? '').toLowerCase()) &&
          !this.longFormListing(full)
        ) {
          alias = full;
          offset += (words[0]?.length ?? 0) + 1;
          words = words.slice(1);
        }
        // "the highest accuracy", "state-of-the-art win rate", "a peak composite score": praise or the best of a
        // run is not part of the measure's name ("peak memory" is a measure of its own).
        let praised = false;
        while (
          words.length > 1 &&
          (EVALUATIVE_WORD.test(words[0] ?? '') ||
            (words[0] === 'peak' && !PEAK_MEASURE_HEAD.test(words[words.length - 1] ?? '')))
        ) {
          offset += (words[0]?.length ?? 0) + 1;
          words = words.slice(1);
          praised = true;
        }
        // "increases truthfulness by 9.8%": one abstract quality noun changed by a stated amount is the measure; so is
        // a measure's head after "average", "mean" or "overall" ("improves average reward by 35.4%").
        const amount =
          valueBefore === true || subject === true || countedChange === true || BY_AMOUNT_END.test(m[0]);
        const single =
          words.length === 1 &&
          ((amount &&
            (/(?:ness|ity|ety|ency|ancy)$/.test(words[0] ?? '') ||
              (alias !== undefined &&
                MEASURE_HEAD.test(words[0] ?? '') &&
                !/^(?:score|error)$/.test(words[0] ?? '')))) ||
            // "67.1% success", "by 39% in coverage": a measure noun right after its value; "19.5% faster
            // time-to-competence": a compound after the comparative a value qualifies.
            ((afterValue === true || valueBefore === true) &&
              (SINGLE_MEASURE_AFTER_VALUE.test(words[0] ?? '') ||
                (praised && /\w-\w/.test(words[0] ?? '')))));
        if ((words.length < 2 && !single) || words.length > 3) continue;
        // "absolute" and "relative" qualify a gain, except in the name of an error ("absolute counting error").
        const errorHead = /^(?:error|errors|deviation|difference)$/.test(words[words.length - 1] ?? '');
        const modifierStop = (w: string) =>
          METRIC_MODIFIER_STOP.has(w) && !(errorHead && (w === 'absolute' || w === 'relative'));
        if (words.some((w) => modifierStop(w) || PHRASE_STOP.has(w))) continue;
        const head = words[words.length - 1] ?? '';
        // "the enhanced semantic depth offered by ...": a participle closes a clause, never a measure's name.
        if (/[^e]ed$/.test(head) && !MEASURE_HEAD.test(head)) continue;
        // "refusal quality", "image quality": quality of a named thing is a measure; bare "quality" is not.
        const qualityOf = head === 'quality' && words.length === 2 && !QUALITY_ADJECTIVE.test(words[0] ?? '');
        // "trainable parameters", "total tokens": a qualified count of what a model spends (never a bare "tokens").
        const spentCount = words.length > 1 && SPENT_COUNT.test(head);
        // "an 80% reduction in output size": a changed amount of something qualified is measured.
        // "a 67% improvement in hour-long video understanding", "a 12% increase in tool retrieval": an action noun
        // names a task's progress, not a measure.
        if (countedChange && /(?:ing|ion|al)$/.test(head) && !MEASURE_HEAD.test(head)) continue;
        const qualifiedAmount =
          countedChange === true && words.length > 1 && /^(?:size|overhead|usage)$/.test(head);
        if (GENERIC_RESULT_HEADS.has(head) && !qualityOf && !spentCount && !qualifiedAmount) continue;
        // A measure that changes may be a count ("critical errors falling from 47% to 23%"); one a value opens may be
        // plural ("17-26% harmful rates").
        const measureHead =
          subject || (afterValue && /(?:rate|score|error|ratio)s$/.test(head))
            ? head.replace(/([^s])s$/, '$1')
            : head;
        if (
          (heads === 'measure' || (cut && !countedChange)) &&
          !MEASURE_HEAD.test(measureHead) &&
          !MEASURE_HEAD.test(measureHead.toLowerCase())
        )
          continue;
        if (heads === 'strict' && !STRICT_MEASURE_HEAD.test(head)) continue;
        // "..., reduces memory consumption by 30%": a verb or a plural noun does not open a measure's name.
        if (verbFree && words.slice(0, -1).some((w) => /[^s]s$/.test(w))) continue;
        // The later items of a list share the outcome verb of its first item.
        if (listItem && !LIST_OUTCOME_VERB.test(sentence.text.slice(0, offset))) continue;
        const surface = words.join(' ');
        const start = sentence.start + offset;
        if (this.isClaimed(start, start + surface.length)) continue;
        // "in entity F1-score", "in entity and relation F1": a word before a listed metric qualifies it; it is no
        // measure of its own.
        const nextWord = /^ (?:(?:and|or) [\p{L}-]+ )?([\p{L}\d][\p{L}\d@$_-]*)/u.exec(
          this.text.slice(start + surface.length),
        )?.[1];
        if (
          words.length === 1 &&
          nextWord &&
          lexiconTypesOf(nextWord, this.lex).some((l) => l.type === 'Metric')
        )
          continue;
        // A listed Technique or Task is not a metric ("reinforcement learning by 5%").
        const listed = this.longFormListing(surface);
        if (listed && listed.type !== 'Metric') continue;
        // "enhances safety mechanisms (+32.8%)", "gains in challenging domains": a plural of things, not a measure;
        // but a count of what a model spends is one ("reducing trainable parameters by 31%", "cuts total tokens by 23%").
        if (
          heads === 'any' &&
          !countedChange &&
          /[^su]s$/.test(head) &&
          !MEASURE_HEAD.test(head.slice(0, -1)) &&
          !listed &&
          !spentCount
        )
          continue;
        // A training procedure is not a metric either ("reduces weight quantization from 8 to 4 bits").
        if (PROCEDURE_HEAD.test(surface)) continue;
        // "a mean Percentile Rank of 71.8%" names the common metric "percentile rank"; a person's name keeps its capital.
        const name =
          listed?.canonical ??
          singularMeasure(
            heads === 'strict' || opened
              ? surface.replace(/\b\p{Lu}\p{Ll}+(?![\p{L}-])/gu, (w) =>
                  EPONYM.test(w) ? w : w.toLowerCase(),
                )
              : surface,
          );
        const draft = this.draft(this.keyFor('Metric', name), 'Metric', name, 2, Boolean(listed));
        if (fold(surface) !== fold(name)) draft.aliases.add(surface);
        if (alias) draft.aliases.add(alias);
        this.addMention(
          draft,
          alias ? start - (alias.length - surface.length) : start,
          start + surface.length,
          index,
          'used',
        );
        this.claim(start, start + surface.length);
      }
    }
  }

  /** "5.7x higher token cost", "cuts API cost by 45%": what a reported value says was spent is a measure. */
  private costMeasures(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !/\d/.test(sentence.text)) return;
    for (const pattern of COST_MEASURES)
      for (const m of matchesOf(sentence.text, pattern)) {
        const phrase = m[1] ?? '';
        const words = phrase.split(/\s+/);
        // "the cost", "reduced by", "significantly lower latency": function words and adverbs are not modifiers.
        if (
          words
            .slice(0, -1)
            .some((w) => PHRASE_STOP.has(w) || COST_MODIFIER_STOP.test(w) || /(?:ly|ed)$/.test(w))
        )
          continue;
        const start = sentence.start + m.index + m[0].indexOf(phrase);
        const end = start + phrase.length;
        if (this.isClaimed(start, end)) continue;
        // "total token usage" is token usage, with the longer phrasing as an alias.
        const name = singularMeasure(phrase.replace(/^(?:total|overall|average|mean)\s+/, ''));
        const draft = this.addUsedMetric(name, false, start, end, index);
        if (name !== phrase) draft.aliases.add(phrase);
      }
  }

  /** "Orchard-GUI" and "Orchard-Claw" beside a proposed Orchard: a variant named by the proposal's own stem is proposed. */
  private proposedVariants(): void {
    const stems = [...this.drafts.values()].filter(
      (d) =>
        d.proposed && (d.type === 'Method' || d.type === 'Model') && /^\p{Lu}[\p{L}\d]{2,}$/u.test(d.name),
    );
    for (const stem of stems) {
      // Most stems have no variant; a plain search is far cheaper than compiling a pattern for each.
      if (!this.text.includes(`${stem.name}-`)) continue;
      const variant = new RegExp(
        String.raw`(?<![\p{L}\d\-/.@])${escapeRegExp(stem.name)}-(?:\p{Lu}[\p{L}\d]*|\d[\p{L}\d.]*)(?![\p{L}\d\-/]|\.\p{L})`,
        'gu',
      );
      // Never inside a web address ("github.io/Zorb-Demo/").
      for (const m of matchesOf(this.text, variant)) {
        const name = m[0].replace(/[.]$/, '');
        const end = m.index + name.length;
        if (this.isClaimed(m.index, end) || cutAdjectiveTail(name) !== name) continue;
        // "ZMT-Large", "ZMT-7B": a size of the proposed system is a checkpoint of it.
        const type =
          hasParameterCount(name) || SIZE_WORD.test(name.split('-').pop() ?? '') ? 'Model' : stem.type;
        const draft = this.draft(this.keyFor(type, name), type, name, 2, false);
        draft.proposed = true;
        this.addMention(draft, m.index, end, this.sentenceAt(m.index), 'proposed');
        this.claim(m.index, end);
      }
    }
  }

  /** "retention rate", "novelty score": a noun before a measure head names a metric (in a sentence that measures). */
  private metricHeadPhrases(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !MEASURE_SENTENCE.test(sentence.text)) return;
    for (const m of matchesOf(sentence.text, METRIC_HEAD_PHRASE)) {
      const words = (m[1] ?? '').trim().split(/\s+/);
      const head = m[2] ?? '';
      // Keep the modifiers nearest the head, stopping at a function word or adverb.
      const kept: string[] = [];
      for (let k = words.length - 1; k >= 0; k--) {
        const w = words[k] ?? '';
        // "three metrics--abstention rate, ...": a LaTeX dash opens the phrase.
        const dash = w.lastIndexOf('--');
        if (dash >= 0) {
          if (/^\p{Ll}+$/u.test(w.slice(dash + 2))) kept.unshift(w.slice(dash + 2));
          break;
        }
        const lower = w.toLowerCase();
        if (
          METRIC_MODIFIER_STOP.has(lower) ||
          PHRASE_STOP.has(lower) ||
          /(?:ly|ed)$/.test(lower) ||
          /(?:ate|act|ous|ful|less|able|ible)$/.test(lower) || // adjectives: "an accurate score", "inexact scores"
          /[^s]s$/.test(lower) || // plural nouns rarely modify a measure: "judges rate" is a verb phrase
          NOT_METRIC_MODIFIER.has(lower)
        )
          break;
        if (/^\p{Lu}/u.test(w) && k === 0 && m.index === 0) break; // sentence-initial capital
        kept.unshift(w);
      }
      // "to assign scores", "functions which assign scores": a word after "to" or a relative pronoun that does not read
      // as a noun is a verb ("compared to retention rates" is not).
      const keptStart = sentence.start + m.index + m[0].length - `${kept.join(' ')} ${head}`.length;
      if (
        kept.length > 0 &&
        !NOUN_LIKE_MODIFIER.test((kept[0] ?? '').toLowerCase()) &&
        /\b(?:to|which|that)\s+$/i.test(this.text.slice(Math.max(0, keptStart - 7), keptStart))
      )
        kept.shift();
      if (kept.length === 0) continue;
      // "LLM-as-a-Judge score", "VLM-judge score": the judge named before the hyphen belongs to the measure's name.
      const judgeStart = m.index + m[0].length - `${kept.join(' ')} ${head}`.length;
      const judge =
        kept.length === 1 && /^judge$/i.test(kept[0] ?? '')
          ? JUDGE_BEFORE.exec(sentence.text.slice(0, judgeStart))
          : null;
      if (judge?.[1]) kept[0] = `${judge[1]}${kept[0] ?? ''}`;
      const phrase = `${kept.join(' ')} ${head}`;
      const start = sentence.start + m.index + m[0].length - phrase.length;
      if (this.isClaimed(start, start + phrase.length)) continue;
      const singularHead = head.replace(/s$/, '');
      const name = `${kept.join(' ')} ${singularHead}`;
      const listed = this.longFormListing(name);
      if (listed && listed.type !== 'Metric') continue;
      const canonical =
        listed?.canonical ??
        name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) =>
          kept[0] && /^(?:Bayes|Bregman|Wasserstein|Hamming|Levenshtein|Brier)$/.test(kept[0])
            ? c
            : c.toLowerCase(),
        );
      this.addUsedMetric(canonical, Boolean(listed), start, start + phrase.length, index);
      // The judge inside the measure's name is no technique of its own there.
      if (judge) this.dropMentionsWithin(start, start + phrase.length, (d) => d.type === 'Technique');
    }
  }

  /** Removes the mentions inside [start, end) of the drafts `which` picks, and the drafts left without any. */
  private dropMentionsWithin(start: number, end: number, which: (d: Draft) => boolean): void {
    for (const [key, d] of [...this.drafts.entries()]) {
      if (!which(d)) continue;
      d.mentions = d.mentions.filter((x) => x.end <= start || x.start >= end);
      if (d.mentions.length === 0) this.drafts.delete(key);
    }
  }

  /** "This paper introduces informed routing, a new paradigm that ...": a lower-case name the paper gives its own method. */
  private lowerCaseProposals(): void {
    // Beside a coined name in the title ("CMTM: Cross-Modal Token Modulation ..."), the lower-case phrase describes it.
    const titled = (d: Draft): boolean => d.mentions.some((x) => x.start < this.titleEnd);
    if ([...this.drafts.values()].some((d) => d.proposed && !d.known && d.type === 'Method' && titled(d)))
      return;
    this.sentences.forEach((sentence, index) => {
      if (sentence.start < this.titleEnd || !sentence.text.includes(', a')) return;
      for (const m of matchesOf(sentence.text, LOWER_CASE_PROPOSAL)) {
        const phrase = m[1] ?? '';
        const start =
          sentence.start + m.index + m[0].indexOf(phrase, m[0].search(/\s(?:introduce|propose|present)/));
        const end = start + phrase.length;
        if (this.isClaimed(start, end) || this.isListedPhrase(phrase)) continue;
        const draft = this.addOwnPart(phrase, start, index, 'proposed');
        draft.proposed = true;
        this.findRepeats(draft, phrase, start);
      }
    });
  }

  /** "we introduce a Cross-Frame Zorb Alignment module": a Title-Case phrase before a component noun is a named part. */
  private namedComponents(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    if (!COMPONENT_SENTENCE.test(sentence.text) && !this.aboutOwnWork(index)) return;
    for (const m of matchesOf(sentence.text, NAMED_COMPONENT)) {
      const phrase = m[1] ?? '';
      const start = sentence.start + m.index + m[0].indexOf(phrase);
      const end = start + phrase.length;
      // "a novel Spatial-guided Feature Adapter": a listed head word read on its own ends the part's name.
      const headStart = start + phrase.lastIndexOf(' ') + 1;
      const inner = this.innerMentions(start, end);
      if (!inner || inner.some(([, x]) => x.start !== headStart || x.end !== end)) continue;
      // Field vocabulary in Title Case ("Transformer Encoder") is not a coined name, unless three or more words are
      // called novel ("a novel Spatial-guided Feature Adapter").
      const words = phrase.split(' ');
      const novel = words.length >= 3 && /\b(?:novel|proposed)\s/.test(m[0]);
      if ((!novel && words.every((w) => this.isFieldWord(w))) || this.isListedPhrase(phrase)) continue;
      for (const [d, x] of inner) this.dropMention(d, x);
      this.addOwnPart(phrase, start, index, 'proposed');
    }
  }

  /**
   * The mentions inside [start, end) that are not proposed, when they hold every claimed character there; undefined
   * when some claim there belongs to something else (a proposed name, a mention reaching outside the span). None when
   * nothing there is claimed.
   */
  private innerMentions(start: number, end: number): [Draft, Mention][] | undefined {
    if (!this.isClaimed(start, end)) return [];
    const inner: [Draft, Mention][] = [];
    const covered = new Uint8Array(end - start);
    for (const d of this.drafts.values())
      for (const m of d.mentions) {
        if (m.end <= start || m.start >= end) continue;
        // "SIG-Guided Model Initialization": the paper's own name as the hyphened modifier opening a part's name.
        const openingModifier = m.start === start && this.text[m.end] === '-';
        if (m.start < start || m.end > end || (m.role === 'proposed' && !openingModifier)) return undefined;
        inner.push([d, m]);
        // The modifier's chunk ("SIG-Guided") was claimed whole.
        const chunkEnd =
          openingModifier && !d.known
            ? m.end + (/^[\p{L}\d-]*/u.exec(this.text.slice(m.end))?.[0].length ?? 0)
            : m.end;
        covered.fill(1, m.start - start, Math.min(end, chunkEnd) - start);
      }
    for (let i = start; i < end; i++) if (this.claimed[i] === 1 && covered[i - start] !== 1) return undefined;
    return inner;
  }

  /** Forget one mention of a draft (a longer name took its words over). */
  private dropMention(d: Draft, m: Mention): void {
    d.mentions = d.mentions.filter((x) => x !== m);
    d.mentionSpans.delete(`${m.start}:${m.end}`);
  }

  /** Drops a mention, and its entity with it when that was the entity's last. */
  private removeMention(d: Draft, m: Mention): void {
    this.dropMention(d, m);
    if (d.mentions.length > 0) return;
    for (const [key, x] of this.drafts) if (x === d) this.drafts.delete(key);
  }

  /** A word of the field's own vocabulary: generic, listed, or common architecture wording. */
  private isFieldWord(word: string): boolean {
    return (
      this.lex.generic.has(word) ||
      this.lex.generic.has(word.toLowerCase()) ||
      this.lex.generic.has(cutAdjectiveTail(word)) ||
      lexiconTypesOf(word, this.lex).length > 0 ||
      ARCHITECTURE_WORD.test(word) ||
      GENERIC_KIND_WORD.test(word)
    );
  }

  /** A phrase the lexicon already lists, whole or as a long form. */
  private isListedPhrase(phrase: string): boolean {
    return Boolean(this.longFormListing(phrase)) || lexiconTypesOf(phrase, this.lex).length > 0;
  }

  /** A coined name of a part of the paper's system, found at `start`, as a Method mention. */
  private addOwnPart(phrase: string, start: number, index: number, role: MentionRole): Draft {
    // "a novel Zorb Perception Metric designed to evaluate ...", "a Zorb Alignment Coefficient to quantify ...": a
    // coined measure.
    const after = this.text.slice(start + phrase.length, start + phrase.length + 60);
    const type = namesMeasure(phrase, after) ? 'Metric' : 'Method';
    const draft = this.draft(this.keyFor(type, phrase), type, phrase, 2, false);
    this.addMention(draft, start, start + phrase.length, index, role);
    this.claim(start, start + phrase.length);
    return draft;
  }

  /**
   * "RoSE employs Isotropic Geometric Alignment to ...", "a novel Multi-Scale Narrative Ensemble that ...": in a
   * sentence about the paper's own work, a Title-Case phrase inside the sentence is a coined name.
   */
  private titleCasePhrases(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    // In other sentences of the authors' own doing ("we mitigate it through a Double Zorb Loss") a method head says it.
    const ownSentence = this.cuesOf(index).isProposal || this.aboutOwnWork(index);
    // "outperforming baselines such as Learn Then Zorb, Conformal Zorb Control, and ...": the compared methods.
    const baselines = BASELINE_LIST.exec(sentence.text);
    const listEnd = baselines ? baselines.index + baselines[0].length : -1;
    // "Next, a Geometry Zorb Agent derives ...": after the paper's proposal, a part with a method head is its own.
    const proposedBefore = this.firstProposalSentence() < index;
    const weSentence = /\b[Ww]e\b/.test(sentence.text);
    if (!ownSentence && !baselines && !weSentence && !proposedBefore) return;
    const afterProposalOnly = !ownSentence && !baselines && !weSentence;
    // Most sentences after the proposal hold no method head and introduce nothing; skip them before the phrase scan.
    const introducesSomething = PASSIVE_INTRODUCTION.test(sentence.text);
    if (afterProposalOnly && !METHOD_HEAD_WORD.test(sentence.text) && !introducesSomething) return;
    for (const m of matchesOf(sentence.text, TITLE_CASE_PHRASE)) {
      const phrase = m[1] ?? '';
      const local = m.index + m[0].length - phrase.length;
      const listed = listEnd >= 0 && local >= listEnd && !/[;:()]/.test(sentence.text.slice(listEnd, local));
      // "Moreover, the Zorb-Aware Critique Reward is introduced to ...": a phrase the sentence introduces is a name.
      const introduced =
        introducesSomething && PASSIVE_INTRODUCTION_AFTER.test(sentence.text.slice(local + phrase.length));
      if (!ownSentence && !listed && !introduced && !METHOD_NAME_HEAD.test(phrase)) continue;
      // An acronym among the words ("the MCP Copilot Agent") needs a method head too ("the UK General Elections").
      if (/(?:^|\s)\p{Lu}{2,5}(?:\s|-)/u.test(phrase) && !METHOD_NAME_HEAD.test(phrase)) continue;
      const start = sentence.start + local;
      if (local === 0) continue;
      // "a lightweight Lowlight Adapter", "the MCP Copilot Agent": a part named around a listed word or an acronym
      // takes its words over; any other claim inside the phrase keeps it.
      const inner = this.innerMentions(start, start + phrase.length);
      if (inner === undefined) continue;
      // Inside parentheses it spells out or glosses something else ("CATCH (Controllable ... Generation)").
      const opened = sentence.text.lastIndexOf('(', local);
      if (opened >= 0 && sentence.text.lastIndexOf(')', local) < opened) continue;
      // "Zorb Alignment (ZA)" is an acronym's long form, which has its own rule; "a Zorb Service scenario" and
      // "Monte Carlo rollouts" are modifiers of a noun, not names.
      const after = sentence.text.slice(local + phrase.length, local + phrase.length + 30);
      // "enhanced by our Multimodal Feature-Enhanced Module into ...": a method head may take any preposition after it.
      if (!NAME_FOLLOWER.test(after) && !(METHOD_NAME_HEAD.test(phrase) && PREPOSITION_AFTER.test(after)))
        continue;
      if (this.spellsOutGenericAcronym(phrase, after)) continue;
      const leader = sentence.text.slice(Math.max(0, local - 30), local);
      if (!listed && !NAME_LEADER.test(leader)) continue;
      // There only a part introduced with an article or in a list counts ("then, a Zorb Agent applies ..."), not
      // "using Zorb Engine".
      if (afterProposalOnly && !/\b(?:an?|the|and|proposed)\s$/.test(leader)) continue;
      // "a case study of the Zorbic National Library": what a case study is about is its setting.
      if (/\bcase stud(?:y|ies)\s+(?:of|on|at|in|from)\s+(?:the\s+)?$/i.test(leader)) continue;
      if (/\b(?:Problem|Task|Tasks|Challenge|Game|Puzzle|Scenario)$/.test(phrase)) continue;
      // "three core dimensions: Semantic Information, ..., and Ambient Sound": items of what something covers.
      if (ASPECT_LIST_BEFORE.test(sentence.text.slice(0, local))) continue;
      // "Large Language Models" in capitals is still the generic kind.
      if (GENERIC_EXPANSIONS.has(fold(phrase).replace(/s$/, ''))) continue;
      // "the Covariance Trap", "a Thinking-Acting Gap": a coined name for what the paper observes, not a method.
      if (PHENOMENON_HEAD.test(phrase)) continue;
      const words = phrase.split(' ');
      if (words.some((w) => INSTITUTION_HEAD.test(w.toLowerCase()))) continue;
      if (
        words.every((w) => this.isFieldWord(w)) ||
        this.isListedPhrase(phrase) ||
        this.lex.generic.has(phrase)
      )
        continue;
      if (this.listedTaskSuffix(phrase.toLowerCase())) continue;
      // Words of other names are taken over only by a part with a method head the authors introduce with an article.
      if (
        inner.length > 0 &&
        !(ownSentence && METHOD_NAME_HEAD.test(phrase) && /\b(?:an?|the)\s+(?:[a-z][\w-]*\s+)?$/.test(leader))
      )
        continue;
      for (const [d, m] of inner) this.dropMention(d, m);
      // "we introduce X, a dataset ... constructed using Zorb Engine": what the contribution is built with is used.
      const toolLeader = /\b(?:using|via|leverag\w*)\s$/i.test(leader);
      let role =
        this.proposedHere(sentence, start) || (this.cuesOf(index).isProposal && !toolLeader)
          ? 'proposed'
          : this.roleAt(index, start, 'Method');
      if (listed) role = 'compared';
      // A coined name the authors put to work, not compared against, is theirs; so is one their new system is made of
      // ("It integrates a Zorb Module with Semantic Zorb Suppression").
      else if (
        (!ownSentence || PRONOUN_OPENING.test(sentence.text)) &&
        (role === 'used' || (role === 'neutral' && afterProposalOnly))
      )
        role = 'proposed';
      // "Grace-Zorb assesses trust via a ZorbGate Router": a part the proposed system brings in with "a" is new.
      else if (
        (role === 'used' || role === 'neutral') &&
        ownSentence &&
        /\ban?\s$/.test(leader) &&
        METHOD_NAME_HEAD.test(phrase)
      )
        role = 'proposed';
      this.findRepeats(this.addOwnPart(phrase, start, index, role), phrase, start);
    }
  }

  /** "a three-agent architecture (Planning Agent, Zorb Agent, and Report Agent)": the named parts of the paper's system. */
  private parenthesizedParts(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !sentence.text.includes('(')) return;
    if (!(this.cuesOf(index).isProposal || this.aboutOwnWork(index) || this.namesProposed(index))) return;
    for (const m of matchesOf(sentence.text, PARTS_IN_PARENTHESES)) {
      const list = m[1] ?? '';
      let offset = m.index + m[0].length - list.length - 1;
      const items = list.split(/(,\s*(?:and\s+)?|\s+and\s+)/);
      const names = items.filter((_, k) => k % 2 === 0).map((x) => x.trim());
      if (names.length < 2 || !names.every((x) => PART_NAME.test(x))) continue;
      for (const item of items) {
        const phrase = item.trim();
        const start = sentence.start + offset + item.indexOf(phrase);
        offset += item.length;
        if (!PART_NAME.test(phrase) || this.isClaimed(start, start + phrase.length)) continue;
        if (this.isListedPhrase(phrase)) continue;
        this.addOwnPart(phrase, start, index, 'proposed');
      }
    }
  }

  /**
   * "proposes a Vision-Language Model (VLM) ...", "novel Machine Learning (ML) methodologies": the Title-Case long
   * form of a generic acronym names a kind of model, not one ("Raw Adaptation Module (RAM)" is a name).
   */
  private spellsOutGenericAcronym(phrase: string, after: string): boolean {
    if (!/^\s*\([^()\s]{2,12}\)/.test(after)) return false;
    return GENERIC_EXPANSIONS.has(fold(phrase).replace(/s$/, ''));
  }

  /** Whether a sentence mentions an entity the paper proposes. */
  private namesProposed(index: number): boolean {
    for (const d of this.drafts.values())
      if (d.proposed && d.mentions.some((x) => x.sentence === index)) return true;
    return false;
  }

  /** "three components: (1) Twin Routing: ..., (2) Zorb Token Mixer, ...": named parts listed by number. */
  private numberedParts(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd || !sentence.text.includes('(')) return;
    // "we introduce (i) Zorb-4K, 26 hours of footage, (ii) ...": a numbered list right after the proposal verb.
    const verbEnd = this.cuesOf(index).proposalVerbEnd;
    const listProposed =
      verbEnd >= 0 && /^\s*(?:the\s+following\s*:\s*)?\(\s?(?:1|i|a)\s?\)/.test(sentence.text.slice(verbEnd));
    if (!listProposed && !PARTS_SENTENCE.test(sentence.text)) return;
    // "It consists of three components: ... (2) ZorbCheck, a bypass module ...": a coined name found by its shape,
    // numbered among the parts of the paper's own system after the paper says what it proposes.
    const proposal = this.firstProposalSentence();
    if (proposal >= 0 && proposal <= index)
      for (const m of matchesOf(sentence.text, NUMBERED_CODED_NAME)) {
        const start = sentence.start + m.index + m[0].length - (m[1] ?? '').length;
        for (const [d, mention] of this.mentionsAt(start)) {
          if (d.known || !NAMED_TYPES.has(d.type) || mention.role === 'compared') continue;
          mention.role = 'proposed';
          d.proposed = true;
        }
      }
    for (const m of matchesOf(sentence.text, NUMBERED_PART)) {
      const phrase = m[1] ?? '';
      this.addNumberedPart(phrase, sentence.start + m.index + m[0].length - phrase.length, index);
    }
  }

  /**
   * "First, Altitude-Adaptive Edge Construction estimates ...", "Causal Temporal Reduction imposes ...", "Given a query,
   * a Graph Retriever constructs ...": after the proposal, a Title-Case part an ordinal opens, or one that is the
   * subject of what the system does.
   */
  private ordinalParts(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    const ordinal = ORDINAL_PART.exec(sentence.text);
    const m = ordinal ?? SUBJECT_PART.exec(sentence.text);
    const proposal = this.firstProposalSentence();
    if (!m?.[1] || proposal < 0 || proposal >= index) return;
    // Without an ordinal, the words must be coined: no listed name or acronym inside ("Trace-Prior RL", "Semantic F1",
    // "the Transformer Encoder"), no bare label ("Stage A"), no plural ("Talking Characters"), no language or court.
    if (
      !ordinal &&
      (this.holdsListedWords(m[1]) ||
        /\s(?:\p{Lu}|\d+)$|[^su]s$/u.test(m[1]) ||
        NOT_A_METHOD_LONG_FORM.test(m[1]) ||
        /\s(?:Court|Parliament|Government)$/.test(m[1]))
    )
      return;
    this.addNumberedPart(m[1], sentence.start + m.index + m[0].length - m[1].length, index);
  }

  /** Whether a phrase holds an acronym or a run of words the lexicon lists, in any case. */
  private holdsListedWords(phrase: string): boolean {
    const words = phrase.split(/[\s-]+/);
    if (words.some((w) => /^\p{Lu}{2,}/u.test(w))) return true;
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) {
        const run = words.slice(i, j).join(' ');
        if (this.isListedPhrase(run) || this.isListedPhrase(run.toLowerCase())) return true;
      }
    return false;
  }

  /** A Title Case part of the paper's own system named at `start`, unless field words or an aspect name it. */
  private addNumberedPart(phrase: string, start: number, index: number): void {
    // "(1) SIG-Guided Model Initialization uses ...": a part named after the paper's own method takes its words over.
    const inner = this.innerMentions(start, start + phrase.length);
    if (
      inner === undefined ||
      inner.some(([d, x]) => x.start !== start || this.text[x.end] !== '-' || d.known)
    )
      return;
    const words = phrase.split(' ');
    // "(1) Data Collection:" names a step in field words, not a coined part.
    if (words.every((w) => this.lex.generic.has(w) || this.lex.generic.has(w.toLowerCase()))) return;
    if (words.length <= 2 && PROCESS_STEP.test(words[words.length - 1] ?? '')) return;
    // "(ii) Single-step Level:", "(i) Output Format:": an aspect the item is about, not a coined part.
    if (ASPECT_HEAD.test(words[words.length - 1] ?? '') && !words.some(isCodedWord)) return;
    // "(1) Coarse-to-Fine Tasks:" describes what a benchmark covers.
    if (/\b(?:Tasks?|Problems?|Scenarios?)$/.test(phrase)) return;
    if (this.isListedPhrase(phrase)) return;
    for (const [d, x] of inner) this.dropMention(d, x);
    this.addOwnPart(phrase, start, index, 'proposed');
  }

  /** "assessed with metrics such as recall, fluency and Zorb Score": the items of a metric list are metrics. */
  private metricLists(sentence: Sentence, index: number): void {
    if (sentence.start < this.titleEnd) return;
    const text = sentence.text;
    const listAt = (m: RegExpExecArray, list: string): number => m.index + m[0].lastIndexOf(list);
    if (text.includes('metrics'))
      for (const m of matchesOf(text, METRIC_LIST))
        this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), false);
    // A governed or closed list is read strictly: two or more items, and it ends at the first item that is no metric.
    for (const m of matchesOf(text, METRIC_LIST_GOVERNED)) {
      if (m[2] && !EVALUATION_WORD.test(text.slice(0, m.index) + m[2])) continue; // "a taxonomy of five dimensions: ..."
      // "scores for fluency and relevance" lists measures; "scores for routing, triage, or gating" lists what scores
      // are used for, so a list after "scores" must hold a known measure.
      this.metricListItems(sentence, index, m[3] ?? '', listAt(m, m[3] ?? ''), true, Boolean(m[1]));
    }
    for (const m of matchesOf(text, METRIC_LIST_CLOSED))
      this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), true);
    if (text.includes('--') || text.includes('\u2014'))
      for (const m of matchesOf(text, METRIC_LIST_DASHED))
        this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), true);
    if (text.includes('metrics (') || text.includes('measures ('))
      for (const m of matchesOf(text, METRIC_LIST_PARENTHESISED))
        this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), true);
    if (text.includes('trade'))
      for (const m of matchesOf(text, METRIC_TRADE_OFF))
        this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), true, true, true);
    for (const m of matchesOf(text, METRIC_LIST_EVALUATED)) {
      // "an evaluation protocol to assess instruction fulfillment, modification scope, and ...": an evaluation
      // instrument says its list is of measures, known or not.
      // ("... protocols to assess both open-book and closed-book reasoning" lists abilities, which need a known measure.)
      const byInstrument =
        EVALUATION_INSTRUMENT_BEFORE.test(text.slice(0, m.index)) &&
        !(m[1] ?? '')
          .split(/,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/)
          .slice(0, 3)
          .some((item) => /(?:ing|tion|sion)$/.test(item.trim()));
      this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), true, !byInstrument);
    }
    for (const m of matchesOf(text, METRIC_LIST_ACHIEVED))
      this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), true, true, true);
    if (text.includes('terms of'))
      for (const m of matchesOf(text, METRIC_LIST_TERMS)) {
        // Only where something is compared or evaluated: "limited in terms of scale and coverage" names no measure.
        if (!TERMS_OF_COMPARISON_BEFORE.test(text.slice(0, m.index))) continue;
        this.metricListItems(sentence, index, m[1] ?? '', listAt(m, m[1] ?? ''), true, false, true);
      }
  }

  private metricListItems(
    sentence: Sentence,
    index: number,
    list: string,
    listStart: number,
    strict: boolean,
    needsKnownItem = false,
    qualitiesOnly = false,
  ): void {
    const items: {
      phrase: string;
      at: number;
      span: number;
      listed: { type: EntityType; canonical: string } | undefined;
      dimension: boolean;
    }[] = [];
    let counted = 0;
    let known = 0;
    let qualities = 0;
    let activities = 0;
    // Items another rule already read ("Zorb Harmonic Mean (ZHM)"), new with the rest when the list is.
    const claimedMetrics: [Draft, Mention][] = [];
    // Title Case dimensions another rule read as something else.
    const dimensions: [Draft, Mention][] = [];
    let offset = listStart;
    const parts = list.split(/(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/);
    // A list the pattern's length cap cut inside a word ends in a clipped item ("weak physical g").
    const clipped = /^[\p{L}\d]/u.test(sentence.text.slice(listStart + list.length));
    for (const [i, part] of parts.entries()) {
      offset += part.length;
      if (i % 2 === 1) continue; // a separator
      if (clipped && i === parts.length - 1) break;
      // "Relevance Precision (padded nDCG@10)": the item is the name before its gloss.
      // The last item's gloss may have words after it: "and Relevance (4.5 versus 3.2) on a 5-point scale".
      let phrase = part
        .replace(strict && i === parts.length - 1 ? /\s*\([^()]*\)(?:\s[^()]*)?$/ : /\s*\([^()]*\)\s*$/, '')
        .trim();
      // "calibration of confidence estimates": in a strict list, a one-word measure of some things is that measure.
      if (strict)
        phrase = /^([\p{L}-]+)\s+of\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s$/u.exec(phrase)?.[1] ?? phrase;
      // "metrics like precision and recall often fail to ...": a loose list runs into the clause after it; its last
      // item is the listed measure that opens it.
      if (!strict && i === parts.length - 1) phrase = this.listedMetricOpening(phrase) ?? phrase;
      const at = sentence.start + offset - part.length + part.indexOf(phrase);
      const span = phrase.length;
      // "semantic and strategic alignment": an adjective before "and" shares the next item's head.
      const nextItem = parts[i + 2]?.trim().split(' ');
      const sharedHead = nextItem?.[nextItem.length - 1];
      if (
        /^\p{Ll}+(?:al|ic)$/u.test(phrase) &&
        /^\s+(?:and|or)\s+$/.test(parts[i + 1] ?? '') &&
        nextItem?.length === 2 &&
        sharedHead &&
        (QUALITY_ATTRIBUTE.test(sharedHead) || MEASURE_HEAD.test(sharedHead))
      )
        phrase = `${phrase} ${sharedHead}`;
      const words = phrase.toLowerCase().split(' ');
      const last = words[words.length - 1] ?? '';
      const listed = phrase ? this.longFormListing(phrase) : undefined;
      const readAsMetric = phrase
        ? this.mentionsAt(at).filter(([d]) => !d.known && votedType(d)[0] === 'Metric')
        : [];
      if (readAsMetric.length > 0) {
        claimedMetrics.push(...readAsMetric);
        counted++;
        continue;
      }
      // "measuring Information Recall, ..., Instruction Following, and Depth Quality": in a strict list of Title Case
      // dimensions an item read as a listed task or a coined method is one more dimension.
      const dimension = strict && TITLE_CASE_DIMENSION.test(phrase);
      const isMetric =
        phrase.length > 1 && // "e" of "e.g."
        METRIC_ITEM.test(phrase) &&
        ((dimension && listed?.type === 'Task') ||
          (!words.some((w) => METRIC_MODIFIER_STOP.has(w) || PHRASE_STOP.has(w) || this.lex.generic.has(w)) &&
            (!listed || listed.type === 'Metric'))) &&
        !(strict && (PLURAL_ITEM.test(last) || ADJECTIVE_ITEM.test(last)));
      if (!isMetric) {
        if (strict) break;
        continue;
      }
      counted++;
      const knownMeasure = listed?.type === 'Metric' || this.lex.metricHeads.has(fold(last));
      const quality = QUALITY_ATTRIBUTE.test(last);
      if (knownMeasure) known++;
      if (quality) qualities++;
      if (!knownMeasure && !quality && ACTIVITY_ITEM.test(phrase)) activities++;
      const misread = dimension
        ? this.mentionsAt(at).filter(
            ([d, x]) => x.end === at + span && d.type !== 'Metric' && (d.type === 'Task' || !d.known),
          )
        : [];
      if (misread.length > 0) dimensions.push(...misread);
      // A claimed quality names its measure; "robustness" or "efficiency" beside it names none.
      // So does a qualified cost ("computational cost", "inference latency").
      const named =
        !qualitiesOnly ||
        quality ||
        knownMeasure ||
        (words.length > 1 && /^(?:cost|latency|overhead|speed|runtime)$/.test(last));
      if (named && (misread.length > 0 || !this.isClaimed(at, at + span)))
        items.push({ phrase, at, span, listed: listed?.type === 'Metric' ? listed : undefined, dimension });
    }
    if (strict && counted < 2) return;
    // "along five dimensions: perception, planning, reflection and execution" lists abilities, not measures.
    if (strict && activities === counted) return;
    // An evaluated list must hold a measure already found as one ("... and factual accuracy"), or qualities an output
    // is judged by ("measuring visual quality, temporal quality, action controllability, and ...").
    if (needsKnownItem && (known === 0 || items.length === counted) && qualities < 2) return;
    for (const [d, x] of dimensions) this.removeMention(d, x);
    const proposalSentence = this.cuesOf(index).isProposal;
    // "We propose four complementary metrics measuring content similarity, ...": measures the paper introduces.
    const proposing = proposalSentence && NEW_METRICS_BEFORE.test(sentence.text.slice(0, listStart));
    // "we introduce an evaluation framework measuring Zorb Coverage and Depth Quality": dimensions named in Title Case
    // are the paper's own, where a framework that "measures both extraction accuracy and ..." reads known measures.
    for (const { phrase, at, span, listed, dimension } of items) {
      // "Zorb Score" keeps its case as a coined name; a common noun phrase is lower-cased.
      const name = listed?.canonical ?? (/\p{Lu}/u.test(phrase.slice(1)) ? phrase : phrase.toLowerCase());
      const draft = this.addUsedMetric(name, Boolean(listed), at, at + span, index);
      if ((proposing || (dimension && proposalSentence)) && !listed) draft.proposed = true;
    }
    if (proposing) for (const [d] of claimedMetrics) d.proposed = true;
  }

  /** The longest listed metric of up to three words opening a phrase that is no measure ("recall often fail"), if any. */
  private listedMetricOpening(phrase: string): string | undefined {
    const words = phrase.split(' ');
    // "accuracy gain" names a measure of its own.
    if (MEASURE_HEAD.test(words[words.length - 1] ?? '') || this.longFormListing(phrase)) return undefined;
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
      const head = words.slice(0, n).join(' ');
      if (this.longFormListing(head)?.type === 'Metric') return head;
    }
    return undefined;
  }

  /** "... for Dermatology Note Classification": a title names the task it addresses after for/on/in or the colon. */
  private titleTasks(): void {
    if (this.titleEnd <= 0) return;
    const title = this.text.slice(0, this.titleEnd);
    for (const m of matchesOf(title, TITLE_TASK)) {
      let phrase = m[1] ?? '';
      let start = m.index + m[0].length - phrase.length;
      // "Accurate Tumor Segmentation": a qualifier of how well is not part of the task's name.
      const qualifiers = TITLE_TASK_QUALIFIERS.exec(phrase);
      if (qualifiers) {
        phrase = phrase.slice(qualifiers[0].length);
        start += qualifiers[0].length;
      }
      // "LLM-based Triplet Extraction": how the task is done is not part of its name; the input it is done on is
      // ("EEG-based Emotion Recognition").
      const means = /^(\S+)-(?:based|driven|powered|guided|assisted|enhanced|augmented)\s+/i.exec(phrase);
      if (means && TASK_MEANS.test(means[1] ?? '')) {
        phrase = phrase.slice(means[0].length);
        start += means[0].length;
      }
      // A title's task name has at most three words; a fourth word before it is a qualifier ("Single ...").
      const extra = phrase.split(' ').length - 3;
      if (extra > 0) {
        const cut = phrase.split(' ').slice(0, extra).join(' ').length + 1;
        phrase = phrase.slice(cut);
        start += cut;
      }
      if (this.isClaimed(start, start + phrase.length)) continue;
      const words = phrase.split(' ');
      if (words.length < 2) continue; // "Lost in Translation" is an idiom, not a task
      if (!isTaskName(phrase)) continue;
      if (words.some((w) => this.lex.generic.has(w) || TITLE_TASK_QUALIFIER.test(w))) continue;
      const name = phrase.toLowerCase();
      // A listed task is found by the lexicon; a title that narrows one names its own ("Endoscopic Image
      // Classification"), since that is what the paper addresses, unless the phrase was cut to fit (a fragment).
      // A narrowed technique is still the technique ("Inductive Conformal Prediction").
      const listedSuffix = this.listedTaskSuffix(name);
      if (listedSuffix && (extra > 0 || listedSuffix.type === 'Technique' || listedSuffix.whole)) continue;
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
      // A listed task found by the lexicon keeps its own name ("image captioning").
      if (this.listedTaskSuffix(phrase)) return;
      const name = phrase.toLowerCase();
      const draft = this.draft(this.keyFor('Task', name), 'Task', name, 2, false);
      this.addMention(draft, start, start + phrase.length, index, 'used');
      this.claim(start, start + phrase.length);
    };
    // Cheap literal checks first: the patterns are only worth running where their anchor word occurs.
    const hasFocus = sentence.text.includes(' on ');
    for (const m of hasFocus ? matchesOf(sentence.text, TASK_FOCUS) : []) {
      const phrase = m[1] ?? '';
      add(phrase, m.index + m[0].length - phrase.length);
    }
    const hasTasks = sentence.text.includes(' task');
    for (const m of hasTasks ? matchesOf(sentence.text, TASKS_NAMED_BEFORE) : []) {
      for (const phrase of [m[1], m[2]]) {
        if (phrase) add(phrase, m.index + m[0].indexOf(phrase));
      }
    }
    const hasFramed = sentence.text.includes('task') || sentence.text.includes('problem');
    for (const m of hasFramed ? matchesOf(sentence.text, TASK_FRAMED) : []) {
      const phrase = m[1] ?? m[2] ?? '';
      if (phrase) add(phrase, m.index + m[0].indexOf(phrase));
    }
    const opening = this.isAbstractOpening(index) ? TASK_OPENING.exec(sentence.text) : null;
    if (
      opening?.[1] &&
      TASK_SUBJECT_AFTER.test(sentence.text.slice(opening[0].length, opening[0].length + 40))
    )
      add(opening[1], opening[0].length - opening[1].length);
    const hasList = sentence.text.includes('task');
    for (const m of hasList ? matchesOf(sentence.text, TASK_LIST) : []) {
      const list = m[1] ?? '';
      let offset = m.index + m[0].length - list.length;
      for (const item of list.split(/(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)/)) {
        const trimmed = item.trim();
        if (TASK_ITEM.test(trimmed)) add(trimmed, offset + item.indexOf(trimmed));
        offset += item.length;
      }
    }
  }

  /** The longest listed task or technique that ends the phrase, and whether it is the whole phrase. */
  private listedTaskSuffix(phrase: string): { type: EntityType; whole: boolean } | undefined {
    const words = phrase.split(' ');
    for (let i = 0; i < words.length; i++) {
      const entry = this.lex.entries
        .get(fold(words.slice(i).join(' ')))
        ?.find((e) => e.type === 'Task' || e.type === 'Technique');
      if (entry) return { type: entry.type, whole: i === 0 };
    }
    return undefined;
  }

  /**
   * "we propose the Critical Zorb Radius (CZR) to quantify ...", "Geometric Volume, which measures ...": a new
   * Title-Case name introduced to quantify something is a measure, unless its head says it is a part of a system.
   */
  private measuresByPurpose(): void {
    for (const d of this.drafts.values()) {
      if (d.known || !d.proposed || votedType(d)[0] !== 'Method') continue;
      const long = [d.name, ...d.aliases].filter((x) => /\s/.test(x)).sort((a, b) => b.length - a.length)[0];
      const head = long?.split(/[\s-]+/).pop() ?? '';
      if (!long || !/^\p{Lu}/u.test(long) || SYSTEM_HEAD.test(head)) continue;
      if (!d.mentions.some((m) => QUANTIFY_PURPOSE_AFTER.test(this.text.slice(m.end, m.end + 40)))) continue;
      vote(d, 'Metric', PROPOSAL_TYPE_VOTE * 2);
      d.type = 'Metric';
    }
  }

  /** "in goal completion rate and plan fidelity": a measure-like noun phrase coordinated with a metric is one too. */
  private coordinatedMetrics(): void {
    for (const d of [...this.drafts.values()]) {
      if (d.type !== 'Metric') continue;
      for (const m of [...d.mentions]) {
        const sentence = this.sentences[m.sentence];
        if (
          !sentence ||
          !(
            MEASURE_SENTENCE.test(sentence.text) ||
            /\b(?:outperform|surpass|better|worse|compar|gains?\s+over|metrics)/i.test(sentence.text)
          )
        )
          continue;
        // "the accuracy, utility, and compactness of ...": each item found extends the list to the next.
        for (let end = m.end; ;) {
          const after = this.text.slice(end, Math.min(end + 60, sentence.end));
          const c = COORDINATED_METRIC.exec(after);
          const phrase = c?.[1];
          if (!c || !phrase) break;
          const words = phrase.split(' ');
          const head = words[words.length - 1] ?? '';
          if (
            GENERIC_RESULT_HEADS.has(head) ||
            words.some((w) => METRIC_MODIFIER_STOP.has(w) || PHRASE_STOP.has(w))
          )
            break;
          const start = end + c[0].length - phrase.length;
          end = start + phrase.length;
          if (this.isClaimed(start, end)) break;
          const listed = this.longFormListing(phrase);
          if (listed && listed.type !== 'Metric') break;
          const name = listed?.canonical ?? phrase;
          this.addUsedMetric(name, Boolean(listed), start, end, m.sentence);
        }
      }
    }
  }

  /** Whether a listed task's words, where they stand, name something other than a task the paper works on. */
  private taskWordNamesOther(match: LexiconMatch, sentence: Sentence): boolean {
    return (
      // "video-caption and Q/A pairs", "question-answer (QA) pairs" are data; "role-playing games" a genre of game.
      PAIRS_AFTER.test(this.text.slice(match.end, match.end + 8)) ||
      /^\s+games?\b/i.test(this.text.slice(match.end, match.end + 7)) ||
      // "a Multimodal Medical Reasoning-with-Retrieval framework": a task word hyphened on heads a longer name.
      /^-(?:with|and|of|in|for|to)-/i.test(this.text.slice(match.end, match.end + 6)) ||
      // "integrates LiDAR-image fusion, language-conditioned decoding, and temporal reasoning": the capabilities a
      // system combines.
      /\b(?:integrat|combin|unif)\w*\s+(?:[^,;.()]{1,40},\s+){1,4}(?:and\s+|or\s+)?$/i.test(
        this.text.slice(Math.max(sentence.start, match.start - 160), match.start),
      ) ||
      // "self-summarization for context management" is something an agent does to itself.
      /\bself-$/i.test(this.text.slice(Math.max(0, match.start - 6), match.start))
    );
  }

  private lexiconPhrases(sentence: Sentence, index: number): void {
    const { tokens, matches } = this.lexiconMatches(index, sentence);
    for (const match of matches) {
      if (this.isClaimed(match.start, match.end)) continue;
      // "files $F_1$ and $F_2$": a subscripted symbol in math is a variable, not the listed F1 (a "$F_1$ score" is).
      if (
        match.surface.includes('_') &&
        this.text[match.start - 1] === '$' &&
        !/\bscores?$/i.test(match.surface) &&
        !/^\$?(?:[\s-]*scores?\b|\s*(?:of|=|:)\s*\d)/i.test(this.text.slice(match.end, match.end + 12))
      )
        continue;
      const entry = this.entryByTopic(match.entries.filter((e) => !NAMED_TYPES.has(e.type)));
      if (!entry) continue;
      // A task from the broad list counts in the title, in the abstract's opening sentence (which sets the paper's
      // field: "Deepfake detection models face ...") or where the paper says what it does.
      if (
        entry.broad &&
        sentence.start >= this.titleEnd &&
        index !== this.openingSentence() &&
        !this.cuesOf(index).isProposal &&
        !this.aboutOwnWork(index) &&
        this.roleAt(index, match.start, 'Task') !== 'used'
      )
        continue;
      // "achieves 95.23% ASR": a task's acronym right after a value abbreviates a measure (attack success rate).
      if (
        entry.type === 'Task' &&
        /^\p{Lu}{2,5}$/u.test(match.surface) &&
        /\d(?:\s?%|\\%)\s$/.test(this.text.slice(Math.max(0, match.start - 12), match.start))
      ) {
        const metric = this.draft(this.keyFor('Metric', match.surface), 'Metric', match.surface, 3, false);
        this.addMention(metric, match.start, match.end, index, 'used');
        this.claim(match.start, match.end);
        continue;
      }
      // "a backpropagation-free optimizer", "finetuning-free": a technique the paper does without.
      if (entry.type === 'Technique' && /^-free\b/.test(this.text.slice(match.end, match.end + 6))) continue;
      // "out-of-domain generalization", "self-supervised fine-tuning": the tail of an unlisted lower-case compound
      // is not the listed technique ("CNN-Transformer", "Deep-RL", "soft-prompt tuning" still name it).
      if (
        entry.type === 'Technique' &&
        /(?<![\p{L}-])\p{Ll}+(?:-\p{Ll}+)*-$/u.test(
          this.text.slice(Math.max(0, match.start - 24), match.start),
        ) &&
        !/\b(?:full|soft|hard|single|multi)-$/.test(
          this.text.slice(Math.max(0, match.start - 7), match.start),
        )
      )
        continue;
      if (entry.type === 'Task' && this.taskWordNamesOther(match, sentence)) continue;
      let start = match.start;
      let canonical = entry.canonical;
      let alias: string | undefined;
      if (entry.type === 'Metric') {
        // "All models demonstrate high precision but poor recall": a measure said to be high or poor is measured, with or
        // without a number.
        const judged = judgedMeasure(canonical, this.text.slice(Math.max(0, match.start - 14), match.start));
        if (WEAK_METRICS.has(canonical) && !MEASURE_SENTENCE.test(sentence.text) && !judged) continue;
        // "half-precision", "mixed-precision": a numeric format, not the measure.
        // But "7.80% higher precision than ..." compares the measure.
        const formatBefore = this.text.slice(Math.max(0, match.start - 24), match.start);
        // So does "achieving high precision", a quality a system shows.
        if (
          canonical === 'precision' &&
          NUMBER_FORMAT_BEFORE.test(formatBefore) &&
          !/\d(?:\\?%|\s?(?:points?|pp))?\s+(?:higher|lower)\s$/.test(formatBefore) &&
          !SHOWN_QUALITY_BEFORE.test(formatBefore)
        )
          continue;
        // "inference-time layer pruning", "training-time augmentation": a measure hyphenated before a noun modifies it;
        // "Macro-F1 improvement" only spells a measure headed by an acronym that way.
        if (
          match.surface.includes('-') &&
          !/[A-Z\d]/.test(match.surface.slice(match.surface.lastIndexOf('-') + 1)) &&
          match.surface.replace(/-/g, ' ').toLowerCase() === canonical.toLowerCase() &&
          HYPHENATED_MODIFIER_AFTER.test(this.text.slice(match.end, match.end + 24))
        )
          continue;
        // "temporal memory", "memory systems": memory as a component; as a cost it is reduced, saved or peaks.
        if (canonical === 'memory' && !this.memoryAsCost(match.start, match.end)) continue;
        // "a Dice loss", "Pearson correlation loss": a training objective named after a measure is not the measure;
        // "accuracy loss" or "precision loss" is a drop in the measure.
        if (
          !DEGRADED_MEASURE.test(canonical) &&
          OBJECTIVE_AFTER_MEASURE.test(this.text.slice(match.end, match.end + 16))
        )
          continue;
        // "at inference time", "sensitivity to prompts", "latency requirements", "the loss function": a setting,
        // a property or a constraint, not a reported measure.
        const notMeasure = NOT_MEASURE_CONTEXT[canonical];
        if (
          notMeasure &&
          (notMeasure.before?.test(this.text.slice(Math.max(0, match.start - 12), match.start)) ||
            notMeasure.after?.test(this.text.slice(match.end, match.end + 16)))
        )
          continue;
        if (this.lex.metricHeads.has(fold(canonical))) {
          const extended = this.extendMetric(tokens, match.tokenStart);
          if (extended) {
            start = extended.start;
            if (extended.aliasOnly) alias = this.text.slice(start, match.end);
            else canonical = `${this.text.slice(start, match.start).trim().toLowerCase()} ${entry.canonical}`;
          }
        }
      }
      // "recall@1", "mAP\@0.50": a cut-off written after a metric belongs to its name.
      let end = match.end;
      if (entry.type === 'Metric') {
        const cutoff = METRIC_CUTOFF.exec(this.text.slice(end, end + 12))?.[0];
        if (cutoff) {
          end += cutoff.length;
          canonical = this.text.slice(start, end);
          alias = undefined;
        }
      }
      // "vocabulary pruning", "offline reinforcement learning", "KV cache eviction": the variant the paper uses.
      if (entry.type === 'Technique') {
        const narrowed = this.narrowedTechnique(sentence, match, entry.canonical);
        if (narrowed) ({ start, end, name: canonical } = narrowed);
      }
      // "legal question answering", "3D instance segmentation", "text-to-image generation": the domain or modality
      // that narrows a listed task is part of the task the paper works on.
      let narrowedByCompound = false;
      const hyphenedBefore = entry.type === 'Task' ? this.text.slice(Math.max(0, start - 2), start) : '';
      // "Chat-TTS", "Dyn-VQA": a task's acronym inside a hyphened name is part of that name.
      if (/^\p{Lu}{2,}$/u.test(match.surface) && /\p{L}-$/u.test(hyphenedBefore)) continue;
      // "single-image denoising", "text-to-motion generation": a lower-case compound narrowing a listed task is
      // part of its name.
      if (/\p{Ll}-$/u.test(hyphenedBefore)) {
        const compound = /(?<![\p{L}\d-])[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*-$/u.exec(
          this.text.slice(Math.max(sentence.start, start - 40), start),
        )?.[0];
        if (
          compound &&
          !/^(?:post|pre|re|co|de|un|self|anti|over|under|mid)-$/.test(compound) &&
          !this.isClaimed(start - compound.length, start)
        ) {
          start -= compound.length;
          const written = fold(match.surface) === fold(canonical) ? canonical : match.surface.toLowerCase();
          canonical = `${compound}${written}`;
          narrowedByCompound = true;
        }
      }
      // Two may stack: "cross-lingual biomedical entity linking".
      for (let n = 0; entry.type === 'Task' && !narrowedByCompound && n < 2; n++) {
        const qualifier = TASK_DOMAIN_BEFORE.exec(
          this.text.slice(Math.max(sentence.start, start - 40), start),
        );
        const word = qualifier?.[1];
        if (!word || this.isClaimed(start - qualifier[0].length, start)) break;
        start -= qualifier[0].length;
        canonical = `${/^\d|^\p{Lu}{2}/u.test(word) ? word : word.toLowerCase()} ${canonical}`;
      }
      // A generic acronym defined as a class ("LLMs") is never an entity.
      if (this.isGenericShort(match.surface)) continue;
      // "loss of detail" is a phrase and "the losses it incurs" are drops, not the measured loss.
      if (
        canonical === 'loss' &&
        (/^\s+of\b/.test(this.text.slice(match.end, match.end + 4)) || /es$/i.test(match.surface))
      )
        continue;
      // "triplet loss" names a training objective, not a reported loss.
      if (canonical === 'loss' && /[a-z]{3,} $/.test(this.text.slice(Math.max(0, start - 12), start))) {
        const prev = /([a-z]+) $/.exec(this.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
        if (!METRIC_MODIFIER_STOP.has(prev) && !/^(?:training|test|validation|eval|evaluation)$/.test(prev))
          continue;
      }
      // "validation perplexity", "retrieval precision": plain nouns before a listed measure narrow it; the measure
      // keeps its listed name and its mention, and the narrower phrasing is an alias.
      if (
        entry.type === 'Metric' &&
        start === match.start &&
        alias === undefined &&
        canonical !== 'loss' &&
        !TRADE_OFF_AFTER.test(this.text.slice(end, end + 12))
      ) {
        const narrowed = this.narrowingNouns(tokens, match.tokenStart);
        if (narrowed !== undefined) alias = this.text.slice(narrowed, end);
      }
      const key = this.keyFor(entry.type, canonical);
      if (entry.weak) {
        this.weakMatches.push({
          key,
          type: entry.type,
          canonical,
          start,
          end: match.end,
          surface: match.surface,
          index,
        });
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
      this.addMention(draft, start, end, index, this.roleAt(index, start, entry.type));
      // A listed metric phrase is one metric: "length-controlled win rate" holds no separate "win rate".
      if (entry.type === 'Metric') this.claim(start, end);
    }
  }

  /** The listed technique at `match` narrowed by the words before it (or, for the KV cache, the operation after it). */
  private narrowedTechnique(
    sentence: Sentence,
    match: LexiconMatch,
    canonical: string,
  ): { start: number; end: number; name: string } | undefined {
    if (canonical === 'KV cache') {
      const op = KV_CACHE_OPERATION.exec(this.text.slice(match.end, match.end + 16));
      return op?.[1]
        ? { start: match.start, end: match.end + op[0].length, name: `KV cache ${op[1]}` }
        : undefined;
    }
    const rl = canonical === 'reinforcement learning';
    if (!rl && !OPEN_TECHNIQUE_HEADS.has(canonical)) return undefined;
    // "RL", "KD": an acronym stands for the technique itself.
    if (/^[A-Z]+$/.test(match.surface)) return undefined;
    const before = this.text.slice(Math.max(sentence.start, match.start - 60), match.start);
    const words = /(?:(?<=^|[\s(])([\w.-]+) )?([\w.-]+) $/.exec(before);
    const modifiers: string[] = [];
    let start = match.start;
    for (const word of [words?.[2], rl ? undefined : words?.[1]]) {
      if (!word) break;
      const wordStart = start - 1 - word.length;
      const sentenceInitial = wordStart === sentence.start;
      const accepted = rl
        ? RL_SETTING.test(word.toLowerCase())
        : (TECHNIQUE_VARIANT.test(sentenceInitial ? word.toLowerCase() : word) ||
            /^(?:LLM|KV|CoT|INT\d|FP\d+)$/.test(word)) &&
          !this.isClaimed(wordStart, start - 1);
      if (!accepted) break;
      // Acronyms and mixed case keep their case ("LLM distillation", "CoT distillation").
      modifiers.unshift(/\p{Lu}/u.test(word.slice(1)) ? word : word.toLowerCase());
      start = wordStart;
    }
    if (modifiers.length === 0) return undefined;
    return { start, end: match.end, name: `${modifiers.join(' ')} ${canonical}` };
  }

  /** "pruning" in a paper about "vocabulary pruning" is that variant, shortened; one variant takes the bare mentions. */
  private attachBareTechniques(): void {
    for (const [key, bare] of [...this.drafts.entries()]) {
      if (bare.type !== 'Technique' || !(OPEN_TECHNIQUE_HEADS.has(bare.name) || bare.name === 'KV cache'))
        continue;
      const variant = this.soleNarrowing(bare, (name) =>
        bare.name === 'KV cache' ? name.startsWith('KV cache ') : name.endsWith(` ${bare.name}`),
      );
      if (!variant) continue;
      for (const m of bare.mentions) variant.mentions.push(m);
      this.drafts.delete(key);
    }
  }

  /** "reduces memory by 40%", "GPU memory", "memory and latency": memory measured as a cost. */
  private memoryAsCost(start: number, end: number): boolean {
    const before = this.text.slice(Math.max(0, start - 30), start);
    const after = this.text.slice(end, end + 30);
    if (
      /^[\s-]*(?:systems?|architectures?|modules?|banks?|mechanisms?|frameworks?|construction|retrieval|layers?|units?|networks?|states?|tokens?|buffers?|agents?|benchmarks?|baselines?|tasks?|capabilit(?:y|ies))\b/i.test(
        after,
      )
    )
      return false;
    if (
      /\b(?:temporal|long-term|short-term|long-horizon|external|neural|parametric|episodic|working|semantic|associative|interactive|hybrid|symbolic|persistent|agent|conversational|[a-z]+-aware|[a-z]+-structured)[\s-]*$/i.test(
        before,
      )
    )
      return false;
    // A cost is spent, saved or compared: "reduces memory by 40%", "lower memory and latency", "peak GPU memory".
    return MEMORY_COST_BEFORE.test(before) || MEMORY_COST_AFTER.test(after);
  }

  /** "grounding accuracy", "macro F1": up to two noun modifiers before a metric head; "average accuracy" is an alias. */
  private extendMetric(
    tokens: Token[],
    tokenStart: number,
  ): { start: number; aliasOnly: boolean } | undefined {
    let start = -1;
    let aliasOnly = false;
    // "91.7% typed deferral accuracy": words between a value and its measure name the measure, whatever their form.
    let namedAfterValue = tokenStart;
    for (let k = tokenStart - 1; k >= Math.max(0, tokenStart - 3); k--) {
      const tok = tokens[k];
      if (!tok || !/^[a-z][a-z-]+$/.test(tok.lower) || VALUE_QUALIFIER.test(tok.lower)) break;
      const before = this.text.slice(Math.max(0, tok.start - 12), tok.start);
      if (k === tokenStart - 3 ? VALUE_IN_BEFORE.test(before) : VALUE_BEFORE.test(before)) {
        namedAfterValue = k;
        break;
      }
    }
    // Three modifiers only where a value opens them ("21% in procedural action understanding accuracy").
    const reach = namedAfterValue === tokenStart - 3 ? 3 : 2;
    for (let k = tokenStart - 1; k >= Math.max(0, tokenStart - reach); k--) {
      const tok = tokens[k];
      const next = tokens[k + 1];
      if (!tok || !next) break;
      const gap = this.text.slice(tok.end, next.start);
      if (!/^[ -]$/.test(gap)) break;
      if (ALIAS_MODIFIERS.has(tok.lower) && start < 0) {
        return { start: tok.start, aliasOnly: true };
      }
      const surface = this.text.slice(tok.start, tok.end);
      // "Hijacking Success Rate": a capitalised word before a capitalised measure in the abstract is part of its name.
      const titled =
        tok.start >= this.titleEnd &&
        /^\p{Lu}\p{Ll}+$/u.test(surface) &&
        /^\p{Lu}/u.test(this.text.slice(next.start, next.end));
      const accepted =
        !METRIC_MODIFIER_STOP.has(tok.lower) &&
        !/\d/.test(tok.lower) &&
        tok.lower.length >= 3 &&
        // Modifiers must read as nouns or relational adjectives ("grounding", "classification", "factual", "type"); the
        // first part of a compound whose head was taken may be any word ("concept-level", "exact-match").
        (NOUN_LIKE_MODIFIER.test(tok.lower) ||
          // "frame-wise accuracy", "note-wise F1": the measure taken per unit.
          (tok.lower === 'wise' && this.text[tok.start - 1] === '-') ||
          k >= namedAfterValue ||
          (gap === '-' && start === next.start && !RANK_OF_LEVEL.test(`${tok.lower}-${next.lower}`))) &&
        !VERB_PARTICIPLE.test(tok.lower) &&
        !this.isClaimed(tok.start, tok.end) &&
        !(/^\p{Lu}/u.test(surface) && k > 0 && !titled) &&
        // "to ensure accuracy", "to effectively balance accuracy": a verb after "to" is not a modifier.
        !/\bto\s+(?:\w+ly\s+)?$/i.test(this.text.slice(Math.max(0, tok.start - 20), tok.start)) &&
        // "..., finding accuracy drops": nor is a participle opening a clause after a comma.
        !opensClause(tok.lower, this.text.slice(Math.max(0, tok.start - 3), tok.start)) &&
        // "while simultaneously elevating reasoning accuracy": a participle after an adverb or "while" is a verb.
        !(
          /ing$/.test(tok.lower) &&
          /\b(?:(?!early|only|daily|weekly|monthly|yearly)\w+ly|while|thereby|thus|also)\s+$/i.test(
            this.text.slice(Math.max(0, tok.start - 20), tok.start),
          )
        );
      // A hyphen compound is taken whole or not at all ("character-level accuracy" is not "level accuracy").
      if (!accepted && gap === '-') return undefined;
      if (!accepted) break;
      start = tok.start;
      aliasOnly = false;
    }
    // Nor is a compound cut at the reach ("patch-level prediction accuracy" is not "level prediction accuracy").
    while (start > 0 && this.text[start - 1] === '-' && /\p{Ll}/u.test(this.text[start - 2] ?? '')) {
      // "Multi-Object Tracking Accuracy": the compound's first word keeps its capital.
      const word =
        /\p{Lu}?[\p{Ll}\d]+$/u.exec(this.text.slice(Math.max(0, start - 24), start - 1))?.[0] ?? '';
      if (!word || METRIC_MODIFIER_STOP.has(word.toLowerCase())) return undefined;
      start -= word.length + 1;
    }
    return start >= 0 ? { start, aliasOnly } : undefined;
  }

  /** Start of up to two plain lower-case nouns right before a listed measure ("validation perplexity"), if any. */
  private narrowingNouns(tokens: Token[], tokenStart: number): number | undefined {
    let start: number | undefined;
    for (let k = tokenStart - 1; k >= Math.max(0, tokenStart - 2); k--) {
      const tok = tokens[k];
      const next = tokens[k + 1];
      const gap = tok && next ? this.text.slice(tok.end, next.start) : '';
      if (!tok || !/^[ -]$/.test(gap)) break;
      const word = this.text.slice(tok.start, tok.end);
      const rejected =
        !/^[a-z][a-z-]{2,}$/.test(word) ||
        /(?:ly|ed)$/.test(word) ||
        (/ing$/.test(word) && !GERUND_NOUN.test(word)) ||
        METRIC_MODIFIER_STOP.has(word) ||
        PHRASE_STOP.has(word) ||
        VALUE_QUALIFIER.test(word) ||
        ALIAS_MODIFIERS.has(word) ||
        SUBJECT_BOUNDARY.test(word) ||
        EVALUATIVE_WORD.test(word) ||
        this.lex.generic.has(word) ||
        this.isClaimed(tok.start, tok.end) ||
        // "We track loss", "minimal loss": verbs and adjectives do not narrow a measure; nouns, by their form, do.
        !(NOUN_LIKE_MODIFIER.test(word) || MEASURED_PART.test(word));
      // A hyphen compound is taken whole or not at all ("country-level accuracy" is not "level accuracy").
      if (rejected) return gap === '-' ? undefined : start;
      start = tok.start;
    }
    // "country-level trajectory accuracy": a compound cut at the reach is no narrower name either.
    return start !== undefined && this.text[start - 1] === '-' ? undefined : start;
  }

  /**
   * "Across dialogue (MT-Bench), code (HumanEval), and math (GSM8K), X increases acceptance length by 7.4%": a value
   * after a list of benchmarks, with none after it, holds across them all, not on the last one.
   */
  private spansBenchmarkList(benchmarks: Mention[], valueStart: number, valueEnd: number): boolean {
    const before = benchmarks.filter((m) => m.end <= valueStart).sort((a, b) => a.start - b.start);
    if (before.length < 2 || benchmarks.some((m) => m.start >= valueEnd)) return false;
    const names = new Set(before.map((m) => m.surface));
    if (names.size < 2) return false;
    // The benchmarks must form one list (short joins, no value between them) with no value between it and this one.
    for (let k = 1; k < before.length; k++) {
      const join = this.text.slice(before[k - 1]?.end ?? 0, before[k]?.start ?? 0);
      if (join.length > 30 || /\d/.test(join) || !/,|\band\b|\bor\b/.test(join)) return false;
    }
    const last = before[before.length - 1];
    return last !== undefined && !/\d/.test(this.text.slice(last.end, valueStart));
  }

  /** "Llama3-Zork" and "Llama3-Zork-70B" in one record name one checkpoint: the shorter is an alias. */
  private mergeCheckpointAliases(): void {
    // A new checkpoint's size-less form, where the text uses it, is the same model (not a listed family's checkpoint).
    for (const d of [...this.drafts.values()]) {
      if (d.type !== 'Model' || d.known) continue;
      const cut = /^(.{3,})-\d+(?:\.\d+)?[BMK]$/i.exec(d.name);
      const short = cut?.[1];
      if (!short || this.drafts.has(namedKey(short))) continue;
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
        this.absorb(long, short, keyShort);
      }
    }
  }

  /**
   * "GPT-4o, Gemini-2.5-Flash and ... Lower temperatures help GPT-4o and Gemini": a listed family's bare name where the
   * paper names one checkpoint of that family, in other sentences, refers to that checkpoint; where it names several,
   * the bare name groups them.
   */
  private mergeBareFamilies(): void {
    const models = [...this.drafts.entries()].filter(([, d]) => votedType(d)[0] === 'Model');
    for (const [key, family] of models) {
      const root = fold(withoutMaker(family.name));
      if (/\d/.test(family.name) || !this.lex.modelFamilies.has(root)) continue;
      const checkpoints = models.filter(
        ([k, d]) =>
          d !== family &&
          this.drafts.has(k) &&
          /\d/.test(d.name) &&
          fold(withoutMaker(d.name)).startsWith(root),
      );
      // "on LLaVA and Qwen families (e.g., LLaVA-1.5-7B ...)": a name called a family groups the checkpoints listed.
      const grouping =
        checkpoints.length > 0 &&
        family.mentions.every((m) => FAMILY_GROUP_AFTER.test(this.text.slice(m.end, m.end + 40)));
      // "GPT-2, Gemma, Gemma 2 and Llama 2": written beside a checkpoint, the bare name is an earlier release.
      if (
        !grouping &&
        family.mentions.some((m) =>
          checkpoints.some(([, d]) => d.mentions.some((x) => x.sentence === m.sentence)),
        )
      )
        continue;
      const only = checkpoints.length === 1 ? checkpoints[0]?.[1] : undefined;
      // "four from the Claude family ... The best model, Claude Opus 4.6, ...": called a family away from the one
      // checkpoint the paper names, it is the family, more models than that one.
      const ownFamily =
        grouping && only?.mentions.every((x) => family.mentions.every((m) => m.sentence !== x.sentence));
      if (only && !ownFamily) this.absorb(only, family, key);
      // "assessed Claude Sonnet 3.5 and Claude Sonnet 4.5 ... Claude models appeared safest": the bare name of a
      // family whose checkpoints the paper lists groups them, and is no entity of its own.
      else if (checkpoints.length > 1) this.drafts.delete(key);
    }
  }

  /** "the DeepSeek series": a model family written with "series" has that name too (guidelines, convention 19). */
  private seriesAliases(): void {
    for (const d of this.drafts.values()) {
      if (votedType(d)[0] !== 'Model') continue;
      const series = d.mentions.find((m) => this.text.startsWith(' series', m.end));
      if (series) d.aliases.add(`${series.surface} series`);
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private keyFor(type: EntityType, name: string): string {
    return NAMED_TYPES.has(type) ? namedKey(name) : `${type}:${fold(name).replace(/e?s$/, '')}`;
  }

  private draft(key: string, type: EntityType, name: string, confidence: number, known: boolean): Draft {
    let d = this.drafts.get(key) ?? this.coinedCounterpart(type, name);
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
    // A default guess weighs little against one mention typed by its context ("X, a family of encoders").
    const weight = confidence <= 1 ? 0.5 : confidence;
    vote(d, type, weight);
    return d;
  }

  /**
   * A coined name read as a metric in one place and as a method in another ("ZORBA: Matching Text ..." in the title,
   * "ZORBA, an automatic metric" after) is one entity, typed by its votes.
   */
  private coinedCounterpart(type: EntityType, name: string): Draft | undefined {
    if (!/\p{Lu}/u.test(name)) return undefined;
    if (type === 'Metric') return this.drafts.get(this.keyFor('Method', name));
    return NAMED_TYPES.has(type) ? this.drafts.get(this.keyFor('Metric', name)) : undefined;
  }

  private addMention(draft: Draft, start: number, end: number, sentence: number, role: MentionRole): void {
    const span = `${start}:${end}`;
    if (draft.mentionSpans.has(span)) return;
    draft.mentionSpans.add(span);
    // "a supervised fine-tuning baseline": the thing is what the paper compares against.
    if (
      role !== 'proposed' &&
      (draft.type === 'Method' || draft.type === 'Model' || draft.type === 'Technique') &&
      /^[\s-]*(?:based\s+)?(?:baselines?|competitors?)\b|^\s+(?:[\w-]+\s+)?as\s+(?:an?|the|our)\s+(?:[\w-]+\s+)?baselines?\b/i.test(
        this.text.slice(end, end + 50),
      )
    ) {
      role = 'compared';
    }
    const sentenceStart = this.sentences[sentence]?.start ?? 0;
    const sentenceText = this.sentences[sentence]?.text ?? '';
    const usedBefore =
      isUsedBefore(this.text.slice(Math.max(sentenceStart, start - 120), start)) ||
      isMadeEarlier(this.text.slice(end, end + 80), sentenceText);
    draft.mentions.push({ start, end, surface: this.text.slice(start, end), sentence, role, usedBefore });
    if (role === 'proposed') draft.proposed = true;
  }

  private claim(start: number, end: number): void {
    this.claimed.fill(1, Math.max(0, start), Math.max(0, end));
  }

  private unclaim(start: number, end: number): void {
    this.claimed.fill(0, Math.max(0, start), Math.max(0, end));
  }

  private isClaimed(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end; i++) if (this.claimed[i] === 1) return true;
    return false;
  }

  /**
   * An acronym listed for two things ("ASR": speech recognition, attack success rate) means the one whose long form
   * the paper's own words share ("attack" in a jailbreak abstract); with no such evidence the first listed.
   */
  private entryByTopic(entries: LexiconEntry[]): LexiconEntry | undefined {
    const first = entries[0];
    if (entries.length < 2 || !first || !/^\p{Lu}{2,5}s?$/u.test(first.surface)) return first;
    this.topicWords ??= new Set(this.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
    const words = this.topicWords;
    const evidence = (e: LexiconEntry): number =>
      (e.canonical.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => words.has(w)).length;
    let best = first;
    for (const e of entries.slice(1)) if (evidence(e) > evidence(best)) best = e;
    return best;
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
      const verbEnd = proposalVerbEnd(text);
      c = {
        proposalVerbEnd: verbEnd,
        isProposal: isProposalSentence(text, verbEnd),
        isEvaluation: EVAL_SENTENCE.test(text),
        isRelease: RELEASE_SENTENCE.test(text),
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
      const where = this.sentences[sentence];
      // "we introduce Zorbit, a framework ...": the abstract's own introduction types the title's name.
      if (
        where &&
        where.start >= this.titleEnd &&
        NAMED_TYPES.has(draft.type) &&
        fold(surface) === fold(draft.name) &&
        this.proposedHere(where, at)
      ) {
        const shape: NameShape = { name: surface, type: draft.type, confidence: 1, known: false };
        const typed = this.contextType(where, at, at + needle.length, shape);
        if (typed.confidence >= 3) vote(draft, typed.type, PROPOSAL_TYPE_VOTE);
      }
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

  /** Whether a long form shares no content word with any of the listing's names spelled out in words. */
  private otherThanListed(long: string, listing: { type: EntityType; canonical: string }): boolean {
    const listedLong = this.lex.longNames.get(`${listing.type}:${listing.canonical}`);
    return listedLong !== undefined && !listedLong.some((name) => sharesContentWord(long, name));
  }

  /** A short form defined as something generic, or its plural ("the azimuth AoAs" after "angle-of-arrival (AoA)"). */
  private isGenericShort(name: string): boolean {
    return (
      this.genericShorts.has(name) || (/\p{Lu}s$/u.test(name) && this.genericShorts.has(name.slice(0, -1)))
    );
  }

  /** The name at `offset` is what a proposal sentence introduces, or is introduced by "called X" / "X, a new ...". */
  private proposedHere(sentence: Sentence, offset: number): boolean {
    const local = offset - sentence.start;
    const before = sentence.text.slice(0, local);
    // "CoCoA (Vashurin et al., 2025)": a name cited to its authors is not the paper's own.
    if (CITED_AFTER.test(sentence.text.slice(local).replace(/^[^\s()]+/, ''))) return false;
    if (isNamedHere(before.slice(-40))) return true;
    // "Our key innovation is ZORBUS, a large-scale dataset": what the paper says it contributes.
    if (CONTRIBUTION_IS_BEFORE.test(before.slice(-60))) return true;
    // "it produced 13,672 QAs, forming the ZorbQA dataset": data the paper's own pipeline produced.
    if (
      /\b(?:forming|yielding|resulting in|producing|creating|constituting)\s+(?:the\s+|a\s+)?(?:new\s+)?$/i.test(
        before.slice(-40),
      ) &&
      /^[^\s,;()]+\s+(?:dataset|benchmark|corpus)\b/i.test(sentence.text.slice(local, local + 60))
    )
      return true;
    // "The proposed lightweight student model (ZorbNet)": a name in parentheses after the description is it.
    const described = /[\w-] \($/.test(before) ? before.slice(-121, -1) : before.slice(-120);
    // "our newly released dataset, Zorb-55K": what the paper itself released or collected; not what it builds on
    // ("a novel framework that leverages Signal Temporal Logic").
    if (
      /\b(?:(?:our|the|a|an) (?:newly |carefully )?(?:proposed|new|novel|introduced|curated|constructed)|our (?:newly |publicly )?(?:released|collected|created|developed|designed|built)),?\s+(?:(?!(?:that|which|who|to|for|by|using|via|from|on|upon|is|are|was|were|leverag\w*|employ\w*|uses|utiliz\w*|combin\w*|integrat\w*|incorporat\w*)\s)[\w-]+,?\s+){0,5}$/i.test(
        described,
      )
    )
      return true;
    // "incorporates two novel modules: zorb aggregator (ZA) and ...": the items of a list of new parts.
    if (NEW_PARTS_LIST.test(before) || CONTRIBUTION_ITEM_BEFORE.test(before)) return true;
    // "The main contributions are: (i) constructing the multimodal benchmark ZorbBench; (ii) building ...".
    if (CONTRIBUTIONS_ARE.test(sentence.text) && CONTRIBUTION_GERUND_BEFORE.test(before)) return true;
    const cues = this.cuesOf(this.sentenceAt(offset));
    // "this paper extends X across modalities by introducing two benchmarks, A and B": the later participle of the
    // contribution sentence governs the names after it.
    let participle = -1;
    // "We conduct the first evaluation of this effect, introducing ZorbSet: a benchmark of ...": the authors' clause.
    if (cues.isProposal || /^(?:We|Here,? we)\b/.test(sentence.text)) {
      const last = lastMatchOf(before, CONTRIBUTION_PARTICIPLE);
      if (last) participle = last.index + last[0].length;
    }
    // Only a counted or new thing is the contribution ("by introducing facial action units (FAUs)" uses them), or a
    // name that an apposition says is a new kind of thing.
    if (
      participle >= 0 &&
      !/^\s*(?:an?|two|three|four|five|new|novel)\b/i.test(before.slice(participle)) &&
      !(
        /^\s*$/.test(before.slice(participle)) &&
        NEW_KIND_APPOSITION.test(sentence.text.slice(local, local + 100))
      )
    )
      participle = -1;
    const verbEnd = Math.max(cues.proposalVerbEnd, participle);
    // "we present a patch-based representation of surfaces, PolyFit, which ...": the name in apposition.
    if (verbEnd >= 0 && verbEnd <= local && local - verbEnd < 100 && /,\s*$/.test(before)) {
      const between = sentence.text.slice(verbEnd, local);
      // "release SAEs on four models (CLIP, SigLIP, Zorb2, ...)": an item of a list in parentheses is not it.
      if (between.lastIndexOf('(') > between.lastIndexOf(')')) return false;
      const after = sentence.text.slice(local, local + 80);
      if (
        // ("a dataset constructed from Zorb-cls, Z2SA, and ...": what it is drawn from is not it.)
        !/(?<![\w-])(?:than|over|outperform\w*|compared|against|using|with|based|such|like|including|e\.g|from|augment\w*|derived|drawn|sourced)(?![\w-])/i.test(
          between,
        ) &&
        /^[^\s,()]+\s*[,(:]/.test(after)
      ) {
        return true;
      }
    }
    if (verbEnd >= 0 && verbEnd <= local) {
      // The first name after the verb, before the clause turns to what it is compared with or built on.
      // "We present a preview version of Zorb-V4": the version of a name is that name.
      const between = sentence.text
        .slice(verbEnd, local)
        .replace(/^\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:version|release|edition)\s+of\s+/i, ' ');
      // "two benchmarks, ZorbQA and ZorbJudge": the later items of the list of contributions.
      if (PROPOSED_LIST_ITEM.test(between)) return true;
      // "two techniques, namely Clip-Zorb, which clips ..., and KL-Zorb": any item of a counted list, glossed or not.
      const counted = this.countedListAfter(sentence, verbEnd);
      if (
        counted?.items.some((x) => verbEnd + x.start === local || verbEnd + (x.short?.start ?? -1) === local)
      )
        return true;
      // "we present ZorbVLM, an end-to-end model ..., together with ZorbVQA, a large-scale dataset".
      if (
        /\b(?:together|along)\s+with\s+$/i.test(between) &&
        /^[^\s,()]+\s*,\s*(?:an?|the)\s/.test(sentence.text.slice(local, local + 80))
      )
        return true;
      // "introduce Level-1 to Level-3 conditional metrics and ZorbRate": the second of two things introduced.
      if (PROPOSED_SECOND_CONJUNCT.test(between.replace(NUMBERED_RANGE, ' '))) return true;
      // "we present a new benchmark of ... problems and introduce ZorbScore, a new composite metric": a second verb
      // of the authors introduces a second new thing, which an apposition says is new.
      if (
        SECOND_VERB_BEFORE.test(between) &&
        (/^[^\s,()]+\s*,\s*(?:an?|the)\s+(?:new|novel)\b/.test(sentence.text.slice(local, local + 80)) ||
          /^\s*,\s*an?\s/.test(
            appositionNoun(sentence.text.slice(local).replace(/^[^\s,()]+/, ''))?.[0] ?? '',
          ))
      )
        return true;
      // "we introduce a pipeline ..., leveraging web documents to construct ZorbQA, a dataset comprising ...": what the
      // authors' means is for building, an apposition says is data, is theirs too.
      if (
        BUILT_WITH_IT_BEFORE.test(between) &&
        /^[^\s,()]+\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:dataset|benchmark|corpus)\b/.test(
          sentence.text.slice(local, local + 100),
        )
      )
        return true;
      if (
        /\b(?:than|over|outperform\w*|compared|against|on|using|with|from|based|via|by|upon|of|into|and|like|such|that|which|where|who|while|whereas|for|in|to|at|across|under|within|through)\b|,\s*(?:a|an|the)\b/i.test(
          between,
        )
      )
        return false;
      return between.length < 80;
    }
    // "Our Zorb-32B-Instruct achieves ...", "our approach, ZorbNet, achieves": a new name the authors call theirs.
    if (/(?:^|[\s(])[Oo]ur\s+$/.test(before)) return true;
    // "At its core is ZorbAug, a synthetic data pipeline": the heart of the paper's system.
    // ("Central to this approach is ZorbSet, a dataset ...": so is what the approach centres on.)
    if (
      /^At\s+(?:its|the)\s+(?:core|heart|centre|center)\s+(?:is|lies|sits)\s+(?:an?\s+|the\s+)?$/.test(
        before,
      ) ||
      /^Central\s+to\s+(?:this|our)\s+(?:approach|method|framework|work|system|pipeline)\s+(?:is|lies)\s+$/.test(
        before,
      )
    )
      return true;
    if (OUR_KIND_BEFORE.test(before) && /^[^\s,]+\s*[,(]/.test(sentence.text.slice(local, local + 80)))
      return true;
    return this.newByApposition(sentence, offset);
  }

  /** Apposition: "X, a novel framework ...", "X, the first benchmark ...", "X, our benchmark for ...". */
  private newByApposition(sentence: Sentence, offset: number): boolean {
    const after = sentence.text.slice(offset - sentence.start, offset - sentence.start + 200);
    return NEW_BY_APPOSITION_AFTER.test(after) || OUR_KIND_AFTER.test(after);
  }

  /** `glossed`: a comma apposition right after the name says what it is ("X, the theorem proving tool"). */
  private contextType(
    sentence: Sentence,
    start: number,
    end: number,
    shape: NameShape,
  ): { type: EntityType; confidence: number; glossed?: boolean } {
    // "PixelAcc+4.5 on COCOStuff": a name with a gain glued on is the measure that gained.
    if (!shape.known && this.text.charCodeAt(end) === 43 && /^\+\d/.test(this.text.slice(end, end + 3)))
      return { type: 'Metric', confidence: 3 };
    if (shape.confidence >= 3) {
      // "Hunyuan-Recap100M, a synthetic caption dataset": a model family's prefix on a new name the text calls data.
      const noun =
        !shape.known && shape.type === 'Model'
          ? appositionNoun(this.text.slice(end, Math.min(end + 120, sentence.end)))
          : null;
      const data = noun !== null && TYPE_NOUNS[(noun[1] ?? '').toLowerCase()] === 'Benchmark';
      return { type: data ? 'Benchmark' : shape.type, confidence: 3 };
    }
    // "GEN1-pretrained models", "Zorb1M-initialized weights": what a model is pretrained on is a dataset.
    if (/^-(?:pre-?trained|initiali[sz]ed)\b/i.test(this.text.slice(end, end + 16)))
      return { type: 'Benchmark', confidence: 2 };
    if (!shape.known) {
      const before = this.text.slice(Math.max(sentence.start, start - 40), start);
      // "a Vietnamese OCR model (SwinTextSpotter)", "a pretrained language model (ViT5)": a model named in parentheses,
      // unless it is the one the sentence proposes ("we propose a text-guided segmentation model (TextBCS)").
      if (
        MODEL_NOUN_PAREN_BEFORE.test(before) &&
        this.text[end] === ')' &&
        !this.cuesOf(this.sentenceAt(start)).isProposal
      )
        return { type: 'Model', confidence: 3 };
      // "we compile 50 ZorbCode problems": counted items of data.
      if (
        /(?<![\w.])\d[\d,]*[kKM]?\+?\s+$/.test(before) &&
        SAMPLES_AFTER.test(this.text.slice(end, end + 16))
      )
        return { type: 'Benchmark', confidence: 3 };
      // "the QuuxReg task in Zorb2Reg 2025": a challenge holding tasks. "images from ZorbLeaf": a source of data, but
      // not a plural acronym ("utterances from the LGGs" come from a kind of thing) nor the first word of a longer
      // source ("images from the FAA weather camera network", "from NASA's Terra").
      if (
        CHALLENGE_HOLDER_BEFORE.test(before) ||
        (SAMPLES_FROM_BEFORE.test(before) &&
          !/^\p{Lu}{2,}s$/u.test(shape.name) &&
          /^(?:\s*[,.;:)]|\s+(?:and|or|to|for|with|in|on|as|using|which|that)\b|$)/.test(
            this.text.slice(end, end + 12),
          ))
      )
        return { type: 'Benchmark', confidence: 3 };
    }
    // "the quality of reasoning (measured by ZorbGain)": what a quality is measured by is a measure.
    if (!shape.known && MEASURED_BY_BEFORE.test(this.text.slice(Math.max(sentence.start, start - 30), start)))
      return { type: 'Metric', confidence: 3 };
    // A year or version between name and noun ("DAVIS 2017 dataset") does not change what the noun says.
    // Nor does a long form in parentheses ("T4SA (Twitter for Sentiment Analysis) dataset").
    const after = this.text
      .slice(end, Math.min(end + 120, sentence.end))
      .replace(/^\s+(?:v?\d[\d.]*|II|III|IV)(?=\s)/, '')
      .replace(/^\s*\(\p{Lu}[^()]{2,79}\)(?=[\s,])/u, '')
      // Nor does its size ("AgroOmni (288K), a multi-view training corpus").
      .replace(/^\s*\(\d[\d.,]*\s?[KMB]?\)(?=[\s,])/, '');
    // "with an STRS of 0.0562 on ZorbME": what a decimal or a percentage is "of" is a measure.
    if (
      !shape.known &&
      shape.type === 'Method' &&
      /\b(?:an?|the|its|our)\s+$/i.test(this.text.slice(Math.max(sentence.start, start - 6), start)) &&
      VALUE_OF_AFTER.test(after)
    )
      return { type: 'Metric', confidence: 3 };
    // "SPK-SIM and EMO-SIM increases from 82.48% to 89.74%": what rises or falls from one number to another is a
    // measure.
    if (
      !shape.known &&
      MEASURE_CHANGES_AFTER.test(after) &&
      !/\b(?:on|in|across|over|for)\s+(?:the\s+)?$/i.test(
        this.text.slice(Math.max(sentence.start, start - 12), start),
      )
    )
      return { type: 'Metric', confidence: 3 };
    // "reaching 37.0% CoER (AraBEST-RQ 300M)", "a 4.1% MIoU gain": a coined acronym right after a percentage is
    // what the percentage measures.
    if (
      !shape.known &&
      shape.type === 'Method' &&
      /^\p{Lu}[\p{L}\d@-]*$/u.test(shape.name) &&
      /^.+\p{Lu}/u.test(shape.name) &&
      /\d\s?\\?%\s$/.test(this.text.slice(Math.max(sentence.start, start - 8), start)) &&
      PERCENT_MEASURE_AFTER.test(after) &&
      // "(+8% ImageNet-100, +5% CUB, +2% SCars)": gains listed per data set name the data sets.
      !/^\s*,\s*[+-]\d/.test(after) &&
      !/\d\s?\\?%\s+[^\s,]+,\s*[+-][\d.]+\s?\\?%\s$/.test(
        this.text.slice(Math.max(sentence.start, start - 40), start),
      )
    )
      return { type: 'Metric', confidence: 3 };
    if (!shape.known && COUNTED_SAMPLES_AFTER.test(this.text.slice(end, end + 80)))
      return { type: 'Benchmark', confidence: 3 };
    // "the Zorb-2.0 base model", "a ZorbNet teacher model": what plays a model's part in training is a model. (A
    // short acronym there is more often a piece of a longer name: "Gemma 4 26B A4B teacher model".)
    if (!shape.known && MODEL_PART_AFTER.test(after) && !/^[A-Z\d]{1,4}$/.test(shape.name))
      return { type: 'Model', confidence: 3 };
    // "On 100 videos from Zorb-K, our method ...": the comma closing an opening phrase starts no apposition.
    // Nor does the comma after the last item of a list there ("Across ZorbBench, QUX, and Blim-Bench, our method").
    const opening = this.text.slice(sentence.start, start);
    // ("Evaluated on the ZorbBench, our method ...": so does a participle's.)
    const inOpening = OPENING_PHRASE.test(opening) || OPENING_LIST.test(opening);
    // "Using ZorbPoints, a multimodal dataset with ..., we ...": an apposition set off by a second comma before the main
    // clause still describes the name.
    const closedApposition =
      inOpening && /^\s*,\s*(?:an?|the)\s[^;.]{0,150}?,\s*(?:we|our|this|it)\s/i.test(after);
    const apposition = inOpening && !closedApposition ? null : appositionNoun(after);
    const noun = FOLLOWING_NOUN.exec(after) ?? apposition ?? (inOpening ? null : pairAppositionNoun(after));
    const definedType = noun || inOpening ? undefined : this.definedAcronymType(after);
    if (definedType) return { type: definedType, confidence: 3 };
    if (noun && isEvaluationFramework(after, noun)) return { type: 'Benchmark', confidence: 3 };
    if (
      !noun &&
      (FOLLOWING_DATA_NOUN.test(after) ||
        COORDINATED_DATA_NOUN.test(after) ||
        GLOSSED_DATA_NOUN.test(after) ||
        FOLLOWING_DATA_PART.test(after))
    )
      return { type: 'Benchmark', confidence: 3 };
    if (noun) {
      const t = TYPE_NOUNS[(noun[1] ?? '').toLowerCase()];
      const glossed = noun === apposition && /^\s*,\s*(?:an?|the)\s/i.test(noun[0]);
      // "Zorb-3B, a curriculum framework for ...": a checkpoint's parameter count says model whatever it is called.
      if (t === 'Method' && shape.type === 'Model' && hasParameterCount(shape.name))
        return { type: 'Model', confidence: 3 };
      // "HeartBench, a framework designed to evaluate ...": a name ending in "Bench" is the benchmark the framework is.
      if (
        t === 'Method' &&
        /^(?:framework|suite|platform|toolkit|testbed|environment)$/i.test(noun[1] ?? '') &&
        BENCH_TAIL.test(shape.name)
      )
        return { type: 'Benchmark', confidence: 3 };
      // "FidScore, a new metric for ...", "the CovRate metric": a coined name the text calls a metric is one.
      // Not "Zorb-SD, a novel metric depth estimation framework" nor a title's "Zorb: Denoising Score for ...".
      if (
        t === 'Metric' &&
        shape.type === 'Method' &&
        shape.confidence <= 1 &&
        start >= this.titleEnd &&
        /^\s*(?:[,.;:()]|(?:for|to|that|which|of|in|on|and|as|with)\b|$)/.test(
          after.slice(noun.index + noun[0].length),
        )
      )
        return { type: 'Metric', confidence: 3, glossed };
      // "GEMMA-SQL: A Novel Text-to-SQL Model": a tail that may end either kind of name gives way to the noun.
      if (
        t === 'Benchmark' ||
        t === 'Method' ||
        (t === 'Model' &&
          (shape.type !== 'Benchmark' ||
            (!shape.known &&
              !dataOnlySuffix(shape.name) &&
              /^\s*[,:]\s*(?:an?|the|our)\s/i.test(noun[0] ?? ''))))
      )
        return { type: t, confidence: 3, glossed };
    }
    // "four open corpora (Zorb-6, QUX and Blim)", "datasets: A, B and C": the items of a list after a plural type noun.
    const listBefore = this.text.slice(Math.max(sentence.start, start - 160), start);
    // "four datasets, UIZ, UIZ10K, and USZ16K": after a bare comma only the items of a list of two or more.
    const inBareList =
      /^\s*(?:,\s*(?:and\s+|or\s+)?[^\s,;()]|\s+(?:and|or)\s)/.test(this.text.slice(end, end + 12)) ||
      /(?:,\s*|\s)(?:and|or)\s+$/.test(listBefore);
    const listNoun =
      LIST_AFTER_TYPE_NOUN.exec(listBefore) ??
      (inBareList ? LIST_AFTER_PLURAL_DATA_NOUN.exec(listBefore) : null);
    // "Stable Diffusion models (v1.5, XL, and v3)": a bare variant word names a version, not a model.
    if (listNoun && !this.lex.modelVariantWords.has(this.text.slice(start, end))) {
      const noun = listNoun[1] ?? '';
      const t: EntityType = /^(?:datasets|benchmarks|corpora|suites|databases)$/i.test(noun)
        ? 'Benchmark'
        : /^(?:metrics|measures)$/i.test(noun)
          ? 'Metric'
          : 'Model';
      if (t === 'Metric' && shape.type === 'Method' && shape.confidence <= 1)
        return { type: t, confidence: 3 };
      if (t === 'Benchmark' || (t === 'Model' && shape.type !== 'Benchmark'))
        return { type: t, confidence: 3 };
    }
    // "three detection models, SINet-v2, PFNet, and ZoomNet", "encoders (MARBERT, ArabicBERT)": unlisted names after
    // a plural noun of models are models.
    if (
      !shape.known &&
      shape.type === 'Method' &&
      !this.lex.modelVariantWords.has(this.text.slice(start, end)) &&
      (LIST_AFTER_MODEL_NOUN.test(listBefore) || (inBareList && MODELS_COMMA_LIST.test(listBefore)))
    )
      return { type: 'Model', confidence: 3 };
    // "baselines such as IRNet, RYANSQL, and ...": a compared system, whatever a "-SQL" tail suggests; and a bare
    // acronym there is a system the text names ("methods such as RIAL, DIAL, and CommNet"), though not after
    // "systems" ("coding systems such as ICD, Mondo, and ATC").
    const systemList = LIST_AFTER_SYSTEM_NOUN.exec(listBefore)?.[0];
    if (
      systemList !== undefined &&
      !shape.known &&
      ((shape.type === 'Benchmark' && !dataOnlySuffix(shape.name)) ||
        (shape.type === 'Method' && shape.confidence <= 1 && !/^systems/i.test(systemList)))
    )
      return { type: 'Method', confidence: 3 };
    // "a retrieval framework, Zorb-RR, which ...", "the benchmark ZorbQA": the noun just before names the type.
    const nounBefore = PRECEDING_NOUN.exec(this.text.slice(Math.max(sentence.start, start - 30), start));
    // "On the ZorbQA benchmark, Flux-Q reaches ...": a noun closing an opening phrase does not name the subject.
    const afterOpening =
      nounBefore !== null &&
      nounBefore[0].includes(',') &&
      // "On a 12-topic, 5-domain benchmark, SAGE ...": commas between the opening's modifiers too, but not a clause
      // ("In this work, we propose a framework, Zorb-WD").
      /^(?:On|Across|In|For|Under|With)\s[^,;]{1,60}(?:,\s+(?!(?:we|our|this|they|it|the|an?)\b)[^,;]{1,30})*,\s+$/i.test(
        this.text.slice(sentence.start, start),
      );
    if (nounBefore && !afterOpening) {
      const t = TYPE_NOUNS[(nounBefore[1] ?? '').toLowerCase()];
      // "a reasoning benchmark (ZQB)" names it; "our final model (ZLM v2)" may name a run or a configuration.
      const inParentheses = nounBefore[0].includes('(');
      if (
        t === 'Benchmark' ||
        ((t === 'Method' || (t === 'Model' && shape.type !== 'Benchmark')) && !inParentheses)
      )
        return { type: t, confidence: 3 };
    }
    // "reduces unsafe responses by 39% on ZPA-VL": what a value is reached on is a benchmark, whatever its tail says.
    if (
      !shape.known &&
      shape.confidence <= 2 &&
      shape.type !== 'Metric' &&
      // "ZorbCLIP" is a model by its whole word; "ZPA-VL" only by a tail.
      (shape.type !== 'Model' || shape.name.includes('-')) &&
      /\d\s?(?:\\?%|points?|pp)\s+on\s+(?:the\s+)?$/.test(
        this.text.slice(Math.max(sentence.start, start - 24), start),
      )
    )
      return { type: 'Benchmark', confidence: 2 };
    if (shape.type === 'Method' && shape.confidence <= 1) {
      const before = this.text.slice(Math.max(sentence.start, start - 160), start);
      if (DRAWN_FROM_BEFORE.test(before)) return { type: 'Benchmark', confidence: 2 };
      // An item of the list ends at the name: in "corpora -- ZORB EO-1 Hyperion" the name runs on past ZORB.
      if (
        DATA_LIST_OPENED_BEFORE.test(before) &&
        /^(?:\s*[,;:()]|\.(?:\s|$)|\s+(?:and|or)\s|\s+[-\u2013\u2014]|\s*$)/.test(after)
      )
        return { type: 'Benchmark', confidence: 2 };
      // "over 70% accuracy on ZorbEmo, Blix140, and QuxDialog": what a measured value is reached on is a benchmark,
      // in a proposal sentence too.
      const measuredOn = shape.known ? null : MEASURED_ON_LIST_BEFORE.exec(before.slice(-120));
      const measure = measuredOn?.[1]?.trim() ?? '';
      if (
        measuredOn &&
        (measure === '' || lexiconTypesOf(measure, this.lex).some((l) => l.type === 'Metric'))
      )
        return { type: 'Benchmark', confidence: 2 };
      const cues = this.cuesOf(this.sentenceAt(start));
      // "On ZorbBench, Flux-Q reaches ...", "On A, B, and C, Flux-Q reaches ...": a name after a sentence-opening phrase
      // (a closed list too) and its comma is the subject.
      const opening = SUBJECT_AFTER_OPENING.test(this.text.slice(sentence.start, start));
      if (
        !opening &&
        EVAL_LIST_BEFORE.test(before) &&
        !/\b(?:the|our) proposed\s+$/i.test(before) &&
        cues.isEvaluation &&
        (!cues.isProposal || EVALUATED_ON_LIST_BEFORE.test(before)) &&
        !METHOD_LIST_BEFORE.test(before) &&
        !FOLLOWING_HARDWARE_NOUN.test(after)
      ) {
        // "Tested on Zorb-Image, FLUX, and ZB3.5": a list whose listed members are models is a list of models.
        const list = EVAL_LIST_BEFORE.exec(before)?.[0] ?? '';
        const members = list.split(/[\s,]+/).map((w) => w.replace(/^\(/, ''));
        const listedTypes = members.flatMap((w) => lexiconTypesOf(w, this.lex).map((l) => l.type));
        if (listedTypes.includes('Model') && !listedTypes.includes('Benchmark'))
          return { type: 'Model', confidence: 1.5 };
        return { type: 'Benchmark', confidence: 1.5 };
      }
    }
    return { type: shape.type, confidence: shape.confidence };
  }

  // ---- output --------------------------------------------------------------------------------------------------

  entities(): ExtractedEntity[] {
    this.final = true;
    const out: ExtractedEntity[] = [];
    const labels = this.categoryLabels();
    for (const d of this.drafts.values()) {
      if (d.mentions.length === 0 || labels.has(d)) continue;
      // "an effect we call the ... (AMEL)": whichever rule read the short form of a phenomenon, it names no entity.
      if (!d.known && this.phenomenonShorts.has(d.name)) continue;
      // Tasks count only when the paper addresses them, not in background sentences.
      if (d.type === 'Task' && !d.mentions.some((m) => this.addressesTask(m))) continue;
      // "to ensure accuracy and reliability": a one-word metric named only as an aim, in sentences that neither
      // measure nor report anything, is not a metric the paper uses.
      if (
        d.type === 'Metric' &&
        !d.name.includes(' ') &&
        d.name === d.name.toLowerCase() &&
        !d.mentions.some((m) => this.measuredHere(m))
      )
        continue;
      const [voted, best] = votedType(d);
      // "Across EmoBench, ZORB, and EQ-Bench": an unknown name between two benchmarks of a list is one too.
      const between =
        voted === 'Method' && !d.known && !d.proposed && d.aliases.size === 0
          ? this.listedBetween(d)
          : undefined;
      const type = between ?? (voted === 'Method' && this.earlierReleaseOfModel(d) ? 'Model' : voted);
      const role = this.roleOf(d, type);
      if (this.isBareAcronym(d, type, best, role)) continue;
      // "pre-defined OLTs", "security CVEs": a plural acronym that nothing expands names a class of things.
      if (
        type === 'Method' &&
        PLURAL_ACRONYM.test(d.name) &&
        !d.known &&
        d.aliases.size === 0 &&
        role !== 'proposed'
      )
        continue;
      const mentions = [...new Set(d.mentions.map((m) => this.quote(m)))];
      const aliases = [...d.aliases].filter((a) => fold(a) !== fold(d.name));
      // "AlpacaEval~2.0": a spelling with LaTeX ties is how the source writes the name, so it is an alias too.
      const spelled = new Set([d.name, ...aliases].map(fold));
      for (const m of mentions)
        if (m.includes('~') && !aliases.includes(m) && spelled.has(fold(m.replace(/~/g, ' '))))
          aliases.push(m);
      for (const a of aliases)
        if (!mentions.includes(a) && this.source.original.includes(a)) mentions.push(a);
      const evidenceMention = d.mentions.find((m) => m.role === role) ?? d.mentions[0];
      const entity: ExtractedEntity = {
        type,
        name: d.name,
        aliases,
        role,
        mentions: mentions.filter((m) => this.source.original.includes(m)),
        evidence: this.sentenceQuote(evidenceMention?.sentence ?? 0),
      };
      if (type === 'Model') {
        const family = modelFamily(d.name);
        if (family) entity.family = family;
      }
      out.push(entity);
      this.emitted.set(d, type);
    }
    return out;
  }

  /**
   * "BT-1a 92.7%, BT-2 69.2%, BT-3c 74.8%": three or more unlisted names that differ only in a short numbered code
   * are the categories of a scheme, not methods or models.
   */
  private categoryLabels(): Set<Draft> {
    const byPrefix = new Map<string, Draft[]>();
    for (const d of this.drafts.values()) {
      if (d.known || !NAMED_TYPES.has(d.type)) continue;
      const m = CATEGORY_LABEL.exec(d.name);
      if (!m?.[1]) continue;
      const group = byPrefix.get(m[1]) ?? [];
      group.push(d);
      byPrefix.set(m[1], group);
    }
    const out = new Set<Draft>();
    for (const group of byPrefix.values()) if (group.length >= 3) for (const d of group) out.add(d);
    return out;
  }

  /**
   * "radar and RF", "an AFM scan", "the COP subset": an all-capital word the paper neither defines, introduces,
   * compares with nor types by a noun is an abbreviation of something outside ML, not a method name.
   */
  private isBareAcronym(d: Draft, type: EntityType, votes: number, role: Role): boolean {
    if (type !== 'Method' || !BARE_ACRONYM.test(d.name) || d.known || d.aliases.size > 0) return false;
    // "in PPT scenarios", "the AEC domain": an acronym only ever used as the setting of something is a field or a
    // format, whatever role its sentences give it.
    if (d.mentions.every((m) => SETTING_NOUN_AFTER.test(this.text.slice(m.end, m.end + 16)))) return true;
    return (
      !d.proposed &&
      votes <= d.mentions.length * 1.5 &&
      role !== 'proposed' &&
      role !== 'compared' &&
      !d.mentions.some((m) => this.listedAmongKnown(m, type))
    );
  }

  /**
   * Whether the last subject before a value is the object of an improving or outperforming verb ("improves the
   * accuracy of Octo by 7.2%", "surpassing the second-best model, Gemini 2.5 Pro, by 1.4%"): returns the index of
   * the first object of that verb, coordinated objects ("Octo by 7.2% and OpenVLA by 21.8%") included.
   */
  private verbObject(
    subjects: readonly Mention[],
    last: number,
    valueStart: number,
    sentenceStart: number,
  ): { at: number } | undefined {
    const target = subjects[last];
    if (!target) return undefined;
    const between = this.text.slice(target.end, valueStart);
    // The gain after "by" or the new value after "to"; "from 75.6%" is the object's own baseline.
    // "Qwen3-235B model's average accuracy from 59.7% to 67.3%", "Qwen3VL-4B on the $V^*$ VQA benchmark by 6.7 points": a
    // few words may name what was improved or where.
    if (
      !/^\s*,?\s*(?:(?:[^\s,;]+\s+){0,5}?(?:by\b|from\s+[^,;]{1,20}?\s+to\b|to\b)|\(\s*[+\d])/.test(between)
    )
      return undefined;
    // "improved Octo by 7.2% and OpenVLA by 21.8%", "surpasses FRESCO and ControlVideo by 6.05% and 4.51%": the verb
    // heads a list of objects.
    let at = last;
    while (at > 0) {
      const joint = this.text.slice(subjects[at - 1]?.end ?? 0, subjects[at]?.start ?? 0);
      if (!OBJECT_BY_VALUE_AND.test(joint) && !/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(joint)) break;
      at--;
    }
    return this.isVerbObject(subjects, at, sentenceStart) ? { at } : undefined;
  }

  /** "over the base model A", "than A": the mention is what a margin was measured against. */
  private comparedAgainst(m: Mention, sentenceStart: number): boolean {
    return /\b(?:over|than|versus|vs\.?)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i.test(
      this.text.slice(Math.max(sentenceStart, m.start - 60), m.start),
    );
  }

  private isVerbObject(subjects: readonly Mention[], at: number, sentenceStart: number): boolean {
    const start = at > 0 ? (subjects[at - 1]?.end ?? sentenceStart) : sentenceStart;
    return OBJECT_VERB.test(this.text.slice(Math.max(start, sentenceStart), subjects[at]?.start ?? 0));
  }

  /** The measure's first mention is in a sentence where the paper introduces it or says what it measures. */
  private measureDefinedHere(d: Draft): boolean {
    const first = firstMention(d);
    const sentence = first && this.sentences[first.sentence];
    if (!first || !sentence || sentence.start < this.titleEnd) return false;
    const before = this.text.slice(sentence.start, first.start);
    // "we introduce two metrics: the Zorb Ratio (ZR) and ...", not "we develop a pipeline evaluated using the Zorb
    // Accuracy (ZA)": the measure is what the proposal verb introduces.
    const introduced = lastMatchOf(before, MEASURE_INTRODUCING_VERB);
    return (
      (this.cuesOf(first.sentence).isProposal &&
        introduced !== undefined &&
        !MEASURE_USED_BETWEEN.test(before.slice(introduced.index))) ||
      OWN_MEASURE_BEFORE.test(before) ||
      MEASURE_DEFINITION_AFTER.test(this.text.slice(first.end, first.end + 60))
    );
  }

  /** The mention follows a part verb in a sentence whose subject is the paper's own system. */
  private introducedAsPart(m: Mention): boolean {
    const sentence = this.sentences[m.sentence];
    if (!sentence || m.start <= sentence.start) return false;
    const before = this.text.slice(sentence.start, m.start);
    const core = CORE_PART_BEFORE.exec(before);
    if (core) {
      const owner = core[1];
      const ownerAt = core.indices?.[1]?.[0];
      return (
        owner === undefined ||
        (ownerAt !== undefined && this.proposedMentionAt(sentence.start + ownerAt, owner))
      );
    }
    const proposalVerbEnd = this.cuesOf(m.sentence).proposalVerbEnd;
    const own = this.aboutOwnWork(m.sentence);
    if (proposalVerbEnd < 0 && !own) return false;
    const verb = lastMatchOf(before, PART_VERB_ANYWHERE);
    // "we propose ZorbNet, a framework that introduces a Feature Alignment (FA) module": the part the contribution
    // sentence's system introduces after the proposal verb.
    const afterProposal =
      verb !== undefined &&
      proposalVerbEnd >= 0 &&
      verb.index >= proposalVerbEnd &&
      /^introduces?$/i.test(verb[0]);
    if (!own && !afterProposal) return false;
    if (verb) {
      const between = before.slice(verb.index + verb[0].length);
      return (
        !/\b(?:on|using|from|than|over|against|via|by|with|based)\b/i.test(between) && between.length < 80
      );
    }
    // "The resulting dataset, Zorb-v1, comprises ...": the name in apposition to the opening noun phrase.
    return /^(?:The|This|Our)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*$/.test(before);
  }

  /** The mention is the subject that opens a sentence following the paper's contribution sentence. */
  private opensSentenceAfterProposal(m: Mention): boolean {
    const sentence = this.sentences[m.sentence];
    if (!sentence || sentence.start < this.titleEnd) return false;
    // "Unlike complex methods requiring distillation, MASA (Matrix Atom Sharing in Attention) operates ...": a
    // contrast with others' work may open the sentence the name is the subject of.
    const opening = this.text.slice(sentence.start, m.start);
    // "... with two key innovations. First, the Memory-assisted Zorb filter (MeZF) uses ...": an ordinal walks
    // through the parts of the paper's own system.
    const ordinal = ORDINAL_OPENING.test(opening);
    if (sentence.start !== m.start && !CONTRAST_OPENING.test(opening) && !ordinal) return false;
    // A verb follows the name ("Zorbex maps", "Zorb Voting (ZV) aggregates"), not a copula or a comparison; or an
    // apposition says what kind of thing it is ("QualZ, a training-free method weighting ...").
    const after = this.text.slice(m.end, m.end + 100).replace(/^\s*\([^()]{1,40}\)/, '');
    const verbAfter = /^\s+[a-z]+s\b/.test(after);
    if (!verbAfter && !SENTENCE_OPENING_APPOSITION.test(after)) return false;
    if (
      /^\s+(?:is|was|has|does|uses|relies|remains|struggles|suffers|lacks|fails)\b/.test(after) &&
      !(ordinal && /^\s+uses\b/.test(after))
    )
      return false;
    return m.sentence > this.firstProposalSentence();
  }

  private firstProposal: number | undefined;

  /** Index of the first sentence that announces a contribution (sentence count when none does). */
  private firstProposalSentence(): number {
    if (this.firstProposal === undefined) {
      let i = 0;
      while (i < this.sentences.length && !this.cuesOf(i).isProposal) i++;
      this.firstProposal = i;
    }
    return this.firstProposal;
  }

  /** A sentence that measures or reports: a number or an evaluation word. */
  private measuredHere(m: Mention): boolean {
    const sentence = this.sentences[m.sentence]?.text ?? '';
    if (/\d/.test(sentence) || MEASURE_EVIDENCE.test(sentence)) return true;
    // "The system improves both accuracy and realism": accuracy is what an improvement is read in; a quality word
    // beside it ("precision and efficiency", "sensitivity") often names no measure.
    if (/^accuracy$/i.test(m.surface) && /\bimprov\w*/i.test(sentence)) return true;
    if (judgedMeasure(m.surface.toLowerCase(), this.text.slice(Math.max(0, m.start - 14), m.start)))
      return true;
    // "ZorbNet ... resulting in higher throughput", "our tool improves specificity": a measure the paper's own work is
    // said to change.
    if (
      CHANGED_MEASURE_BEFORE.test(this.text.slice(Math.max(0, m.start - 24), m.start)) &&
      (this.aboutOwnWork(m.sentence) || this.namesProposed(m.sentence))
    )
      return true;
    // "three key axes: mIoU, latency, and parameter efficiency": listed beside a metric no one reads as a plain word.
    const { left, right } = this.listNeighbours(m, LIST_JOINT_BEFORE, LIST_JOINT_AFTER);
    return [...left, ...right].some((o) => o.type === 'Metric' && o.known && /\p{Lu}/u.test(o.name));
  }

  /** A task counts when named in the title or in a sentence about the paper's own work or evaluation. */
  private addressesTask(m: Mention): boolean {
    if (m.start < this.titleEnd) return true;
    if (this.opensAbstract(m)) return true;
    // "LLMs perform well in hate speech detection (F1 up to 0.836)": a task scored in its sentence was run.
    if (this.scoredSentence(m.sentence)) return true;
    if (m.role === 'mentioned') return false;
    const sentence = this.sentences[m.sentence]?.text ?? '';
    return m.role === 'used' || TASK_EVIDENCE.test(sentence) || this.aboutOwnWork(m.sentence);
  }

  /** Whether a sentence states a value of a metric it names. */
  private scoredSentence(index: number): boolean {
    const sentence = this.sentences[index];
    if (!sentence) return false;
    const named = [...this.drafts.values()].some(
      (d) => d.type === 'Metric' && d.mentions.some((x) => x.sentence === index),
    );
    return named && findValues(sentence.text).length > 0;
  }

  /** "Camera localization is crucial for ...": the task an abstract opens on is the field the paper works in. */
  private opensAbstract(m: Mention): boolean {
    const sentence = this.sentences[m.sentence];
    if (!sentence || !this.isAbstractOpening(m.sentence)) return false;
    const before = this.text.slice(sentence.start, m.start);
    const after = this.text.slice(m.end, m.end + 40);
    return (
      ((before === '' || OPENING_QUALIFIER.test(before)) &&
        (TASK_SUBJECT_AFTER.test(after) || TASK_SYSTEMS_AFTER.test(after))) ||
      // "Continual learning is essential for medical image classification systems": the systems a field serves
      // ("3D detection is crucial for autonomous driving" names an application, not the paper's task).
      (TASK_SERVED_BEFORE.test(before) && TASK_SYSTEMS_AFTER.test(after))
    );
  }

  /** The first sentence after the title. */
  private isAbstractOpening(index: number): boolean {
    const sentence = this.sentences[index];
    const previous = this.sentences[index - 1];
    return !!sentence && sentence.start >= this.titleEnd && !(previous && previous.start >= this.titleEnd);
  }

  /** "The system provides pipelines for ...", "Zorbex supports ...": a sentence whose subject is the paper's own work. */
  private aboutOwnWork(index: number): boolean {
    const cached = this.ownWork.get(index);
    if (cached !== undefined) return cached;
    const sentence = this.sentences[index];
    if (!sentence || sentence.start < this.titleEnd) return false;
    // "We introduce Zorb, a VLM. It integrates ...": a pronoun right after the proposal is the proposed work.
    let own =
      OWN_WORK_OPENING.test(sentence.text) ||
      (PRONOUN_OPENING.test(sentence.text) && this.cuesOf(index - 1).isProposal);
    const opener = /^[^\s,;:]+/.exec(sentence.text)?.[0];
    if (!own && opener) own = this.proposedMentionAt(sentence.start, opener);
    // "Instead of relying on ..., Zorb-BEV leverages ...": the proposed name is the subject after an opening phrase.
    const subject = own ? null : /^([^,;:]{3,120},\s+)([^\s,;:]+)\s+[a-z]+s\b/.exec(sentence.text);
    if (subject?.[1] && subject[2])
      own = this.proposedMentionAt(sentence.start + subject[1].length, subject[2]);
    // While names are still being found a later one may open the sentence; once output starts the answer is final.
    if (this.final) this.ownWork.set(index, own);
    return own;
  }

  /** Whether a proposed name has a mention written as `surface` at `start`. */
  private proposedMentionAt(start: number, surface: string): boolean {
    for (const d of this.drafts.values())
      if (d.proposed && d.mentions.some((x) => x.start === start && x.surface === surface)) return true;
    return false;
  }

  /** Set when extraction is done and output begins: caches of draft-dependent answers become safe. */
  private final = false;
  /** The paper's lower-cased words of five letters or more, read once for choosing between listed meanings. */
  private topicWords: Set<string> | undefined;
  /** What `entities()` put out, by the type it gave each. */
  private readonly emitted = new Map<Draft, EntityType>();
  private readonly ownWork = new Map<number, boolean>();

  private roleOf(d: Draft, type: EntityType): Role {
    const roles = d.mentions.map((m) => m.role);
    if (type === 'Task') return 'used';
    // A survey uses its central subject (named in its title); everything else it reviews is mentioned.
    if (
      type !== 'Metric' &&
      this.isSurvey() &&
      !d.mentions.some((m) => m.start < this.titleEnd) &&
      !d.proposed
    )
      return 'mentioned';
    // A listed technique ("we propose integrating chain-of-thought into ...") is applied, not introduced.
    if (d.proposed && type !== 'Metric' && !(type === 'Technique' && d.known)) return 'proposed';
    // A metric is proposed only when new: a coined one, not a listed one, that the paper introduces.
    if (type === 'Metric' && !d.known && (d.proposed || roles.includes('proposed'))) return 'proposed';
    // "We operationalize this with the Zorb Alignment Score (ZAS)": a coined measure the paper spells out in its own
    // work is its own.
    if (
      type === 'Metric' &&
      !d.known &&
      [...d.aliases].some((a) => TITLE_CASE_LONG_FORM.test(a) && matchLongForm(d.name, `${a} `) === 0) &&
      this.measureDefinedHere(d)
    )
      return 'proposed';
    // A checkpoint of the paper's own method ("Agent-World-8B" of Agent-World, "Zorb-SQL Instruct") is proposed
    // with it, and so are the paper's other artefacts named after it ("Zorb-Data" and "Zorb-Bench" of a proposed
    // Zorb) unless compared.
    const namedAfterOwn = (coinedOnly: boolean) =>
      [...this.drafts.values()].some(
        (o) =>
          o !== d &&
          o.proposed &&
          !(coinedOnly && o.known) &&
          (d.name.startsWith(`${o.name}-`) ||
            (type === 'Model' && [o.name, ...o.aliases].some((n) => d.name.startsWith(`${n} `)))),
      );
    if (
      (type === 'Model' && namedAfterOwn(false)) ||
      (NAMED_TYPES.has(type) && !d.known && !roles.includes('compared') && namedAfterOwn(true))
    ) {
      return 'proposed';
    }
    const combined = combineRoles(roles.filter((r) => r !== 'proposed'));
    // "Latent Abstraction for Retrieval-Augmented Generation ... outperforms existing RAG methods": a technique the
    // title names is the paper's own ground, used, whatever baselines built on it are compared with.
    if (
      type === 'Technique' &&
      (combined === 'compared' || combined === 'mentioned') &&
      d.mentions.some((m) => m.start < this.titleEnd)
    )
      return 'used';
    // A coined name the paper neither compares with nor cites as background is most likely its own contribution.
    if (
      NAMED_TYPES.has(type) &&
      !d.known &&
      type !== 'Benchmark' &&
      !roles.includes('compared') &&
      !roles.includes('mentioned') &&
      !d.mentions.some((m) => m.usedBefore) &&
      !d.lowerCaseDefinition &&
      !d.mentions.some((m) => this.listedAmongKnown(m, type)) &&
      // "This paper presents a controlled empirical study of VIO behavior": what a study is of is not made by it.
      !d.mentions.some((m) =>
        STUDIED_OBJECT_BEFORE.test(this.text.slice(Math.max(0, m.start - 60), m.start)),
      ) &&
      ((d.mentions.some((m) => m.start < this.titleEnd) && !BARE_ACRONYM.test(d.name)) ||
        (new Set(d.mentions.map((m) => m.sentence)).size >= 2 && roles.includes('used')))
    ) {
      return 'proposed';
    }
    // "Zorbit employs ... an Action-Aware Zorb Head", "The resulting dataset, Zorb-v1, ...": a coined part that the
    // paper's own system introduces or that names the paper's own artefact.
    const first = firstMention(d);
    if (
      NAMED_TYPES.has(type) &&
      !d.known &&
      !roles.includes('compared') &&
      first !== undefined &&
      this.introducedAsPart(first)
    )
      return 'proposed';
    // "We build a data engine with two parts. Zorbex maps ...": a coined name opening a sentence after the
    // contribution sentence, never compared, cited or built on, is a part of the paper's own system.
    if (
      (type === 'Method' || type === 'Model') &&
      !d.known &&
      !d.lowerCaseDefinition &&
      roles.every((r) => r === 'neutral' || r === 'used') &&
      !d.mentions.some((m) => m.usedBefore) &&
      d.mentions.some((m) => this.opensSentenceAfterProposal(m))
    ) {
      return 'proposed';
    }
    return combined;
  }

  /** Index of the last chunk of "<family> Sparse Attention" after a model name ending at `end`, or -1. */
  private familyMethodEnd(
    chunks: readonly { start: number; end: number; text: string }[],
    last: number,
    end: number,
  ): number {
    let at = end;
    for (let j = last + 1; j <= last + 3 && j < chunks.length; j++) {
      const next = chunks[j];
      if (!next || next.start !== at + 1 || this.text[at] !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(next.text))
        return -1;
      if (FAMILY_METHOD_HEAD.test(next.text)) return j;
      at = next.end;
    }
    return -1;
  }

  /**
   * The drafts whose mentions end where the gap before `m` starts and start where the gap after it ends, in a list
   * read once the drafts are final ("A, m, and B"). `before` and `after` match the whole gap, anchored at `m`.
   */
  private listNeighbours(m: Mention, before: RegExp, after: RegExp): { left: Draft[]; right: Draft[] } {
    if (!this.mentionEdges) {
      const ends = new Map<number, Draft[]>();
      const starts = new Map<number, Draft[]>();
      const add = (at: Map<number, Draft[]>, offset: number, o: Draft): void => {
        const there = at.get(offset);
        if (there) there.push(o);
        else at.set(offset, [o]);
      };
      for (const o of this.drafts.values())
        for (const k of o.mentions) {
          add(ends, k.end, o);
          add(starts, k.start, o);
        }
      this.mentionEdges = { ends, starts };
    }
    const { ends, starts } = this.mentionEdges;
    // The window widens until the gap's whitespace lies inside it.
    let gapStart = -1;
    for (let width = 16; ; width *= 2) {
      const from = Math.max(0, m.start - width);
      const gap = before.exec(this.text.slice(from, m.start));
      if (gap && gap.index === 0 && from > 0) continue;
      if (gap) gapStart = from + gap.index;
      break;
    }
    let gapEnd = -1;
    for (let width = 16; ; width *= 2) {
      const to = Math.min(this.text.length, m.end + width);
      const gap = after.exec(this.text.slice(m.end, to));
      if (gap && m.end + gap[0].length === to && to < this.text.length) continue;
      if (gap) gapEnd = m.end + gap[0].length;
      break;
    }
    return { left: ends.get(gapStart) ?? [], right: starts.get(gapEnd) ?? [] };
  }

  /** "Unlike OmniGen v1, OmniGen2 ...": another release of a model the paper names is a model too. */
  private earlierReleaseOfModel(d: Draft): boolean {
    if (d.known || d.proposed) return false;
    const stem = releaseStem(d.name);
    return [...this.drafts.values()].some(
      (o) =>
        o !== d &&
        votedType(o)[0] === 'Model' &&
        releaseStem(o.name) === stem &&
        (stem !== d.name || stem !== o.name),
    );
  }

  /**
   * The one type of the list items on both sides of every mention of `d` ("EmoBench, ZORB, and EQ-Bench" gives
   * Benchmark), or undefined when a mention has no neighbour on one side or the neighbours differ in type. The last
   * item of a list of data sets counts with the two before it ("drawn from WM-811K, ZorbSet, and ZorbWM38").
   */
  private listedBetween(d: Draft): EntityType | undefined {
    let found: EntityType | undefined;
    const neighbourType = (ds: readonly Draft[]) => {
      const o = lastOtherThan(ds, d);
      return o ? votedType(o)[0] : undefined;
    };
    for (const m of d.mentions) {
      // "on the CoSER benchmark, as well as Zorb-MR and LifeZorb": more of the data named after a data noun.
      if (DATA_AS_WELL_AS_BEFORE.test(this.text.slice(Math.max(0, m.start - 80), m.start))) {
        if (found && found !== 'Benchmark') return undefined;
        found = 'Benchmark';
        continue;
      }
      // "ZorbFace/BlixTalk": a name joined by a slash to a data set or a model is one too.
      const slashed = this.listNeighbours(m, /\/$/, /^\//);
      const partner = neighbourType(slashed.left) ?? neighbourType(slashed.right);
      if (partner === 'Benchmark' || partner === 'Model') {
        if (found && found !== partner) return undefined;
        found = partner;
        continue;
      }
      const { left, right } = this.listNeighbours(m, /,\s*$/, /^\s*,\s*(?:and\s+|or\s+)?/);
      const leftType = neighbourType(left);
      if (this.closesDataList(m, d) || this.pairedWithData(m, d)) {
        if (found && found !== 'Benchmark') return undefined;
        found = 'Benchmark';
        continue;
      }
      if ((leftType !== 'Benchmark' && leftType !== 'Model') || leftType !== neighbourType(right))
        return undefined;
      if (found && found !== leftType) return undefined;
      found = leftType;
    }
    return found;
  }

  /** "measured on ZorbBench and m", "on m and ZorbBench": the other half of a pair of data sets something is run on. */
  private pairedWithData(m: Mention, d: Draft): boolean {
    const onBefore = (at: number): boolean => RUN_ON_BEFORE.test(this.text.slice(Math.max(0, at - 24), at));
    const { left } = this.listNeighbours(m, /\s+and\s+$/, /^(?!)/);
    const first = dataNeighbour(left, d);
    if (first?.mentions.some((x) => /^\s+and\s+$/.test(this.text.slice(x.end, m.start)) && onBefore(x.start)))
      return true;
    const { right } = this.listNeighbours(m, /^(?!)/, /^\s+and\s+/);
    return dataNeighbour(right, d) !== undefined && onBefore(m.start);
  }

  /** Whether `m` ends a list ", and m" whose item before it is a data set, itself after a comma ("A, B, and m"). */
  private closesDataList(m: Mention, d: Draft): boolean {
    const { left } = this.listNeighbours(m, /,\s*(?:and|or)\s+$/, /^(?!)/);
    const before = dataNeighbour(left, d);
    if (!before) return false;
    const beforeMention = before.mentions.find((x) =>
      /^,\s*(?:and|or)\s+$/.test(this.text.slice(x.end, m.start)),
    );
    if (!beforeMention) return false;
    return /,\s*$/.test(this.text.slice(Math.max(0, beforeMention.start - 4), beforeMention.start));
  }

  /** "We evaluate Mixup, YOCO, CutMix and AugMix": a name in a list beside listed names of its type is one of them. */
  private listedAmongKnown(m: Mention, type: EntityType): boolean {
    const { left, right } = this.listNeighbours(m, /\s*,\s*(?:and\s+|or\s+)?$/, /^\s*,\s*(?:and\s+|or\s+)?/);
    return [...left, ...right].some((o) => o.known && o.type === type);
  }

  /** The metric a value at [absStart, absEnd) is tied to by the words between them, if any. */
  private tiedMetric(metrics: readonly Mention[], absStart: number, absEnd: number): Mention | undefined {
    // "9.4 points in answer accuracy": a metric right after the value is the one it measures.
    // The nearest one that the words tie: "0.96 AP at IoU 0.1" measures AP, whichever metric the paper named first.
    const metricAfter = (joins: (gap: string) => boolean): Mention | undefined =>
      metrics
        .filter((m) => m.start >= absEnd && joins(this.text.slice(absEnd, m.start)))
        .reduce<Mention | undefined>((best, m) => (best && best.start <= m.start ? best : m), undefined);
    // "a 1.71% loss in BD-rate": a metric the value is "in" comes before one merely nearest.
    const following =
      metricAfter((gap) => METRIC_NAMED_AFTER.test(gap)) ??
      metricAfter((gap) => METRIC_WORDS_AFTER.test(gap));
    // "recall@1 of 81.2%": a metric right before the value, joined by "of" or "=", is the one it measures.
    // "reduces prompt tokens by 21.6% and ...": so is one before "by", unless the value says "in mIoU" itself.
    const metricBefore = (joiner: RegExp): Mention | undefined =>
      metrics
        .filter((m) => m.end <= absStart && joiner.test(this.text.slice(m.end, absStart)))
        .reduce<Mention | undefined>((best, m) => (best && best.end >= m.end ? best : m), undefined);
    const preceding =
      metricBefore(/^\s*(?:(?:of|=|:|is|was|at|reaches|reached|achieves|achieved)\s*)?$/i) ??
      // "pass rate from 11.1% to 33.3%", "critical errors falling from 47% to 23%": both ends are the measure's.
      metricBefore(MEASURE_FROM_TO_BEFORE) ??
      (metricAfter((gap) => METRIC_NAMED_AFTER.test(gap)) ? undefined : metricBefore(BY_AMOUNT_GAP));
    return preceding ?? following;
  }

  results(): ExtractedResult[] {
    const out: ExtractedResult[] = [];
    // Results name only entities the paper's output holds, by the type it gives them (read once, by `entities()`).
    if (!this.final) this.entities();
    const entities = [...this.emitted].map(([d, type]) => ({ ...d, type }));
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
      if (out.length >= MAX_RESULTS || sentence.start < this.titleEnd || !MAY_STATE_VALUE.test(sentence.text))
        return;
      const here = bySentence.get(index) ?? [];
      const metrics = here.filter((m) => m.type === 'Metric');
      const benchmarks = here.filter((m) => m.type === 'Benchmark');
      // "75.08% on MiniGPT4, 85.84% on LLaVA": a model a value was reached on is a target, not who reached it.
      const subjects = here
        .filter((m) => m.type === 'Method' || m.type === 'Model')
        .filter(
          (m) => !VALUE_ON_TARGET.test(this.text.slice(Math.max(sentence.start, m.start - 30), m.start)),
        )
        .sort((a, b) => a.end - b.end)
        // "MEMTIER achieves 0.382 with Qwen2.5-7B": a backbone after "with" is not who reached the value.
        // "With Qwen2.5-7B, it reaches ...": nor is one in an opening phrase.
        .filter((m, k, all) => {
          if (m.type !== 'Model') return true; // "a Llama-3-8B model with AutoRule": the method is the subject
          if (!BACKBONE_BEFORE.test(this.text.slice(Math.max(sentence.start, m.start - 20), m.start)))
            return true;
          if (k > 0) return all[0]?.surface === m.surface;
          return !(
            /^\s*\S+(?:\s+(?:on|the))?\s+$/.test(this.text.slice(sentence.start, m.start)) &&
            /^[^,;.]{0,30},/.test(this.text.slice(m.end, m.end + 40))
          );
        });
      const judge = outcomeJudge(sentence.text, metrics.length > 0);
      // "28% for 8B models and 40% for 32B models": a coordinated value shares the kind of the one before it.
      let previous: { end: number; kind: ExtractedResult['kind'] } | undefined;
      const values = findValues(sentence.text);
      // "reaches 0.285 mAP50": a decimal right before a metric's name is its value.
      for (const m of metrics) {
        const local = m.start - sentence.start;
        const before = VALUE_BEFORE_METRIC.exec(sentence.text.slice(Math.max(0, local - 64), local));
        const value = before?.[1];
        if (!value) continue;
        const start = local - before[0].length;
        if (values.some((v) => v.start <= start && v.end > start)) continue;
        values.push({ start, end: start + value.length, value, bare: false });
      }
      values.sort((a, b) => a.start - b.start);
      // "recall, precision and F1 of 0.88, 0.91 and 0.93, respectively": the k-th value's metric and benchmark.
      const respectiveValues = respectiveRun(sentence.text, values);
      const respectiveMetric = respectivePairs(respectiveValues, sentence.start, metrics, this.text);
      const respectiveBenchmark = respectivePairs(respectiveValues, sentence.start, benchmarks, this.text);
      // "the RMSEs of the top-ranked and baseline systems are 0.364 and 0.444, respectively": scores given respectively
      // are the measure named before them in their clause; when what they are "of" names no system, whose they are is
      // not said.
      const respective: { start: number; end: number; unnamed: boolean }[] = [];
      for (const list of matchesOf(sentence.text, RESPECTIVE_SCORES)) {
        const start = sentence.start + list.index;
        const measure = metrics.find(
          (m) => m.end <= start && start - m.end < 160 && !/[\d;:]/.test(this.text.slice(m.end, start)),
        );
        if (measure)
          respective.push({
            start: list.index,
            end: list.index + list[0].length,
            unnamed:
              /^\s+of\s.*\s(?:are|were)\s+$/.test(this.text.slice(measure.end, start)) &&
              !subjects.some((m) => m.start >= measure.end && m.end <= start),
          });
      }
      for (const v of values) {
        if (out.length >= MAX_RESULTS) break;
        const absStart = sentence.start + v.start;
        const absEndOfValue = sentence.start + v.end;
        // "an improvement of 0.1927 in mIoU", "+37.91 higher F1": the metric may also follow the value.
        const nearMetric = metrics.some(
          (m) =>
            (m.end <= absStart && absStart - m.end < 48) ||
            (m.start >= absEndOfValue &&
              (/^\s*(?:(?:in|on|of)\s+|(?:higher|lower|better|absolute|relative)\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+)?$/.test(
                this.text.slice(absEndOfValue, m.start),
              ) ||
                VALUES_AND_MODIFIERS_BEFORE_METRIC.test(this.text.slice(absEndOfValue, m.start)))),
        );
        // "mAP50:95": digits inside a name are part of it.
        if (here.some((m) => m.start <= absStart && m.end >= absEndOfValue)) continue;
        // "attains FID 2.16", "holdout Sharpe +1.87", "(F1 < 0.35)", "(BLEU ~11.5)": a decimal right after a metric's
        // name, or a bound or an approximation of it, is its value.
        const afterMetric =
          v.bare &&
          v.value.includes('.') &&
          metrics.some(
            (m) =>
              m.end <= absStart &&
              /^\s{0,2}(?:[<>=\u2264\u2265~\u2248]\s?|\$\\sim\$\s?)?\s?\+?$/.test(
                this.text.slice(m.end, absStart),
              ),
          );
        // "0.96 AP at IoU 0.1", "recall at an FPR of 0.01": a value of the metric another is read "at" is the operating
        // point, not an outcome.
        const operatingPoint =
          v.bare &&
          metrics.some(
            (m) =>
              m.end <= absStart &&
              /^\s*(?:(?:of|=)\s*)?$/.test(this.text.slice(m.end, absStart)) &&
              metrics.some(
                (read) =>
                  read.end < m.start &&
                  /^\s+(?:(?:of|=|:)\s*\d[\d.]*\s?%?\s+)?(?:at|@)\s+(?:an?\s+|the\s+)?$/i.test(
                    this.text.slice(read.end, m.start),
                  ),
              ),
          );
        if (operatingPoint) continue;
        const inList = v.bare ? respective.find((r) => r.start <= v.start && v.end <= r.end) : undefined;
        if (!judge(v, nearMetric || inList !== undefined, afterMetric)) continue;
        let subject: string | null = proposedSubject?.name ?? null;
        let last = -1;
        subjects.forEach((m, k) => {
          if (m.end <= absStart) [subject, last] = [m.surface, k];
        });
        // "Claude and ChatGPT achieve 91% accuracy": each coordinated subject of the verb has the result.
        const sharing: string[] = [];
        const lastSubject = subjects[last];
        if (lastSubject && SUBJECT_VERB_TO_VALUE.test(this.text.slice(lastSubject.end, absStart))) {
          for (let k = last; k > 0; k--) {
            const [before, after] = [subjects[k - 1], subjects[k]];
            if (!before || !after) break;
            const joint = this.text.slice(before.end, after.start);
            // The last two are joined by "and" ("A, B and C"); a bare comma there ends an introductory phrase.
            if (!SUBJECT_COORDINATION.test(joint) || (k === last && !/\band\s+$/.test(joint))) break;
            if (before.surface !== after.surface) sharing.unshift(before.surface);
          }
          // "A and B reach 31% and 30%, respectively": the k-th value belongs to the k-th subject alone.
          if (sharing.length && /\brespectively\b/.test(sentence.text.slice(v.end))) {
            const order = values.filter(
              (w) => sentence.start + w.start >= lastSubject.end && w.start <= v.start,
            );
            subject = [...sharing, subject][order.length - 1] ?? subject;
            sharing.length = 0;
          }
        }
        // "ReBot improved the performance of Octo by 7.2% and OpenVLA by 21.8%", "outperforming GPT-5 by 13.0%":
        // a system after an improving or outperforming verb is its object; the gain is the improver's.
        const objectOf = this.verbObject(subjects, last, absStart, sentence.start);
        // The last system before the value, when the sentence puts it below another ("outperformed B", "than B"); asked
        // only where a compared pair needs it.
        const lastBeaten = (): string | undefined =>
          lastSubject &&
          (this.comparedAgainst(lastSubject, sentence.start) ||
            this.isVerbObject(subjects, last, sentence.start))
            ? lastSubject.surface
            : undefined;
        // The nearest system before the last one that no comparison puts below another: who a margin over, or a value
        // after, a beaten system belongs to.
        const winnerBefore = (): string | null => {
          let k = last - 1;
          for (let m = subjects[k]; m && this.comparedAgainst(m, sentence.start); m = subjects[k]) k--;
          return subjects[k]?.surface ?? proposedSubject?.name ?? null;
        };
        if (objectOf) {
          // The improver is the nearest system before the verb that is not itself an object of one.
          let k = objectOf.at - 1;
          while (k >= 0 && this.isVerbObject(subjects, k, sentence.start)) k--;
          subject = subjects[k]?.surface ?? proposedSubject?.name ?? subject;
          sharing.length = 0;
        } else if (PAIR_FIRST_AFTER.test(sentence.text.slice(v.end, v.end + 12)) && lastBeaten()) {
          // "A outperformed B in F1 (71.8 vs 61.5)": the first of the pair is the winner's, the second B's.
          let k = last - 1;
          while (k >= 0 && this.isVerbObject(subjects, k, sentence.start)) k--;
          subject = subjects[k]?.surface ?? proposedSubject?.name ?? null;
          sharing.length = 0;
        } else if (
          lastSubject &&
          /^\s+(?:over|than)\s/i.test(sentence.text.slice(v.end, v.end + 8)) &&
          this.comparedAgainst(lastSubject, sentence.start)
        ) {
          // "4.1% over the base model A and 2.0% over B": a margin over the next system is not the last one's own.
          subject = winnerBefore();
          sharing.length = 0;
        } else if (
          /(?<!\b(?:rang|vary|varie)\w*\s+)\bfrom\s+$/.test(
            sentence.text.slice(Math.max(0, v.start - 20), v.start),
          ) &&
          /^\s*(?:[^\s,;]+\s+)?to\s/.test(sentence.text.slice(v.end, v.end + 30)) &&
          (!lastSubject || absStart - lastSubject.end > 60)
        ) {
          // "improves the pass rate from 23.3% to 44.4%": the starting value is an unnamed baseline's.
          subject = null;
          sharing.length = 0;
        } else if (
          lastSubject &&
          this.comparedAgainst(lastSubject, sentence.start) &&
          /,|\band\b/.test(this.text.slice(lastSubject.end, absStart)) &&
          !/\(\s*$/.test(this.text.slice(lastSubject.end, absStart))
        ) {
          // "a 14.5% improvement over A, and a 3.2% improvement over B": past a comma or "and", a value after a beaten
          // system is the winner's (not one in parentheses after a name: "than T5 (34.9%) and than Brain (35.7%)").
          subject = winnerBefore();
          sharing.length = 0;
        }
        // "(23 minutes compared to 454 minutes)": the value after "compared to" is the unnamed baseline's, or the
        // beaten system's when the sentence names one ("outperformed B in F1 (71.8 vs 61.5)").
        if (
          /\b(?:compared (?:to|with)|versus|vs\.?)\s+$/i.test(
            sentence.text.slice(Math.max(0, v.start - 16), v.start),
          )
        ) {
          const pairSecond = /\d\s*(?:vs\.?|versus)\s+$/i.test(
            sentence.text.slice(Math.max(0, v.start - 16), v.start),
          );
          subject = pairSecond ? (lastBeaten() ?? null) : null;
          sharing.length = 0;
        }
        if (inList?.unnamed) {
          subject = null;
          sharing.length = 0;
        }
        // "F1 scores of 0.36 for ZorbSim and 0.28 for ZorbLin": a subject right after "for" is the value's own.
        const forSubject = subjects.find(
          (m) =>
            m.start >= absEndOfValue &&
            /^\s*\(?\s*(?:for|(?:achieved|obtained|attained|reached)\s+by)\s+(?:the\s+)?$/i.test(
              this.text.slice(absEndOfValue, m.start),
            ),
        );
        if (forSubject) {
          subject = forSubject.surface;
          sharing.length = 0;
        }
        const absEnd = sentence.start + v.end;
        // "3.6-5 times faster with only 0.43B trainable parameters": a value that says "faster" is a speed, so the
        // guess is a measure of time or speed or none.
        const speed = FASTER_AFTER.test(sentence.text.slice(v.end, v.end + 16));
        // "cuts reasoning length by 31% while improving accuracy by 1.7%": a metric after a clause of its own that
        // changes it is not this value's guess.
        const guessable = metrics.filter(
          (m) =>
            (m.start < absEnd || !CHANGE_CLAUSE_BETWEEN.test(this.text.slice(absEnd, m.start))) &&
            (!speed || TIME_OR_SPEED_MEASURE.test(m.surface)),
        );
        const metric =
          respectiveMetric.get(v) ??
          (this.tiedMetric(metrics, absStart, absEnd) ?? nearestTo(guessable, absStart))?.surface ??
          null;
        // "38% on GSM8K and 80% on MATH-500": a benchmark the value is "on" is its own, however near the last one.
        const onBenchmark = benchmarks.find(
          (m) =>
            m.start >= absEnd &&
            /^\s*(?:[\w-]+\s+){0,3}?(?:on|in|at)\s+(?:the\s+)?$/i.test(this.text.slice(absEnd, m.start)),
        );
        const benchmark =
          respectiveBenchmark.get(v) ??
          (
            onBenchmark ??
            (this.spansBenchmarkList(benchmarks, absStart, absEnd)
              ? undefined
              : nearestTo(benchmarks, absStart))
          )?.surface ??
          null;
        const coordinated =
          previous !== undefined &&
          v.start - previous.end < 45 &&
          /^[^;.]*?(?:,|\band)\s*(?:up to\s+)?$/i.test(sentence.text.slice(previous.end, v.start)) &&
          !/\b(?:reduc|decreas|lower|less|fewer|improv|increas|higher|faster|gain|drop)/i.test(
            sentence.text.slice(previous.end, v.start),
          );
        const kind = coordinated && previous ? previous.kind : kindOf(sentence.text, v);
        previous = { end: v.end, kind };
        // "25.63~dB" is quoted as written; a value inside markup ("\textbf{29.92} points") as read.
        const written = this.quoteSpan(v.value, absStart, absEndOfValue);
        const value = written.replace(/~/g, ' ') === v.value ? written : v.value;
        for (const other of sharing)
          out.push({ subject: other, metric, value, benchmark, kind, evidence: this.sentenceQuote(index) });
        out.push({ subject, metric, value, benchmark, kind, evidence: this.sentenceQuote(index) });
      }
    });
    return out;
  }
}

// A category code: a prefix and a one- or two-digit number with an optional letter ("BT-1a", "Grade-2").
const CATEGORY_LABEL = /^([\p{L}][\p{L}\d]*)-\d{1,2}[a-z]?$/u;

// The judge glued before "judge score" ("LLM-as-a-", "VLM-").
const JUDGE_BEFORE = /(?:^|[\s(])([A-Z]{2,}[\w-]*-)$/;
// Hyphened parts glued after a name, up to the word's end ("-mini-high" of "o3-mini-high,").
const GLUED_TAIL = /^-([\p{L}\d]+(?:[-.][\p{L}\d]+)*)(?![\p{L}\d-])/u;
// A reasoning-effort setting written as a release's last tier ("o3-mini-high").
const REASONING_EFFORT = /^(?:high|low|medium|minimal)$/;

// The word before a mention, which may name the model's maker ("OpenAI o3", "Google DeepMind Gemini").
const WORD_BEFORE = /(?:^|(?<=[\s(,;:]))((?:Google\s+)?[A-Za-z]+)\s+$/;
// "pairs" right after a task's name or its parenthesised acronym makes it data: "QA pairs", "(QA) pairs".
const PAIRS_AFTER = /^\)?\s*pairs\b/;
// Counts of what a model spends, which papers report as reduced: parameters, tokens, operations, training rounds.
const SPENT_COUNT = /^(?:parameters|tokens|FLOPs|GFLOPs|TFLOPs|MACs|GMACs|epochs|steps|iterations)$/;

/** The letter a release number carries ("o" of "o3", none for "2.5"): two releases of one family share it. */
function releaseLetter(version: string | undefined): string {
  return /^\p{Ll}?/u.exec(version ?? '')?.[0] ?? '';
}

/** "Sharpe ratio" -> "SR", "time-to-first-token" -> "TTFT". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** "OmniGen v1", "OmniGen2", "OmniGen" -> "OmniGen": a name without its release number. */
function releaseStem(name: string): string {
  return /^(.*?\p{L}{2})[\s-]?v?\d+(?:\.\d+)*$/u.exec(name)?.[1] ?? name;
}

/** "training costs", "refusal rates" are the measures "training cost", "refusal rate"; "tokens" stays a count. */
function singularMeasure(name: string): string {
  return name.replace(/\b(cost|overhead|rate|score)s$/, '$1');
}

// "2x lower than the cost", "fewer of its tokens": function words end a cost phrase ("compute overhead" does not).
const COST_MODIFIER_STOP =
  /^(?:the|a|an|than|of|to|for|in|on|at|by|with|and|or|its|their|our|this|that|these|those|per|while|as)$/i;
// A numeric format written before "precision" ("half-precision", "lower-precision", "FP16 precision").
const NUMBER_FORMAT_BEFORE =
  /(?:half|full|mixed|low|lower|high|higher|single|double|reduced|arbitrary|fixed|floating|FP\d+|INT\d+|\d+-bit)[\s-]$/i;
// "achieving high precision", "offers higher precision": a high value a system shows is the measure's.
const SHOWN_QUALITY_BEFORE =
  /\b(?:achiev|attain|demonstrat|show|exhibit|offer|deliver|yield|obtain|reach)\w*\s+(?:a\s+|very\s+|consistently\s+)?(?:high|higher)\s$/i;

// A one-word name and a year: "Learn2Reg 2025".
const DATED_EDITION = /^(\S+) (?:19|20)\d\d$/;
// A preposition right before a long form makes it the object of another noun ("a framework for ...").
const OBJECT_OF_PREPOSITION_BEFORE = /\b(?:for|of|in|on|to|with|by|from|via)\s+$/i;
// A preposition or participle earlier in the clause governs the words up to a name: "a method based on zorb ...".
const GOVERNED_IN_CLAUSE_BEFORE = /\b(?:for|of|in|on|to|with|by|from|via|using|based)\s(?!which\b)[^,;:]*$/i;
// A plural kind after a defined name, then "are": "(TOD) systems are designed to ...".
const PLURAL_KIND_ARE = /^[^()]*\)\s*(?:[a-z][\w-]*\s+)*[a-z]+s\s+are\b/;
// "our approach, ZorbNet, ...": the kind the authors call theirs, then its name in apposition.
const OUR_KIND_BEFORE =
  /(?:^|[\s(])[Oo]ur\s+(?:[\w-]+\s+)?(?:benchmark|dataset|corpus|method|model|framework|approach|system|pipeline|agent|metric|algorithm|architecture)\s*,\s*$/;
// A comma or a dash sets the apposition off: "X, the first ...", "X -- a novel ...", "X—the first ...", and a dash
// flattened to a hyphen before "the" ("MapBench-the first benchmark ...").
const NEW_BY_APPOSITION_AFTER =
  /^[^\s,\u2013\u2014]+?(?:\s+v?\d[\w.]*)?(?:\s*[,\u2013\u2014]\s*|\s*---?\s*|\s+-\s+|-(?=the\s))(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:new|novel|first)\b/i;
// "PosEval, our benchmark for ...", "ZorbNet, our new model,", "ZorbQA, a benchmark we introduce": the authors' own
// thing, named in apposition (not "compared to VQGAN, our approach achieves ...", where the comma closes an opening
// phrase).
const OUR_KIND_AFTER =
  /^[^\s,]+\s*,\s*(?:our\s+(?:[\w-]+\s+){0,2}?(?:benchmark|dataset|corpus|suite|method|model|framework|approach|system|pipeline|agent|metric|algorithm|architecture)s?(?:\s*[,.;)]|\s+(?:for|of|that|which|designed|built|with|to|on|in)\b)|an?\s+(?:[\w-]+\s+){0,2}?(?:benchmark|dataset|corpus|suite|method|model|framework|approach|system|pipeline|agent|metric|algorithm|architecture)\s+(?:that\s+)?we\s+(?:introduce|propose|present|construct|build|curate|release|develop|design|create)d?\b)/i;
// Nouns after an acronym that make it the setting of something: "in PPT scenarios", "AEC domain", "DICOM files".
const SETTING_NOUN_AFTER =
  /^\s+(?:scenarios?|settings?|domains?|fields?|contexts?|industry|sector|files?|formats?|documents?)\b/;
// A kind noun closing a coined name ("Thiomi Dataset", "Zorb Agent"): the name without it is the same thing.
const KIND_WORD_END =
  / (?:Dataset|Corpus|Data|Benchmark|Framework|Agent|Engine|Tool|Toolkit|System|Pipeline)$/;
// A proposal verb joined to an earlier one: "..., and release ...".
const SECOND_PROPOSAL_VERB =
  /\b(?:and|then)\s+(?:also\s+)?(?:release|introduce|present|propose|construct|build|develop|curate|collect)s?\s+/g;
// Two or three capitalised words: "Citation Coverage", "Instruction Following".
const TITLE_CASE_DIMENSION = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}$/u;
// "we propose a suite of metrics to evaluate", "introducing metrics for", "we propose new measures:", "we propose an
// evaluation framework (including ...)", "we design an evaluation strategy assessing ...": the metrics listed next are new
// ("a framework that measures" is the verb).
const NEW_METRICS_BEFORE =
  /\b(?:propos|introduc|present|defin|design|develop)\w*\s+(?:[\w-]+\s+){0,8}?(?:(?:metrics|(?<!\b(?:that|which|it|also|and|jointly|both)\s)measures)\b[^.;]{0,60}|evaluation\s+(?:framework|protocol|suite|strategy|scheme)\s*(?:\(\s*(?:including\s+)?|:\s*|,?\s+(?:including|such\s+as|namely|assessing|measuring|covering|spanning)\s+))$/i;
// A metric's cut-off: "@1", "@k", "\@0.50", "TPR@1%" (at a false-positive rate).
const METRIC_CUTOFF = /^\\?@(?:\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?(?:\\?%)?|[kKnN])(?![\w.])/;

/** A name written over [start, end) of a sentence, with the type its context gave it and its word shape. */
interface WrittenName {
  sentence: Sentence;
  index: number;
  start: number;
  end: number;
  type: { type: EntityType; confidence: number };
  shape: NameShape;
}

// Heads of a lower-case long form that names a built part ("a causal prompt learner (CaPL)", "a contrastive edge loss
// (CELoss)"), unlike a term of the domain ("regions of interest (RoIs)", "electrocorticography (ECoG)").
const COINED_PART_HEAD =
  /(?:[a-z]{2}(?:er|or)s?|module|block|bank|query|layer|head|unit|network|net|model|modeling|flow|average|loss|rendering|registration|infusion|fusion|mining|attention|learning|encoding|decoding|prompt|memory)$/;

// Three or more capitalised hyphen parts ("Plan-Act-Reflect"): a coined name in prose, title casing in a title.
const TITLE_CASE_COMPOUND = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){2,}$/u;

// Heads of training procedures, never metrics.
const PROCEDURE_HEAD = /(?:learning|training|tuning|quantization|pruning|distillation|compression)$/;

// The joint of a combination of names: "SFT+GRPO", "SFT-to-GRPO".
const COMBINATION_JOINT = /\+|-to-|\//;
const PLAIN_WORD = /^\p{Ll}{3,}$/u;

// A plain Title-Case word that may qualify a name ("Holistic", "Hard-Routed"), not an article or a count.
const TITLE_QUALIFIER_WORD =
  /^(?!(?:The|A|An|Our|Its|This|These|Two|Three|Four|New|Novel)$)\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
// The name right after a proposal verb: Title-Case words, a trailing version, then a comma, a parenthesis or a
// type noun ("we propose Zorb Flow 2, a ...", "we introduce Zorb-Net that ...").
const PROPOSED_NAME =
  /^\s*(?:(?:a|an|the|our|new|novel|simple|general|unified|lightweight)\s+)*(?:[_*]|\\(?:emph|textbf|textit)\{)?((?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*\s+){0,4}\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*(?:\s\d{1,2}(?:\.\d)?)?)(?=[_*}]?\s*(?:[,(:]|\s(?:that|which|to|for|as|framework|method|approach|algorithm|model|benchmark|dataset|architecture|module|pipeline|mechanism|strategy)\b))/u;
const NAMED_AS_NAME =
  /^\s*(\p{Lu}[\p{L}\d]{2,}(?:-[\p{L}\d]+)*)(?=[_*}]?(?:[,.;:()]|$|\s+(?:by|which|that|to|with|in|on|for|from|as|is|was|and\s+(?:a|an|the|its|it))\b))/u;
// "expert-level accuracy", "millimeter-level precision": how good a measure is, not what it measures.
const RANK_OF_LEVEL =
  /^(?:expert|specialist|human|superhuman|clinician|physician|doctor|radiologist|professional|millimet(?:er|re)|centimet(?:er|re)|met(?:er|re)|state)-level$/;
// "a phenomenon we term", "this phenomenon, which we call", "a phenomenon known as", "a failure mode termed", "we refer
// to this phenomenon as".
const PHENOMENON_NOUN = String.raw`(?:phenomen(?:on|a)|failure\s+modes?|effects?|patholog(?:y|ies))`;
const PHENOMENON_NAMING = String.raw`(?:\b${PHENOMENON_NOUN},?\s+(?:(?:that|which)\s+)?(?:we\s+)?(?:term|call|name|dub|refer\s+to\s+as|termed|called|named|dubbed|known\s+as)|\b(?:term|call|name|dub|refer\s+to)\s+(?:this|these|such)\s+${PHENOMENON_NOUN}(?:\s+as)?)`;
const PHENOMENON_NAMED_BEFORE = new RegExp(String.raw`${PHENOMENON_NAMING}(?:\s+(?:the|a|an))?\s*$`, 'i');
// What a long form ending in one of these nouns names is studied or worked with, not a way of doing something; a
// preposition before the noun ("Autoencoder for Transient Imaging") makes it a qualifier of the name's real head.
const NOT_A_METHOD_LONG_FORM =
  /^(?:(?!\b(?:for|of|via|with|in|on|by|using|from|to)\s)[^])*?(?<![\w-])(?:English|Arabic|Portuguese|Spanish|Chinese|French|German|Japanese|Korean|Hindi|COVID(?:-19)?|CT|MRI|[Rr]esonance|[Ii]maging|[Tt]omography|[Uu]ltrasound|[Mm]icroscopy|[Cc]ameras?|[Ll]aborator(?:y|ies)|[Hh]ospitals?|Office|[Ss]cience|[Ss]tudies)$/;
// "We call this phenomenon Calibration Drift Under Reasoning (CDUR)": the Title-Case name given to a phenomenon.
const PHENOMENON_TITLE_CASE_NAME = new RegExp(
  String.raw`${PHENOMENON_NAMING}\s+(?:(?:the|a|an)\s+)?(?:\\(?:emph|textbf|textit)\{|["\u201c\x60']+)?(\p{Lu}[\p{L}\d-]*(?:\s+(?:(?:of|under|in|on|for|and|to)\s+)?\p{Lu}[\p{L}\d-]*){0,5})`,
  'gu',
);
// " (CZR) to quantify", ", which measures": what a name is introduced for.
const QUANTIFY_PURPOSE_AFTER =
  /^\)?(?:\s*\([^()]{1,20}\))?\s*,?\s+(?:to|that|which)\s+(?:quantif(?:y|ies)|measures?)\b/;
// The head of a name for a part of a system, a process or a test, not a quantity ("Reconstruction Module",
// "Difficulty Estimator", "Attention Calibration").
const SYSTEM_HEAD =
  /^(?:module|mechanism|network|net|function|map|framework|model|architecture|pipeline|method|algorithm|benchmark|bench|dataset|system|tool|toolkit|layer|block|head|agent|loss|strategy|approach|engine|protocol|test|task|\w+(?:tion|sis|ing|ment|or|er))$/i;
// An organisation's possessive before its data: "GSK's dataset", "JD's internal corpus".
const DATA_OWNER =
  /(?<![\w-])(\p{Lu}[\p{L}\d&]*)['\u2019]s\s+(?:own\s+|internal\s+|proprietary\s+|private\s+|in-house\s+)?(?:dataset|data|corpus|collection)\b/gu;
// "the Posterior Salience Attenuation (PSA) phenomenon": a short form the word "phenomenon" follows.
const SHORT_NAME_OF_PHENOMENON = /\(([^()\s,;]{2,12})\)\s+phenomen(?:on|a)\b/g;
// "a phenomenon termed Sample-wise Alignment Collapse (NC3+)": the short name in parentheses after its long form.
const PHENOMENON_SHORT_NAME = new RegExp(
  String.raw`${PHENOMENON_NAMING}\s+[^().;]{2,80}?\s\(([^()\s,;]{2,12})\)`,
  'gi',
);
// 'we propose "Zorbball steering", a nonlinear steering method', "termed ``Zorbfitting''": a name in quotes, which
// may go on in lower case.
const QUOTED_NAME =
  /^\s*(?:(?:a|an|the|our|new|novel)\s+)*(?:\\?["\u201c]|``|`)(\p{Lu}[\p{L}\d-]*(?:\s+[\p{L}\d-]+){0,3})(?=(?:\\?["\u201d]|''|')\s*[,(:])/u;
// "a novel approach, Zorb from Visual Feedback, which ...": a Title-Case name, small words inside, up to a comma.
const DESCRIBED_NAME =
  /^((?:\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)(?:\s+(?:(?:from|of|for|with|via|and|in|on|to)\s+)?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*){0,10})(?=\s*[,(])/u;
// "a novel LLM-based framework with two-sided checks (Zorb-Check)": a short description, then a name in parentheses.
// (A number's thousands comma is no clause boundary: "a dataset comprising 25,368 samples (ZorbDR)".)
const DESCRIBED_THEN_NAMED =
  /^\s*(?:a|an|the|our)\s+((?:[^,;:()]|(?<=\d),(?=\d{3}\b)){3,100}?)\s*\(([^()\s,;]{2,30})\)/u;
const PROPOSED_LIST_ITEM =
  /^\s*(?:(?:two|three|four|five|new|novel|complementary)\s+){1,2}(?:[\w-]+\s+){0,2}(?:benchmarks|datasets|models|methods|metrics|frameworks|variants|components|modules)\s*(?:,|:)\s*[^\s,;()]+(?:,\s*[^\s,;()]+){0,4},?\s+and\s+$/i;
// "... and introduce ", "... and also present ": the authors' second proposal verb, right before a name.
const SECOND_VERB_BEFORE =
  /\b(?:and|then)\s+(?:also\s+)?(?:introduce|present|propose|release|develop|construct|build|curate)s?\s+$/;
// An author-year citation right after a name: "(Shao et al., 2025)", "(Smith and Lee, 2024)".
const CITED_AFTER =
  /^\s*\(\s*\p{Lu}[\p{L}'-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'-]+|\s+et\s+al\.?)?,?\s*(?:19|20)\d\d[a-z]?\s*[;)]/u;
// " family", " and Qwen families", " series": what a bare model name is called when it groups checkpoints.
const FAMILY_GROUP_AFTER = /^(?:(?:,|\s+and|\s+or)\s+[\w.-]+)*\s+(?:families|family|series)\b/;
// "... to construct ", "... to curate ": what the authors' means builds.
const BUILT_WITH_IT_BEFORE = /\bto\s+(?:construct|build|create|curate|collect|assemble)\s+$/;
// "We construct ZorbRaw (large-scale) and ZorbCurated", "we present Zorb-2.6 and Blix-2.6": the second of two names a
// proposal verb takes. (A gerund between them turns the clause, "using X and"; a name ending in "ing" does not.)
const PROPOSED_SECOND_CONJUNCT =
  /^\s*(?:(?:an?|the|two|three|four|five|new|novel)\s+)?(?![^]*\b(?:than|over|compared|against|on|using|with|from|based|via|by|upon|of|into|like|such|that|which|where|who|while|for|in|to|at|across|under|within|through|its|their|our|existing|standard|baselines?|(?<![A-Z])[a-z]\w*ing)\b)(?:[\w-]+(?:\.\d+)*\s+|\([^()]{1,40}\)\s+){1,5}and\s+$/;
// "ZorbSet: a benchmark of ...", "ZorbNet, a framework that ...": a name glossed as a kind of contribution.
const NEW_KIND_APPOSITION =
  /^[^\s,():]+\s*[:,]\s*(?:an?|the first)\s+(?:[\w-]+\s+){0,3}?(?:benchmark|dataset|corpus|suite|framework|method|model|approach|system|metric|toolkit|pipeline)\b/i;
// "Level-1 to Level-3", "1 to 5": a range names one thing, not a clause.
const NUMBERED_RANGE = /\b[\w-]*\d\s+to\s+[\w-]*\d\b/g;
const CONTRIBUTION_PARTICIPLE =
  /(?:\b(?:by|and|while|through|thereby)|,)\s+(?:introduc|propos|present|construct|develop|build|releas|curat|creat)\w*ing\b/gi;

// "an efficiency-accuracy trade-off": the words before the measure name the other side of a balance.
const TRADE_OFF_AFTER = /^[\s-]*(?:trade-?offs?|balance)\b/i;
// Plain nouns that say on what or where a measure was taken ("test accuracy", "depth MAE", "bit accuracy").
const MEASURED_PART =
  /^(?:test|validation|train|dev|held-out|retrieval|depth|disparity|pixel|object|image|instance|frame|token|bit|shape|font|class|trajectory|answer|claim|step|turn|episode|query|document|patch|region|scene|joint|keypoint|speaker|word|character|sentence|utterance|segment|clip|video|audio|phoneme|subword|response|walltime|event|parameter|forecast|timestamp|attribute|item|field|cell|pose|keyword|triple|argument|trigger|symbol|layout)$/;
// People measures are named after: "Spearman ranking correlation", "annualized Sharpe ratio".
const EPONYM =
  /^(?:Pearson|Spearman|Kendall|Dice|Jaccard|Sharpe|Sortino|Calmar|Hamming|Hausdorff|Wasserstein|Matthews|Cohen|Brier|Chamfer|Mahalanobis|Levenshtein|Fr\u00e9chet|Frechet)$/;
const EVALUATIVE_WORD =
  /^(?:highest|best|fast|faster|fastest|quick|rapid|reduced|improved|minimal|lowest|state-of-the-art|unprecedented|total|superior|competitive|remarkable|impressive|strong|high|low|lower|higher|better|top|record|near-perfect|perfect|excellent|significant|real-time|commendable|notable|promising|satisfactory|reasonable|good|decent|exceptional|outstanding|solid|considerable|substantial|combined)$/i;
// Heads a "peak" belongs to: "peak memory", "peak power consumption".
const PEAK_MEASURE_HEAD = /(?:memory|VRAM|RAM|usage|consumption|power|bandwidth|throughput|load)$/i;
// Between a value and the metric after it: "9.4 points in answer accuracy" names it; "12% higher recall" qualifies.
const METRIC_NAMED_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:in|of|on)\s+(?:the\s+)?$/i;
// "2.9x faster", "3 times slower": a change in speed.
const FASTER_AFTER = /^\s*(?:times\s+)?(?:faster|slower|quicker)\b/i;
const TIME_OR_SPEED_MEASURE =
  /(?:time|speed|latency|throughput|speedup|FPS|fps|per second|\/s|runtime|duration|delay|TTFT)/i;
// A clause that changes a measure of its own: "... while improving accuracy", "..., and reduces latency".
const CHANGE_CLAUSE_BETWEEN =
  /\b(?:while|whereas|but|and|yet)\s+(?:\w+\s+)?(?:improv|increas|reduc|boost|rais|lower|decreas|cut|maintain|preserv|keep)\w*\s/i;
// (Not across a clause: "31% while improving accuracy by 1.7%".)
const METRIC_WORDS_AFTER =
  /^\s*(?:(?!(?:while|whereas|but|and|yet|although|though|improving|increasing|reducing|boosting|raising|lowering|decreasing)\s)[a-z-]+\s+){0,2}$/i;
// "(AEC) field", "(HRI) domain": the words after a definition that make it a field of work.
const DOMAIN_NOUN_AFTER = /^\W{0,3}(?:fields?|domains?|industry|industries|sectors?|discipline)\b/i;
// ", a novel task that ...", ", an alignment problem for ...": an apposition framing a name as a task; not ", a
// benchmark for ... problem" nor a training objective (", a self-supervised task", ", an auxiliary task").
const TASK_APPOSITION =
  /^\s*,\s*(?:a|an|the)\s+(?:(?!(?:for|of|in|on|with|to|that|which|benchmark|dataset|auxiliary|self-supervised|pretext|proxy|surrogate|pre-?training)\s)[\w-]+\s+){0,3}?(?:task|problem)(?![\w-])/i;
// How a field's task is spoken of: "(AIM) aims to ...", "(HOID) refers to ...", "... is the task of", "... has gained
// significant attention", "... is a challenging task".
const TASK_AIM_AFTER =
  /^\s*(?:aims|seeks|refers)\s+to\b|^\s*is\s+the\s+(?:task|problem)\s+of\b|^\s*(?:has|have)\s+(?:recently\s+)?(?:gained|attracted|received|drawn|garnered)\b|^\s*is\s+an?\s+(?:[\w-]+\s+){0,2}(?:task|problem)\b/i;
// Head words that make a long form a system or a way of training, whatever it aims at.
const NON_TASK_HEAD =
  /^(?:tuning|training|framework|model|network|net|method|approach|system|algorithm|module|architecture|mechanism|strategy|pipeline|agent|technique|transformer|encoder|decoder|policy|optimizer|loss|attention|layer|block|tool|library|platform|protocol|scheme)$/;
// A parameter count closing a checkpoint's name ("-7B", " 27B").
const SIZE_END = /(?<=[\s-])\d+(?:\.\d+)?[BM]$/;
// " 4B/8B" after a family's name; SIZE_PAIR_SECOND finds the second size once the first is part of the name.
const SIZE_PAIR_AFTER = /^ (\d+(?:\.\d+)?[BM])\s*\/\s*(\d+(?:\.\d+)?[BM])\b(?![\w-])/;
const SIZE_PAIR_SECOND = /^\s*\/\s*(\d+(?:\.\d+)?[BM])\b(?![\w-])/;
// " / 27B", " and -13B", ", -13B": a second size written without the family's name; a bare one after "and" only when
// nothing that counts data follows ("7B and 13B tokens").
const SIBLING_SIZE_AFTER =
  /^(?:\s*\/\s*|,?\s+and\s+|,\s*)(-\d+(?:\.\d+)?[BM]|\d+(?:\.\d+)?[BM](?!\s+(?:tokens|samples|words|images|examples|pairs|documents)))\b(?![\w-])/;
// "a pretrained language model (", "a Vietnamese OCR model (": a kind of model whose name follows in parentheses.
const MODEL_NOUN_PAREN_BEFORE =
  /\b(?:pre-?trained|language|vision|vision-language|foundation|OCR|detection|segmentation|embedding)\s+models?\s*\(\s*$/i;
// "a new task: ", "a novel task, called ": the name of a task the paper poses follows.
const NEW_TASK_BEFORE =
  /\b(?:new|novel)\s+(?:[\w-]+\s+){0,2}?task\s*(?::|,?\s*(?:called|named|termed|dubbed)|,)\s*(?:the\s+)?$/i;
// "a metric called", "a new measure, termed": a measure's name follows.
const MEASURE_CALLED_BEFORE =
  /\b(?:metric|measure|score|index)(?:\s*,?\s+(?:called|named|termed|dubbed|coined)\s+(?:the\s+)?|\s*,\s+the\s+)$/i;
// "we define a measure of Zorbic Texture Richness (ZTR)": what the measure the paper defines is of is its name.
const DEFINED_MEASURE_BEFORE =
  /\b(?:defin|introduc|propos)\w*\s+(?:an?|the)\s+(?:new\s+|novel\s+)?(?:metric|measure)\s+of\s+$/i;
// A release number at the end of a listed model's name ("o1" of "OpenAI o1") and another one after a slash ("/o3").
const VERSION_END = /(?<![\p{L}\d.])(\p{Ll}?)\d+(?:\.\d+)?$/u;
const SIBLING_VERSION_AFTER = /^\/(\p{Ll}?\d+(?:\.\d+)?)(?![\w/.-])/u;
// Two release numbers after one family's name: "GPT-4/4o", "Qwen2/2.5", "OpenAI o1/o3".
const VERSION_PAIR =
  /^(.*?(?:[\s-]|\p{L}(?=\d)))(\p{Ll}?\d+(?:\.\d+)?\p{Ll}?)\/(\p{Ll}?\d+(?:\.\d+)?\p{Ll}?)$/u;
// Two editions after one benchmark's name: "-v5/v6", "-14/28".
const EDITION_PAIR = /^(.*?\p{L}-?)(v?\d+(?:\.\d+)?)\/(v?\d+(?:\.\d+)?)$/iu;
// Two sizes or two variant words after one checkpoint stem: "-8B/70B", "-Instruct/Thinking".
const CHECKPOINT_PAIR =
  /^(.+-)(?:(\d+(?:\.\d+)?[BMK])\/(\d+(?:\.\d+)?[BMK])|(\p{Lu}\p{Ll}+)\/(\p{Lu}\p{Ll}+))$/u;
// Kinds of system, not names: "Multi-Modal", "Hybrid", "End-to-End", "Agent".
const GENERIC_KIND_WORD =
  /^(?:Multi-?[Mm]odal|Cross-[Mm]odal|Multi-[Aa]gent|Hybrid|Unified|Neural|Deep|Adaptive|Generative|End-to-[Ee]nd|Intelligent|Autonomous|Agents?|Framework|System|Network)$/;
// An evaluation instrument before the verb that governs a list: "an evaluation protocol to assess ...".
const EVALUATION_INSTRUMENT_BEFORE =
  /\b(?:evaluation|judging)\s+(?:protocol|framework|pipeline|scheme|rubric|suite)s?\s+(?:that\s+|which\s+)?(?:to\s+)?$/i;
// "we propose an answerability metric", "we introduce a new zorbicity score": the words before the measure noun.
const PROPOSED_MEASURE =
  /\b(?:propos|introduc|present|defin|design|develop|devis|formulat)\w*\s+(?:an?|the)\s+(?:new\s+|novel\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(metric|measure|score|index)\b(?!-)/g;
// Words that cannot be part of a measure's name ("a method to measure", "a graph-based score").
const FUNCTION_WORD =
  /^(?:to|that|which|can|could|for|of|by|the|and|or|with|from|in|on|is|are|its|their)$|(?:ed|based)$/;
// Words that say what kind of measure, not which: "a new evaluation metric", "a simple distance measure".
const GENERIC_MEASURE_WORD =
  /^(?:evaluation|assessment|quality|performance|distance|similarity|error|simple|single|unified|composite|automatic|automated|quantitative|comprehensive|robust|general|principled|interpretable|reliable|fine-grained|holistic|scalar|continuous|lightweight|diagnostic|reference-free|model-based|learned|new|novel|alternative|additional|complementary|dedicated|custom|proxy|surrogate|overall|final|aggregate|summary|statistical|theoretical)$/;
// Between two items of one list: "A, B", "A and B", "A, and B"; a score after an item may stand between ("A 64.2, B").
const LIST_SEPARATOR = /^(?:\s+[\d.]+%?)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
// The most votes a coined name's shape alone gives (one default guess per mention, a few mentions).
const SHAPE_ONLY_VOTE = 3;
// A training objective named after a measure ("Dice loss"), and the measures whose "loss" is a drop instead.
const OBJECTIVE_AFTER_MEASURE = /^[\s-](?:based\s+)?(?:loss(?:es)?|regulari[sz](?:er|ation))\b/i;
const DEGRADED_MEASURE = /^(?:loss|accuracy|precision|recall|F1|throughput|performance|quality|utility)$/i;
// ("at inference time", "during generation time": when something happens, not how long it takes.)
const TIME_OF_USE = { before: /\b(?:at|during)\s+$/i };
// Where a listed measure's word names something else: a time of use, a dependence, a requirement, an objective.
const NOT_MEASURE_CONTEXT: Readonly<Record<string, { before?: RegExp; after?: RegExp }>> = {
  'inference time': TIME_OF_USE,
  'training time': TIME_OF_USE,
  'generation time': TIME_OF_USE,
  'execution time': TIME_OF_USE,
  'detection time': TIME_OF_USE,
  'decoding time': TIME_OF_USE,
  'retrieval time': TIME_OF_USE,
  'planning time': TIME_OF_USE,
  'encoding time': TIME_OF_USE,
  'rendering time': TIME_OF_USE,
  sensitivity: { after: /^\s+to\b/ },
  latency: {
    before: /\blow-$/i,
    after: /^(?:\s+(?:requirements?|constraints?|budgets?)\b|-(?:constrained|sensitive|critical))/i,
  },
  loss: { after: /^\s+(?:functions?|reweighting|terms?|landscapes?|design)\b/i },
};

// Words around "memory" that make it a cost rather than a component.
const MEMORY_COST_BEFORE =
  /\b(?:reduc\w*|sav\w*|less|lower|higher|low|high|peak|GPU|VRAM|cut\w*|decreas\w*|increas\w*|consum\w*|requir\w*|needs?|needed|minimal|small|smaller|large|larger|excessive|prohibitive|linear|constant|quadratic|bounded|of|in|and|,)\s+(?:the\s+|its\s+|their\s+)?$|\d\s?[KMGT]i?B\s+(?:of\s+)?$/i;
const MEMORY_COST_AFTER =
  /^\s*(?:usage|footprint|consumption|cost|costs|overhead|requirements?|demands?|budget|savings?|reduction|efficiency|bottleneck|by\s|[,;]?\s*(?:and|or)\s+(?:speed|latency|compute|computation|time|runtime|throughput|energy|cost)\b|,\s*(?:speed|latency|compute|time|runtime|throughput)\b|\)|\s*\(|\.|,)/i;
const QUALITY_ADJECTIVE =
  /^(?:overall|general|good|poor|high|low|better|worse|final|average|mean|perceived|output|data)$/i;
const STRICT_MEASURE_HEAD =
  /(?:rate|score|accuracy|error|precision|recall|agreement|entailment|alignment|rank|coverage|overlap|ratio|distance|similarity|correlation|retention|time|latency|throughput|speed|loss|probability|F1|AUC)$/i;
// The gap between a measure and the start or end of its change: " from ", " falling from 47.75% to ".
const MEASURE_FROM_TO_BEFORE =
  /^\s+(?:[a-z]+(?:s|ed|ing)\s+)?from\s+(?:[+\-\u2212]?\$?\d[\d.,]*\s*(?:\\?%|points?|pp)?\s+to\s+)?[+\-\u2212]?\$?$/;
/**
 * The measure named as the subject of a change, from the words before its verb ("Human evaluation shows critical
 * errors falling ..." gives "critical errors"): it starts after the last function word or verb, never inside a
 * hyphenated word ("GPT-4-evaluated caption consistency"), and takes in the sentence's capitalised first word
 * ("Rhyme density increased by 34.2%"), which `opened` reports.
 */
function measureSubject(
  text: string,
  offset: number,
  words: string[],
): { offset: number; words: string[]; opened: boolean } {
  let from =
    words
      .slice(0, -1)
      .findLastIndex((w) => SUBJECT_BOUNDARY.test(w) || PHRASE_STOP.has(w) || METRIC_MODIFIER_STOP.has(w)) +
    1;
  if (from === 0 && /[-'\u2019]/.test(text[offset - 1] ?? '')) from = 1;
  // "..., finding accuracy drops by 7.0 points": a participle after a comma opens a clause.
  if (from === 0 && opensClause(words[0] ?? '', text.slice(0, offset))) from = 1;
  const start = offset + words.slice(0, from).reduce((n, w) => n + w.length + 1, 0);
  const rest = words.slice(from);
  const opener = from === 0 && rest.length < 3 ? /^\p{Lu}\p{Ll}+\s$/u.exec(text.slice(0, start)) : null;
  if (opener && !SUBJECT_BOUNDARY.test(opener[0].trim().toLowerCase()))
    return { offset: 0, words: [opener[0].trim(), ...rest], opened: true };
  return { offset: start, words: rest, opened: false };
}
/** Whether `word` after `before` is a participle opening a clause after a comma ("..., finding accuracy drops"). */
function opensClause(word: string, before: string): boolean {
  return /ing$/.test(word) && !GERUND_NOUN.test(word) && /,\s*$/.test(before);
}
// Gerunds that name what is measured ("grounding accuracy", "ranking precision"), not a clause's verb ("finding").
const GERUND_NOUN =
  /^(?:grounding|ranking|captioning|tracking|matching|parsing|reasoning|planning|tagging|label+ing|coding|routing|forecasting|model+ing|clustering|scheduling|training|learning|reading|listening|speaking|writing|understanding|recognizing|localizing|decoding|encoding|rendering|editing|retrieving|spelling|counting|grasping|driving|sorting|mapping|handling|prefilling|processing|serving|sampling|drafting)$/;
// Words that end the text before a measure named as a subject: function words, and verbs or plurals ("shows").
const SUBJECT_BOUNDARY =
  /^(?:the|a|an|and|or|of|in|on|for|to|with|while|whereas|but|that|which|its|their|our|this|these|those|is|are|was|were|be|been|has|have|had|than|when|where|if|then|also|further|[a-z-]*[^s]s)$/;
const LIST_OUTCOME_VERB =
  /\b(?:improv|increas|boost|reduc|decreas|lower|rais|enhanc|cut)\w*\b(?:[^.;]|\.\d)*$/i;
// "evaluated on", "experiments on"; not what something relies or builds on.
const RUN_ON_BEFORE =
  /(?<!\b(?:rel(?:y|ies|ied|ying)|based|built|builds|depends?|focus(?:es|ed)?)\s+)\b(?:on|across)\s+(?:the\s+)?$/i;
const MODEL_PART_AFTER = /^\s+(?:base|backbone|teacher|student|reward|judge)\s+models?\b/i;
const VALUE_OF_AFTER =
  /^\s+of\s+\$?[-+]?(?:\d*\.\d+|\d[\d.]*\s?\\?%)\$?(?=\s*(?:[,;.)]|(?:on|in|and|for|with|at|across|compared|versus|vs)\b|$))/;
const NEW_RECORD_AFTER =
  /^\s*[,\u2013\u2014-]+\s*(?:a|an|the)\s+(?:new\s+)?(?:state[- ]of[- ]the[- ]art|SOTA|SoTA|record|best|high|top)\b/i;
const LISTED_SUBSET_AFTER =
  /^(?: (?!(?:Dev|Test|Train|Val|Validation)\b)\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?){1,2}(?=\s*(?:[,;)]|\s(?:and|or)\s))/u;
const LIST_ITEM_OPENING = /(?:[,:(]\s*|\b(?:and|or|on|including|such as)\s+)$/;
const MEASURED_BY_BEFORE = /\b(?:measured|quantified)\s+by\s+(?:the\s+)?$/i;
const MEASURE_CHANGES_AFTER =
  /^(?:\s*(?:,|,?\s+and)\s+[^\s,;()]+){0,3}\s+(?:increase[sd]?|decrease[sd]?|rises|rose|drops|dropped|falls|fell)\s+from\s+\$?-?\d/;
// The items of a list before the name being read, each followed by a comma or "and"/"or"; `item` matches one.
// An item may carry a short gloss in parentheses: "such as ZorbCode (safety-centric), ZorbLens (value-centric), and".
const itemsUpToName = (item: string): string =>
  String.raw`(?:${item}(?:\s*\([^()]{1,40}\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,8}$`;
const ONE_WORD_ITEM = String.raw`[^\s,;()]+`;
// What opens a list after its noun: a parenthesis (perhaps with "namely,"), a colon, "such as", "including", "namely", "like".
const LIST_OPENER = String.raw`\s*(?:\((?:\s*(?:namely|e\.g\.|i\.e\.),?\s)?|:|(?:,?\s+|\s*(?:--?|\u2014|\u2013)\s*)(?:such as|including|namely|like)\s)\s*`;
// A plural data or metric noun and a bare comma before a list that runs up to a name: "four datasets, UIZ, UIZ10K, and".
const LIST_AFTER_PLURAL_DATA_NOUN = new RegExp(
  String.raw`\b(datasets|benchmarks|corpora|metrics|measures)\s*,\s*${itemsUpToName(ONE_WORD_ITEM)}`,
  'i',
);
// What may stand between a list's noun and its opener: the noun's acronym and a short domain phrase ("Vision-Language
// Models (VLMs) in histopathology, such as").
const NOUN_QUALIFIER = String.raw`(?:\s*\([A-Za-z-]{2,12}\))?(?:\s+(?:in|for)\s+[\w-]+(?:\s+[\w-]+)?(?=,))?`;
// A plural type noun opening a list that runs up to a name: "corpora (A, B, and", "datasets: A, B,", "models such as A".
const LIST_AFTER_TYPE_NOUN = new RegExp(
  String.raw`\b(datasets|benchmarks|corpora|suites|databases|metrics|measures|(?:language|foundation|pre-?trained|open-source|open-weight|proprietary|frontier|base|reasoning|chat|instruction-tuned)\s+models|LLMs|MLLMs|VLMs|LMs|backbones)${NOUN_QUALIFIER}${LIST_OPENER}${itemsUpToName(String.raw`${ONE_WORD_ITEM}(?:\s+${ONE_WORD_ITEM}){0,2}`)}`,
  'i',
);
// "models such as A, B and", "encoders (A, B,": a list of models, read only for unlisted names.
// Not simulation models of other sciences: "crop models (e.g. DSSAT, APSIM)" name modelling software. (The look-behind
// follows the noun, so it is tried only where the noun is.)
const NOT_LEARNED = String.raw`(?<!\b(?:crop|climate|process-based|mechanistic|hydrological|simulation|weather|economic|epidemiological|agent-based|econometric|physical)\s\w+)`;
const LIST_AFTER_MODEL_NOUN = new RegExp(
  String.raw`\b(?:models|encoders|detectors|classifiers)${NOT_LEARNED}${LIST_OPENER}${itemsUpToName(ONE_WORD_ITEM)}`,
  'i',
);
const COUNT_WORD_ALT = 'two|three|four|five|six|several';
// "the ED metric", "our PRCK metric" (a plural "ATS metrics" may be the metrics of a task or a framework).
const ACRONYM_METRIC = /(?<![\w-])([A-Z][A-Z0-9]{1,6}) metric(?![\w-])/g;
// A long form naming a method or a model: "Basis Vectors Method", "Stereotype Content Model".
const METHOD_KIND_END =
  /\b(?:method|model|network|framework|algorithm|approach|architecture|system|module)s?$/i;
// Where an acronym read as a measure ends: punctuation or a word that goes on the sentence ("0.737 MAP on ...").
const MEASURE_ACRONYM_END = String.raw`(?=\s?[,;)]|\.(?:\s|$)|$|\s(?:and|on|in|over|with|while|across|compared|for|than)\b)`;
// A value a name may follow: a decimal, a percentage or a signed number. A plain integer is left out ("3090 GPU",
// "800 BCE" count things).
const NAME_READ_VALUE = String.raw`(?<![\w.,])(?:[-+]\d+(?:\.\d+)?|\d+\.\d+|\d+(?:\.\d+)?\s?\\?%)\s`;
// A value and right after it an acronym that ends a phrase: "0.737 MAP", "+1.8 EM,". Not a version after a name
// ("Claude Opus 4.6 CUA").
const VALUED_ACRONYM = new RegExp(
  String.raw`(?<![A-Z][\w-]*\s)${NAME_READ_VALUE}([A-Z][A-Z0-9]{1,6})${MEASURE_ACRONYM_END}`,
  'g',
);
// A value right before a name written in mixed case ("+8% ImageNet-100", "+2% SCars"): a data set's gain.
const VALUE_BEFORE_MIXED_CASE_NAME = new RegExp(String.raw`${NAME_READ_VALUE}[A-Z][\w-]*[a-z]`);
// "EM=53.2%", "HR = 0.41": an acronym set equal to a decimal or a percentage.
const ACRONYM_EQUALS = /(?<![\w-])([A-Z][A-Z0-9]{1,6})\s?=\s?[-+]?(?:\d+\.\d+|\d+(?:\.\d+)?\s?\\?%)/g;
// "a 12.5 % increase in CTR", "a 3-point gain in NDS": a change noun after a value, then "in" the acronym ("in the
// SIUO safe score" names a score of a benchmark).
const CHANGE_IN_ACRONYM = new RegExp(
  String.raw`\d(?:\s?\\?%|-?\s?points?|\s?pp)?\s+(?:relative\s+|absolute\s+)?(?:increase|decrease|improvement|gain|reduction|drop|rise|lift|uplift|boost)s?\s+in\s+(?:the\s+)?([A-Z][A-Z0-9]{1,6})${MEASURE_ACRONYM_END}`,
  'g',
);
// "a 13-point PRR improvement", "a 5% CTR gain": the acronym between a change's amount and its noun.
const ACRONYM_CHANGE_AFTER_POINTS = new RegExp(
  String.raw`\d(?:\s?\\?%|-?\s?points?|\s?pp)\s+([A-Z][A-Z0-9]{1,6})\s+(?:increase|decrease|improvement|gain|reduction|drop|rise|lift|uplift|boost)s?\b`,
  'g',
);
// Units, substances and counted things a value may stand before: "30.5 GB", "74.49 HU", "100% H2", "95% CI".
const MEASURE_UNIT =
  /^(?:[KMGTP]B|[KMGT]iB|USD|EUR|RMB|CNY|GBP|JPY|GPU|CPU|TPU|NPU|API|CI|AM|PM|BCE|CE|AD|BC|XL|VL|[KMGT]HZ|HU|BPM|H2|O2|N2|CO2|CH4)$/;
// A changing verb, an acronym and "by" an amount: "reducing CVR by 19.26%", "boosts TC by 5.97 points".
const CHANGED_ACRONYM =
  /\b(?:reduc|lower|decreas|cut|boost|improv|increas|rais|enhanc)\w*\s+(?:the\s+|its\s+|their\s+)?([A-Z][A-Z0-9]{1,6})\s+by\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+|approximately\s+|around\s+)?[-+]?\d/g;
// "three popular detection models, A, B, and", "two VLMs, A and B": the bare-comma form, for a list of two or more.
// A bare "LLMs" is counted first: "paradigms to utilize LLMs, i.e., A and B" lists paradigms.
const MODELS_COMMA_LIST = new RegExp(
  String.raw`\b(?:models${NOT_LEARNED}|(?:\d+|${COUNT_WORD_ALT})\s+(?:M?LLMs|VLMs))\s*,\s*${itemsUpToName(ONE_WORD_ITEM)}`,
);
// "baselines such as A, B and": a list of systems.
const LIST_AFTER_SYSTEM_NOUN = new RegExp(
  String.raw`\b(?:baselines|methods|approaches|systems)${LIST_OPENER}${itemsUpToName(ONE_WORD_ITEM)}`,
  'i',
);
// A type noun right before a name, as in "the framework, X" or "the benchmark X" (not "benchmarks X": a list, nor the
// end of a hyphened modifier: "Low-Resource MFA" is no resource).
const PRECEDING_NOUN = new RegExp(
  String.raw`(?<![\w-])(${Object.keys(TYPE_NOUNS)
    .filter((n) => !n.endsWith('s') || n === 'corpus')
    .sort((a, b) => b.length - a.length)
    .join('|')}),?\s+(?:\(|(?:(?:that|which)\s+we\s+(?:call|name|dub|term)|called|named|dubbed|termed)\s+)?$`,
  'i',
);

// Common architecture vocabulary, often written in Title Case without naming anything new.
const ARCHITECTURE_WORD =
  /^(?:encoder|decoder|attention|self-attention|cross-attention|transformer|convolution(?:al)?|residual|feature|fusion|pyramid|spatial|temporal|channel|multi-head|multi-scale|gated|gating|feed-forward|pooling|graph|embedding|projection|normali[sz]ation|dense|sparse|global|local|context|recurrent|linear)$/i;
// "we propose motion label smoothing, a novel method": one to four lower-case words the paper calls a new method.
const LOWER_CASE_PROPOSAL =
  /\b(?:we|paper|work|study)\s+(?:\w+\s+)?(?:introduce|propose|present)s?\s+(?:the\s+)?((?!(?:an?|our|this|these|two|three)\s)(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*),\s+an?\s+(?:new|novel)\s+(?:[a-z-]+\s+){0,2}?(?:paradigm|method|framework|approach|technique|algorithm|strategy)\b/g;
// An item of a list a data noun opens, perhaps after earlier items: "datasets including A (X), B (Y), and ...".
const DATA_LIST_ITEM_BEFORE =
  /\b(?:datasets|benchmarks|corpora)\s*(?:,?\s*(?:including|such\s+as|namely|like)|:)\s+(?:[^.;:()]{1,80}\([^()]{1,20}\)\s*,\s*(?:and\s+)?){0,4}$/;
// A contribution sentence: the paper introduces or builds in a part of its own.
const COMPONENT_SENTENCE =
  /\b(?:we|our)\s+(?:\w+\s+)?(?:introduce|propose|design|present|develop|devise|equip)\b|\bis\s+(?:incorporated|introduced|proposed|designed)\b|\b(?:our|a)\s+(?:proposed|novel|new)\s/i;
// "a Cross-Frame Zorb Alignment module", "a training-free ROI Zorb Module", "a Zorb Decay schedule", "a Zorb
// Consistency loss": two to five capitalised words (an acronym among them) before a component noun, or ending in a
// capitalised one; one hyphenated modifier may come first.
const NAMED_COMPONENT =
  /\b(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?:(?:proposed|novel|new)\s+)?(?:[a-z]+-[a-z]+\s+)?((?:(?:\p{Lu}[\p{Ll}\d]+(?:-\p{Lu}?[\p{Ll}\d]+)*|\p{Lu}{2,5})\s){1,4}(?:\p{Lu}[\p{Ll}\d]+(?:-\p{Lu}?[\p{Ll}\d]+)*(?=\s+(?:module|mechanism|block|component|strategy|layer|unit|scheme|schedule|scheduler|loss|regularizer|objective)\b)|(?:Module|Mechanism|Block|Strategy|Layer|Unit|Scheme|Enhancer|Adapter|Encoder|Decoder|Agent|Loss|Head|Generator|Retriever|Planner|Evaluator|Controller|Aggregator|Router)\b(?:\+\+?)?))/gu;

// A sentence opened by the paper's own artefact as its subject ("The system provides ...", "Our toolkit supports ...").
const OWN_WORK_OPENING =
  /^(?:The|This|Our)\s+(?:proposed\s+|resulting\s+|new\s+)?(?:system|framework|toolkit|pipeline|platform|library|tool|agent|method|approach|model|architecture|benchmark|dataset)(?:\s+|,\s*)(?!(?:is|was|has been)\s+(?:limited|restricted)\b)/;

// "It integrates ...", "They comprise ...": a pronoun and a verb of what a system is made of or does.
const PRONOUN_OPENING =
  /^(?:It|They)\s+(?:\w+ly\s+)?(?:integrates|incorporates|consists|comprises|combines|features|employs|introduces|contains|includes|couples|uses|leverages|adopts)\b/;

// A domain, modality or setting word right before a listed task: "legal ", "3D ", "text-to-image ", "underwater ",
// "multi-hop ", "referring ", "weakly supervised ".
const TASK_DOMAIN_BEFORE =
  /(?<![\p{L}\d-])((?:[23456]D|document|legal|medical|clinical|biomedical|scientific|financial|cross-lingual|multilingual|long-form|long-video|long video|long-context|extractive|abstractive|multiple-choice|multi-label|multi-class|underwater|aerial|satellite|remote sensing|panoramic|single-image|multi-image|multi-document|multi-view|sparse-view|low-light|factual|multi-hop|closed-book|open-domain|open-vocabulary|referring|multimodal|multi-modal|human|egocentric|interactive|simultaneous|personalized|class-agnostic|weakly[- ]supervised|semi-supervised|\p{L}+-to-\p{L}+))\s$/iu;

// The noun a hyphenated modifier stands before: a lower-case word that is no clause or function word.
const HYPHENATED_MODIFIER_AFTER =
  /^\s+(?!(?:and|or|but|by|of|in|on|for|with|to|than|from|at|as|is|are|was|were|while|when|compared|remains?|drops?|increases?|decreases?|grows?|scores?|metrics?|values?)\b)[a-z]{3,}/;

// "... is introduced to", "... are designed for": a passive verb that brings something new in.
const PASSIVE_INTRODUCTION_VERB = String.raw`(?:is|are)\s+(?:introduced|proposed|designed|developed|devised)\s+(?:to|for)\b`;
const PASSIVE_INTRODUCTION = new RegExp(String.raw`\b${PASSIVE_INTRODUCTION_VERB}`);
const PASSIVE_INTRODUCTION_AFTER = new RegExp(String.raw`^\s+${PASSIVE_INTRODUCTION_VERB}`);

// Two to five Title-Case words ("Isotropic Geometric Alignment", "Mixture-of-Retrieval Router") after a lower-case word.
const TITLE_CASE_PHRASE =
  /(?<=[a-z,]\s)((?:(?:\p{Lu}\p{Ll}[\p{L}\d]*|\p{Lu}{2,5})(?:-\p{L}[\p{L}\d]*)*\s){1,4}\p{Lu}\p{Ll}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*)(?![\p{L}\d-])/gu;

// What may follow a coined name in running text: punctuation, a clause word or a verb form.
const NAME_FOLLOWER =
  /^(?:\s*[,;:.)\u2014]|\s*\((?=[a-z])|\s*--|\s*$|\s+(?:to|that|which|for|with|and|or|as|is|are|in|on)\b|\s+[a-z]+(?:ing|es)\b|\s+[a-z]{3,}ly\s+[a-z]+s\b|\s+(?:designed|built|trained|tailored|used)\s+(?:to|for)\b)/;
// "The main contributions are: (i) constructing the benchmark X ...": a sentence listing contributions, and the gerund
// of making that opens one of its items.
const CONTRIBUTIONS_ARE = /\b(?:main|key|primary|our)\s+contributions?\s+(?:are|include)\b/i;
const CONTRIBUTION_GERUND_BEFORE =
  /\b(?:construct|build|creat|curat|introduc|releas|develop|propos|design)ing\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+,?\s+){0,5}$/i;
// Prepositions that may follow a coined name with a method head ("our Zorb Module into ...").
const PREPOSITION_AFTER = /^\s+(?:into|from|through|across|via|by)\b/;
// Platforms whose posts, videos or papers are collected as data.
const DATA_PLATFORM =
  /(?<![\w-])(?:Reddit|Twitter|YouTube|TikTok|Facebook|Instagram|Weibo|Stack Overflow|StackOverflow|Stack Exchange|StackExchange|Quora|Bilibili|LinkedIn|Yelp|GitHub|arXiv|Wikimedia Commons|Flickr|Pinterest|Telegram|Goodreads|Douyin|Xiaohongshu|Zhihu|Mastodon|Bluesky|Tumblr|Hacker News|Twitch|Discord|Gab|Parler|WhatsApp|WeChat|4chan|Truth Social)(?![\w-])/g;
// What is taken from a platform: "Reddit posts", "TikTok videos", "arXiv abstracts", "a Twitter benchmark".
const PLATFORM_DATA_AFTER =
  /^\s+(?:data|posts?|comments?|threads?|discussions?|conversations?|reviews?|videos?|tweets?|subtitles?|transcripts?|communit(?:y|ies)|channels?|messages|chats?|live\s?streams?|streams?|subreddits?|dumps?|abstracts|papers|preprints|commits|pull requests|questions|users|benchmarks?|datasets?|corpus|corpora)\b/;
// "collected from YouTube", "questions sourced from Reddit", "trained on arXiv", "challenges from Stack Overflow",
// "users on Reddit": the platform is where data comes from.
const PLATFORM_SOURCE_BEFORE =
  /(?:\b(?!models\b|weights\b|checkpoints\b)[a-z]{2,}[a-hj-rt-z]s\s+(?:from|on)|\b(?:collect|gather|scrap|crawl|sourc|curat|harvest|drawn|extract|mined|mining|obtain|retriev|download|sampl|compil|data|posts|comments|questions|threads|videos|tweets|reviews|repositories|code|images|photos|texts|articles)\w*\s+(?:[\w-]+\s+){0,3}from|\btrained\s+on)\s+(?:the\s+)?$/i;
// GPU-days and accelerator-hours ("5 H100-days").
const COMPUTE_UNIT = /^[\p{L}\d]+-(?:days?|hours?|hrs?)$/u;
const DATA_NOUN_PLURAL_ALT = 'datasets|benchmarks|corpora|data sets';
const DATA_NOUN_PLURAL = new RegExp(`\\b(?:${DATA_NOUN_PLURAL_ALT})\\b`);
// A list of two or more names closed by a plural data noun ("the Zorb-31, Zorb Home, and 7-Zorbs datasets").
const DATA_SET_ITEM = String.raw`[\p{Lu}\d][\p{L}\d]*(?:-[\p{L}\d]+)*(?: \p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*){0,2}`;
const DATA_SET_LIST = new RegExp(
  String.raw`(?<=\b(?:the|on|of|from|using|with|and|in)\s)((?:${DATA_SET_ITEM},\s+)*${DATA_SET_ITEM},?\s+(?:and|&)\s+${DATA_SET_ITEM})(\s+(?:${DATA_NOUN_PLURAL_ALT}))\b`,
  'gu',
);
// "on two datasets (Immune and Lung)", "benchmarks (e.g., Maze, TSP, and Sudoku)": the same list in parentheses.
const DATA_SET_LIST_AFTER = new RegExp(
  String.raw`\b(?:${DATA_NOUN_PLURAL_ALT})\s+\((?:(?:e\.g\.|i\.e\.|namely|including|such as),?\s+)?((?:${DATA_SET_ITEM},\s+)+(?:(?:and|&)\s+)?${DATA_SET_ITEM}|${DATA_SET_ITEM}\s+(?:and|&)\s+${DATA_SET_ITEM})(\))`,
  'gu',
);
// "three benchmarks, Emotion6, EmoSet, and M-Disaster, covering ...", "two datasets: Common Pile and Dynaword in ...",
// "benchmarks such as MMLU, HellaSwag, and Arc": the list right after the noun, up to where the clause goes on.
const DATA_SET_LIST_APPOSED = new RegExp(
  String.raw`\b(?:${DATA_NOUN_PLURAL_ALT})(?:\s*[,:]\s*(?:(?:e\.g\.|i\.e\.|namely|including|such as),?\s+)?|\s+(?:such as|including|like|namely)\s+)((?:${DATA_SET_ITEM},\s+)+(?:(?:and|&)\s+)?${DATA_SET_ITEM}|${DATA_SET_ITEM}\s+(?:and|&)\s+${DATA_SET_ITEM})(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|for|with|to|as|and|from|across|under|covering|spanning|which|that|where|demonstrate|show|confirm|reveal|indicate)\b)`,
  'gu',
);
// What may precede one: a determiner, a proposal or use verb, or a coordination.
const NAME_LEADER =
  /(?:\b(?:an?|the|our)\s+[a-z][\w]*-[a-z][\w-]*\s$|(?:\b(?:a|an|the|our|novel|new|lightweight|simple|dedicated|configurable|employs?|uses?|using|introduc\w*|propos\w*|with|via|called|named|termed|dubbed|and|integrat\w*|combin\w*|leverag\w*|adopt\w*|design\w*|includ\w*|present\w*)),?\s$)/i;

// "<team> at <campaign>: <system>" titles; the campaign is dated or called a task or challenge.
const TITLE_CAMPAIGN =
  /^[^:]{1,50}?\sat\s(?:the\s)?(\p{Lu}[\p{L}\d@&-]*(?:\s(?:\p{Lu}[\p{L}\d-]*|(?:19|20)\d{2}|Shared|Task|Challenge|Track|\d{1,2}[A-Za-z]?)){0,5}?)\s*:/u;
const CONFERENCE =
  /^(?:CVPR|ICCV|ECCV|NeurIPS|ICML|ICLR|ACL|EMNLP|NAACL|EACL|COLING|AAAI|IJCAI|KDD|SIGIR|WWW|CHI|MICCAI|ICASSP|Interspeech|INTERSPEECH)\b/;
const CAMPAIGN_MARK = /(?:19|20)\d{2}\b|\b(?:Shared Task|Task \d|Challenge)\b/;
// Capitalised adjectives that describe a framework rather than name one ("the Bayesian framework").
const DESCRIPTIVE_ADJECTIVE =
  /^(?:Bayesian|Euclidean|Gaussian|Markovian|Lagrangian|Hamiltonian|Newtonian|Boolean|Cartesian|Riemannian|Darwinian|Hebbian|Python|English|Chinese|European|American|Federated)$/;
// Long forms of the field's generic acronyms (LLM, VLM, ML, AI), folded.
const GENERIC_EXPANSIONS = new Set(
  [
    'large language model',
    'vision language model',
    'visual language model',
    'multimodal large language model',
    'multi-modal large language model',
    'large multimodal model',
    'large vision language model',
    'small language model',
    'language model',
    'pretrained language model',
    'pre-trained language model',
    'large reasoning model',
    'vision language action model',
    'foundation model',
    'machine learning',
    'deep learning',
    'artificial intelligence',
    'generative artificial intelligence',
    'natural language processing',
    'deep neural network',
    'neural network',
    // Never tagged (guidelines, convention 3).
    'pre-training',
  ].map(fold),
);
// The head of a problem a paper poses ("The Zorb Problem"): a task, not a method.
const POSED_PROBLEM = /^(?:Problem|Problems|Dilemma|Paradox|Conjecture)$/;
const CONTRIBUTION_IS =
  /\b(?:(?:key|main|core|central|primary|principal|first|second|third)\s+(?:technical\s+)?(?:contribution|component|innovation|novelty)|core\s+of\s+our\s+(?:method|approach|framework|model|system))\s+(?:is|lies in)\s+/i;
const CONTRIBUTION_IS_BEFORE = new RegExp(`${CONTRIBUTION_IS.source}(?:the\\s+)?$`, 'i');
const BASELINE_LIST =
  /\b(?:baselines?|(?:existing|prior|previous|competing|state-of-the-art|strong)\s+(?:methods|approaches|algorithms|techniques))(?:,)?\s+(?:such as|including|like|e\.g\.,?)\s+/;
// Technique heads that make a model family's Title-Case phrase a method ("DeepSeek Sparse Attention").
const FAMILY_METHOD_HEAD =
  /^(?:Attention|Decoding|Routing|Alignment|Distillation|Sampling|Search|Optimization|Loss|Tuning|Prompting|Fusion|Scheduling|Regularization|Quantization|Merging)$/;
const METHOD_HEAD_ALT =
  'Loss|Engine|Module|Protocol|Decoding|Alignment|Aggregation|Learning|Optimization|Regularization|Distillation|Sampling|Search|Verification|Attention|Guardrail|Mechanism|Strategy|Framework|Pipeline|Architecture|Algorithm|Router|Encoder|Decoder|Adapter|Thresholding|Fusion|Prompting|Tuning|Scheduling|Agent|Embeddings?|Network|Classifier|Block|Unit|Layer|Gate';
const METHOD_NAME_HEAD = new RegExp(`\\b(?:${METHOD_HEAD_ALT})$`);
const METHOD_HEAD_WORD = new RegExp(`\\b(?:${METHOD_HEAD_ALT})\\b`);
const SYMBOL_VALUE_AFTER = /^\s*(?:=|\\approx|\u2248|approximately equal to)\s*[-+\u2212]?\$?\d/;
const LICENCE_AFTER = /^\s+licen[cs]e\b/i;
const LICENCE_BEFORE = /\blicen[cs]e\s*\(\s*$/i;
// Heads of long forms that name a disease or disorder ("Diabetic Retinopathy", "Knee Osteoarthritis").
const DISEASE_HEAD =
  /^(?:\p{L}{3,}(?:pathy|itis|oma|emia|aemia)|Diseases?|Disorders?|Syndromes?|Cancers?|Carcinomas?|Tumou?rs?|Infections?|Dementia|Diabetes|Stroke|Sclerosis|Fibrosis)$/iu;
const PHENOMENON_HEAD =
  /\b(?:Gap|Trap|Paradox|Dilemma|Effect|Phenomenon|Curse|Illusion|Bottleneck|Hypothesis|Fallacy|Collapse|Syndrome|Conjecture|Laws?|Hallucinations?)$/;
// A colon list of what a benchmark or study covers, up to the phrase: "three core dimensions: A, B, and ".
const ASPECT_LIST_BEFORE =
  /\b(?:dimensions|aspects|axes|tasks|categories|types|levels|facets|domains|scenarios|settings|subsets|tracks|splits|criteria|subtasks)\s*:[^:;.]*$/i;
// "Octo by 7.2% and OpenVLA": objects of one improving verb, each with its own gain.
const OBJECT_BY_VALUE_AND = /^(?:\s+by\s+[^,;]{1,20}?|\s*\([^()]{1,20}\))(?:,\s*|\s+and\s+|,\s+and\s+)$/;
// A verb whose object is the system improved or beaten, not the one with the gain: "improved the in-domain
// performance of", "elevating the", "outperforming", "surpassing the second-best model,".
const OBJECT_VERB =
  /\b(?:(?:improv|boost|enhanc|elevat|rais|lift|reduc|cut|lower)\w*\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:performance|accuracy|success rate|scores?|FLOPs|latency|cost|memory)\s+of\s+)?|(?:outperform|surpass|beat|exceed)\w*\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:model|baseline|method|system),?\s+)?)(?:the\s+)?(?:(?:recent|existing|prior|previous|strong|competitive|leading|state-of-the-art|other|all)\s+){0,2}$/i;
// "with Qwen2.5-7B", "using Qwen-Image": the backbone a system runs on.
const BACKBONE_BEFORE = /\b(?:with|using|on top of|based on|built on)\s+(?:the\s+)?$/i;
// "85.84% on ", "81.00% against ": a value reached on a model.
const VALUE_ON_TARGET = /\d(?:%|\\%)?\s+(?:on|against)\s+(?:the\s+)?$/;
// An ordinal that opens a sentence, perhaps with an article: "First, the ", "Second, ".
const ORDINAL_OPENING =
  /^(?:First|Second|Third|Fourth|Finally|Lastly|Firstly|Secondly|Thirdly),\s+(?:the\s+|an?\s+|our\s+)?$/;
// An opening phrase that sets the paper's work against others' ("Unlike complex methods requiring distillation, ").
const CONTRAST_OPENING = /^(?:Unlike|In contrast to|Contrary to|Instead of|Rather than)\s[^;:.]{3,150},\s+$/;
// Between coordinated subjects ("A and B", "A, B, and C") and between the last of them and its value: a plural or
// past verb ("SimCLR with A and B achieves 95%" has one subject).
const SUBJECT_COORDINATION = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
// ("The RMSEs of A and B are 0.36 and 0.38, respectively": the systems a measure is "of" are its subjects too.)
const SUBJECT_VERB_TO_VALUE =
  /^\s+(?:both\s+|all\s+|each\s+)?(?:(?:achieve|reach|score|obtain|attain)(?:d|ed)?|are|were)\b[^,;]{0,60}$/i;
// Two or more plain scores closed by "respectively" ("0.364, 0.384, and 0.444, respectively").
const RESPECTIVE_SCORES =
  /(?<![\w.])\d+(?:\.\d+)?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+(?:\.\d+)?)+\s*,?\s*respectively\b/g;
const DATA_STRUCTURE_HEAD =
  /^(?:tables?|lookup|dictionar(?:y|ies)|registr(?:y|ies)|queues?|buffers?|banks?)$/;
const ASPECT_HEAD = /^(?:Level|Levels|Format|Aspect|Perspective|Granularity|Dimension|Setting|View|Scale)$/;
/** A capital or digit inside a hyphen part (ZoRB, T5, SE-Net's "SE") is coined; Title-Case parts are English. */
const isCodedWord = (word: string): boolean => word.split('-').some((p) => /[\p{Lu}\d]/u.test(p.slice(1)));
// Nouns of a generic pipeline step ("Data Collection", "Model Training").
const PROCESS_STEP =
  /^(?:Collection|Preprocessing|Pre-processing|Annotation|Training|Evaluation|Inference|Analysis|Construction|Filtering|Selection|Cleaning|Curation|Labeling|Labelling|Validation|Testing|Deployment)$/;

// A list in parentheses right after a noun for the parts of a system.
const PARTS_IN_PARENTHESES =
  /\b(?:architecture|framework|pipeline|system|modules|components|stages|agents|roles|branches|experts)\s*\(([^()]{5,200})\)/g;
// One part's name: one to four Title-Case words, the last possibly coined ("DeepZorb Agent", "Report Agent").
const PART_NAME = /^(?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*\s){0,3}\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*$/u;

// Words that make "in terms of X and Y" the measures something is compared or evaluated in.
const TERMS_OF_COMPARISON_BEFORE =
  /\b(?:outperform\w*|surpass\w*|superior\w*|better|improv\w*|evaluat\w*|assess\w*|compar\w*|perform\w*\s+well|excel\w*)\b/i;
// A sentence that lists the parts of the paper's own system.
const NEW_PARTS_LIST =
  /\b(?:two|three|four|five|several)\s+(?:new|novel|key|core|specialized|specialised|synergistic|complementary|dedicated)\s+(?:[\w-]+\s+){0,2}?(?:modules|components|blocks|mechanisms|strategies|techniques|designs|losses|networks|branches)\s*:\s+[^.:]{0,200}$/i;
// "The key technical contributions include: ZorbLayer, which ..., and MultiZorbLayer": a name opening an item of the
// list of contributions.
const CONTRIBUTION_ITEM_BEFORE =
  /\b(?:main|key|primary|our)\s+(?:technical\s+)?contributions?\s+(?:are|include)\s*:\s*(?:[^.:]{0,200}?(?:,|;)\s*(?:and\s+)?)?$/i;
const PARTS_SENTENCE =
  /\b(?:components?|modules?|stages?|parts|contributions?|innovations?|key features|mechanisms|consists? of|composed of|comprises?|integrates?|includes?|features:)/i;
// "(1) Twin Routing:" / "(ii) Zorb Token Mixer, which": a Title-Case name of two to five words after an item number.
// What a numbered part does, right after its name ("(1) Zorb Semantic Injection aligns ...", "(2) the Zorb Retriever
// collects ..."): any verb in the third person, but not a plural noun or a copula.
const PART_VERB = String.raw`(?!(?:is|has|was|does|goes|lies)\b)\p{Ll}{2,}[^\Wsu]s`;
// "a controlled empirical study of", "an analysis of the", "a systematic evaluation of": what is studied follows.
const STUDIED_OBJECT_BEFORE =
  /\b(?:stud(?:y|ies)|analys[ie]s|evaluations?|investigations?|examinations?|characteri[sz]ations?|audits?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
// "Second, Heterogeneous Node Representation models ...": two to five Title Case words after an ordinal, then a verb.
const ORDINAL_PART =
  /^(?:First|Second|Third|Fourth|Finally|Then|Next),\s+(?:(?:[Aa]n?|[Tt]he|[Oo]ur)\s+)?((?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*\s){1,4}\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*)(?=\s+\p{Ll}+s\b)/u;
// "Subpool Selection strengthens ...", "Then, the Dynamic Selection Mechanism generates ...", "..., a Graph Retriever
// constructs ...": two to five Title-Case words as the subject of a verb in the third person (a plural or a copula is
// no part's doing, nor is a plural noun before a verb: "Native Polish speakers demonstrated").
const SUBJECT_PART = new RegExp(
  String.raw`(?:^|^(?:Then|Next|Finally|Meanwhile|Subsequently|Concretely|Specifically|Additionally|Moreover|Furthermore|Here|Given [^,]{3,60}),\s+|,\s+(?:while\s+)?)(?:(?:[Aa]n?|[Tt]he|[Oo]ur)\s+)?(?!(?:The|An?|Our|Its|This|These|Their|Via|For|Using|In|On|At|By|To|From|With|While|When|Beyond)\s)((?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*\s){1,4}\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*)(?=\s+(?:(?:module|mechanism|component|block|layer|strategy|stage)\s+)?(?:\p{Ll}+ly\s+)?${PART_VERB}\b(?!\s+\p{Ll}+ed\b))`,
  'u',
);
const NUMBERED_PART = new RegExp(
  String.raw`(?:\(\s?|(?<=[\s:]))(?:\d|[ivx]{1,4}|[a-e])\s?\)\s+(?:(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{Ll}-]+\s+)?)?((?:\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*\s){1,4}\p{Lu}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*(?:\+\+?)?)(?=\s*(?:[:,(\u2014]|--|\s(?:that|which|to|for|where|using|step|stage|module|component|mechanism|block|layer|${PART_VERB})\b))`,
  'gu',
);
// One word naming an activity or ability ("planning", "perception"), which a list of measures does not hold alone.
const ACTIVITY_ITEM = /^\p{Ll}+(?:ing|tion|sion)$/u;
/**
 * A coined Title-Case name of a measure: "Zorb Perception Metric", "the Zorbing Score, which quantifies ...", and an
 * Index, Indicator, Rate or Ratio only when the text after it says it measures ("Zorb Index (ZI) to evaluate ...").
 */
function namesMeasure(name: string, after: string): boolean {
  if (/\s(?:Metric|Score|Measure)$/.test(name)) return true;
  return (
    /\s(?:Index|Indicator|Rate|Ratio|Coefficient)$/.test(name) &&
    /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:which\s+|that\s+|to\s+)(?:\w+ly\s+)?(?:evaluat|measur|quantif|assess|captur|reflect)/i.test(
      after,
    )
  );
}

// Acronyms of a kind of model: a long form holding one names a model ("encoder-decoder LLM (RedLLM)").
const MODEL_KIND_ACRONYM =
  /^(?:LLMs?|LVLMs?|VLMs?|MLLMs?|LMMs?|LMs?|VLAs?|CNNs?|GNNs?|RNNs?|DNNs?|SNNs?|GANs?|VAEs?|ViTs?)$/;

// The means a title's task is done with, as opposed to the input it is done on ("EEG-based", "LiDAR-based").
const TASK_MEANS =
  /^(?:AI|ML|DL|RL|LLMs?|LVLMs?|VLMs?|MLLMs?|LMMs?|GPT|Transformers?|CNNs?|GNNs?|Diffusion|Agents?|Agentic|Attention|Learning)$/i;

const NUMBERED_CODED_NAME =
  /\(\s?(?:\d|[ivx]{1,4}|[a-e])\s?\)\s+(?:an?\s+|the\s+)?(\p{Lu}[\p{L}\d]*(?:\p{Lu}|\d)[\p{L}\d]*(?:-[\p{L}\d]+)*)(?=\s*(?:,\s*(?:an?|the)\s|\(|:|\u2014|--))/gu;

// "higher ", "improves the ": a change said of the measure that follows.
const CHANGED_MEASURE_BEFORE =
  /\b(?:higher|lower|better|worse|improv(?:es|ed|ing)|reduc(?:es|ed|ing)|increas(?:es|ed|ing)|decreas(?:es|ed|ing)|boost(?:s|ed|ing)|rais(?:es|ed|ing))\s+(?:the\s+|its\s+|their\s+)?$/i;
// Words of a sentence that measures, evaluates or reports.
const MEASURE_EVIDENCE =
  /\b(?:evaluat\w*|measur\w*|report\w*|metrics?|achiev\w*|outperform\w*|scor\w*|benchmark\w*|experiment\w*|assess\w*|results?|compar\w*|quantif\w*|terms of|trade-?offs?|balanc\w*)\b/i;

// Wording that puts a name in others' work: "unlike", "prior", "existing", "such as", "compared with".
const OTHERS_WORK =
  /\b(?:unlike|prior|previous|existing|traditional|conventional|such as|e\.g\.|including|like|than|compared|versus|vs\.?|baselines?|outperform\w*|state-of-the-art|popular|widely|standard|classical|recent|evaluat\w*|utiliz\w*|leverag\w*|combined with|pre-?train\w*|open-source)\b/i;
// A preposition and up to three words before a name: what the work acts on or in.
const SETTING_PREPOSITION =
  /\b(?:into|to|from|on|in|of|within|under|upon|across|at|for)\s+(?:[\w-]+\s+){0,3}$/i;

// Title words that qualify a task rather than name it; leading ones are cut, others reject the phrase.
const TITLE_TASK_QUALIFIER =
  /^(?:Beyond|Efficient|Robust|Scalable|Fast|Accurate|Improved|Better|Towards|Deep|Neural|Large|Learning|Explainable|Interpretable|Generalizable|Unified|Simple|Novel|Adaptive|Effective|Advanced|Reliable|Improving|Enhanced|Enhancing|Boosting)$/;
const TITLE_TASK_QUALIFIERS =
  /^(?:(?:Towards|Toward|\p{Lu}\p{Ll}+-(?:[Gg]rade|[Ll]evel|[Ss]cale|[Aa]ware|[Dd]riven|[Bb]ased|[Ff]ree|[Gg]uided|[Qq]uality)|Efficient|Robust|Scalable|Fast|Accurate|Improved|Better|Explainable|Interpretable|Generalizable|Unified|Simple|Novel|Adaptive|Effective|Advanced|Reliable|Enhanced|Any|Direct|Consistent|Integrated|Complex|Focused|Lightweight|Real-Time|Versatile|General|Generic|Diverse|Optimal|Universal|Practical|Flexible|Automated|Automatic|Meaningful|Safe|Safer|Trustworthy|Editable|Joint|Re-?evaluating|Revisiting|Rethinking|Improving|Enhancing|Boosting|Scaling|Benchmarking|Evaluating|Advancing|Unlocking)\s)+/u;

const SURVEY_TITLE = /\b(?:Survey|Systematic Review|Literature Review|Scoping Review)\b/;
const SURVEY_ABSTRACT =
  /\b(?:this|our|the present) (?:survey|systematic review|literature review|review paper|scoping review)\b|\bwe survey\b/i;

// A describing word between a value and its metric: three letters or more, neither a function word nor a verb that
// changes the measure ("tau=0.7 reduces circuit hallucination").
const DESCRIBING_WORD = String.raw`(?!(?:and|or|with|for|per|at|to|on|in|of|by|from|than|over|under|across|while|whereas|but|the|are|was|were|sec|reduc\w*|improv\w*|increas\w*|decreas\w*|achiev\w*|reach\w*|yield\w*|lower\w*|rais\w*|boost\w*|drop\w*)[\s,])[a-z][\w-]{2,}`;
// A decimal number and one space at the end of the text before a metric ("0.285 " in "0.285 mAP50").
// (Or with up to three describing words between: "0.5830 overall top-1 class-wise mAP"; not a unit, "7.3 s latency".)
const VALUE_BEFORE_METRIC = new RegExp(String.raw`(?<![\w.-])(\d+\.\d+) (?:${DESCRIBING_WORD}\s+){0,3}$`);
// "0.5570 and 0.4657 mAP", "0.583 overall top-1 class-wise mAP": between a value and the metric it is given in, the
// values coordinated with it and up to three describing words.
const VALUES_AND_MODIFIERS_BEFORE_METRIC = new RegExp(
  String.raw`^(?:\s*(?:,\s+(?:and\s+)?|and\s+|or\s+)\d[\d.]*\s?%?)*\s+(?:${DESCRIBING_WORD}\s+){0,3}$`,
);

// What may follow the measure a percentage is given in ("37.0% CoER (", "4.1% MIoU gain on").
const PERCENT_MEASURE_AFTER =
  /^\s*(?:[,;.)(]|(?:and|or|on|in|at|of|for|with|over|than|compared|vs|while|across|gains?|improvements?|increases?|drops?|reductions?)\b|$)/;
// ", a family of lightweight RMs": an apposition whose head is an acronym (maybe plural).
const DEFINED_ACRONYM_APPOSITION =
  /^\s*,\s*(?:an?|the|our)\s+(?:(?:family|series|suite|collection|set)\s+of\s+)?(?:(?!(?:for|with|to|in|on|of|by|from|via|using|that|which)\s)[\w-]+\s+){0,4}?(\p{Lu}[\p{Lu}\d]{1,6})s?(?=\s*[,.;:)]|\s+(?:that|which|for|to|with|in|on|of|trained|designed|tailored|built|based|exhibiting|using|capable)\b)/u;
// "the CoSER benchmark, as well as X and Y": what is named after a data noun and "as well as".
const DATA_AS_WELL_AS_BEFORE =
  /\b(?:benchmarks?|datasets?|corpora|corpus)\s*,?\s+as\s+well\s+as\s+(?:(?:the\s+)?[^\s,;()]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))?$/i;
// The macros authors write for their own system's name before they settle on one.
const PLACEHOLDER_MACRO =
  /^\\(?:ours|our(?:method|model|system|approach|framework|name)|method(?:name)?|model(?:name)?|sys(?:tem)?(?:name)?|tool(?:name)?|approach|framework|name)$/i;
// An opening phrase before the main clause: "On X, ...", "Evaluated on X, ...", "Across X, Y, and Z, ...".
const OPENING_WORDS = String.raw`(?:On|Across|In|For|From|Over|Using|With|Under|Among|(?:Evaluated|Tested|Validated|Benchmarked|Trained|Experimented)\s+(?:on|across|with|using))`;
const OPENING_PHRASE = new RegExp(String.raw`^${OPENING_WORDS}\s[^,;]{0,100}$`);
// Items of a list up to the "and" before its last one: "A, B, and ".
const LIST_BEFORE_LAST = String.raw`(?:[^,;]{1,60},\s+)+(?:and|or)\s+`;
const OPENING_LIST = new RegExp(String.raw`^${OPENING_WORDS}\s${LIST_BEFORE_LAST}$`);
// The comma closing an opening phrase of one item or a closed list ("On A, B, and C, "): a subject follows.
const SUBJECT_AFTER_OPENING = new RegExp(
  String.raw`^(?:On|Across|In)\s(?:${LIST_BEFORE_LAST}|[^,;]{1,60}\s(?:and|or)\s+)?[^,;]{1,60},\s+$`,
);
// What joins two items of a list, before and after an item: ", ", ", and ", " or ".
const LIST_JOINT_BEFORE = /(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const LIST_JOINT_AFTER = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/;
// A word of lower-case ASCII letters only: the common case the name readers skip at once.
const PLAIN_LOWER_WORD = /^[a-z]+(?:-[a-z]+)*$/;
// Words that, after a name, make it a benchmark's name ("ZorbTrack Challenge").
const BENCHMARK_WORD = /^(?:Challenge|Benchmark|Bench|Dataset|Suite|Arena|Leaderboard)$/;

// An all-capital abbreviation with a plural "s" ("LUTs", "RT-DETRs").
const PLURAL_ACRONYM = /^[A-Z][A-Z\d-]*[A-Z\d]s$/;
// An all-capital abbreviation, perhaps with digits or a slash ("AFM", "C21", "PET/CT").
const BARE_ACRONYM = /^[A-Z][A-Z\d/]{1,7}$/;

// Auxiliaries, negations and pronouns that make a title prefix a clause ("Less Is More", "You Only Need One").
const TITLE_CLAUSE_WORD =
  /^(?:Is|Are|Was|Were|Be|Can|Could|Do|Does|Did|Should|Will|Would|Not|Need|Needs|Matters?|Meets?|You|Your|We|It|Its|All)$/;

// "We present / release / open-source ...": a sentence in which a paper may release a checkpoint of a known family.
const RELEASE_SENTENCE =
  /\b(?:we|this (?:paper|work|report))\s+(?:\w+\s+){0,2}?(?:present|introduc|releas|open-sourc)\w*/i;

// After an acronym's closing parenthesis: ", a multi-agent analysis framework" names what the paper contributes.
const APPOSITIVE_CONTRIBUTION =
  /^\)\s*,\s*(?:an?)\s+(?:[\w-]+\s+){0,4}?(?:framework|method|approach|model|benchmark|dataset|system|pipeline|architecture|algorithm|module|metric)\b/i;

// "QualZ, a training-free method ...": an apposition after a sentence-opening name says what kind of thing it is.
const SENTENCE_OPENING_APPOSITION =
  /^\s*,\s*(?:an?)\s+(?:[\w-]+\s+){0,3}(?:method|framework|approach|algorithm|module|model|strategy|technique|variant|pipeline|metric)\b/;
// A verb by which a system introduces one of its parts ("employs", "coupled with").
const PART_VERB_ANYWHERE =
  /\b(?:introduces?|employs?|utili[sz]es?|incorporates?|integrates?|features?|comprises?|couples?|combines?|adopts?|contains?|includes?|coupled with|equipped with|consisting of|consists? of)\b/gi;

// "At the core of ZorbNet is a BlixFormer module", "Its key component, the Zorb Block, ...": the part at the heart of
// the paper's own system (the named owner must be the paper's own).
const CORE_PART_BEFORE =
  /(?:\b(?:at\s+)?the\s+(?:core|heart|centre|center)\s+of\s+([^\s,]+)(?:\s+(?:is|lies|are))?|\b(?:its|our|their)\s+(?:key|core|main|central)\s+(?:components?|modules?|innovations?)(?:\s+(?:is|are)|\s*,|\s*:))\s+(?:(?:an?|the)\s+)?(?:(?:novel|new|proposed|lightweight)\s+)?$/di;
// Words before a coined measure that make it the paper's own: "we operationalize this with the", "composed into a".
const OWN_MEASURE_BEFORE =
  /\b(?:we\s+(?:operationali[sz]e|define|formulate|design|devise|quantify|term|call|name)\b[^.;]{0,80}|(?:composed|combined|aggregated)\s+into\s+an?\s+|(?:new|novel)\s+(?:[\w-]+\s+){0,2}?(?:metrics?|measures?|scores?)[^.;]{0,40})$/i;
const MEASURE_INTRODUCING_VERB =
  /\b(?:introduc|propos|present|defin|develop|design|formali[sz]|devis|establish)\w*/gi;
// Words after which a measure is used, replaced or reported rather than introduced.
const MEASURE_USED_BETWEEN =
  /\b(?:using|uses?|with|via|by|on|over|against|replac\w*|evaluat\w*|measured|manag\w*|codes?)\b/i;
// "The Zorb Rate (ZR) measures how often ...": the opening definition of a measure.
const MEASURE_DEFINITION_AFTER =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:which|that)\s+)?(?:measures|quantifies|captures|assesses|evaluates|reflects)\b/;
// ", a dynamic RAG framework": an apposition naming one made thing.
const ONE_THING_APPOSITION =
  /^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:framework|method|approach|pipeline|system|algorithm|benchmark|dataset|strategy|technique|architecture|toolkit|agent)\b/i;
// A long form in Title Case: "Future Alignment Score", "Verifier-Rubric Score".
const TITLE_CASE_LONG_FORM = /^\p{Lu}[\p{L}\d]*(?:[\s-]\p{Lu}[\p{L}\d]*)+$/u;
// A sentence opened by a name and a verb saying what the named system is made of.
const PART_OF_VERB =
  /^([^\s,;:()]+)\s+(?:implements|introduces|features|comprises|incorporates|integrates|consists of|contains|combines|couples)\s+/;
const COUNT_WORD = new RegExp(String.raw`\b(?:${COUNT_WORD_ALT})\s`, 'gi');
// "a benchmark suite comprising three ...": a typed whole, then what it is made of (the count word starts the list).
const WHOLE_OF_PARTS = new RegExp(
  String.raw`\b(${TYPE_NOUN_ALT})\s+(?:that\s+)?(?:compris\w*|consist\w*\s+of|composed\s+of|made\s+up\s+of|contain\w*|with)\s+(?=(?:${COUNT_WORD_ALT})\s)`,
  'gi',
);
// Parts named by what they are to the whole, not by a type of their own.
const PART_KIND = /^(?:components|parts|subsets|splits|modules|tracks)$/;

// Gerunds that open a task's name as nouns ("Rating Prediction", "Reasoning Segmentation"), unlike "Learning ...",
// "Handling ..." or the domain word of "Driving Scene Generation".
const TASK_GERUND =
  /^(?:rating|ranking|clustering|tracking|grounding|reasoning|speaking|grasping|editing|coding|routing|scheduling|forecasting|captioning|matching|parsing|tagging)$/;
/** A task name is a plain noun phrase: no function words, no punctuation, not opened by a verb ("Advancing ..."). */
function isTaskName(phrase: string, defined = false): boolean {
  if (/[^\p{L}\d\s-]/u.test(phrase)) return false;
  const conversion = TO_TASK.test(phrase);
  const words = phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !conversion || w !== 'to');
  if (
    words.some((w) =>
      /^(?:for|of|in|with|via|on|and|or|to|the|a|an|by|from|using|under|toward|towards)$/.test(w),
    )
  ) {
    return false;
  }
  // "Advancing X" opens with a verb; "style-preserving X" opens with a compound adjective; a defined long form
  // ("Referring Expression Segmentation (RES)") opens with an adjective; a gerund that names a thing ("Rating
  // Prediction") is a noun.
  return (
    defined || !/^[^-]*ing$/.test(words[0] ?? '') || TASK_GERUND.test(words[0] ?? '') || words.length === 1
  );
}

/**
 * Every match of a shared global pattern, from the start of the text: matchAll copies the pattern's lastIndex,
 * which an earlier exec() elsewhere may have left anywhere.
 */
function matchesOf(text: string, pattern: RegExp): IterableIterator<RegExpExecArray> {
  pattern.lastIndex = 0;
  return text.matchAll(pattern);
}

/** The last match of a shared global pattern in the text, if any. */
function lastMatchOf(text: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const x of matchesOf(text, pattern)) last = x;
  return last;
}

/** Whether the last two or more words of `phrase` are a name listed as `type`. */
function endsWithListed(phrase: string, type: EntityType, lex: Lexicon): boolean {
  const words = phrase.trim().split(/\s+/);
  for (let i = 0; i < words.length - 1; i++)
    if (lexiconTypesOf(words.slice(i).join(' '), lex).some((t) => t.type === type)) return true;
  return false;
}

/** The last word, lower-cased, of a title's first phrase ("A Large-Scale Dataset for ..." -> "dataset"). */
function titlePhraseHead(rest: string): string | undefined {
  return (rest.split(/\s+(?:with|for|via|using|on|in|of|from|through|by|and|to)\s+/i)[0] ?? '')
    .split(/\s+/)
    .pop()
    ?.toLowerCase();
}

/** Whether two phrases share a content word ("token-level value models" and "token value model"). */
function sharesContentWord(a: string, b: string): boolean {
  const words = (x: string) =>
    x
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      // The tail of a compound adjective ("Evidence-Based", "energy-based") says how, not what.
      .filter(
        (w) => w.length > 3 && !/^(?:based|driven|aware|guided|free|level|scale|wise|like|only)$/.test(w),
      )
      .map((w) => w.replace(/s$/, ''));
  const bw = new Set(words(b));
  return words(a).some((w) => bw.has(w));
}

/**
 * "high precision", "poor recall": a retrieval measure said to be high or poor is a measure read (not the "perfect
 * recall" of a game, nor a "high sensitivity to" something).
 */
function judgedMeasure(name: string, before: string): boolean {
  return (
    /^(?:precision|recall)$/.test(name) &&
    /\b(?:high|higher|low|lower|poor|strong|excellent)\s$/i.test(before)
  );
}

/** Adds a weighted vote for one type of a draft. */
function vote(d: Draft, type: EntityType, weight: number): void {
  d.typeVotes.set(type, (d.typeVotes.get(type) ?? 0) + weight);
}

// Between the values of a list: a comma or "and", after a label of the group before it ("0.93 (CT) and 0.92").
const VALUE_LIST_GAP = /^\s*(?:\([^()]{1,24}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|\/\s*)$/;
const NAME_LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)$/;

/** The run of listed values a sentence's "respectively" closes (no other value between its end and the word), or []. */
function respectiveRun(sentence: string, values: readonly ValueMatch[]): ValueMatch[] {
  const closing = sentence.search(/\brespectively\b/);
  if (closing < 0 || values.length < 2) return [];
  const before = values.filter((v) => v.end <= closing);
  const run: ValueMatch[] = before.slice(-1);
  for (let k = before.length - 2; k >= 0; k--) {
    const [v, next] = [before[k], run[0]];
    if (!v || !next || !VALUE_LIST_GAP.test(sentence.slice(v.end, next.start))) break;
    run.unshift(v);
  }
  return run.length < 2 ? [] : run;
}

/**
 * "recall, precision and F1 of 0.88, 0.91 and 0.93, respectively", "98.9% and 94.1% on A and B, respectively": where a
 * run of values closed by "respectively" meets a list of as many names, the k-th value is the k-th name's; a run twice
 * or three times as long goes through the names again ("0.88, 0.91 (CT) and 0.90, 0.93 (MR)").
 */
function respectivePairs(
  run: readonly ValueMatch[],
  sentenceStart: number,
  names: readonly Mention[],
  text: string,
): Map<ValueMatch, string> {
  const out = new Map<ValueMatch, string>();
  if (run.length < 2 || names.length < 2) return out;
  // Runs of names joined as a list, each name once.
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const lists: Mention[][] = [];
  for (const m of sorted) {
    const list = lists[lists.length - 1];
    const last = list?.[list.length - 1];
    if (last && m.start >= last.end && NAME_LIST_GAP.test(text.slice(last.end, m.start))) list?.push(m);
    else lists.push([m]);
  }
  const runStart = sentenceStart + (run[0]?.start ?? 0);
  const fitting = lists
    .filter(
      (l) =>
        l.length >= 2 && run.length % l.length === 0 && new Set(l.map((m) => m.surface)).size === l.length,
    )
    .sort((a, b) => Math.abs((a[0]?.start ?? 0) - runStart) - Math.abs((b[0]?.start ?? 0) - runStart));
  const list = fitting[0];
  if (!list) return out;
  run.forEach((v, k) => {
    const name = list[k % list.length];
    if (name) out.set(v, name.surface);
  });
  return out;
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
