// Acronym definitions: "Long Form (LF)" and "LF (Long Form)", after Schwartz & Hearst (2003).
import type { Sentence } from './text.js';

export interface AcronymDefinition {
  short: string;
  shortStart: number;
  long: string;
  longStart: number;
  sentenceIndex: number;
  /** The long form spells the short one with letters marked by case ("REcycling ..."): the paper coined it. */
  spelled?: boolean;
}

const PAREN = /\(([^()]{1,120})\)/g;
// A verb that introduces the name right after it: "we propose (the) ...", "a method called ...".
const INTRODUCED_BEFORE =
  /\b(?:propos|introduc|present|develop|design|call|nam|term|dub)\w*\s+(?:(?:a|an|the|our|novel|new)\s+)*$/i;
// "$\Delta$Flow": a Greek letter in math may open one; its macro spells the letter.
const SHORT_FORM = /^(?:\$\\[A-Za-z]{2,7}\$|[\p{L}\\])[\p{L}\p{N}\-+.&/]{0,15}$/u;
const CAMEL_WORD = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*|\d)*\p{Lu}[\p{L}\d]*$/u;
const LONG_FORM_STOP = new Set([
  'the',
  'a',
  'an',
  'we',
  'our',
  'this',
  'that',
  'of',
  'and',
  'or',
  'to',
  'for',
  'in',
  'on',
  'with',
  'by',
  'is',
  'are',
  'as',
  'via',
  'called',
  'named',
  'dubbed',
  'termed',
  'propose',
  'proposed',
  'introduce',
  'present',
]);

/** Whether a parenthesised string can be an acronym: 2+ capitals, or a capital plus digits, within 16 chars. */
export function looksLikeShortForm(s: string): boolean {
  if (!SHORT_FORM.test(s)) return false;
  const caps = s.replace(/[^\p{Lu}]/gu, '').length;
  return caps >= 2 || (caps >= 1 && /\d/.test(s));
}

/**
 * The long form ending just before a short form: the shortest run of preceding words in which the short form's
 * letters occur in order, its first letter starting a word. Returns the start offset within `before`, or -1.
 */
export function matchLongForm(short: string, before: string): number {
  const at = matchLongFormLetters(short, before);
  if (at >= 0) return at;
  // "SSTA-32", "ZB-2": a number or version tail after the letters is an edition, not spelled in the long form.
  const stem = /^(.*\p{L})-\d+(?:\.\d+)?$/u.exec(short)?.[1];
  if (stem) return matchLongFormLetters(stem, before, short.length);
  // "Visual Space Simulation System (VS3)", "Contour Consistency Contrastive Learning (DI3CL)": a digit counts the
  // words of the capital before or after it. Only whole words spell such a name, so the initials must match exactly.
  const singular = short.replace(/(?<=\p{Lu}|\d)s$/u, '');
  for (const repeat of [/(\p{Lu})([3-5])(?!\d)/gu, /(?<=\p{L})([3-5])(\p{Lu})/gu]) {
    const repeated = singular.replace(repeat, (_, a: string, b: string) =>
      /\d/.test(a) ? b.repeat(Number(a)) : a.repeat(Number(b)),
    );
    const at = repeated === singular ? -1 : spelledByInitials(repeated.toLowerCase(), before);
    if (at >= 0) return at;
  }
  return -1;
}

// Joining words an acronym may skip ("Institute for Data-Driven Dynamical Design (ID4)") or spell ("Text-to-Text
// Transfer Transformer (T5)").
const JOINING_WORD = /^(?:of|for|and|to|the|in|on|with|via)$/i;

/**
 * The start of the words ending `before` whose initials, hyphenated parts counted apart, are `letters`; or -1. A
 * joining word may give its initial or none; the reading that spells fewest letters with joining words wins
 * ("Anchor Alignment and Adaptive Weighting (A3W)" starts at "Anchor", not at "Alignment").
 */
function spelledByInitials(letters: string, before: string): number {
  const words = [...before.trimEnd().matchAll(/[^\s-]+/g)].slice(-2 * letters.length - 1);
  let best = { at: -1, joinsSpelling: Infinity };
  const walk = (w: number, l: number, joinsSpelling: number): void => {
    const word = words[w]?.[0];
    if (word === undefined || !/^\p{L}/u.test(word)) return;
    const joining = JOINING_WORD.test(word);
    if (word[0]?.toLowerCase() === letters[l]) {
      const spelling = joinsSpelling + (joining ? 1 : 0);
      // The long form starts at a word that is no joining word.
      if (l === 0 && !joining && spelling < best.joinsSpelling)
        best = { at: words[w]?.index ?? -1, joinsSpelling: spelling };
      else if (l > 0) walk(w - 1, l - 1, spelling);
    }
    if (joining && l < letters.length - 1) walk(w - 1, l, joinsSpelling);
  };
  walk(words.length - 1, letters.length - 1, 0);
  // "Structured State Space Sequence model (S4)": the kind of thing named may follow the spelled words.
  if (best.at < 0 && /^\p{Ll}+$/u.test(words[words.length - 1]?.[0] ?? ''))
    walk(words.length - 2, letters.length - 1, 0);
  const first = before.slice(best.at).split(/[\s-]/)[0]?.toLowerCase() ?? '';
  return best.at >= 0 && !LONG_FORM_STOP.has(first) ? best.at : -1;
}

function matchLongFormLetters(short: string, before: string, shortLength = short.length): number {
  const letters = short
    .replace(/s$/, '')
    // "NL2SQL", "B4C": a 2 or 4 between letters reads "to" / "for" and has no letter of its own in the long form.
    .replace(/(?<=\p{L})[24](?=\p{L})/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2) return -1;
  // Look back at most min(|A| + 5, 2|A|) words, as Schwartz & Hearst do.
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const words = before.trimEnd();
  let windowStart = words.length;
  for (let n = 0; n < maxWords && windowStart > 0; n++) {
    const prevSpace = words.lastIndexOf(' ', windowStart - 2);
    windowStart = prevSpace + 1;
    if (prevSpace < 0) break;
  }
  const long = words.slice(windowStart).toLowerCase();
  // "Automated Short Answer Grading (ASAG)": words whose initials spell the letters are the long form, where the
  // shortest run holding the letters would take "Answer Grading".
  let start = initialsStart(letters, long);
  if (start < 0) {
    let s = letters.length - 1;
    let l = long.length - 1;
    while (s >= 0) {
      const c = letters[s];
      while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1] ?? '')))) l--;
      if (l < 0) return -1;
      l--;
      s--;
    }
    // Extend to the start of the word holding the first letter.
    start = l + 1;
    while (start > 0 && !/[\s(]/.test(long[start - 1] ?? '')) start--;
  }
  const result = words.slice(windowStart + start);
  const firstWord = result.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (LONG_FORM_STOP.has(firstWord)) return -1;
  // A long form does not run across another parenthesis: "99.1% (ZorbSet-v2), and F1 of 98.2% (ZorbSet-v2)".
  if (/[()]/.test(result)) return -1;
  // A clause is not a name: "confidence is substantially more discriminative (AUARC)".
  if (/\b(?:is|are|was|were|be|been|has|have|had|can|will)\b/i.test(result)) return -1;
  // The long form must be longer than the short form and contain a space or hyphen, or be one word whose inner
  // capitals join words ("VisualToolAgent (VisTA)", "CloudyBigEarthNet (CBEN)").
  if (
    result.length <= (short.includes('$') ? letters.length - 1 : shortLength) ||
    !(/[\s-]/.test(result) || CAMEL_WORD.test(result.trimEnd()))
  )
    return -1;
  return windowStart + start;
}

/** Where the last words of `long` start when their initials, one word a letter, are `letters`; or -1. */
function initialsStart(letters: string, long: string): number {
  const run = long.split(' ').slice(-letters.length);
  if (run.length < letters.length || !run.every((w) => /^\p{L}[\p{L}\p{N}']*$/u.test(w))) return -1;
  if (run.map((w) => w[0]).join('') !== letters) return -1;
  return long.length - run.join(' ').length;
}

// A word whose capitals mark the letters of an acronym: "REcycling", "COMPositional", "guIded", "hARmful", "lAbeL",
// "dual-patH".
const LETTER_MARKED_WORD =
  /^(?:\p{Lu}{2,}\p{Ll}{2,}|\p{Ll}+\p{Lu}+\p{Ll}+\p{Lu}?|(?:\p{Ll}+-)?\p{Ll}{2,}\p{Lu})(?:-\p{L}+)?$/u;
// An all-caps name followed by its spelled-out form: "REWIRE, REcycling the Web with guIded REwrite", "ZORB: ZOned
// Retrieval Bank", "ZORB-LLM-OPT, a ZOned ... OPTimization" (its hyphens are spelled by no word).
const CAPS_NAME_THEN_FORM = /(?<![\p{L}\d-])(\p{Lu}{3,}(?:-\p{Lu}{2,})*)(?:[,:]\s+|\s+\()/gu;

// An all-caps name, an article, then two to six Title-Case words (small joining words inside) up to a lower-case word
// or punctuation.
const NAME_THEN_TITLE_CASE_RUN =
  /(?<![\p{L}\d-])(\p{Lu}{3,6}),\s+(?:an?|the)\s+(\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|for|and|to|with|in|on)\s+)?\p{Lu}[\p{L}-]*){1,5})(?=\s+\p{Ll}|[,.;:(]|$)/gu;

/**
 * Whether a run of words spells `short` by its capitals, as papers that write the acronym into its long form do:
 * exactly, with a word that marks letters by case ("REcycling the Web with guIded REwrite"), or in order with up
 * to two Title Case capitals between (one more for each further marking word) when a word marks several of its
 * letters ("COMPositional Atomic-to-Complex Visual Capability Tuning", "Bundle Adjustment Diffusion Conditioned by
 * GRadients").
 */
function spelledByCapitals(name: string, words: readonly string[]): boolean {
  const short = name.replace(/-/g, '');
  const caps = words.map((w) => w.replace(/[^\p{Lu}]/gu, ''));
  const all = caps.join('');
  const marked = words.filter((w) => LETTER_MARKED_WORD.test(w));
  if (all === short) return marked.length > 0;
  // Each further word that marks letters by case may carry one capital the name skips ("PROMpting-Attentive
  // HIerarchical ContraStive LEarning" spells PROMISE).
  const spare = 2 + Math.max(0, marked.length - 1);
  if (all.length > short.length + spare || all[0] !== short[0] || !all.endsWith(short.slice(-1)))
    return false;
  // A marked word must hold part of the name, not all of it ("LDCformer ... Learnable Descriptive Convolution").
  const leads = marked.map((w) => /^\p{Lu}{2,}(?=\p{Ll})/u.exec(w)?.[0] ?? '');
  if (!leads.some((lead) => lead && lead.length < short.length && short.includes(lead))) return false;
  let i = 0;
  for (const c of all) if (c === short[i]) i++;
  return i === short.length;
}

/** The run of words starting `after` (past an article) that spells `short` by its capitals, or undefined. */
export function capitalsSpelledRun(short: string, after: string): { start: number; end: number } | undefined {
  const words: string[] = [];
  let start = -1;
  const word = /\S+/g;
  for (let m = word.exec(after); m !== null && words.length < 12; m = word.exec(after)) {
    const w = m[0].replace(/[,.;:)]+$/, '');
    if (start < 0) {
      // "ALARM, the first lAbeL-free hARmful Meme detection framework".
      if (/^(?:an?|the|first|novel|new)$/i.test(w)) continue;
      if (!/^\p{Lu}/u.test(w) && !LETTER_MARKED_WORD.test(w)) return undefined;
      start = m.index;
    }
    words.push(w);
    if (spelledByCapitals(short, words)) return { start, end: m.index + w.length };
    if (w !== m[0]) return undefined; // punctuation ends the run
  }
  return undefined;
}

/** The same read backwards: the start of the words ending `before` that spell `short` by their capitals, or -1. */
export function capitalsSpelledBefore(short: string, before: string): number {
  // Only capitals can spell a name: "LoRA" or "SSTA-32" never is, so most parentheses stop here.
  if (!/^\p{Lu}+$/u.test(short)) return -1;
  const words = [...before.trimEnd().matchAll(/\S+/g)].slice(-12);
  for (let i = words.length - 1; i >= 0; i--) {
    const run = words.slice(i).map((w) => w[0]);
    if (/[,.;:()]/.test(run.join(' '))) return -1;
    const first = run[0] ?? '';
    if ((/^\p{Lu}/u.test(first) || LETTER_MARKED_WORD.test(first)) && spelledByCapitals(short, run))
      return words[i]?.index ?? -1;
  }
  return -1;
}

// A mixed-case name followed by its spelled-out form: "GrACE, a Generative Approach to Confidence Elicitation",
// "DySECT, a Dynamic Self-Evolving Extraction and Curation Toolkit".
const MIXED_NAME_THEN_FORM = /\b((?=(?:\p{L}*\p{Lu}){3})\p{Lu}\p{L}*\p{Ll}\p{L}*),\s+(?:an?|the)\s+/gu;

/**
 * The run of Title Case words (perhaps joined by "and", "of", "for", "to", "with", "in") starting `after` whose word
 * and hyphen-part initials hold the name's capitals in order, first and last included, with at most two more; Title
 * Case words right after it still belong to it ("ARGen, an Affect-Reinforced Generative Augmentation Framework").
 */
function initialsSpelledRun(short: string, after: string): { start: number; end: number } | undefined {
  const capitals = short.replace(/[^\p{Lu}]/gu, '');
  let initials = '';
  let end = -1;
  const word = /\S+/g;
  for (let m = word.exec(after), n = 0; m !== null && n < 12; m = word.exec(after), n++) {
    const w = m[0].replace(/[,.;:)]+$/, '');
    if (/^(?:and|of|for|to|with|in|on)$/.test(w)) {
      if (end >= 0) break;
      continue;
    }
    if (!/^\p{Lu}/u.test(w) || (end >= 0 && /^[\p{Lu}\d-]+s?$/u.test(w))) break;
    initials += w
      .split('-')
      .map((part) => part[0] ?? '')
      .join('');
    if (initials.length > capitals.length + 2 || initials[0] !== capitals[0]) break;
    let i = 0;
    for (const c of initials) if (c === capitals[i]) i++;
    if (end >= 0 || (i === capitals.length && initials.endsWith(capitals.slice(-1))))
      end = m.index + w.length;
    if (w !== m[0]) break; // punctuation ends the run
  }
  return end >= 0 ? { start: 0, end } : undefined;
}

export function findAcronymDefinitions(sentences: readonly Sentence[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    // A name, then the words that spell it: all-caps names by their capitals, mixed-case ones by word initials.
    const spelledForms: [RegExp, typeof capitalsSpelledRun][] = [
      [MIXED_NAME_THEN_FORM, initialsSpelledRun],
      [CAPS_NAME_THEN_FORM, capitalsSpelledRun],
    ];
    for (const [nameThenForm, spelledRun] of spelledForms)
      for (const m of sentence.text.matchAll(nameThenForm)) {
        const short = m[1] ?? '';
        const longAt = m.index + m[0].length;
        const run = spelledRun(short, sentence.text.slice(longAt, longAt + 160));
        if (!run) continue;
        out.push({
          short,
          shortStart: sentence.start + m.index,
          long: sentence.text.slice(longAt + run.start, longAt + run.end),
          longStart: sentence.start + longAt + run.start,
          sentenceIndex,
          spelled: true,
        });
      }
    // "UNITE, a Unified Semantic Transformer for ...": a Title-Case description in apposition whose letters spell
    // the name in order, its first letter opening the first word, is its long form.
    for (const m of sentence.text.matchAll(NAME_THEN_TITLE_CASE_RUN)) {
      const short = m[1] ?? '';
      const long = m[2] ?? '';
      // A run that stops on a modifier ("Multi-Aspect Knowledge-Enhanced vision-language ...") names nothing yet.
      if (/(?:ed|-based|-aware|-free|-like|-wise)$/i.test(long)) continue;
      if (out.some((d) => d.short === short) || matchLongForm(short, long) !== 0) continue;
      out.push({
        short,
        shortStart: sentence.start + m.index,
        long,
        longStart: sentence.start + m.index + m[0].length - long.length,
        sentenceIndex,
      });
    }
    PAREN.lastIndex = 0;
    for (let m = PAREN.exec(sentence.text); m !== null; m = PAREN.exec(sentence.text)) {
      const inside = (m[1] ?? '').trim();
      const insideStart = m.index + 1 + (m[1] ?? '').indexOf(inside);
      // "(ACR)" or "(ACR; ...)" / "(ACR, ...)": the short form is the first item.
      const firstItem = inside.split(/[;,]\s*/)[0] ?? '';
      const before = sentence.text.slice(Math.max(0, m.index - 300), m.index);
      const beforeOffset = Math.max(0, m.index - 300);
      // "TabUlar Reasoning with Bridged infOrmation ({\sc Turbo})": a name set in small capitals, which reads as
      // plain Title Case once the markup is off, still spells its long form's capitals, all its letters being capitals.
      const smallCaps = /^\p{Lu}\p{Ll}{2,9}$/u.test(firstItem);
      if (smallCaps || looksLikeShortForm(firstItem)) {
        const spelledAt = capitalsSpelledBefore(smallCaps ? firstItem.toUpperCase() : firstItem, before);
        const at = spelledAt >= 0 || smallCaps ? spelledAt : matchLongForm(firstItem, before);
        if (at >= 0) {
          // A possessive or quote closing the long form is not part of it ("Neural Networks' (CNN)").
          const long = before
            .slice(at)
            .trimEnd()
            .replace(/['\u2019"]+$/, '');
          out.push({
            short: firstItem,
            shortStart: sentence.start + insideStart,
            long,
            longStart: sentence.start + beforeOffset + at,
            sentenceIndex,
            ...(spelledAt >= 0 ? { spelled: true } : {}),
          });
          continue;
        }
      }
      // "Training-Free Group Relative Policy Optimization (Training-Free GRPO)", "(Shared Backbone PPO)": a short form
      // that keeps the long form's first word or two before the acronym of the rest.
      const keptOpener = /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s(\S+)$/u.exec(firstItem);
      if (keptOpener?.[1] && keptOpener[2] && looksLikeShortForm(keptOpener[2])) {
        const opener = keptOpener[1];
        const rest = matchLongForm(keptOpener[2], before);
        const at = rest - opener.length - 1;
        // Only a name the sentence introduces: "Video Large Language Models (Video LLMs)" is a kind, not a name.
        if (
          rest > opener.length &&
          before.slice(0, rest).endsWith(`${opener} `) &&
          INTRODUCED_BEFORE.test(before.slice(0, at))
        ) {
          out.push({
            short: firstItem,
            shortStart: sentence.start + insideStart,
            long: before.slice(at).trimEnd(),
            longStart: sentence.start + beforeOffset + at,
            sentenceIndex,
          });
          continue;
        }
      }
      // Reverse order: "ACR (long form)".
      const prevWord = /([\p{L}\\][\p{L}\p{N}\-+.&/]{0,15})\s*$/u.exec(before);
      // The long form has words, spaced or hyphenated ("RECAP (Reflect-Extract-Calibrate-Align-Produce)").
      const wordy = /\s/.test(inside) || /^\p{Lu}\p{L}*(?:-\p{L}+)+$/u.test(inside);
      // ("random-phase ZWS (ZWS-RP)": a name that opens with the short form is a variant of it, not its long form.)
      if (
        prevWord &&
        looksLikeShortForm(prevWord[1] ?? '') &&
        wordy &&
        !inside.startsWith(`${prevWord[1] ?? ''}-`)
      ) {
        const short = prevWord[1] ?? '';
        const at = matchLongForm(short, inside + ' ');
        if (at === 0) {
          out.push({
            short,
            shortStart: sentence.start + beforeOffset + prevWord.index,
            long: inside,
            longStart: sentence.start + insideStart,
            sentenceIndex,
          });
        }
      }
    }
  });
  return out;
}
