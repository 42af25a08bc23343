// Word lists and context patterns the extractor reads around names: type nouns, metric phrasing, title shapes.
import type { EntityType } from '../src/domain/types.js';

export const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['Method', 'Model', 'Benchmark']);
export const TYPE_NOUNS: Record<string, EntityType> = {
  benchmark: 'Benchmark',
  benchmarks: 'Benchmark',
  dataset: 'Benchmark',
  datasets: 'Benchmark',
  corpus: 'Benchmark',
  suite: 'Benchmark',
  leaderboard: 'Benchmark',
  testbed: 'Benchmark',
  database: 'Benchmark',
  'knowledge base': 'Benchmark',
  environment: 'Benchmark',
  'test set': 'Benchmark',
  // "Stress17k, a training set": other named splits of data too.
  'training set': 'Benchmark',
  'evaluation set': 'Benchmark',
  'validation set': 'Benchmark',
  'data set': 'Benchmark',
  'shared task': 'Benchmark',
  corpora: 'Benchmark',
  collection: 'Benchmark',
  challenge: 'Benchmark',
  // "X, a massive, open-source resource of facts": a language or data resource.
  resource: 'Benchmark',
  encoder: 'Model',
  encoders: 'Model',
  model: 'Model',
  checkpoint: 'Model',
  llm: 'Model',
  'language model': 'Model',
  vlm: 'Model',
  vla: 'Model',
  mllm: 'Model',
  'mm-llm': 'Model',
  'video-llm': 'Model',
  lmm: 'Model',
  slm: 'Model',
  framework: 'Method',
  method: 'Method',
  approach: 'Method',
  algorithm: 'Method',
  agent: 'Method',
  system: 'Method',
  pipeline: 'Method',
  technique: 'Method',
  strategy: 'Method',
  loss: 'Method',
  objective: 'Method',
  recipe: 'Method',
  paradigm: 'Method',
  architecture: 'Method',
  module: 'Method',
  library: 'Method',
  toolkit: 'Method',
  codebase: 'Method',
  tool: 'Method',
  engine: 'Method',
  mechanism: 'Method',
  heuristic: 'Method',
  metaheuristic: 'Method',
  solver: 'Method',
  optimizer: 'Method',
  // Systems named by what they do: "CASCAL, a query-only router that estimates model correctness".
  router: 'Method',
  retriever: 'Method',
  estimator: 'Method',
  regularizer: 'Method',
  scheme: 'Method',
  procedure: 'Method',
  criterion: 'Method',
  attack: 'Method',
  defense: 'Method',
  // "X, a novel threat model in which an adversary ...": a kind of attack, not a trained model.
  'threat model': 'Method',
  metric: 'Metric',
  score: 'Metric',
  measure: 'Metric',
};
/** The type nouns as one regex alternation, longest first. */
export const TYPE_NOUN_ALT = Object.keys(TYPE_NOUNS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// "a tiny model with 1.5 billion parameters named": the type noun a naming word follows, within its clause.
export const NAMING_NOUN_BEFORE = new RegExp(
  String.raw`\b(${TYPE_NOUN_ALT})\b(?:[^.;:,()]|(?<=\d)\.(?=\d)){0,45}$`,
  'i',
);
// "X, a novel benchmark for ...", "X is a framework that ...", "X: A Dataset of ..."; not "X: Typed Skill Graphs for
// LLM ...", where the noun after a preposition says what X is for ("a family of vision encoders" still says what X is).
// Up to five describing words before an apposition's noun, none of them a preposition or a relative pronoun, an acronym
// in parentheses after any of them ("a visual question answering (VQA) benchmark"), or a capitalised gloss of up to three
// words ("the Zorb Policy (Central Government) Corpus").
// (A parameter count is one word: "X, a 3.8B model", "X, a 1.5B-parameter model"; so are two coordinated words:
// "an expressive and controllable motion model".)
const APPOSITION_WORD = String.raw`(?:(?!(?:for|with|to|in|on|by|from|via|using|that|which|at|under|over|across|into|through|towards?)\s)(?:[a-z][\w-]*\s+and\s+(?=[a-z]))?(?:\d[\d,.]*-)?(?:\d+(?:\.\d+)?[BMK](?:-[\w-]+)?|[\w\-]+),?\s+(?:\([^()\s]{1,12}\)\s+|\((?:[A-Z][A-Za-z-]*\s?){1,3}\)\s+)?)`;
const APPOSITION_WORDS = `${APPOSITION_WORD}{0,5}?`;
// What opens an apposition after a name: a comma, colon, dash or parenthesis, or "is", then perhaps an article.
// (A maker's possessive counts as the article: "X, Zorb's first reasoning model".)
const APPOSITION_OPENING = String.raw`^(?:\)?\s*(?:,|:|\u2014|--|-|\(|is|are)\s*)(?:an?|the|our|[A-Z][\w-]*['\u2019]s(?=\s))?\s*`;
export const APPOSITION = new RegExp(
  String.raw`${APPOSITION_OPENING}${APPOSITION_WORDS}(${TYPE_NOUN_ALT})(?![\w-])`,
  'i',
);
// A describing word inside a noun phrase: no article, preposition, relative word or conjunction, and no participle
// that takes an object or a preposition ("integrating the", "built upon"); "spatial reasoning dataset" is one phrase.
const NOUN_PHRASE_WORD = String.raw`(?:(?!(?:an?|the|that|which|where|who|whose|when|while|whereas|and|or|but|of|for|with|to|in|on|by|from|via|using|at|under|over|across|into|through|towards?|is|are|was|were|can|will|comprising|including)\s)(?!\p{Ll}+(?:ing|ed)\s+(?:(?:an?|the|our|its|their|this|these|upon|on|for|from|with|by|to|in|into|at|over|through)\s|[(\d]))[\w-]+\s+)`;
// "X, the first large-scale UAV-satellite collaborative multi-view spatial reasoning dataset": up to seven describing
// words before the noun, when none of five names one.
const LONG_APPOSITION = new RegExp(
  String.raw`${APPOSITION_OPENING}${NOUN_PHRASE_WORD}{0,7}?(${TYPE_NOUN_ALT})(?![\w-])`,
  'iu',
);
// "X, a combined tool pose and segmentation dataset": a type noun that modifies the words after it is not the head,
// which is the last type noun of the phrase.
const MODIFYING_TYPE_NOUN = new RegExp(
  String.raw`${APPOSITION_OPENING}${APPOSITION_WORDS}(?:${TYPE_NOUN_ALT})\s+(?:${NOUN_PHRASE_WORD}|and\s+(?!(?:an?|the)\s)){1,4}(${TYPE_NOUN_ALT})(?![\w-])`,
  'iu',
);
// "X, a family of open-weight LLMs", "X 2, a series of large language models", "a family of 4B and 9B models": the
// members' noun, plural or not.
const GROUP_APPOSITION = new RegExp(
  String.raw`^(?:\)?\s*(?:,|:|\u2014|--|is|are)\s*)(?:an?|the|our)?\s*${APPOSITION_WORDS}(?:family|series|suite|collection|set)\s+of\s+(?:\d[\d.]*[BMK]\s*(?:,|and|or)\s*)*(?:(?!(?:for|with|to|in|on|by|from|via|using|that|which|and|or|\d[\d,.]*)\s)(?:[\w-]+|\([^()\s]{1,12}\))\s+){0,6}?(${TYPE_NOUN_ALT})s?(?![\w-])`,
  'i',
);
const NOUN_PHRASE_START = new RegExp(String.raw`^\s+${NOUN_PHRASE_WORD}`, 'u');
// The second name of a pair, up to the comma of an apposition about both ("and Air-NRM, the two benchmarks").
const PAIRED_NAME =
  /^\s+(?:and|&)\s+[\p{Lu}\d][^\s,;()]*(?=\s*,\s*(?:the|two|both|our|an?\s+(?:family|series|suite|collection|set)\s+of)\s)/u;

/**
 * "Zorb-OR and Air-NRM, the first comprehensive benchmarks for ...", "Zorb-2 and Blix-2, a family of models": a plural
 * apposition after a pair of names describes the first name too.
 */
export function pairAppositionNoun(after: string): RegExpExecArray | null {
  const pair = PAIRED_NAME.exec(after);
  if (!pair) return null;
  const rest = after.slice(pair[0].length);
  const noun = appositionNoun(rest);
  return noun && (/s$/i.test(noun[1] ?? '') || GROUP_APPOSITION.test(rest)) ? noun : null;
}

/**
 * An apposition's type noun. "X (ZB), high-quality spoken datasets for ... are scarce": after a comma, a plural noun
 * with no article opens the next clause's subject rather than describing the name.
 */
export function appositionNoun(written: string): RegExpExecArray | null {
  // "ZA, a bounded (between 0 and 1) metric": a short aside in parentheses inside the apposition is read past, blanked
  // to spaces so offsets stay.
  const after = written.includes('(')
    ? written.replace(/(?<=^\)?\s*,\s*(?:an?|the)\s+[\w-]+)\s\([^()]{1,30}\)(?=\s)/i, (aside) =>
        ' '.repeat(aside.length),
      )
    : written;
  // A group of typed things is one of them.
  const group = GROUP_APPOSITION.exec(after);
  if (group) return group;
  let m = APPOSITION.exec(after) ?? LONG_APPOSITION.exec(after);
  if (!m) return null;
  // A type noun followed by another describing word ("tool pose ...") modifies it; the head comes later. Not one
  // followed by "and", "of" or a participle ("a framework and dataset", "an architecture integrating ...").
  if (NOUN_PHRASE_START.test(after.slice(m[0].length))) m = MODIFYING_TYPE_NOUN.exec(after) ?? m;
  // "MapAnything, demonstrate that our approach ...": a clause runs on after the comma; no apposition describes X.
  if (/\b(?:that|whether|we|they)\s/i.test(m[0])) return null;
  // "Zorbix, evaluating LLM adherence to ...": a participle after the comma opens a clause about X, not a description.
  if (/^\)?\s*,\s*(?!(?:string|thing|ring|king|wing|spring)\s)[a-z]{2,}ing\s/i.test(m[0])) return null;
  // "X, and our method ...", "X, Y, and Z, and a dataset": a conjunction after a comma opening another phrase starts
  // the next clause ("X, a multilingual, and efficient approach" still describes X).
  if (
    /^\)?\s*,/.test(m[0]) &&
    /,\s*(?:and|or|but|while|whereas|where|yet)\s+(?:an?|the|our|their|its|this|these|we|it|they|\p{Lu})/u.test(
      m[0],
    )
  )
    return null;
  const noun = (m[1] ?? '').toLowerCase();
  if (
    /^\)?\s*,/.test(m[0]) &&
    !/^\)?\s*,\s*(?:an?|the|our)\s/i.test(m[0]) &&
    /s$/.test(noun) &&
    noun !== 'corpus'
  )
    return null;
  // "X: Efficient LLM Agent ...", "X, a post-training LLM adaptation framework", "X, a new large language model
  // (MLLM) benchmark": a type noun modifying a later one is not the head (the last one is).
  let head = m;
  for (let guard = 0; guard < 3; guard++) {
    const rest = after.slice(head.index + head[0].length);
    const next = LATER_HEAD_NOUN.exec(rest);
    if (!next) break;
    const joined = [head[0] + next[0], next[1] ?? ''] as unknown as RegExpExecArray;
    joined.index = head.index;
    joined.input = after;
    head = joined;
  }
  // "X, a State Space Model (SSM)-based restoration network": a type noun made into a modifier names no type.
  if (
    /^(?:\s*\([^()]{1,15}\))?-(?:based|driven|powered|guided|enhanced|augmented|inspired)\b/.test(
      after.slice(head.index + head[0].length),
    )
  )
    return null;
  return head;
}
// A type noun after at most two modifiers and an acronym in parentheses, with no function word between.
const LATER_HEAD_NOUN = new RegExp(
  String.raw`^(?:\s*\([^()]{1,15}\))?(?:\s+(?!(?:for|of|that|which|with|to|and|or|in|on|by|from|via|using|is|are|was|were|as|at)\b)[\w-]+){0,2}?\s+(${TYPE_NOUN_ALT})(?![\w-])`,
  'i',
);
// "We introduce a novel approach, Zorb Attention, which ...": the description comes first, the name after a comma.
export const DESCRIPTION_THEN_NAME = new RegExp(
  String.raw`^\s*(?:an?|our)\s+(?:[\w-]+\s+){0,3}?(${TYPE_NOUN_ALT})\s*,\s*`,
  'i',
);
// A type noun anywhere in a phrase, not as a modifier ("LLM-based framework" has the noun "framework").
export const TYPE_NOUN_IN = new RegExp(String.raw`(?<![\w-])(${TYPE_NOUN_ALT})(?![\w-])`, 'i');
export const FOLLOWING_NOUN = new RegExp(String.raw`^\s+(${TYPE_NOUN_ALT})(?![\w-])`, 'i');
// "the THINGS triplet dataset", "the TEACh embodied AI dataset": up to two lower-case words (or a short acronym)
// may sit between a name and a data noun.
// ("Zorb-7B across benchmarks": a preposition puts the data noun in another phrase.)
export const FOLLOWING_DATA_NOUN =
  /^\s+(?:(?!(?:and|or|on|with|of|for|to|in|is|are|was|were|as|by|from|that|which|across|over|under|among|at|via|through|into|against|than|using|within|beyond|between|upon|versus|vs)\b)(?:[a-z][\w-]*|[A-Z]{2,4})\s+){1,2}(benchmarks?|datasets?|corpus|corpora|suite)\b/;
// "a 130-task ZorbDomain subset": part of a dataset is data.
export const FOLLOWING_DATA_PART = /^\s+(?:subsets?|splits?)\b/;
// "the BLINK and ZorbQA benchmarks": the earlier names of a list under one plural data noun. A name may carry a
// short gloss ("ZorbRaw (large-scale) and ZorbCurated (refined) datasets").
const DATA_GLOSS = String.raw`(?:\s*\([^()]{1,40}\))?`;
export const COORDINATED_DATA_NOUN = new RegExp(
  String.raw`^${DATA_GLOSS}(?:\s*,\s*[^\s,;()]+${DATA_GLOSS}){0,6},?\s+(?:and|or|&)\s+(?:the\s+)?(?=[^\s,;()]*[A-Z\d])[^\s,;()]+${DATA_GLOSS}\s+(?:benchmarks|datasets|corpora|suites)\b`,
);
// "ZorbCurated (refined) datasets": the last of them.
export const GLOSSED_DATA_NOUN = /^\s*\([^()]{1,40}\)\s+(?:benchmarks?|datasets?|corpus|corpora|suites?)\b/;
// Nouns of a device a system runs on ("GPUs", "edge devices", "boards").
const DEVICE_NOUN = String.raw`devices?|GPUs?|chips?|boards?|processors?|NPUs?|TPUs?|CPUs?`;
// "On Zorb K1 edge devices": hardware a system runs on, not data it is tested on.
export const FOLLOWING_HARDWARE_NOUN = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,2}?(?:${DEVICE_NOUN}|hardware|platforms?|accelerators?)\b`,
);
// A device noun right after a name: the name is hardware ("WidowX robot", "HoloLens device", "STM32 microcontroller").
export const DEVICE_AFTER = new RegExp(
  String.raw`^\s+(?:${DEVICE_NOUN}|microcontrollers?|MCUs?|SoCs?|FPGAs?|robots?|headsets?)\b`,
);
const SAMPLE_WORDS = String.raw`videos|images|samples|examples|problems|questions|instances|clips|scenes|documents|dialogues|conversations|utterances|sentences|articles|queries|prompts|items|episodes|trajectories|recordings|patients|records`;
const SAMPLE_NOUN = String.raw`(?:${SAMPLE_WORDS})`;
// "compile 50 ZorbCode problems": items of data right after a name that a count comes before.
export const SAMPLES_AFTER = new RegExp(String.raw`^\s+${SAMPLE_NOUN}\b`);
// "images from ZorbLeaf", "questions drawn from the Zorb exam": where items of data come from ("samples generated
// by ..." come from a model).
export const SAMPLES_FROM_BEFORE = new RegExp(
  String.raw`(?<!\bgenerated\s)\b(?:${SAMPLE_WORDS}|sequences|tweets|posts|reviews|abstracts)\s+(?:(?:drawn|collected|sampled|taken|sourced|curated|crawled|scraped)\s+)?from\s+(?:the\s+)?$`,
  'i',
);
// "the QuuxReg task in Zorb2Reg 2025", "all three tracks of ...": what holds a task or a track ("challenges in GNSS
// signal denied areas" and "a challenge at WACV 2026" name a difficulty and a venue).
export const CHALLENGE_HOLDER_BEFORE = /\b(?:tasks?|tracks?)\s+(?:in|of)\s+(?:the\s+)?$/i;
// A name in a list: a word with a capital or a digit ("ZorbQA", "GSM8K", "v2").
const LISTED_NAME = String.raw`(?=[\w\-.+]*[A-Z\d])[\w\-.+]+`;
// "the ZorbEmo, Blix140, and ": the names of a list read so far, up to the name being typed.
const NAMES_SO_FAR = String.raw`(?:the\s+)?(?:${LISTED_NAME}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,6}$`;
const DRAWN = String.raw`(?:drawn|sampled|taken|selected|collected|curated|derived|randomly\s+sampled)`;
// What a count of samples, or samples said to be drawn, come from is data: "100 videos from Zorb-K and ZK-2",
// "problems sampled from ZorbMath"; not "low-confidence cases from ZorbNER". So is what a dataset is built from:
// "the ZorbSeg dataset, constructed by augmenting annotations of Zorb-cls, Z2SA, and".
export const DRAWN_FROM_BEFORE = new RegExp(
  String.raw`(?:(?:\b\d[\d,.]*[kKM]?\s+(?:[\w-]+\s+){0,2}${SAMPLE_NOUN}\s+(?:${DRAWN}\s+)?|\b${SAMPLE_NOUN}\s+${DRAWN}\s+)from|\b(?:dataset|benchmark|corpus),?\s+(?:(?:is|was)\s+)?(?:constructed|built|created|derived|compiled|assembled|curated)\s+(?:by\s+(?:augmenting|extending|re-?annotating|relabel+ing|combining|merging|unifying)(?:\s+(?:the\s+)?(?:annotations|labels|images|videos|samples|data)\s+(?:of|from))?|from))\s+(?:the\s+)?(?:${LISTED_NAME},?\s+(?:and\s+|or\s+)?){0,6}$`,
);
// "two benchmarks for image retrieval - Zorb2 and QuxChi -", "three benchmark tasks -- ZorbHate, ...", "three
// benchmarks on problem solving: ZorbMath500, ...": names a colon or dash opens after a plural data noun are its items.
export const DATA_LIST_OPENED_BEFORE = new RegExp(
  String.raw`\b(?:benchmarks|datasets|corpora|(?:benchmark|evaluation)\s+(?:tasks|suites))(?:\s+(?:for|on|in|of|from|with|covering|spanning|across)\s[^.;:()\n]{0,80}?)?(?:\s[-\u2013\u2014]{1,2}|:)\s+${NAMES_SO_FAR}`,
);
// "ZorbNotes (300 expert-authored responses ...)", "ZorbEval (n=4,711 prompts)", "ZorbCorp (2,268-record ...)": a name
// glossed by a count of samples; "ZorbDYK contains 12,290 facts and 77,180 questions": one said to hold them.
export const COUNTED_SAMPLES_AFTER = new RegExp(
  String.raw`^(?:\s+(?:contains|comprises|consists\s+of|includes)\s+(?:over\s+|more\s+than\s+|about\s+|approximately\s+|nearly\s+|roughly\s+)?\d[\d,.]*[kKM]?\+?\s+(?:[\w-]+\s+){0,2}(?:${SAMPLE_NOUN}|facts|triples|annotations|pairs|tweets|posts|reviews|comments)\b|\s*\(\s*(?:(?:n\s*=\s*)?\d[\d,.]*[kKM]?\+?\s+(?:[\w-]+\s+){0,2}(?:${SAMPLE_NOUN}|responses|judgments|judgements|annotations|pairs|tweets|posts|reviews|comments)\b|\d[\d,.]*[kKM]?-(?:record|sample|problem|question|item|example|instance|image|video|dialogue|document|query|prompt|episode|trajectory|utterance|pair)\b))`,
);
// "methods, including GEPA and MIPRO", "applications such as SLAM", "architectures such as Zorb-Net": examples of
// methods or uses are not benchmarks.
// The list must run up to the name: in "our method, e.g., +3% over baselines on ZorbQA" the name is not an example.
export const METHOD_LIST_BEFORE =
  /\b(?:methods?|baselines?|approaches|models?|techniques|algorithms|systems|LLMs|optimizers?|frameworks?|applications?|generators?|tools?|devices?|platforms?|architectures?|networks|backbones?|defen[cs]es|attacks|detectors|solvers|retrievers|planners|policies|agents)\s*,?\s*(?:\(?(?:including|such as|like|e\.g\.,?|namely)\s)(?:(?!(?:on|in|over|across|for|from|with|to|than|of|at|by)\s)[^\s,;()]+,?\s+(?:and\s+|or\s+)?){0,8}$/i;
// "on ZorbQA, ", "datasets such as ", "a combined dataset consisting of Zorb80, ": before a name in an evaluation list.
export const EVAL_LIST_BEFORE = new RegExp(
  String.raw`\b(?:[Oo]n|[Aa]cross|[Ii]ncluding|[Ii]nclude|[Ss]uch as|[Ll]ike|[Nn]amely|(?<!\bwe\s)[Bb]enchmarks?|[Dd]atasets?)\s+(?:(?:(?:consisting|composed)\s+of|comprising|spanning|covering|combining)\s+)?\(?(?:(?:the|both|two|three|four|five|several|multiple|diverse|challenging|standard|popular|public)\s+)?(?:(?:${LISTED_NAME}|datasets?|benchmarks?|test|set|split|suite)(?:\s+v?\d[\w.]*)?,?\s+(?:and\s+|or\s+)?){0,8}$`,
);
// "on the ZorbEmo, Blix140, and ": "on" and the names of a list read so far.
const ON_NAMES_SO_FAR = String.raw`on\s+${NAMES_SO_FAR}`;
// "70% accuracy on ZorbEmo, Blix140, and ": a value, the measure it is in (group 1, may be empty), then "on" and
// the names listed so far.
export const MEASURED_ON_LIST_BEFORE = new RegExp(
  String.raw`\d\s?(?:\\?%|points?|pp)\s+(?:(?:average|mean|overall|absolute|relative)\s+)?((?:[\w@-]+\s+){0,2}?)${ON_NAMES_SO_FAR}`,
);
// "... and benchmark six encoders (A, B) on ZorbHate, QuxToxic, and ": what a paper evaluates on, named in the
// sentence that proposes it.
export const EVALUATED_ON_LIST_BEFORE = new RegExp(
  String.raw`\b(?:evaluat(?:e|es|ed|ing)|benchmark(?:s|ed|ing)?|test(?:s|ed|ing)?)\s[^.;:]{0,100}?\s${ON_NAMES_SO_FAR}`,
);
// A sentence that reports a percentage or a gain evaluates too: "rising from 27.0% to 54.0% on ZorbQA".
export const EVAL_SENTENCE =
  /\b(?:experiment\w*|evaluat\w*|benchmark\w*|dataset\w*|results?|test\w*|outperform\w*|achiev\w*|improv\w*|perform\w*|gains?|increas\w*|surpass\w*|compar(?:e|es|ed|ing)\s[^.;]{0,60}?\b(?:with|against|to)\b)\b|\d\s?(?:%|\\%)/i;
export const METRIC_MODIFIER_STOP = new Set([
  'sacrificing',
  'preserving',
  'maintaining',
  'retaining',
  'improving',
  'losing',
  'compromising',
  'reducing',
  'enhancing',
  'balancing',
  'trading',
  'surpassing',
  'exceeding',
  'yielding',
  'delivering',
  'attaining',
  'obtaining',
  'sacrifice',
  'preserve',
  'maintain',
  'retain',
  'lose',
  'matching',
  'outperforming',
  'hurting',
  'harming',
  'requiring',
  'demanding',
  'needing',
  'lacking',
  'enabling',
  'supporting',
  'allowing',
  'ensuring',
  'achieving',
  'reaching',
  'showing',
  'exhibiting',
  'boosting',
  'increasing',
  'decreasing',
  'raising',
  'lowering',
  'degrading',
  'ensure',
  'ensures',
  'guarantee',
  'guarantees',
  'enhance',
  'enhances',
  'preserves',
  'retains',
  'sacrifices',
  'balance',
  'balances',
  'reduce',
  'reduces',
  'lack',
  'lacks',
  'require',
  'requires',
  'deliver',
  'delivers',
  'support',
  'supports',
  'enable',
  'enables',
  'compromise',
  'compromises',
  'hurt',
  'hurts',
  'harm',
  'harms',
  'degrade',
  'degrades',
  // "Zorb trades accuracy and speed for cost": a verb's third person is no modifier either.
  'trade',
  'trades',
  'traded',
  'lowers',
  'raises',
  'boosts',
  'improves',
  'increases',
  'decreases',
  'maintains',
  'loses',
  'exceeds',
  'surpasses',
  'outperforms',
  'attains',
  'achieves',
  'reaches',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'its',
  'their',
  'our',
  'higher',
  'high',
  'better',
  'best',
  'improved',
  'improving',
  'improves',
  'improve',
  'competitive',
  'strong',
  'stronger',
  'comparable',
  'similar',
  'superior',
  'lower',
  'low',
  'final',
  'top',
  'test',
  'state',
  'art',
  'sota',
  'good',
  'great',
  'greater',
  'increased',
  'increase',
  'increases',
  'reduced',
  'overall',
  'average',
  'mean',
  'avg',
  'achieves',
  'achieve',
  'achieving',
  'achieved',
  'reaches',
  'reach',
  'reaching',
  'maintains',
  'maintaining',
  'boosts',
  'boosting',
  'boost',
  'that',
  'this',
  'these',
  'which',
  'while',
  'whose',
  'gains',
  'gain',
  'up',
  'than',
  'more',
  'less',
  'model',
  'models',
  'same',
  'original',
  'baseline',
  'substantial',
  'significant',
  'significantly',
  'remarkable',
  'relative',
  'absolute',
  'near',
  'perfect',
  'human',
  'new',
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'zero',
  'shot',
  'few',
  'per',
  'report',
  'reports',
  'reported',
  'measure',
  'measures',
  'measured',
  'evaluate',
  'evaluates',
  'compute',
  'computes',
  'use',
  'uses',
  'show',
  'shows',
  'obtain',
  'obtains',
  'yield',
  'yields',
  'attain',
  'attains',
  'get',
  'gets',
  'using',
  'including',
  'following',
  'during',
  'regarding',
  'considering',
  'measuring',
  'reporting',
  'across',
  'between',
  'among',
  'beyond',
  'benchmark',
  'benchmarks',
  'via',
  'under',
  'without',
  'compare',
  'compares',
  'maximize',
  'maximizes',
  'optimize',
  'optimizes',
  'predict',
  'predicts',
  'both',
  'all',
]);
const METRIC_PHRASE = String.raw`((?:[a-z][a-z\-]*\s){0,3}[a-z][a-z\-]*)`;
/**
 * How a pattern's phrase is checked: `head` says which heads end a metric name ("any" word, a "measure"-like head, or
 * only a "strict" measure head where no outcome verb precedes); `listItem` needs an outcome verb earlier in the
 * sentence; `verbFree` rejects verbs and plurals inside the name; `openEnd` marks a phrase nothing bounds on the right,
 * which ends before its first preposition or conjunction.
 */
export interface ResultMetricPattern {
  pattern: RegExp;
  head: 'any' | 'measure' | 'strict';
  listItem?: boolean;
  verbFree?: boolean;
  openEnd?: boolean;
  /** The phrase follows the value it measures ("by 40.7% in controllability"), so one quality noun is enough. */
  valueBefore?: boolean;
  /** The phrase is the subject of a change ("caption consistency decreases by 58.6 points"): it starts after the last
   * function word or verb before it. */
  subject?: boolean;
  /** A stated amount of change names what changed ("a 73% reduction in redundant computations"): any head, counts
   * included, ends the phrase. */
  countedChange?: boolean;
  /** The phrase follows its bare value ("67.1% success"): one measure noun is enough. */
  afterValue?: boolean;
  /** A cheap test a sentence must pass before the pattern is tried. */
  cue?: RegExp;
  /** The comparison itself says something was measured, so the sentence needs no number. */
  comparative?: boolean;
}
// Words that end an open-ended measure phrase: "a 32% improvement in text alignment on ZorbBench".
export const OPEN_PHRASE_END = new Set([
  'on',
  'in',
  'for',
  'of',
  'with',
  'to',
  'than',
  'and',
  'or',
  'while',
  'when',
  'per',
  'compared',
  'relative',
  'across',
  'over',
  'at',
  'from',
  'by',
  'among',
  'under',
  'within',
  'without',
  'versus',
  'vs',
  'according',
  'as',
  'after',
  'due',
  'thanks',
  'because',
  'against',
  'through',
  'via',
  'using',
  'which',
  'that',
  'whereas',
]);
// A hedge between "by" and the amount it introduces: "by up to 58.6%", "by over 50%".
const AMOUNT_HEDGE = String.raw`(?:up to|over|about|nearly)`;
// A pattern match that ends in "by" and the start of an amount ("improves truthfulness by 9.8").
export const BY_AMOUNT_END = new RegExp(String.raw`\bby\s+(?:${AMOUNT_HEDGE}\s+)?(?:[-+]?\$?\d)?$`);
// Between a measure and its value: "accuracy by 4%", "accuracy by an average of 18.5%".
export const BY_AMOUNT_GAP = new RegExp(
  String.raw`^\s+by\s+(?:(?:an average of|on average|a margin of|${AMOUNT_HEDGE}|approximately|as much as)\s+)?[+\-\u2212]?$`,
  'i',
);
// A measure changing on its own, then how: "rises by", "falling from", "decreased by".
const CHANGE_VERB = String.raw`(?:ris(?:e|es|ing|en)|rose|fall(?:s|ing|en)?|fell|drop(?:s|ped|ping)?|(?:decreas|increas|declin|improv)(?:e|es|ed|ing)|(?:jump|climb)(?:s|ed|ing)?|grow(?:s|ing|n)?|grew)\s+(?:by|from)`;
// Not a measure but a setting, or not its plain name: "a learning rate of", "a mask ratio of", "a median latency of".
const NOT_SETTING_PHRASE = String.raw`(?!(?:[A-Za-z][a-z\-]*\s){0,2}(?:[a-z]+ly|median|maximum|minimum|typical|annuali[sz]ed|learning|sampling|dropout|mask|masking|pruning|filter|compression|decay|frame|bit|noise|rotational)\s)`;
export const RESULT_METRIC_PATTERNS: readonly ResultMetricPattern[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:improv|increas|boost|reduc|decreas|lower|rais|cut|enhanc|lift|doubl|acceler|shorten|expand|halv)(?!\w*ly\b)\w*|scal\w*\s+up)\s+(?:the\s+)?${METRIC_PHRASE}\s+(?:by\s|\(|from\s)`,
      'g',
    ),
    head: 'any',
  },
  // "improving mean altitude error over two baselines by 29.6%": with the comparison between, a measure head only.
  {
    pattern: new RegExp(
      String.raw`\b(?:improv|increas|boost|reduc|decreas|lower|rais|cut|enhanc|lift)\w*\s+${METRIC_PHRASE}\s+(?:over|relative to|compared (?:to|with))\s[^.;:()]{1,60}?\sby\s+[-+]?\$?\d`,
      'g',
    ),
    head: 'measure',
  },
  // "lowering node duplication on long documents from 17.78% to 11.17%": where it was measured, then both values.
  {
    pattern: new RegExp(
      String.raw`\b(?:improv|increas|boost|reduc|decreas|lower|rais|cut|enhanc|lift)\w*\s+${METRIC_PHRASE}\s+(?:on|in|for|across)\s[^.;:()]{1,40}?\sfrom\s+[-+]?\$?\d[\d.,]*\s*(?:\\?%|points?\b)?\s*to\s+[-+]?\$?\d`,
      'g',
    ),
    head: 'any',
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:improv|increas|boost|reduc|decreas|lower|rais|enhanc|doubl|acceler|shorten|expand|halv)(?!\w*ly\b)\w*|scal\w*\s+up)\s+(?:the\s+)?${METRIC_PHRASE}\s+of\s+[\p{Lu}\d]`,
      'gu',
    ),
    head: 'any',
  },
  // "a 73% reduction in redundant computations", "a 15-fold reduction in training epochs": the amount right before
  // the change says the phrase was measured.
  {
    pattern: new RegExp(
      String.raw`\d(?:\\?%|x|\u00d7|-fold|\s?(?:points?|pp)\b)\s+(?:relative\s+|absolute\s+)?(?:increases?|improvements?|gains?|reductions?|decreases?|drops?|boosts?|rises?)\s+in\s+${METRIC_PHRASE}`,
      'g',
    ),
    head: 'any',
    openEnd: true,
    countedChange: true,
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:increases?|improvements?|gains?|reductions?|decreases?|drops?|boosts?|rises?)\s+in\s+${METRIC_PHRASE}`,
      'g',
    ),
    head: 'any',
    openEnd: true,
  },
  // "improves validity by 0.51, accuracy by 0.47, and explanation entailment by 0.64": the later items of a list.
  {
    pattern: new RegExp(
      String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(?!and\b)${METRIC_PHRASE}\s+by\s+(?:${AMOUNT_HEDGE}\s+)?[-+]?\$?\d`,
      'g',
    ),
    head: 'measure',
    listItem: true,
    verbFree: true,
  },
  // "improves pass rate from 11.1% to 33.3% and mean term coverage from 36.7% to 65.4%": later items changed from-to.
  {
    pattern: new RegExp(
      String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(?!and\b)${METRIC_PHRASE}\s+from\s+[-+]?\$?\d[\d.,]*\s*(?:\\?%|points?\b)?\s*to\s+[-+]?\$?\d`,
      'g',
    ),
    head: 'measure',
    listItem: true,
    verbFree: true,
    cue: /\sfrom\s+[-+]?\$?\d/,
  },
  // "caption consistency decreases by up to 58.60 points", "critical errors falling from 47.75% to 23%": the measure
  // that changes, named before its verb.
  {
    pattern: new RegExp(
      String.raw`\b((?:[a-z][a-z\-]*\s){0,3}[a-z][a-z\-]*)\s+${CHANGE_VERB}\s+(?:(?:${AMOUNT_HEDGE}|roughly)\s+)?[-+]?\$?\d`,
      'g',
    ),
    head: 'measure',
    subject: true,
    cue: new RegExp(String.raw`\b${CHANGE_VERB}\s`),
  },
  // "improves the feasibility of generated ideas by 20%": the measure of something, changed by an amount.
  {
    pattern: new RegExp(
      String.raw`\b(?:improv|increas|boost|reduc|decreas|lower|rais|enhanc)\w*\s+the\s+${METRIC_PHRASE}\s+of\s+[^.;:()]{1,50}?\s+by\s+(?:${AMOUNT_HEDGE}\s+)?[-+]?\$?\d`,
      'g',
    ),
    head: 'measure',
  },
  // "surpasses ZorbGen by 40.7% in controllability and 12.5% in perceptual quality": the measure after the value.
  {
    pattern: new RegExp(
      String.raw`(?=${AMOUNT_HEDGE}|[-+]?\d)(?<=\bby\s+|,\s*|\sand\s+|\b(?:improvements?|gains?|increases?|reductions?|decreases?)\s+of\s+)(?:${AMOUNT_HEDGE}\s+)?[-+]?\d[\d.,]*(?:\\?%|x|\u00d7|\s?(?:points?|pp)\b)\s+in\s+${METRIC_PHRASE}`,
      'g',
    ),
    head: 'measure',
    openEnd: true,
    valueBefore: true,
  },
  // "achieves a mean Percentile Rank of 71.8%", "has a safety-violation probability of 3.5%".
  {
    pattern: new RegExp(
      String.raw`\b(?:achiev|attain|reach|obtain|result\w*\s+in|yield|has|have|had|exhibit|maintain)\w*\s+(?:an?\s+|the\s+)?((?:[A-Za-z][a-z\-]*\s){0,3}[A-Za-z][a-z\-]*)\s+of\s+(?:(?:as much as|${AMOUNT_HEDGE}|only|just)\s+)?[-+]?\$?\d`,
      'g',
    ),
    head: 'strict',
    verbFree: true,
  },
  // "with a rank correlation of 0.86": the measure a value is stated with; not a setting ("with a learning rate of").
  {
    pattern: new RegExp(
      String.raw`\bwith\s+(?:an?\s+|the\s+)${NOT_SETTING_PHRASE}((?:[A-Za-z][a-z\-]*\s){0,3}[A-Za-z][a-z\-]*)\s+of\s+(?:(?:as much as|${AMOUNT_HEDGE}|only|just)\s+)?[-+]?\$?\d`,
      'g',
    ),
    head: 'strict',
    verbFree: true,
  },
  // "achieves 94.3% accuracy ... and a combined score of 41.88": a later item of what was achieved or stated with.
  {
    pattern: new RegExp(
      String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?|the)\s+${NOT_SETTING_PHRASE}((?:[A-Za-z][a-z\-]*\s){0,3}[A-Za-z][a-z\-]*)\s+of\s+(?:(?:${AMOUNT_HEDGE}|only|just)\s+)?[-+]?\$?\d`,
      'g',
    ),
    head: 'strict',
    verbFree: true,
    cue: /\b(?:achiev|attain|reach|obtain|yield)\w*\s|\bwith\s+(?:an?|the)\s[^.;]*?\sof\s+[-+]?\$?\d/,
  },
  // "achieving the lowest reconstruction error on ZorbSet", "with lower temporal error and higher IoU": the measure a
  // method is best at.
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:achiev|attain|obtain|yield|deliver|reach|produc|exhibit)\w*|with)\s+(?:the\s+|a\s+|consistently\s+)?(?:lowest|highest|best|lower|higher|better|strongest)\s+${METRIC_PHRASE}(?=\s+(?:on|in|across|among|than|of|for|and)\b|[,.;])`,
      'g',
    ),
    head: 'strict',
    verbFree: true,
    comparative: true,
  },
  // "(inter-annotator agreement 0.79-0.84)".
  {
    pattern: new RegExp(String.raw`\(\s*${METRIC_PHRASE}\s*(?:=|:)?\s*[-+]?\$?\d`, 'g'),
    head: 'strict',
    verbFree: true,
  },
  // After a bare "34% ..." only a measure-like head is a metric ("34% repetitive content" is not).
  {
    pattern: new RegExp(
      String.raw`\d(?:\\?%|\s?points?)\s+(?:higher\s+|lower\s+|better\s+|absolute\s+|relative\s+)?${METRIC_PHRASE}(?=\s+(?:on|in|for|across|compared|over|than|with|but|while|whereas|and|among|at)\b|[,.;])`,
      'g',
    ),
    head: 'measure',
    afterValue: true,
    // "74% agreement with expert judgments.": the phrase the value opens ends before its first preposition.
    openEnd: true,
  },
];
// Words that never occur inside a metric name found from result phrasing.
export const PHRASE_STOP = new Set([
  'by',
  'from',
  'as',
  'at',
  'into',
  'across',
  'over',
  'under',
  'it',
  'them',
  'they',
  'both',
  'all',
  'each',
  'such',
  'fewer',
  'most',
  'much',
  'many',
  'several',
  'various',
  'not',
  'no',
  'can',
  'may',
  'will',
  'also',
  'only',
  'even',
  'further',
  'respectively',
  'point',
  'points',
  'percent',
  'percentage',
  'times',
  'fold',
  'used',
  'using',
]);
// Heads that are outcomes in general, not named measures.
export const GENERIC_RESULT_HEADS = new Set([
  'performance',
  'results',
  'result',
  'scores',
  'efficiency',
  'capability',
  'capabilities',
  'ability',
  'abilities',
  'quality',
  'robustness',
  'generalization',
  'effectiveness',
  'margin',
  'baseline',
  'baselines',
  'model',
  'models',
  'method',
  'methods',
  'approach',
  'approaches',
  'tasks',
  'task',
  'data',
  'gains',
  'gain',
  'improvement',
  'improvements',
  'reasoning',
  'training',
  'inference',
  'learning',
  'parameters',
  'samples',
  'tokens',
  'benchmarks',
  'benchmark',
  'datasets',
  'dataset',
  'setting',
  'settings',
  'cases',
  'state',
  'art',
  'average',
  'overhead',
  'size',
  'sizes',
  'usage',
  'budget',
  'steps',
  'rounds',
  'agents',
  'agent',
  'users',
  'questions',
  'problems',
  'examples',
]);
// Heads of lower-case long forms that do name one method, task or metric ("stochastic path likelihood").
export const LOWER_CASE_NAME_HEADS =
  /^(?:learning|optimi[sz]ation|likelihood|training|algorithm|search|sampling|decoding|attention|transformer|tuning|distillation|regression|inference|prompting|control|descent|ascent|network|net|regulari[sz]ation|normali[sz]ation|augmentation|alignment|adaptation|merging|pruning|quantization|compression|encoding|embedding|routing|scheduling|steering|filtering|ranking|reranking|retrieval|generation|detection|classification|recognition|segmentation|answering|translation|summarization|forecasting|estimation|extraction|captioning|tracking|analysis|verification|reasoning|loss|objective|mechanism|framework|method|approach|solver|estimator|score|rate|accuracy|error|distance|divergence|index|metric|gate|refinement|correction|selection|aggregation|fusion|matching|planning|editing|synthesis|completion|parsing|induction|fine-tuning)$/;
// Title-case task heads: "Detection", "Dehazing", "Anti-Spoofing", "Super-Resolution", "Reasoning".
const TITLE_TASK_HEAD =
  'Classification|Detection|Generation|Prediction|Recognition|Segmentation|Mining|Clustering|Retrieval|Verification|Answering|Translation|Summarization|Synthesis|Completion|Estimation|Tracking|Forecasting|Parsing|Extraction|Localization|Captioning|Editing|Inpainting|Inversion|Recovery|Dehazing|Deblurring|Denoising|Deraining|Super-Resolution|Anti-Spoofing|Reconstruction|Restoration|Simulation|Understanding|Reduction|Assessment|Stylization|Imputation|Navigation|Diagnosis|Grounding|Manipulation|Rectification';
// Title-case task phrases of one to four words after "for", "on", "in", "towards" or a colon, ending in a task head.
export const TITLE_TASK = new RegExp(
  String.raw`(?:\b(?:[Ff]or|[Oo]n|[Ii]n|[Oo]f)\s|:\s*|^)((?:\p{Lu}[\p{L}\d-]*\s){0,3}(?:\p{Lu}[\p{Ll}-]*(?:${TITLE_TASK_HEAD})|(?:${TITLE_TASK_HEAD})))(?=\s*$|\s+(?:[Ww]ith|[Vv]ia|[Uu]sing|[Bb]y|[Ff]or|[Ff]rom|[Ii]n|[Oo]n|[Tt]hrough|[Uu]nder|and)\b|[:,.?])`,
  'gu',
);
// Head nouns of task names ("rumour clustering", "trajectory prediction").
const TASK_HEAD = String.raw`(?:generation|understanding|reasoning|prediction|detection|classification|recognition|segmentation|clustering|inversion|mining|retrieval|verification|answering|translation|summarization|synthesis|completion|estimation|tracking|forecasting|parsing|extraction|localization|captioning|editing|inpainting|deconvolution|dehazing|deblurring|deraining|anti-spoofing|super-resolution|planning|navigation|manipulation|grounding|reconstruction|restoration|denoising|tagging|labeling|ranking|recommendation|matching)`;
const TASK_NP = String.raw`((?:[a-z][a-z0-9-]*\s){1,3}${TASK_HEAD})`;
// "research on rumour clustering", "we focus on lexer generation", "previous works on watermark inversion".
export const TASK_FOCUS = new RegExp(
  String.raw`\b(?:[Rr]esearch|[Ww]orks?|[Ss]tud(?:y|ies)|[Ff]ocus(?:es|ing)?|[Pp]rogress|[Aa]dvances)\s+on\s+${TASK_NP}\b(?!-)`,
  'g',
);
// How well a task is done, before the task that opens an abstract: "Accurate camera localization is ...".
const OPENING_QUALIFIER_WORD = String.raw`(?:Accurate|Automatic|Automated|Robust|Efficient|Reliable|Effective|Recent)\s+`;
export const OPENING_QUALIFIER = new RegExp(String.raw`^${OPENING_QUALIFIER_WORD}$`);
// Words that open a sentence but no task name: adverbs, conjunctions, and how or when a task was done.
const OPENING_NON_TASK_WORD = String.raw`(?:\w+ly|Although|While|Though|Whereas|Since|When|Because|If|As|Existing|Traditional|Conventional|Classical|Current|Modern|Standard|Manual|Early|Complete|Precise|High-[\w-]+|Deep|Online|Live|Fine-grained|Long-form|Synthetic)\s`;
// "Affordance reasoning, the inference of ...": a task that opens an abstract as its subject. An unlisted
// "... understanding" there names a capability more often than a task ("Physical understanding remains brittle").
export const TASK_OPENING = new RegExp(
  String.raw`^(?:${OPENING_QUALIFIER_WORD})?((?!${OPENING_QUALIFIER_WORD}|${OPENING_NON_TASK_WORD})(?:[A-Za-z][a-z0-9-]*\s)(?:[a-z][a-z0-9-]*\s){0,2}(?!understanding\b)${TASK_HEAD})(?![\w-])`,
);
// What follows a task that opens a sentence as its subject: "(HOID) refers to", "has achieved", ", the inference of".
export const TASK_SUBJECT_AFTER =
  /^\s*(?:\(|,|(?:is|are|has|have|remains?|requires?|refers|aims|plays|poses|faces|involves|seeks|enables|serves|underpins|lies|continues|presents|in|and|from|for|of|with)\b)/;
// "Reading comprehension systems face ...": the systems of a listed task, as the subject.
export const TASK_SYSTEMS_AFTER = /^\s+(?:systems?|models?|methods?|approaches)\s/;
// "... is essential for", "plays a crucial role in": what an abstract's opening says its subject serves.
export const TASK_SERVED_BEFORE =
  /\b(?:essential|crucial|critical|important|vital|fundamental|central|key|pivotal|indispensable)\s+(?:role\s+)?(?:for|to|in)\s+(?:the\s+)?$/i;

// "we evaluate on emotion classification and stance detection tasks": task names before the word "tasks".
export const TASKS_NAMED_BEFORE = new RegExp(
  String.raw`\b(?:on|for|in)\s+${TASK_NP}(?:\s+(?:and|or)\s+${TASK_NP})?\s+tasks?\b`,
  'g',
);
// "the task of crowd counting", "X is a challenging task": a task the paper frames as its problem.
export const TASK_FRAMED = new RegExp(
  String.raw`\b(?:(?:task|problem)\s+of\s+${TASK_NP}\b(?!-)|(?:^|[.;,]\s*|\b(?:[Ww]hile|[Aa]lthough|[Bb]ut)\s+)((?:[A-Za-z][a-z0-9-]*\s)(?:[a-z][a-z0-9-]*\s){0,2}${TASK_HEAD})\s+(?:is|remains)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:task|problem)\b)`,
  'g',
);
// "metrics such as recall, fluency and coherence", "three metrics set by human evaluators: X, Y and Z": the items of a
// metric list.
export const METRIC_LIST =
  /\b(?:metrics|measures)(?:\s+(?:(?:set|defined|chosen|adopted|proposed|selected)\s+(?:by|in|for)|for|to\s+(?:\w+ly\s+)?(?:measure|assess|quantify|evaluate|capture|gauge)|in\s+addition\s+to|(?:were|are)\s+used)(?:\s+(?!(?:datasets?|benchmarks?|conditions|levels|categories|settings|scenarios|tasks|types?)\b)[\w-]+){0,5}?)?\s*(?:,\s*)?(?:including|such as|namely|like|:)\s*,?\s*([^.;()]{3,160})/g;
// "three behavioral metrics--abstention rate, conditional accuracy, and answer rate": a list after a dash, read strictly
// ("metrics -- derived from interviews -- " is an aside).
export const METRIC_LIST_DASHED = /\b(?:metrics|measures)\s*(?:-{2,3}|\u2014)\s*([^.;()]{3,160})/g;
// "improvements across multiple metrics (character attribution, spatial plausibility, and movement economy)": a list in
// parentheses after the word, read strictly too; not one of kinds of metrics ("metrics (N-gram and LLM-based metrics)").
export const METRIC_LIST_PARENTHESISED =
  /\b(?:metrics|measures)\s*\(\s*(?:e\.g\.,?\s*|including\s+|namely\s+|i\.e\.,?\s*)?((?:(?!metrics?\b|measures?\b|-based\b)[^.;()]){3,160})\)/g;
// "four metrics measuring content fidelity, tone match and ...", "a rubric that measures X and Y", "a rubric spanning X,
// Y and Z", "evaluated across key dimensions: X, Y and Z", "predicts a score and six sub-attributes: X, Y and Z", "a
// four-dimensional evaluation framework (including X, Y and Z)": a list a measuring word governs (only lists of two or
// more items count).
export const METRIC_LIST_GOVERNED =
  /\b(?:(?:metrics?|measures|rubrics?|(scores?))\s+(?:that\s+)?(?:measur(?:e|es|ing)|assess(?:es|ing)?|quantif(?:y|ies|ying)|spanning|covering|for|in|to\s+(?:measure|assess|quantify))\b|((?:dimensions|criteria|sub-attributes|attributes)(?:\s+of\s+[a-z-]+)?\s*(?::|,?\s+(?:including|such\s+as|namely)\s+)|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+)?(?:dimensions|criteria)|\b\w+-dimensional\s+evaluation\s+(?:framework|protocol|scheme))\s*\(\s*(?:including\s+|e\.g\.,?\s+|namely\s+)?))\s*((?:[^.;()]|\([^()]*\)){3,200})/g;
// "across fluency, novelty, and coherence metrics": a list the word metrics closes.
export const METRIC_LIST_CLOSED =
  /\b(?:across|on|for|with|using)\s+((?:[\p{L}][\p{L}\d'@-]*(?:\s[\p{L}][\p{L}\d'@-]*){0,2},\s*){1,6}(?:and|or)\s+[\p{L}][\p{L}\d'@-]*(?:\s[\p{L}][\p{L}\d'@-]*){0,2})\s+metrics\b/gu;
// "the trade-offs between accuracy and computational cost": the two sides of a balance, read as measures when one of
// them is a known measure ("between exploration and exploitation" names none).
export const METRIC_TRADE_OFF =
  /\btrade-?offs?\s+between\s+(?:the\s+)?([a-z][\w-]*(?:\s[a-z][\w-]*){0,2}\s+and\s+(?:the\s+)?[a-z][\w-]*(?:\s[a-z][\w-]*){0,2})(?=\s*[.,;)]|\s+(?:in|on|for|across|when|while)\b|$)/g;
// "outperforms them in terms of both geometry fidelity and appearance quality": the qualities a comparison is made in.
export const METRIC_LIST_TERMS = /\bin\s+terms\s+of\s+(?:both\s+|the\s+)?([^.;()]{3,120})/g;
// "evaluating clarity, specificity and factual accuracy", "quantify medical accuracy, key-point coverage, and risk
// interception", "excels in visual consistency and text fidelity": a list an evaluating verb governs; it counts only
// when an item is a known measure.
export const METRIC_LIST_EVALUATED =
  /\b(?:evaluat(?:ing|es|ed)\s+(?:on\s+)?|assess(?:ing|es|ed)?\s+(?:on\s+)?|measur(?:ing|es)\s+|quantif(?:y|ies|ying)\s+|scored\s+on\s+|excel(?:s|led|ling)?\s+in\s+)(?:both\s+)?((?:[^.;()]){3,160})/g;
// "achieves state-of-the-art fidelity and controllability", "confirms its superior clinical utility, completeness, and
// accuracy", "facilitates better identity consistency and separability than": the qualities a result is claimed in;
// the list ends before a preposition.
export const METRIC_LIST_ACHIEVED =
  /\b(?:achiev(?:es|ed|ing)|deliver(?:s|ed|ing)?|attain(?:s|ed|ing)?|confirms?|demonstrat(?:es|ed|ing)|facilitat(?:es|ed|ing)|yield(?:s|ed|ing)?|exhibit(?:s|ed|ing)?)\s+(?:(?:its|their|the|both)\s+|[\w-]+['\u2019]s\s+)?(?:state-of-the-art|superior|better|higher|stronger|improved)\s+((?:(?!\s(?:in|on|for|across|while|with|by|to|than|over|compared|when|under|at)\b)[^.;()]){3,120})/g;
// Qualities an output is judged by; two of them make a list after "measuring" or "evaluating" a list of measures.
export const QUALITY_ATTRIBUTE =
  /^(?:quality|fidelity|realism|naturalness|fluency|coherence|consistency|diversity|relevance|faithfulness|controllability|completeness|coverage|novelty|readability|helpfulness|correctness|plausibility|separability|richness)$/;
// Evaluation words that make "along three dimensions: ..." a list of measured qualities, not of topics.
export const EVALUATION_WORD =
  /\b(?:evaluat|assess|metric|rubric|measur|scor|benchmarks\s+(?:LLMs|LMs|models))/i;
// A plural item ("datasets", "age groups") names things, not a quality measured.
export const PLURAL_ITEM = /[a-z]{2}[^su'\s]s$/;
// Adjectives that only modify the head "metrics" ("structural, token-level metrics"; a "noise level" is a measure).
export const ADJECTIVE_ITEM = /(?:al|ic|ive|specific|based|-level)$/;
// One metric item: one to three words, no digits-only words, no function words.
export const METRIC_ITEM =
  /^(?!(?:the|a|an|and|or|of|to|in|on|for|with|both|all|these|their)\b)[\p{L}][\p{L}\d'@-]*(?:\s(?!(?:the|a|an|and|or|of|to|in|on|for|with|that|which|as|are|is)\b)[\p{L}][\p{L}\d'@-]*){0,2}$/u;
// "downstream tasks, including lesion segmentation, image captioning and ...": the items of a task list.
export const TASK_LIST = /\btasks?\s*(?:,\s*)?(?:including|such as|namely|like|:)\s*,?\s*([^.;()]{3,200})/g;
export const TASK_ITEM = new RegExp(String.raw`^${TASK_NP}$`);
// Words that make a task phrase a description rather than a name.
export const TASK_PHRASE_STOP = new Set([
  'guided',
  'based',
  'driven',
  'aware',
  'efficient',
  'accurate',
  'robust',
  'better',
  'improved',
  'various',
  'different',
  'complex',
  'simple',
  'challenging',
  'downstream',
  'multiple',
  'several',
  'related',
  'specific',
  'general-purpose',
  'real-world',
  'large-scale',
  'fine-grained',
  'free',
  'generative',
  'classifier-free',
  'out-of-distribution',
  'in-distribution',
  'held-out',
  'unseen',
]);
// "Zorb-VL 2.5 Technical Report: ...", "Zorb 7B: Technical Report": up to four words before the report; not a report
// "for the Zorb Challenge" or "on" a topic, which a team writes about its entry.
export const TECHNICAL_REPORT_TITLE =
  /^\s*([\p{L}\d][\p{L}\d.+-]*(?:\s+[\p{L}\d][\p{L}\d.+-]*){0,3}?)\s*:?\s+(?:An?\s+)?Technical\s+Report(?!\s+(?:for|on|of)\b)/u;
export const TITLE_NAME_HEAD =
  /^(?:Systems?|Networks?|Nets?|Transformers?|Machines?|Fields?|Flows?|Processes|Policies|Optimizers?|Solvers?|Engines?)$/;
export const TITLE_OPENERS =
  /^(?:towards?|rethinking|revisiting|beyond|position|survey|benchmarking|understanding|evaluating|learning|on|why|how|what|when|which|can|do|does|is|are|should|the|a|an|review|tutorial|overview|perspective|editorial|abstract|introduction|\w+ing)$/i;
export const TASK_EVIDENCE =
  /\b(?:experiment\w*|evaluat\w*|benchmark\w*|datasets?|results?|outperform\w*|achiev\w*|state-of-the-art|demonstrat\w*|show\w*|tasks?)\b/i;
// What a system spends, as a measure: "5.7x higher token cost", "60% fewer tokens", "cuts API cost by 45%".
const COST_HEAD = String.raw`(?:costs?|overheads?|latency|tokens|token\s+(?:usage|consumption|counts?)|(?:API|LLM|model|tool)\s+calls|compute|energy(?:\s+consumption)?|runtime|wall-clock\s+time|inference\s+time|training\s+time|memory(?:\s+(?:usage|footprint|consumption))?|GPU\s+hours|bitrate|bandwidth|model\s+size|storage|power\s+consumption)`;
const COST_NP = String.raw`((?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,2}${COST_HEAD})(?![\w-])`;
export const COST_MEASURES: readonly RegExp[] = [
  new RegExp(
    String.raw`\d(?:[\d.,]*\d)?\s*(?:%|\\%|x|×|\$?\\times\$?|-fold|\s?times)?\s+(?:higher|lower|less|more|fewer|reduced|smaller|greater|larger|extra|additional)\s+${COST_NP}`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:reduc(?:es|ed|ing|e)|cuts?|cutting|lower(?:s|ed|ing)?|sav(?:es|ed|ing|e)|decreas(?:es|ed|ing|e)|halv(?:es|ed|ing|e)|increas(?:es|ed|ing|e)|rais(?:es|ed|ing|e))\s+(?:the\s+|its\s+|their\s+)?${COST_NP}\s+by\s+(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+|roughly\s+|approximately\s+|more\s+than\s+|~\s*)?\d`,
    'g',
  ),
  /\d[\d.,]*\s?(?:%|\\%|x|×)\s+((?:[a-z][\w-]*\s+)?(?:cost|latency|memory|energy|runtime|compute|bandwidth|storage))\s+(?:reductions?|savings?|decreases?|increases?)\b/g,
];
// "<modifiers> rate|score|error": the head of a measure; modifiers are up to two words.
export const METRIC_HEAD_PHRASE = /\b((?:[A-Za-z][a-z-]+\s){1})(rates?|scores?)\b(?!-)/g;
// Modifiers that make a hyper-parameter, a signal or a generic outcome, not a metric.
export const NOT_METRIC_MODIFIER = new Set([
  // praise, rank or a generic word for a value: "a state-of-the-art score of 51.8", "an evaluation score"
  'state-of-the-art',
  'highest',
  'lowest',
  'evaluation',
  'resulting',
  'corresponding',
  'remaining',
  'existing',
  'underlying',
  'increasing',
  'decreasing',
  'leading',
  'following',
  'preceding',
  'competing',
  'matching',
  'winning',
  'varying',
  'surprising',
  'promising',
  'overall',
  'learning',
  'dropout',
  'sampling',
  'mask',
  'masking',
  'bit',
  'frame',
  'growth',
  'decay',
  'warmup',
  'heart',
  'birth',
  'interest',
  'exchange',
  'tax',
  'mutation',
  'refresh',
  'update',
  'label',
  'prediction',
  'model',
  'training',
  'test',
  'approximation',
  'rounding',
  'quantization',
  'truncation',
  'discretization',
  'human',
  'credit',
  'propensity',
  'attention',
  'confidence',
  'anomaly',
  'risk',
  'z',
  'f',
  'high',
  'low',
  'final',
  'new',
  'total',
  'standard',
  'type',
  'systematic',
  'random',
  'common',
  'small',
  'large',
  'these',
  'those',
  'such',
  'other',
  'similar',
]);
// Techniques that papers narrow with a modifier of their own ("vocabulary pruning", "4-bit quantization", "pairwise
// reranking", "cross-modal knowledge distillation"): the narrowed phrase is the technique the paper uses.
export const OPEN_TECHNIQUE_HEADS = new Set([
  'pruning',
  'quantization',
  'distillation',
  'knowledge distillation',
  'reranking',
]);
// Reinforcement learning is narrowed by a closed set of field-standard settings.
export const RL_SETTING =
  /^(?:offline|online|hierarchical|multi-agent|inverse|deep|model-based|model-free|distributional|safe|constrained|off-policy|on-policy|multi-objective|multi-task|meta)$/;
// "KV cache eviction": what is done to the cache names the technique.
export const KV_CACHE_OPERATION =
  /^[\s-](eviction|compression|reuse|offloading|quantization|management|pruning|retrieval|sharing|merging|selection)\b/;
// The field's variants of those techniques, by what they act on or how ("vocabulary pruning", "pairwise reranking").
export const TECHNIQUE_VARIANT =
  /^(?:token|visual|layer|head|attention|channel|weight|magnitude|vocabulary|expert|network|model|filter|neuron|dynamic|random|gradual|iterative|activation|vector|product|scalar|uniform|mixed-precision|binary|ternary|integer|static|knowledge|data|dataset|feature|logit|response|policy|step|consistency|progressive|multi-teacher|reverse|contrastive|reasoning|agent|ensemble|online|offline|cross-modal|teacher-student|pointwise|pairwise|listwise|cross-encoder|neural|passage|document|context|prompt|cache)$/;
// "additional training pushing accuracy above 95%", "an outstanding accuracy": participles that act on a measure
// or judge it are verbs and adjectives, never a narrower name for it ("tracking accuracy" and "running time" are).
export const VERB_PARTICIPLE =
  /^(?:[a-z]+-)?(?:push|depress|boost|improv|enhanc|increas|decreas|reduc|rais|lower|elevat|maximiz|minimiz|optimiz|balanc|harmoniz|sacrific|preserv|maintain|compromis|hurt|degrad|harm|affect|achiev|attain|reach|yield|deliver|exceed|surpass|outperform|demonstrat|show|evaluat|assess|measur|quantify|compar|report|cover|spann|vary|satisfy|promis|outstand|underly|grow|surpris|lead)ing$/;
export const NOUN_LIKE_MODIFIER =
  /(?:ion|ing|ment|ity|ness|ance|ence|ure|sis|type|level|ual|ical|tic|ural|ary|step|token|word|answer|task|code|image|video|text|sequence|span|page|object|entity|action|intent|slot|tool|call|label|class|pixel|frame|box|mask|node|edge|graph|link|path|plan|goal|pass|match|hit|top)$/;
// ", and <measure noun phrase>" right after a metric; the head must read as a measure.
// A word ending in "rate" is a verb or an adjective ("demonstrate", "accurate") unless the rate is a part of it;
// "real-time" describes a speed. Agreement, alignment, similarity, distance and coverage count only when a noun or a
// relational adjective narrows them ("attribute agreement", "semantic alignment"; not "broader coverage"): bare, they
// are as often what a sentence is about.
export const COORDINATED_METRIC =
  /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)((?:[a-z][a-z-]+\s)?[a-z][a-z-]*(?:ness|ity|ance|ence|(?<=-|bit|frame)rate|score|accuracy|(?<!real-)time|length|cost|error|loss|recall|precision|latency|throughput)|(?!(?:yet|also|still|thus|but|even)\s)[a-z][a-z-]+(?<!er|ing|ed|able|ible|ous|ful|ive|ly)\s(?:agreement|alignment|similarity|distance|coverage))(?=[\s.,;)]|$)/;
// Nouns that are a measure on their own right after a value: "67.1% success", "90% agreement with experts".
export const SINGLE_MEASURE_AFTER_VALUE =
  /^(?:success|reward|agreement|coverage|utility|correlation|consistency|retention|fidelity|validity|correctness|faithfulness|sufficiency|comprehensiveness|completeness|compliance)$/;
// Heads that read as a measure.
export const MEASURE_HEAD =
  /(?:ness|ity|ance|ence|ency|rate|score|accuracy|time|length|cost|error|loss|recall|precision|latency|delay|throughput|success|reward|return|gain|speed|usage|consumption|footprint|agreement|entailment|alignment|rank|margin|coverage|retention|overlap|ratio|distance|F1|AUC)$/;
// "ChatGPT score", "CLIP similarity", "GPT-based score"; not "GPT-4 scores 80%" (a verb) nor "a CLIP score-based filter".
export const MODEL_NAMED_SCORE =
  /\b(\p{Lu}[\p{L}\d.+]*(?:-[\p{L}\d.]+)*?)(?:-based)?[ -](?:[Ss]core|[Ss]imilarity)\b(?![-s])/gu;
// "(FGR) is proposed to refine ...", "(CwAP) is designed to extract ...", "(STT) is proposed.", "(ZP) pre-training
// framework is presented, which ...": the name, then a passive verb of making.
export const PASSIVE_PROPOSAL =
  /^[^,;()]*\)?\s*(?:(?!(?:that|which|who|and|or)\s)[a-z][\w-]*\s+){0,2}?(?:is|are)\s+(?:\w+ly\s+)?(?:proposed|designed|introduced|devised|developed|presented|constructed)(?:\s+(?:to|for|that|which)\b|,\s+(?:which|where)\b|(?:\s+in\s+this\s+(?:paper|work|study|article)|\s+here)?\s*(?:[.;]|$))/;
// A p-value right after a name: " p=0.02", "'s exact $p = 0.006$", " p < 0.001".
export const P_VALUE_AFTER = /^(?:['\u2019]s)?\s+(?:exact\s+)?\$?p\$?\s*(?:[<=>\u2264\u2265]|\\[lg]e)/;
// A sentence about prior work: "Recently, ...", "Existing methods ...".
export const BACKGROUND_OPENING =
  /^(?:Recently|Previously|Traditionally|Historically|Conventionally|Existing|Prior|Previous|Earlier|Current|Many|Most|Several|Some)\b/;
// "R^2", "$R^2$", "R^{2}", "R²": the coefficient of determination, written in math.
// "R2 = 0.91", "an R2 of 0.85" only with its value: a bare R2 may name a model ("DeepSeek R2") or a split.
export const R_SQUARED =
  /(?<![\w^])(?:\$?R(?:\^\{?2\}?|²)\$?(?![\w^])|R2(?=\s*[=<>\u2248\u2265]\s*-?\d|\s+(?:(?:score|value)\s+)?(?:of\s+)?(?:(?:up to|above|over|around|about|approximately|nearly)\s+)?-?\d))/g;
// A reported value right before a word: "91.7% ", "0.82 ", "+3.1 pp ".
export const VALUE_BEFORE = /\d(?:\s?%|\\%|\s?pp|\s?points)?\s$/;
// A change "in" a measure: "by over 21% in procedural action understanding accuracy".
export const VALUE_IN_BEFORE = /\d(?:\s?%|\\%|\s?pp|\s?points|x|\u00d7)\s+in\s$/;
// Words after a value that qualify the value, not the measure: "91% higher accuracy", "3% absolute accuracy".
export const VALUE_QUALIFIER =
  /^(?:percent|percentage|pct|higher|lower|better|worse|more|less|fewer|greater|absolute|relative|average|mean|overall|avg|top|best|gains?|improvements?|increases?|reductions?|drops?|decreases?|boosts?|points?|on|in|of|for|with|at|and|or|the|a|an|to|by|from|over|than|vs)$/;
export const ALIAS_MODIFIERS = new Set(['average', 'mean', 'overall', 'avg', 'final']);
// Metrics that are also everyday words: counted only in sentences that report or measure something.
export const WEAK_METRICS = new Set([
  'memory',
  'loss',
  'latency',
  'throughput',
  'precision',
  'recall',
  'sensitivity',
  'specificity',
  'faithfulness',
  'regret',
  'speedup',
  'reward',
  'sample efficiency',
  'inference time',
  'training time',
  'runtime',
  'inference speed',
  'cosine similarity',
  'FPS',
]);
// A number counts, but not an enumeration marker ("(1)"), a bracketed citation year ("Doe, 2021)") or a model
// size ("3B models").
export const MEASURE_SENTENCE =
  /(?<![(\d])\d+(?![\d)]|[BMKT]\b)|\d[.,%]|\b(?:reduc\w*|improv\w*|lower|higher|measur\w*|report\w*|faster|slower|cost|saving|decreas\w*|increas\w*)\b/i;

/** "X framework for evaluating ...", "X, a suite for measuring ...": an evaluation framework is a benchmark. */
export function isEvaluationFramework(after: string, noun: RegExpExecArray): boolean {
  if (!/^(?:framework|suite|environment|testbed|toolkit|platform)$/i.test(noun[1] ?? '')) return false;
  // "X, a comprehensive benchmarking framework": what the framework is for stands before it.
  if (
    /\b(?:benchmarking|benchmark|evaluation)\s+$/i.test(
      after.slice(0, noun.index + noun[0].length - (noun[1] ?? '').length),
    )
  )
    return true;
  const rest = after.slice(noun.index + noun[0].length);
  // "a framework for evaluating ...", "a framework to (systematically) evaluate ...".
  return (
    /^\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:evaluat\w*|measur\w*|benchmark\w*|assess\w*|testing|diagnos\w*)(?![\w-])/i.test(
      rest,
    ) || /^\s+to\s+(?:\w+ly\s+)?(?:evaluate|assess|benchmark|measure)\b/i.test(rest)
  );
}

/** The type an apposition's noun gives a name: an evaluation framework is data, other nouns as TYPE_NOUNS reads them. */
export function appositionType(after: string, noun: RegExpExecArray): EntityType | undefined {
  return isEvaluationFramework(after, noun) ? 'Benchmark' : TYPE_NOUNS[(noun[1] ?? '').toLowerCase()];
}

/** Heads of long forms that name organisations and venues, never entities ("World Health Organization (WHO)"). */
export const INSTITUTION_HEAD =
  /^(?:organi[sz]ations?|associations?|institutes?|institutions?|universit(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|commissions?|bureaus?|administrations?|foundations?|councils?|committees?|societ(?:y|ies)|consortium|consortia|ministr(?:y|ies)|departments?|conferences?|workshops?|symposium|agreements?|acts?|regulations?|directives?)$/i;

/** "Natural Language to Visualization", "text-to-SQL": one or two words, "to", one or two words. */
export const TO_TASK = /^[\p{L}\d-]+(?: [\p{L}\d-]+)? to [\p{L}\d-]+(?: [\p{L}\d-]+)?$/iu;

const STATISTICAL_ANALYSIS =
  /\b(?:components?|factor|discriminant|correlation|profile|class|variance|survival|regression)\s+analysis$/i;

/** Type of a coined acronym from the head word of its long form. */
export function typeFromLongForm(long: string, nounAfter: EntityType | undefined): EntityType {
  const head = (
    long
      .trim()
      .split(/[\s-]+/)
      .pop() ?? ''
  ).toLowerCase();
  // "Zorb Reward with Staged Evaluation (ZRSE), a reinforcement learning framework": the noun after
  // says what an evaluation-headed name is.
  if (head === 'evaluation' && nounAfter !== undefined) return nounAfter;
  // "Diversified Layout benchmark for Chinese Street View Text Retrieval (DL-CSVTR)": the long form says it is data.
  if (/\b(?:benchmark|dataset)\s+for\s/i.test(long)) return 'Benchmark';
  // "Sclera Segmentation Benchmarking Competition (SSBC)": a capitalised benchmark word inside the name, unless an
  // apposition says otherwise ("Auto Benchmark Audit (ABA), an agentic framework").
  if (/\bBenchmark(?:ing)?\b/.test(long) && nounAfter === undefined) return 'Benchmark';
  // "Data Privacy Vocabulary (DPV)", "Zorb Knowledge Base (ZKB)": a named vocabulary or knowledge source is data.
  // (Not "Open-vocabulaRy", the end of a letter-marked long form.)
  if (
    /(?<![\w-])(?:[Vv]ocabular(?:y|ies)|[Oo]ntolog(?:y|ies)|[Tt]hesaurus|[Kk]nowledge\s+[Bb]ase)$/.test(
      long.trim(),
    )
  )
    return 'Benchmark';
  if (
    /^(?:benchmarks?|datasets?|corpus|corpora|suite|evaluation|leaderboard|testbed|bench|set|collection|arena|gym|database|repository|archive)$/.test(
      head,
    )
  )
    return 'Benchmark';
  // "Political Compass Test (PCT)", "Humanity's Last Exam (HLE)": a named test or exam that models sit is data; a
  // statistical test ("Likelihood Ratio Test", "Membership Inference Test") is a procedure.
  if (
    /^(?:test|exam|examination|quiz)$/.test(head) &&
    /^\p{Lu}/u.test(long.trim()) &&
    !/\b(?:Ratio|Rank|Sum|Hypothesis|Likelihood|Significance|Permutation|Inference|Statistical|Wald|Score|Unit|Stress|Penetration)\b/.test(
      long,
    )
  )
    return 'Benchmark';
  if (
    /^(?:scores?|rates?|accuracy|error|distance|divergence|index|coefficient|metrics?|ratio|similarity|perplexity)$/.test(
      head,
    ) &&
    long === long.toLowerCase()
  )
    return 'Metric';
  // "average negative log-likelihood (ANLL)" is a measure; "diffusion recovery likelihood (DRL)" is a way to learn.
  if (/\blog[- ]likelihood$/.test(long.trim()) && long === long.toLowerCase()) return 'Metric';
  // "Frechet Inception Distance (FID)", "Attack Success Rate (ASR)": measure heads name metrics in title case too.
  if (/^(?:scores?|rates?|accuracy|error|distance|divergence|ratio)$/.test(head) && /^\p{Lu}/u.test(long))
    return 'Metric';
  // "Zorb Consistency Metric (ZCM)": a long form that calls itself a metric names one, whatever its case; so does one
  // that combines measures into a mean ("Compliance Aware Harmonic Mean (CAH)").
  if (/^metric$/.test(head) || /\b(?:harmonic|geometric)[\s-]+mean$/i.test(long.trim())) return 'Metric';
  // "Principal Semantic Components Analysis (PSCA)", "linear discriminant analysis (LDA)": a statistical analysis
  // named after what it decomposes or fits is a way to do something, not a task.
  if (
    (long === long.toLowerCase() || nounAfter === undefined) &&
    !STATISTICAL_ANALYSIS.test(long.trim()) &&
    /^(?:detection|classification|recognition|segmentation|answering|translation|summarization|retrieval|forecasting|estimation|extraction|captioning|tracking|analysis|assessment|understanding|discovery|problems?|spoofing|deblurring|dehazing|denoising|deraining|inpainting|grounding|identification|localization|recommendation|solving|grading|counting)$/.test(
      head,
    )
  ) {
    return 'Task';
  }
  // "subject-driven generation (SDG)", "Medical Report Generation (MRG)": a generation or prediction task, unless a
  // technique qualifies it or a noun after the definition says otherwise.
  if (
    (long === long.toLowerCase() || nounAfter === undefined) &&
    /^(?:generation|prediction|synthesis|completion|parsing)$/.test(head) &&
    !/(?:augmented|guided|conditioned|based|aware|enhanced|aided)\b/i.test(long)
  )
    return 'Task';
  // "image super-resolution (ISR)", "speckle noise reduction (SNR)", "abstract visual reasoning (AVR)": restoration
  // and reasoning tasks named in lower case.
  if (
    long.slice(1) === long.slice(1).toLowerCase() &&
    /(?:super-resolution|(?:artifact|noise|artefact) reduction|error correction|\w{4,} reasoning|\w{4,} reconstruction)$/.test(
      long.trim(),
    ) &&
    !/(?:augmented|guided|conditioned|based|aware|enhanced|driven)\b/.test(long)
  )
    return 'Task';
  // "Speech to Text (STT)", "natural language to SQL (NL2SQL)": a conversion between two modalities is a task.
  if (TO_TASK.test(long.trim())) return 'Task';
  // "encoder-decoder LLM (EDX)", "Bilingual Language Model (BLM)": a language model is a model, unless an apposition
  // calls it a method ("the Elastic Zorb Language Model (EZLM), a novel architecture search method").
  if (
    (/^(?:llms?|lms?|vlms?|mllms?|slms?)$/.test(head) || /\blanguage models?$/i.test(long.trim())) &&
    nounAfter !== 'Method'
  )
    return 'Model';
  // "Large-Scale Zorb Avatars (LZA), a full-body 3D avatar model": the apposition's noun says it is a model.
  // ("multi-modal learning (MML), a ... model" still names a way of learning.)
  return nounAfter === 'Model' && !/\blearning$/i.test(long.trim()) ? 'Model' : 'Method';
}

// "we propose two simple yet effective techniques, namely Clip-Zorb and KL-Zorb": a count, up to six modifiers and a
// plural kind noun (perhaps with what they do before a colon: "four artifacts addressing these gaps:", or what they
// are for before "namely": "two methods for data generation in driving, namely A and B"), then its items. Variants,
// versions and artifacts take their kind from the name or its context, so they give none. The proposal verb may lead a
// list of verbs ("we propose, evaluate and compare three strategies, ...", "we curate and release two benchmarks: ...").
const COUNTED_KIND_OPENING =
  /^\s*(?:(?:,\s*[a-z]+)*,?\s+(?:and|or)\s+[a-z]+\s+)?(two|three|four|five|six|several|a\s+pair\s+of|a\s+couple\s+of)\s+(?:(?!(?:of|on|for|in|to|with|from|that|which|and|or)\s)[\w-]+,?\s+){0,6}?(methods|techniques|strategies|approaches|algorithms|frameworks|mechanisms|modules|components|losses|objectives|schemes|extensions|models|LLMs|benchmarks|datasets|corpora|suites|metrics|measures|variants|versions|artifacts|artefacts|resources|parts|subsets|splits|tracks)(?:\s*,?\s*namely,?|(?:\s+\w+ing(?:\s+[\w-]+){0,3})?\s*:|\s*,|\s*(?:--|\u2014)|\s+(?:for|in|on|to)\s+[^,;:.()]{1,80}?(?:,\s*namely,?|:))\s+/i;
const COUNTED_KIND_TYPE: Record<string, EntityType> = {
  models: 'Model',
  llms: 'Model',
  benchmarks: 'Benchmark',
  datasets: 'Benchmark',
  corpora: 'Benchmark',
  suites: 'Benchmark',
  subsets: 'Benchmark',
  splits: 'Benchmark',
  tracks: 'Benchmark',
  metrics: 'Metric',
  measures: 'Metric',
};
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
// One item: capitalised words (hyphened parts in any case: "FastZorb-mono"), perhaps a short form in parentheses,
// then a clause boundary. Sentence adverbs and determiners open no name.
const COUNTED_ITEM =
  /^(?:\\(?:textbf|textit|emph)\{|[_*"\u201c])?(?!(?:First|Second|Third|Finally|Specifically|Then|The|This|These|Both|Each|One|Our|We|It|They|In|On|For|To)\b)((?:\p{Lu}|\d+\p{L})[\p{L}\d+]*(?:[-/][\p{L}\d+]+)*(?:\s+(?:(?:of|for|via)\s+)?\p{Lu}[\p{L}\d+]*(?:[-/][\p{L}\d+]+)*){0,5})[}_*"\u201d]?(?:\s*\(([^()\s,;]{2,20})\))?(?=\s*(?:[,;:.(]|--|\u2014|$)|\s+(?:and|to|which|that|for|as|with)\b)/u;
// From the end of one item to the start of the next: perhaps a gloss ("A, which masks frames, and B", "A (a 6,432-record
// corpus), B", "A for 2D images and B"), then a comma or "and" before a capital. A gloss that compares with others
// ends the list. Items glossed by a participle are closed by semicolons ("A, enriching ...; B, embedding ...; and C").
const NEXT_COUNTED_ITEM =
  /^(?:\s*\([^()]{3,100}\))?(?:,\s*(?:which|that|where|a|an|designed|to|for|in which)\b(?:(?!\b(?:than|outperform\w*|compared|against|over)\b)[^;])*?|,\s*(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b(?:(?!\b(?:than|outperform\w*|compared|against|over)\b)[^;.])*?(?=;)|\s+for\s+(?:(?!\b(?:and|than|compared|against)\b)[^,;.]){1,60}?)?(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?=[\p{Lu}\\_*"\u201c])/u;

export interface CountedItem {
  /** Offset of the name in the text the opening was read from. */
  start: number;
  name: string;
  short?: { start: number; text: string };
}

/**
 * The items of a counted list of contributions ("two methods, namely A and B") in the text after a proposal verb, and
 * the type its kind noun gives them (undefined: the kind says nothing beyond "method or model").
 */
export function countedListItems(
  rest: string,
): { items: CountedItem[]; type: EntityType | undefined; kind: string } | undefined {
  const opening = COUNTED_KIND_OPENING.exec(rest);
  if (!opening) return undefined;
  const countWord = (opening[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const count = COUNT_WORDS[countWord] ?? (countWord === 'several' ? 6 : 2);
  const kind = (opening[2] ?? '').toLowerCase();
  const items: CountedItem[] = [];
  let at = opening[0].length;
  while (items.length < count) {
    const item = COUNTED_ITEM.exec(rest.slice(at));
    const name = item?.[1];
    // A single letter ("O(OD)2", "variants A and B") is a symbol, not a name.
    if (!item || !name || name.length < 2) break;
    const start = at + item[0].indexOf(name);
    const short = item[2] ? { start: at + item[0].lastIndexOf(item[2]), text: item[2] } : undefined;
    items.push(short ? { start, name, short } : { start, name });
    at += item[0].length;
    const next = NEXT_COUNTED_ITEM.exec(rest.slice(at));
    if (!next) break;
    at += next[0].length;
  }
  // "two LVLM variants: Zorb-2D and Zorb-3D": variants of a model are models.
  const modelVariants = /\b(?:\p{Lu}*LMs?|models?|checkpoints?)\s+(?:variants|versions)\b/u.test(opening[0]);
  const type = /^(?:variants|versions|artifacts|artefacts|resources|parts)$/.test(kind)
    ? modelVariants
      ? 'Model'
      : undefined
    : (COUNTED_KIND_TYPE[kind] ?? 'Method');
  return { items, type, kind };
}
