// Name grammar: which words look like coined names (ReFlux, GSM8K, Qwen3-8B, \ourmethod) and what type their shape says.
import type { EntityType } from '../src/domain/types.js';
import { caseAllows, type Lexicon } from './lexicon/index.js';
import { MODEL_MAKER } from './resolve.js';
import { fold } from './text.js';

/** A parameter count such as 7B, 1.5B, 350M. */
// A year with a letter (PHOENIX-2014T) is an edition, not a size.
export const SIZE_PART = /^(?!(?:19|20)\d\d[A-Za-z]$)\d+(?:\.\d+)?[BMKT]$/i;
/** A checkpoint's size in words, in either case: "-Base", "-Large", "-XL", "RADSeg-base". */
export const SIZE_WORD =
  /^(?:Tiny|Mini|Small|Base|Medium|Large|Huge|Giant|XL|XXL|tiny|mini|small|base|medium|large|huge|giant)$/;
/** A parameter count of a checkpoint: 7B, 350M, a mixture's 8x7B or its active A6B. */
const PARAMETER_PART = /^(?:\d+x)?(?!(?:19|20)\d\d[A-Z]$)\d+(?:\.\d+)?[BMT]$|^A\d+(?:\.\d+)?B$/;

/** "Zorb-Chat-7B", "Zorb-3x4B-A6B": a parameter count after the first part marks a model checkpoint. */
export function hasParameterCount(name: string): boolean {
  return name
    .split(/[-_\s]/)
    .slice(1)
    .some((p) => PARAMETER_PART.test(p));
}

/** A version token such as 3, 2.5, v4, 4o. */
export const VERSION_WORD = /^[vV]?\d{1,2}(?:\.\d{1,2})*[a-z]?$/;

// Lower-case tails that turn a name into an adjective ("GPT-4-based"); they are cut before judging the name.
const ADJECTIVE_TAIL =
  /-(?:fine-tuned|based|driven|like|style|guided|aware|powered|generated|specific|level|only|free|centric|enhanced|augmented|assisted|native|scale|sized|tuned|trained|pretrained|finetuned|initiali[sz]ed|produced|written|labeled|annotated|derived|inspired|selected|filtered|extracted|retrieved|compatible|friendly|oriented|related|dependent|agnostic|informed|conditioned|supervised|optimized|regularized|constrained|enabled|equipped|grounded|augmented|as-a-judge|as-judge|judged|ready|class|series|family|type|grade)$/i;
// Any other participle ends in a lower-case "ed": "EB-ALFRED" is a name, not an adjective. The "-uncased" of
// "bert-base-uncased" and the split of "OSWorld-Verified" are part of a name; "-Embed" and "-Speed" are no participles.
const PARTICIPLE_TAIL = /-(?!(?:un)?cased$|Verified$|Extended$|[A-Za-z]*(?:eed|bed)$)[A-Za-z]{3,}ed$/;

// A hyphen standing for a dash before the sentence goes on ("Llama3-8B-demonstrate that", "ZorbBench-particularly in"):
// a verb, conjunction or adverb after it is no part of the name.
const DASH_JOINED_WORD =
  /-(?:including|outperforming|achieving|yielding|showing|demonstrating|revealing|suggesting|indicating|highlighting|confirming|particularly|especially|notably|mainly|mostly|primarily|demonstrates?|shows?|reveals?|remains?|which|that|where|while|and|but|yet|such|namely|despite|although|though|whereas|unlike|because|were|was|are|has|have|can|will)$/;

/** A "-Bench" tail in any case: the name of a benchmark ("ZorbBench", "Zorb-bench"). */
export const BENCH_TAIL = /(?:Bench|bench|BENCH)$/;
// "-Train" / "-Val": a named split of a data set ("ZorbPhysics-Train"); a "+" marks an extended edition ("ZorbBench+").
// "WikiSQL" is data, but a hyphenated "-SQL" mostly closes a text-to-SQL method's name ("DIN-SQL", "DAIL-SQL").
const BENCHMARK_SUFFIX =
  /(?:Bench|bench|BENCH|QA|Eval|EVAL|Arena|Gym|Suite|Corpus|Dataset|DataSet|Board|Hub|World|Test|VQA|(?<!-)SQL|Instruct|Challenge|-Train|-Val)\+?$/;
const BENCHMARK_SUFFIX_NOT_MODEL =
  /(?:Bench|bench|BENCH|QA|Eval|EVAL|Arena|Gym|Suite|Corpus|Dataset|DataSet|Board|Test|Challenge)\+?$/;
/** Whether a name's tail says data and nothing else ("-Bench", "-QA"); "-SQL" or "-Instruct" may also end a model. */
export function dataOnlySuffix(name: string): boolean {
  return BENCHMARK_SUFFIX_NOT_MODEL.test(name);
}
const MODEL_TAIL = /^(?:Instruct|Chat|Base|it|VL|Coder|Math|Preview|Distill|mini|Mini|Turbo|Pro|Flash)$/;
// ("IN**-domain": Markdown bold inside a word marks an acronym's letters; a digit opens a name only in "3D-Zorb",
// "3DZorb", a resolution's "4KZorb" or a benchmark such as "12Zorb-Bench".)
const NOT_A_NAME =
  /[()=<>[\]{}^$|~;,"%:@]|\*\*|^\d(?![dD]-\p{Lu}|[dD]\p{Lu}(?:\p{Ll}|\p{Lu}{2})|\d*K\p{Lu}\p{Ll}+[\p{L}-]*$|\d*\p{Lu}[\p{L}\d-]*(?:Bench|bench)$)|^[\p{L}]$|\.\.|--|^[-+/]|[-/]$|\/\/|www\.|\.(?:com|org|io|ai|net|edu|html?)\b|\.[a-z]{2,6}\//u;
// An acronym joined to a plain word that qualifies it or that it qualifies is a modifier, not a name: "IHC-positive",
// "ICT-domain experts", "non-IID data", "pure-CNN baselines", "GNN-capable".
const ACRONYM_MODIFIER =
  /^(?:(?:non|anti|high|low|raw|pure|limited|full|partial)-\p{Lu}{2,}\d?s?|\p{Lu}{2,}\d?-(?:positive|negative|domain|target|text|descriptions?|splits?|pages?|models?|layers?|prompts?|data|mechanism|connection|complexity|perception|medication|capable|compliant|independent|dependent|quality|primarily|agentic))$/u;
// GPU and hardware model numbers, unit-like tokens, ordinals and equations are not entity names.
// A single capital and digit alone ("V3", "R1") is a version or a label, not a name; "km2", "cm3" are areas and volumes.
const HARDWARE =
  /^(?:[A-Z]\d(?:\.\d)?|[AHLVBT]\d{2,3}(?:-(?:SXM\d?|PCIe|\d+(?:GB?)?))*|RTX\d*|GTX\d*|M[1-4]|x86|ARM\d*|A\d{4}|L[0-2]|L\d-\w+|(?:[kcmd]?m|ft)[23])$/;

const PLAIN_LOWER = /^[a-z]+$/;
const LATEX_BUILTIN =
  /^(?:pm|mp|times|cdot|sim|approx|le|leq|ge|geq|ll|gg|ne|neq|in|to|infty|sum|prod|int|log|exp|max|min|arg|frac|sqrt|mathbf|mathrm|mathcal|mathbb|mathit|text|textbf|textit|texttt|textsc|emph|cite|citep|citet|ref|url|href|footnote|item|label|left|right|big|Big|quad|qquad|ldots|cdots|dots|hat|bar|tilde|vec|partial|nabla|forall|exists|mid|top|prime|circ|star|dagger|ell|Delta|delta|alpha|beta|gamma|Gamma|epsilon|varepsilon|zeta|eta|theta|Theta|iota|kappa|lambda|Lambda|mu|nu|xi|Xi|pi|Pi|rho|sigma|Sigma|tau|upsilon|phi|Phi|varphi|chi|psi|Psi|omega|Omega|rightarrow|leftarrow|Rightarrow|mathsf|boldsymbol|operatorname|underline|overline|newline|linebreak|ie|eg|etal|and|keywords|thanks|noindent|par|vspace|hspace|small|footnotesize|%)$/;
const MAYBE_COINED = /[A-Z\d+]/;
const LATEX_SUPERSCRIPT = /\$\^\{?[\p{L}\d+*]{1,3}\}?\$/gu;
const NON_ASCII_WORD = /[^ -~]/;
// A Greek letter in math, with a power or an index ("$\tau^2$-bench", "$\pi_{0.5}$"), that starts a name: the index
// alone may end it, a power needs more after it ("$\delta^2$" is a variance).
const GREEK_MACRO = /^\$\\([A-Za-z]+)(?:\^\{?(\d)\}?|_\{?(\d(?:\.\d)?)\}?)?\$/;
const GREEK_NAMES = (
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu ' +
  'xi pi rho sigma tau upsilon phi chi psi omega'
).split(' ');
const GREEK_LOWER = 'αβγδεζηθικλμνξπρστυφχψω';

/** The letter a LaTeX Greek macro writes ("tau" -> τ, "Delta" -> Δ), or undefined. */
function greekLetter(macro: string): string | undefined {
  const letter = GREEK_LOWER[GREEK_NAMES.indexOf(macro.toLowerCase())];
  return letter && /^\p{Lu}/u.test(macro) ? letter.toUpperCase() : letter;
}

export interface NameShape {
  /** The word with an adjective tail ("-based") cut. */
  name: string;
  type: EntityType;
  /** 3 = lexicon or unmistakable shape, 2 = suffix/family, 1 = default guess. */
  confidence: number;
  /** The name is listed in a lexicon (a well-known thing rather than something this paper coined). */
  known: boolean;
  canonical?: string;
}

/** The word without adjective tails; `listedOnly` cuts only the listed ones ("-based"), not any participle ("-biomed"). */
export function cutAdjectiveTail(word: string, listedOnly = false): string {
  let w = word;
  for (let i = 0; i < 3; i++) {
    const m =
      ADJECTIVE_TAIL.exec(w) ?? DASH_JOINED_WORD.exec(w) ?? (listedOnly ? null : PARTICIPLE_TAIL.exec(w));
    if (!m) break;
    w = w.slice(0, m.index);
  }
  return w;
}

/** Whether a word's shape marks it as a coined name: internal capitals, letter-digit mixes, a LaTeX macro. */
export function isCoinedWord(rawWord: string, lex: Lexicon): boolean {
  if (rawWord.length < 2 || rawWord.length > 60) return false;
  // "LoRA$^2$", "Pro$^2$Assist": a superscript in math mode is part of the name ("pts/m$^2$" is a unit).
  const word =
    rawWord.includes('$^') && !rawWord.includes('/') ? rawWord.replace(LATEX_SUPERSCRIPT, '2') : rawWord;
  // Fast exit for the common case: no capital after the first letter, no digit, no macro, no "+".
  if (!MAYBE_COINED.test(word.slice(1)) && word[0] !== '\\' && !NON_ASCII_WORD.test(word)) return false;
  // An unexpanded macro is a name (\ourmethod), unless it is LaTeX's own (\pm, \alpha, \textbf).
  // "\nModels", "\numTasks": a count macro stands for a number, not a name.
  if (/^\\[A-Za-z]+$/.test(word))
    return !LATEX_BUILTIN.test(word.slice(1)) && !/^\\(?:n|num)[A-Z]/.test(word);
  // "\textasciitilde30B": LaTeX's text and math commands glued to a number are typography.
  if (/^\\(?:text|math|emph)/.test(word)) return false;
  if (NOT_A_NAME.test(word) || HARDWARE.test(word) || /^v\d/.test(word) || ACRONYM_MODIFIER.test(word))
    return false;
  // "DARPA Contract HR001125C0302": capitals then six digits or more make a grant number (an OpenNeuro "ds006104"
  // is data).
  if (/^\p{Lu}{1,4}\d{6,}[\p{Lu}\d]*$/u.test(word)) return false;
  if (lex.generic.has(word)) return false;
  let coined = false;
  for (const part of word.split(/[-_/.]/)) {
    if (!part || lex.generic.has(part) || lex.generic.has(part.replace(/s$/, ''))) continue;
    if (/^\p{Lu}\p{Ll}*\p{Lu}/u.test(part))
      coined = true; // ReFlux, ZORB, ImageNet
    else if (/^\p{Ll}+\p{Lu}.*[\p{Lu}\d]/u.test(part))
      coined = true; // qRANK, gRPC (not "dAta")
    else if (/^(?:\p{Ll}{2,3}|[ix])\p{Lu}\p{Ll}{2,}$/u.test(part))
      coined = true; // nvBench, mmZorb, xGen, iForest (not the emphasis of "eXplainable", "vIsion")
    else if (
      /\p{L}/u.test(part) &&
      /\d/.test(part) &&
      !SIZE_PART.test(part) &&
      !/^\d+(?:st|nd|rd|th|k|K|x|D|d|s|m|h|px|ms|GB|MB)$/.test(part)
    ) {
      coined = true; // Qwen3, R1, GSM8K
    }
  }
  if (!coined && /^\p{Lu}\p{L}+\+$/u.test(word)) coined = true; // FastPlan+
  // Capitalised parts with a size (perhaps a tag after it), a count of samples or a benchmark suffix are names
  // (Pico-Zorb-7B, Zorb-2.6-1T, Lugha-Zorb-8B-wura, Zorb-Doc-55K, Zap-Bench); "Sub-100K" or "Top-5K" bounds a number.
  if (
    !coined &&
    !/^(?:Sub|Over|Under|Top|Up|Max|Min|Less|More|Above|Below)-/.test(word) &&
    /^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+(?:\.\d+)?)*-(?:\d+(?:\.\d+)?[BMT](?:-\p{L}+){0,2}|\d+(?:\.\d+)?[kK]|Bench|QA|Eval|Arena|Gym)$/u.test(
      word,
    )
  )
    coined = true;
  // "Seed-2.0", "Doubao-1.5": a capitalised word with a dotted release number is a named release ("COVID-19" has none).
  if (!coined && /^\p{Lu}\p{Ll}{2,}-\d+\.\d+$/u.test(word) && !lex.generic.has(word.split('-')[0] ?? ''))
    coined = true;
  // Three or more capitalised parts make a coined compound (Plan-Act-Reflect), two do not (Multi-Scale), nor does a
  // degree of a quality ("Ultra-High-Resolution Image Synthesis", "Extra-Low-Latency").
  if (
    !coined &&
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){2,}$/u.test(word) &&
    !/^(?:Ultra|Extra|Very|Super)-(?:High|Low|Long|Short|Large|Small|Fine|Light)-/.test(word)
  )
    coined = true;
  return coined;
}

/** Model family root at the start of a word ("Qwen3-8B" -> "qwen3"/"qwen", "gpt-oss-20b" -> "gptoss"). */
export function startsWithModelFamily(word: string, lex: Lexicon): boolean {
  const parts = word.split(/[-_\s:]/).filter(Boolean);
  // "Meta-Llama-3.1-8B", "google/gemma" written "Google-Gemma-2B": the maker's name before the family.
  if (parts.length > 2 && MODEL_MAKER.test(parts[0] ?? '')) parts.shift();
  let joined = '';
  for (const part of parts.slice(0, 3)) {
    joined += part;
    const key = fold(joined);
    if (lex.modelFamilies.has(key)) return familyCaseOk(word, lex);
    // "Qwen2VL", "Qwen2Audio": a release and its variant fused onto the family's name.
    const noVariant = key.replace(/\d(?:vl|audio|math|coder|omni)$/, (m) => m[0] ?? '');
    // "ResNet50V2", "EfficientNetB0": a depth or size and a version fused on as well.
    const noVersion = noVariant.replace(/(?:[vb]?[\d.]+[a-z]?){1,2}$/, '');
    if (noVersion !== key && noVersion.length >= 2 && lex.modelFamilies.has(noVersion))
      return familyCaseOk(word, lex);
  }
  return false;
}

function familyCaseOk(word: string, lex: Lexicon): boolean {
  // "phi" or "step" in lower case are words; a family name in lower case counts only when listed so (gpt-oss).
  // Hub ids are written in lower case: "xlm-roberta-base", "bert-base-uncased".
  if (/^[a-z]+(?:-[a-z]+)?-(?:base|large|small|tiny|xl|xxl)(?:-|$)/.test(word)) return true;
  const first = word.split(/[-_\s]/)[0] ?? '';
  const listed = lex.entries.get(fold(first)) ?? [];
  // "BARD" in capitals is a paper's acronym, not the listed "Bard" (caseAllows says the same of whole words).
  if (/^[\p{Lu}\d]{4,}$/u.test(first) && listed.length > 0 && listed.every((e) => !caseAllows(e, first)))
    return false;
  // "Opt-Verifier" is no checkpoint of OPT: a family listed only in capitals must be written so, unless a version or
  // size says it is one ("gpt-oss-20b").
  const models = listed.filter((e) => e.type === 'Model');
  if (
    !/\d/.test(word) &&
    models.length > 0 &&
    models.every((e) => e.caseRule === 'upper') &&
    !models.some((e) => caseAllows(e, first))
  )
    return false;
  if (/^\p{Lu}/u.test(first) || /\d/.test(word)) return true;
  return listed.some((e) => e.type === 'Model' && e.caseRule === 'any');
}

/** Lexicon entries for a whole word, honouring case rules. */
export function lexiconTypesOf(word: string, lex: Lexicon): { type: EntityType; canonical: string }[] {
  const out: { type: EntityType; canonical: string }[] = [];
  for (const e of lex.entries.get(fold(word)) ?? [])
    if (caseAllows(e, word)) out.push({ type: e.type, canonical: e.canonical });
  return out;
}

// Words recur across abstracts ("GPT-4o", "ImageNet"), and a word's shape depends on the lexicon alone, so each
// lexicon keeps the shapes it has computed, up to a bound that keeps memory flat on a stream of any length.
const SHAPE_CACHE_LIMIT = 200_000;
// null records a word that is no name.
const shapeCaches = new WeakMap<Lexicon, Map<string, Readonly<NameShape> | null>>();

/** Type of a name from its shape alone. Returns undefined when the word is not a name. */
export function shapeOf(rawWord: string, lex: Lexicon): Readonly<NameShape> | undefined {
  let cache = shapeCaches.get(lex);
  if (!cache) {
    cache = new Map();
    shapeCaches.set(lex, cache);
  }
  const hit = cache.get(rawWord);
  if (hit !== undefined) return hit ?? undefined;
  const shape = computeShape(rawWord, lex);
  if (cache.size >= SHAPE_CACHE_LIMIT) cache.clear();
  cache.set(rawWord, shape ? Object.freeze(shape) : null);
  return shape;
}

// A listed model, benchmark or method names one thing; a listed technique, task or metric names a kind.
const namesAThing = (l: { type: EntityType }): boolean =>
  l.type === 'Model' || l.type === 'Benchmark' || l.type === 'Method';

function computeShape(rawWord: string, lex: Lexicon): NameShape | undefined {
  // "-O3", "--fast": a command-line option, not the name its letters spell.
  if (rawWord.startsWith('-')) return undefined;
  // "$\tau$-bench", "$\lambda$-GRPO", "$\pi_0$": a Greek letter written as a math macro is that letter, and the name
  // keeps the paper's spelling.
  const greek = rawWord.startsWith('$\\') ? GREEK_MACRO.exec(rawWord) : null;
  const letter = greek ? greekLetter(greek[1] ?? '') : undefined;
  if (greek && letter) {
    const rest = rawWord.slice(greek[0].length);
    if (!(greek[3] && rest === '') && !/^[-\p{L}\d]/u.test(rest)) return undefined;
    const shape = computeShape(`${letter}${greek[2] ?? greek[3] ?? ''}${rest}`, lex);
    return shape ? { ...shape, name: cutAdjectiveTail(rawWord) } : undefined;
  }
  // Plain lower-case words are never names (lower-case families such as gpt-oss carry a hyphen or digit), except
  // libraries listed as written in lower case ("bitsandbytes", "sklearn").
  if (PLAIN_LOWER.test(rawWord)) {
    const library = (lex.entries.get(rawWord) ?? []).find(
      (e) => e.type === 'Method' && e.surface === rawWord,
    );
    return library
      ? { name: rawWord, type: 'Method', confidence: 3, known: true, canonical: library.canonical }
      : undefined;
  }
  const name = cutAdjectiveTail(rawWord);
  if (name.length < 2) return undefined;
  // "FLEURS ga-IE", "en-US": a language and region code picks a locale of data, it names nothing.
  if (/^[a-z]{2,3}[-_][A-Z]{2}$/.test(name)) return undefined;
  // "T+1 settlement", "N+1": a letter plus a count is an offset or a schedule, not a name.
  if (/^\p{L}\+\d+$/u.test(name)) return undefined;
  // "W4A16", "W8A8KV4": bit widths of weights, activations and cache are a quantization setting, not a name.
  if (/^W\d{1,2}A\d{1,2}(?:KV\d{1,2})?$/.test(name)) return undefined;
  // "mAP50", "pass@10", "BLEU4": a listed metric fused with its cut-off.
  if (
    /^(?:mAP|AP|F1|BLEU|ROUGE|Recall|Hits|NDCG|nDCG|pass|Pass)[@-]?\d+(?:\.\d+)?(?:[:-]\d+(?:\.\d+)?)?$/.test(
      name,
    )
  ) {
    return { name, type: 'Metric', confidence: 3, known: true };
  }
  // "r/WritingPrompts": a subreddit is a source of data.
  if (/^r\/\p{L}[\p{L}\d_]{2,}$/u.test(name)) return { name, type: 'Benchmark', confidence: 3, known: false };
  // "RRA@5", "Acc@1": any measure read at a cut-off.
  if (/^\p{L}[\p{L}\d-]{0,11}@(?:\d+(?:\.\d+)?|[kK])$/u.test(name))
    return { name, type: 'Metric', confidence: 3, known: false };
  // "VLLMs", "LVLMs", "SLMs": a plural acronym of some kind of language model is a class of models.
  if (/^\p{Lu}{0,4}LLMs$|^\p{Lu}{1,4}LMs$/u.test(name)) return undefined;
  // A plural of a listed name ("ViTs", "LLaMAs", "LoRAs") refers to a class of models or modules, not one entity.
  if (
    /[\p{Lu}\d]s$/u.test(name) &&
    lexiconTypesOf(name.slice(0, -1), lex).some((l) => l.type === 'Model' || l.type === 'Method')
  )
    return undefined;
  // "cpWER", "sBLEU": a listed metric acronym under a lower-case qualifier is a variant of that metric.
  const qualified = /^\p{Ll}{1,3}(\p{Lu}(?:\p{Lu}|\p{Ll}\p{Lu})[\p{Lu}\d@-]*)$/u.exec(name)?.[1];
  if (
    qualified &&
    lexiconTypesOf(qualified, lex).some((l) => l.type === 'Metric') &&
    lexiconTypesOf(name, lex).length === 0
  )
    return { name, type: 'Metric', confidence: 3, known: false };
  const listed = lexiconTypesOf(name, lex);
  // "iNaturalist-2021", "PHOENIX-2014T", "AIME25": a listed benchmark with a year is a dated edition of it.
  const dated = /^(.+)-(?:19|20)\d\d[A-Za-z]?$/.exec(name)?.[1] ?? /^(.*\p{L})-?(?:20)?2\d$/u.exec(name)?.[1];
  if (!listed.length && dated && lexiconTypesOf(dated, lex).some((l) => l.type === 'Benchmark'))
    return { name, type: 'Benchmark', confidence: 3, known: false };
  // "SugarCrepe-clean", "ZorbQA-hard": a listed benchmark with a split or difficulty word after it is a variant of it
  // ("Wikipedia-note summarization" is no data set).
  const variantOf =
    /^(.+)-(?:clean|cleaned|hard|easy|lite|mini|full|small|tiny|test|dev|val|train|verified|filtered|extended|long|short)$/.exec(
      name,
    )?.[1];
  if (!listed.length && variantOf && lexiconTypesOf(variantOf, lex).some((l) => l.type === 'Benchmark'))
    return { name, type: 'Benchmark', confidence: 3, known: false };
  // "Meta-World+", "T2I-CompBench++": a listed name with a plus after it is a new release of it, of the same kind.
  const plusOf = /^(.+?)\+\+?$/.exec(name)?.[1];
  const plusBase = plusOf && !listed.length ? lexiconTypesOf(plusOf, lex).find(namesAThing) : undefined;
  if (plusBase) return { name, type: plusBase.type, confidence: 3, known: false };
  const namedListing = listed.find(namesAThing);
  if (namedListing)
    return { name, type: namedListing.type, confidence: 3, known: true, canonical: namedListing.canonical };
  if (listed.length > 0) return undefined; // a Technique/Task/Metric word: the phrase matcher owns it
  // "RAW-to-RGB", "NL-to-SQL", "EMG-to-pose": a mapping between kinds of data is a task's shape; a name spells both
  // ends as words ("Birds-to-Words", "Where-to-Unmask").
  const mapping = /^([\p{L}\d]+)-to-([\p{L}\d]+)$/u.exec(name);
  if (mapping && !mapping.slice(1).every((side) => /^\p{Lu}\p{Ll}+$/u.test(side))) return undefined;
  // "intra-ViT compression", "post-LLM era": an English prefix on a listed name is a position, not a name.
  const prefixed =
    /^(?:intra|inter|post|pre|non|multi|cross|sub|anti|semi|pseudo|over|under|extra|mid)-(.+)$/.exec(name);
  if (prefixed?.[1] && lexiconTypesOf(prefixed[1], lex).length > 0) return undefined;
  // "AUCC", "mAUARC": an area under some curve is a measure.
  if (/^\p{Ll}{0,2}AU[A-Z]{0,3}(?:C|PR)$/u.test(name))
    return { name, type: 'Metric', confidence: 2, known: false };
  const family = startsWithModelFamily(name, lex);
  const coined = isCoinedWord(name, lex);
  if (!family && !coined) return undefined;
  const parts = name.split(/[-_]/).filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  // "Nemotron-Safety-Dataset-V2": a data noun among the parts names a dataset, whatever family opens it.
  if (
    parts.length >= 2 &&
    parts.some((p) => /^(?:Dataset|DataSet|Datasets|Corpus|Benchmark|Bench|Suite)$/i.test(p))
  )
    return { name, type: 'Benchmark', confidence: 2, known: false };
  if (BENCHMARK_SUFFIX_NOT_MODEL.test(name) && parts.length >= 1 && !SIZE_PART.test(last)) {
    return { name, type: 'Benchmark', confidence: 2, known: false };
  }
  // "LLaVA-665K": a family's name with a count in thousands and no parameter count is its data ("Yi-34B-200K" is a
  // checkpoint with a context length).
  if (
    family &&
    parts.length >= 2 &&
    /^\d+(?:\.\d+)?[kK]$/.test(last) &&
    !parts.some((p) => PARAMETER_PART.test(p))
  )
    return { name, type: 'Benchmark', confidence: 2, known: false };
  if (family) {
    // A family checkpoint (Qwen3-8B, Meta-Llama-3.1-70B-Instruct) is known; a coined part makes it new
    // (Llama3-Zork-70B).
    const known = parts
      .slice(MODEL_MAKER.test(parts[0] ?? '') ? 2 : 1)
      .every(
        (p) =>
          VERSION_WORD.test(p) ||
          SIZE_PART.test(p) ||
          MODEL_TAIL.test(p) ||
          lex.modelVariantWords.has(p) ||
          /^(?:v\d|\d)/.test(p) ||
          /^[a-z]+$/.test(p),
      );
    return { name, type: 'Model', confidence: 3, known };
  }
  // "JudgeBench-GPT": a benchmark part names a benchmark variant, whatever model closes the name.
  if (parts.slice(0, -1).some((p) => BENCH_TAIL.test(p)))
    return { name, type: 'Benchmark', confidence: 2, known: false };
  // A listed dataset with a size or a prefix ("Recap-Zorb-1B" of a listed "Zorb") is a dataset variant, not a model.
  if (parts.slice(0, -1).some((p) => lexiconTypesOf(p, lex).some((l) => l.type === 'Benchmark')))
    return { name, type: 'Benchmark', confidence: 2, known: false };
  // "FinBERT", "ZorbGPT": a coined word ending in a listed architecture family is a model of that family.
  if (
    parts.length === 1 &&
    /^\p{Lu}[\p{Ll}\p{Lu}]+?(?:BERT|GPT|CLIP|ViT|LLaMA|Model|LM)(?:v\d+(?:\.\d+)?)?$/u.test(name)
  )
    return { name, type: 'Model', confidence: 2, known: false };
  // "LVZO_1k", "Zorb-SAR-200K": a count in thousands after the first part sizes a dataset, not a model.
  if (parts.length >= 2 && parts.slice(1).some((p) => /^\d+(?:\.\d+)?[kK]$/.test(p)))
    return { name, type: 'Benchmark', confidence: 2, known: false };
  // A parameter count anywhere after the first part marks a checkpoint ("Zorb-Guard-8B-strict"), and so does a size
  // word at the end ("ZMT-Large", "Zorb-Base") or a lower-case one inside ("ModernBERT-base-VX").
  if (
    parts.length >= 2 &&
    (parts.slice(1).some((p) => SIZE_PART.test(p)) ||
      hasParameterCount(name) ||
      SIZE_WORD.test(last) ||
      parts.slice(1, -1).some((p) => /^(?:tiny|mini|small|base|medium|large|huge|giant)$/.test(p)))
  )
    return { name, type: 'Model', confidence: 2, known: false };
  // A listed model as the last part names a variant of that model ("Zorb-LLaVA", "w2v-BERT").
  if (
    parts.length >= 2 &&
    lexiconTypesOf(last, lex).some(
      (l) => l.type === 'Model' || (l.type === 'Technique' && lex.modelFamilies.has(fold(last))),
    )
  )
    return { name, type: 'Model', confidence: 2, known: false };
  if (MODEL_TAIL.test(last) && parts.length >= 2) return { name, type: 'Model', confidence: 2, known: false };
  // A known metric at the end names a metric variant (Derm-FID); a known benchmark or method inside a longer
  // coined name passes its type on (GSM8K-Hard, Twin-GRPO).
  const first = parts[0] ?? '';
  // (Two capitals such as "-AP" or "-EM" are too short to say so: "ZVP-AP" and "Cryo-EM" are not metrics.)
  const metricPart =
    (!/^\p{Lu}{2}$/u.test(last) && lexiconTypesOf(last, lex).some((l) => l.type === 'Metric')) ||
    (parts.slice(1).every((p) => /^(?:\d+|[kK]|L|S|Y|max|min|avg|mean)$/.test(p)) &&
      lexiconTypesOf(first, lex).some((l) => l.type === 'Metric'));
  // "Derm-FID", "BLEU-4", "ROUGE-L": a listed metric with a qualifier is a metric.
  if (parts.length >= 2 && metricPart) {
    return { name, type: 'Metric', confidence: 2, known: false };
  }
  for (const part of parts) {
    const types = lexiconTypesOf(part, lex).map((l) => l.type);
    if (types.includes('Benchmark')) return { name, type: 'Benchmark', confidence: 2, known: false };
    if (types.includes('Method')) return { name, type: 'Method', confidence: 2, known: false };
  }
  if (BENCHMARK_SUFFIX.test(name)) return { name, type: 'Benchmark', confidence: 2, known: false };
  return { name, type: 'Method', confidence: 1, known: false };
}

const BENCHMARK_VARIANTS = new Set([
  'Verified',
  'Lite',
  'Hard',
  'Pro',
  'Diamond',
  'Challenge',
  'Easy',
  'Plus',
  'Live',
  'Full',
  'Mini',
  'Extended',
]);

/** Whether a following word continues a Model/Benchmark name ("Claude" + "Sonnet" + "4.6", "SWE-bench" + "Verified"). */
export function continuesName(type: EntityType, word: string, lex: Lexicon): boolean {
  // "TAP-Vid-DAVIS 73.8": a score after a benchmark is a value, not a version ("AlpacaEval 2.0").
  if (type === 'Benchmark' && /^\d{2,}\.\d+$/.test(word)) return false;
  if (VERSION_WORD.test(word) || SIZE_PART.test(word)) return true;
  // "DeepSeek R1", "DeepSeek V3": a capital letter and a version number continue a model name.
  if (type === 'Model')
    return (
      lex.modelVariantWords.has(word) ||
      (/^\d+(?:\.\d+)?[BMK]-\w+$/.test(word) && !DASH_JOINED_WORD.test(word)) ||
      // "Gemini 3.1-Pro", "Gemini 2.0-Flash-Lite": a release with its tier after a hyphen.
      (/^\d{1,2}(?:\.\d{1,2})?-\p{L}/u.test(word) &&
        lex.modelVariantWords.has(word.slice(word.indexOf('-') + 1))) ||
      // "Qwen 2.5-32B", "Llama 3.1-8B-Instruct": a release with its size.
      /^\d{1,2}(?:\.\d{1,2})*-\d+(?:\.\d+)?[BMT](?:-[A-Za-z]\w*)*$/.test(word) ||
      /^[RVK]\d(?:\.\d)?$/.test(word) ||
      // "Claude 3.5/3.7", "Qwen 2/2.5": two releases written once after the family's name.
      /^\d{1,2}(?:\.\d{1,2})?\/\d{1,2}(?:\.\d{1,2})?$/.test(word) ||
      // "CLIP ViT-L/14", "V-JEPA 2.1 ViT-G": the backbone a release was trained with names the checkpoint.
      /^ViT-(?:[SBLHGg]|Base|Large|Huge|Small|Giant|bigG|SO400M)(?:\/\d{1,2})?$/.test(word) ||
      // "Zorb large-v2": a size tier with a version continues a model name.
      /^(?:tiny|base|small|medium|large)-v\d+(?:\.\d+)?$/.test(word)
    );
  // "AutoZorb III", "BioCreative IX", "ZorbSeg 2021": an edition or a year continues a benchmark's name (a bare "X"
  // is more often a variable than an edition).
  if (type === 'Benchmark')
    return (
      BENCHMARK_VARIANTS.has(word) ||
      /^(?:II|III|IV|VI{0,3}|IX|XI{1,3}|XIV|XVI{0,3}|XIX|XX|(?:19|20)\d{2})$/.test(word)
    );
  return false;
}
