// Compiles the curated lists into one folded-phrase index that the matcher walks token by token.
import type { EntityType } from '../../src/domain/types.js';
import { fold, MATH_DELIMITER } from '../text.js';
import { BENCHMARKS } from './benchmarks.js';
import {
  GENERIC_LONG_FORM_HEADS,
  GENERIC_NAMES,
  GENERIC_OBJECT_HEADS,
  TITLE_OBJECT_HEADS,
} from './generic.js';
import { METHODS } from './methods.js';
import { METRIC_HEADS, METRICS } from './metrics.js';
import { ARCHITECTURE_FAMILIES, MODEL_FAMILIES, MODEL_VARIANT_WORDS } from './models.js';
import { PWC_TASKS } from './pwc-tasks.js';
import { TASKS } from './tasks.js';
import { TECHNIQUES } from './techniques.js';

export interface LexiconEntry {
  type: EntityType;
  /** Canonical name of the entity this surface form names. */
  canonical: string;
  /** The surface form as listed (used for case checks). */
  surface: string;
  /**
   * All-caps forms (MATH, ARC, RL) only match all-caps text; capitalised ones need a capital first letter;
   * lower-then-upper forms (mAP, nDCG) must match exactly ("map" is a word).
   */
  caseRule: 'upper' | 'capital' | 'mixed' | 'exact' | 'any';
  /** A two-letter acronym alias (ES, CL, KD): too ambiguous to count unless the paper also uses the long form. */
  weak: boolean;
  /** From the broad Papers with Code task list: counts only where the paper says it works on the task. */
  broad?: boolean;
}

export interface Lexicon {
  /** Folded surface -> entries (one surface may be listed under several types). */
  entries: Map<string, LexiconEntry[]>;
  /** Every prefix of a folded surface, so a scan can stop as soon as no entry can follow. */
  prefixes: Set<string>;
  /** Folded model family roots ("qwen", "llama", "gptoss"). */
  modelFamilies: Set<string>;
  modelVariantWords: Set<string>;
  generic: Set<string>;
  genericLongFormHeads: readonly string[];
  /** Heads of Title Case long forms that name a thing studied, not a method ("Case Report Forms"). */
  titleObjectHeads: ReadonlySet<string>;
  genericObjectHeads: Set<string>;
  metricHeads: Set<string>;
  /** "Method:SAC" -> the listed names spelled out in words ("Soft Actor-Critic"), to tell a paper's own expansion. */
  longNames: Map<string, string[]>;
  /** Longest listed surface in tokens, bounding the scan. */
  maxTokens: number;
}

function caseRuleOf(surface: string): LexiconEntry['caseRule'] {
  // A plural of a capital ("CLIP-Is") follows its singular's rule: "CLIP is" is no plural of "CLIP-I".
  const letters = surface.replace(/[^\p{L}]/gu, '').replace(/(?<=\p{Lu})s$/u, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  // Mixed case (ReST, LoRA, HotpotQA) needs a second capital in the text: "Rest" and "Lora" are words or names.
  if (/^\p{Lu}.*\p{Lu}/u.test(letters) && /\p{Ll}/u.test(letters)) return 'mixed';
  if (/^\p{Lu}/u.test(surface) && letters.length <= 12) return 'capital';
  if (/^\p{Ll}+\p{Lu}/u.test(letters)) return 'exact';
  return 'any';
}

function pluralsOf(surface: string): string[] {
  if (/[^a-z]$/i.test(surface)) return [];
  if (/[A-Z]$/.test(surface)) return [`${surface}s`];
  if (/y$/.test(surface)) return [`${surface.slice(0, -1)}ies`];
  if (/(s|x|ch|sh)$/.test(surface)) return [`${surface}es`];
  return [`${surface}s`];
}

// Two-letter acronyms that are unambiguous in ML abstracts even when undefined (AP: average precision).
const STRONG_SHORT_FORMS = new Set(['RL', 'QA', 'AP']);

// Two or more capitalised plain words: "Direct Preference Optimization", "Low-Rank Adaptation".
const TITLE_CASE_WORDS = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u;

export function buildLexicon(): Lexicon {
  const entries = new Map<string, LexiconEntry[]>();
  let maxTokens = 1;
  const add = (type: EntityType, canonical: string, surface: string, broad = false): void => {
    // A name written in math ("macro $F_1$") is also keyed without its delimiters, as the matcher reads the text.
    if (surface.includes('$'))
      addKeyed(fold(surface.replace(MATH_DELIMITER, '')), type, canonical, surface, broad);
    addKeyed(fold(surface), type, canonical, surface, broad);
  };
  const addKeyed = (
    key: string,
    type: EntityType,
    canonical: string,
    surface: string,
    broad: boolean,
  ): void => {
    if (!key) return;
    const list = entries.get(key) ?? [];
    const same = list.findIndex((e) => e.type === type && e.canonical === canonical);
    const listed = same >= 0 ? list[same] : undefined;
    if (listed) {
      // A lower-case form listed beside a capitalised one ("deep ensembles") lets the text write it either way.
      if (caseRuleOf(surface) === 'any') list[same] = { ...listed, caseRule: 'any' };
      // Another listed casing ("WikiText-103|Wikitext-103") is allowed beside the first, under its own rule.
      else if (
        listed.caseRule !== 'any' &&
        !list.some((e) => e.type === type && e.canonical === canonical && e.caseRule === caseRuleOf(surface))
      )
        list.push({ ...listed, surface, caseRule: caseRuleOf(surface) });
      return;
    }
    const weak =
      surface !== canonical &&
      /^[A-Z]{2}s?$/.test(surface) &&
      !STRONG_SHORT_FORMS.has(surface.replace(/s$/, ''));
    list.push({ type, canonical, surface, caseRule: caseRuleOf(surface), weak, ...(broad ? { broad } : {}) });
    entries.set(key, list);
    maxTokens = Math.max(maxTokens, surface.split(/[\s\-./]+/).length + 1);
  };
  const longNames = new Map<string, string[]>();
  const addList = (type: EntityType, list: readonly string[], withPlurals: boolean): void => {
    for (const line of list) {
      const forms = line.split('|');
      const canonical = forms[0] ?? '';
      const long = forms.filter((f) => /\s/.test(f) && /\p{Ll}{2}/u.test(f));
      if (long.length > 0) longNames.set(`${type}:${canonical}`, long);
      for (const form of forms) {
        add(type, canonical, form);
        if (withPlurals) for (const p of pluralsOf(form)) add(type, canonical, p);
      }
    }
  };
  addList('Technique', TECHNIQUES, true);
  addList('Task', TASKS, false);
  // Curated names first: a task listed in both keeps the curated canonical name and aliases.
  for (const task of PWC_TASKS) if (!entries.has(fold(task))) add('Task', task, task, true);
  addList('Metric', METRICS, true);
  addList('Benchmark', BENCHMARKS, false);
  addList('Method', METHODS, false);
  addList('Model', MODEL_FAMILIES, false);
  // No plural: "ViT-S" folds as "ViTs" would, and it is a checkpoint.
  const architectures = ARCHITECTURE_FAMILIES.map((f) => f.split('|'));
  for (const [technique = '', ...families] of architectures)
    for (const family of families) add('Technique', technique, family);

  const prefixes = new Set<string>();
  for (const key of entries.keys()) for (let i = 1; i <= key.length; i++) prefixes.add(key.slice(0, i));

  return {
    entries,
    prefixes,
    // Every form of a family root starts a checkpoint name ("SBERT-large" as well as "Sentence-BERT-large").
    modelFamilies: new Set(
      [
        ...MODEL_FAMILIES.flatMap((f) => f.split('|')),
        ...architectures.flatMap(([, ...families]) => families),
      ].map(fold),
    ),
    modelVariantWords: new Set(MODEL_VARIANT_WORDS),
    generic: new Set(GENERIC_NAMES),
    genericLongFormHeads: GENERIC_LONG_FORM_HEADS,
    genericObjectHeads: new Set(GENERIC_OBJECT_HEADS),
    titleObjectHeads: new Set(TITLE_OBJECT_HEADS),
    metricHeads: new Set(METRIC_HEADS.map(fold)),
    longNames,
    maxTokens,
  };
}

/** The letters of a name with each capitalised plain word ("Text", "To") lower-cased. */
function exactLetters(surface: string): string {
  return surface
    .split(/[^\p{L}\d]+/u)
    .map((w) => (/^\p{Lu}\p{Ll}*$/u.test(w) ? w.toLowerCase() : w))
    .join('')
    .replace(/[^\p{L}]/gu, '');
}

/** Whether the text form satisfies the entry's case rule. */
export function caseAllows(entry: LexiconEntry, text: string): boolean {
  // A name written exactly as listed is the listed name ("B100", "nuScenes").
  if (text === entry.surface) return true;
  // "KernelFusion" is a coined name, not the listed "kernel fusion": words run together with inner capitals.
  if (entry.caseRule === 'any') return !(/\s/.test(entry.surface) && /^\S*\p{Ll}\p{Lu}\S*$/u.test(text));
  // "BARD" and "BLenDeR" are a paper's own coinages, not the listed "Bard" and "Blender".
  if (entry.caseRule === 'capital')
    return (
      /^[\p{Lu}\d]/u.test(text) &&
      !/^[\p{Lu}\d-]{4,}$/u.test(text) &&
      (/\p{Lu}/u.test(entry.surface.slice(1)) ||
        !/\p{Lu}/u.test(text.slice(1)) ||
        // "F1-Score", "Cohen's Kappa": a title may capitalise the plain words after the first.
        (/[\s-]/.test(entry.surface) && exactLetters(text.slice(1)) === exactLetters(entry.surface.slice(1))))
    );
  // A long mixed-case name written with one capital ("Zorbspeech" for ZorbSpeech) is no ordinary word.
  // A method spelled out in capitalised words ("Direct Preference Optimization") is the same method in lower case;
  // a data set or model so spelled ("Hateful Memes", "Segment Anything") is an ordinary phrase.
  // "imageNet-1K": a slip of the first letter leaves the coined rest as listed.
  if (entry.caseRule === 'mixed')
    return (
      /^[\p{Lu}\d].*\p{Lu}/u.test(text) ||
      (/^\p{Ll}/u.test(text) && text.length >= 5 && text.slice(1) === entry.surface.slice(1)) ||
      (entry.surface.length >= 8 && /^[\p{Lu}\d]/u.test(text)) ||
      (entry.type === 'Method' && TITLE_CASE_WORDS.test(entry.surface) && !/\p{Lu}/u.test(text))
    );
  // "Text-to-SQL", "Macro F1", "Hidden Markov Model": a title or a sentence start may capitalise the plain words of a
  // name; the coined inner capitals ("nuScenes", "spaCy", "mAP") must stay as listed.
  // The text may add a plural "s" ("mIoUs"); a listed name that ends in one ("nuScenes", "naive Bayes") keeps it.
  if (entry.caseRule === 'exact') {
    const listed = entry.surface.replace(/[^\p{L}]/gu, '');
    const letters = text.replace(/[^\p{L}]/gu, '');
    const titled = exactLetters(text);
    const listedTitled = exactLetters(entry.surface);
    return (
      [letters, letters.replace(/s$/, '')].includes(listed) ||
      [titled, titled.replace(/s$/, '')].includes(listedTitled)
    );
  }
  // All-caps entries: the text may add a plural "s" but no other lower-case letter.
  const letters = text.replace(/[^\p{L}]/gu, '').replace(/s$/, '');
  return letters === letters.toUpperCase();
}
