// Numeric outcomes: values as written (qualifiers such as "up to" left out), their kind, and what they are about.
import type { ResultKind } from '../src/domain/types.js';

export interface ValueMatch {
  /** Offset of the value within the sentence. */
  start: number;
  end: number;
  value: string;
  /** A bare number (no unit): kept only next to a metric. */
  bare: boolean;
  /** One end of a before-and-after pair ("from 42.75% to 46.75%"): an absolute value. */
  pair?: boolean;
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
// A unit may follow its number after a space, a tie or a LaTeX thin space ("30\,FPS").
const GAP = String.raw`(?:[\s~]|\\,)?`;
// ("a 5-point gain", "a 3-point aggregate benchmark gain" are changes; "a 5-point Likert scale" is no outcome, so
// "-point" needs a change noun after it, at most two words on.)
const UNIT = String.raw`(?:%p\b|${GAP}\\?%|\$\\%\$|${GAP}percentage points?|-percentage-points?\b|-points?(?=\s+(?:[a-z][a-z-]*\s+){0,2}(?:increase|improvement|gain|drop|decrease|boost|reduction|jump|rise|decline|lead|margin|advantage)s?\b)|${GAP}percent\b|${GAP}pp\b|${GAP}p\.p\.(?!\w)|${GAP}(?:(?:absolute|relative|accuracy|Dice|(?:[Mm]acro|[Mm]icro)?-?F1|BLEU|MOTA|HOTA|IDF1|ROUGE(?:-\w+)?|m?IoU|m?AP|AUC|Elo|n?DCG|CIDEr|METEOR|D?MOS|PSNR|SSIM|FID|WER|CER)\s)?points?\b|${GAP}scores?\b|${GAP}times\b|x\b|\u00d7|${GAP}\$\\times\$|\\times(?=\$)|-fold\b|${GAP}[KMGT]B\b|${GAP}[kMG]?Wh\b|${GAP}[GT]?OPS\b|${GAP}[GT]FLOPS\b|${GAP}(?:images|tokens|samples|frames|queries|requests)/s\b|${GAP}dB\b|${GAP}[kMG]?Hz\b|\+?${GAP}(?:FPS|fps|frames per second)\b|${GAP}W\b|${GAP}ms\b|${GAP}(?:mW|kW|mJ|\u03bcJ|nJ)\b|${GAP}(?:mm|cm|km)\b(?![/^])|${GAP}(?:m|meters|metres)\b(?![/^\u00b2\u00b3-])|${GAP}(?:\$(?:\\mu\s?|\u03bc|\u00b5)m\$|\$\\mu\$\s?m\b|(?:\u03bc|\u00b5)m\b)|${GAP}(?:USD|US dollars|dollars)\b|${GAP}min\b|${GAP}minutes\b|${GAP}hours?\b|${GAP}seconds?\b|-pp\b)`;
const UNIT_AFTER_MATH = /^\$\s?(?:percentage points?|points?|pp|percent)\b/;
const COUNT_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
// Two plain decimal scores joined as a range ("0.686-0.714").
const SCORE_RANGE = String.raw`\d*\.\d+\s?(?:-|\u2013|to)\s?\d*\.\d+`;
const WHOLE_SCORE_RANGE = new RegExp(`^${SCORE_RANGE}$`);
const RANGE_SEP = String.raw`\s?(?:to|-{1,2}|\u2013|~)\s?`;
// The sign between a value and its spread: "92.2 \pm 2.4", "0.89 +/- 0.02".
const SPREAD_SIGN = String.raw`(?:\$\\pm\$|\\pm|\u00b1|\+/-)`;
// Verbs that multiply a measure ("doubling", "halves").
const MULTIPLIER_STEM = '(?:doubl|tripl|quadrupl|halv)';
/** Whether a sentence may state a value at all: a digit, an "N-fold", a multiplying verb, a value or a place in words. */
export const MAY_STATE_VALUE = new RegExp(
  String.raw`\d|fold\b|\b${MULTIPLIER_STEM}|\b(?:times|percent|magnitude)\b|\b(?:first|second|third|fourth|fifth)[\s-]place\b`,
  'i',
);
// "($-$7.4\%)": a minus written as math is the value's own sign (the value pattern's look-behind keeps the dash of
// "$6$-$12$" or "1$-$2%" out).
const LATEX_MINUS = String.raw`\$[-\u2212]\$\s?`;
/** A value written with its own minus sign, in text or in math ("$-$7.4\%", "$-3.01$ pp"). */
const SIGNED = /^\$?[-\u2212]/;
// One pass over the sentence; alternatives are ordered longest-first and bounded, so no backtracking blow-up.
const VALUE = new RegExp(
  [
    String.raw`(?<![\w.\-])${NUM}\s?${SPREAD_SIGN}\s?${NUM}${UNIT}?`, // 92.2 \pm 2.4\%, 1.81 $\pm$ 0.14 mm
    // A range of negative values, one result (guidelines, convention 20): "-1.6 to -6.8pp", "rho = -0.50 to -0.56".
    String.raw`(?<![\w.\-])[-\u2212]\d+(?:\.\d+)?\s?to\s?[-\u2212]\d+(?:\.\d+)?(?:${UNIT})?`,
    // 19.9 percentage points to 26.9 percentage points (a word unit written after both ends)
    String.raw`(?<![\w.\-])${NUM}(?<unit>\s(?:percentage points?|points?|pp|percent|times|ms|seconds?|minutes?|hours?|[KMGT]B))${RANGE_SEP}${NUM}\k<unit>(?!\w)`,
    String.raw`(?<![\w.\-])(?!(?:19|20)\d\d${RANGE_SEP})${NUM}(?:\\?%|\$\\times\$|x|\u00d7)?${RANGE_SEP}\+?${NUM}${UNIT}`, // 20--30 percentage points, +1.8 to +6.2 pp, 0.25% to 11.74%, 1.29$\times$ - 2.79$\times$ (a year is no start)
    String.raw`(?<![\d._])(?<![A-Za-z](?<!Delta|\\(?:sim|approx|geq|leq|ge|le)))(?<![A-Za-z\d]-)(?:${LATEX_MINUS}|-)?${NUM}${UNIT}`, // 41.0%, 2.3x, 17.3 scores, Delta4.1%, \(\sim50\%\), ($-$7.4\%)
    // An amount of money: "\$0.00487 per answer", "$630K", "$2 million" (not math: "$5$", "$10 \times 3$").
    String.raw`(?:\\\$|(?<![\\\w$])\$)\d+(?:[.,]\d+)*(?:\s?(?:[KMB]\b|million\b|billion\b))?(?![\d$^_%]|[.,]\d|\s*(?:[-+*/=<>^_%]|\\))`,
    String.raw`(?<![\w.])${NUM} out of ${NUM}\b`, // 10 out of 13
    String.raw`(?<![\w.:@\-])\d+ of \d+\b(?![.,]\d|\s?\\?%)`, // 110 of 120 runs
    String.raw`(?<![\w.\-/{_^])\d+(?:\.\d+)?/\d+(?:\.0+)?(?![\w/\-}]|\.\d)`, // 65/75 solved, 7.4/10, 4.77/5.0 (a scale)
    String.raw`(?<=\b(?:ranked|ranks|ranking|placed|placing|finished)\s(?:the\s)?)\d{1,2}(?:st|nd|rd|th)\b`, // ranked 3rd
    // "ranks 3rd overall and 2nd on agentic benchmarks": the second rank of a pair.
    String.raw`(?<=\b(?:ranked|ranks|ranking)\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)\b[^.;]{0,40}?\band\s)\d{1,2}(?:st|nd|rd|th)\b`,
    // "secured first place", "achieved 3rd place in Task 1": a system's place in a competition.
    String.raw`(?<=\b(?:achiev\w*|secur\w*|won|wins?|winning|took|takes|obtain\w*|earn\w*|claim\w*|finish\w*|ranked|ranks|ranking)\s(?:the\s)?(?:overall\s)?)(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))(?=[\s-]place\b)`,
    String.raw`\b${COUNT_WORD} (?:out )?of ${COUNT_WORD}\b(?!\s+(?:the|these|those|them|our|its|their)\b)`, // eleven of twelve
    String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold\b`,
    // "four times higher scores", "twenty percent": a multiplier or a share written in words ("six times more
    // categories", "ten times fewer parameters" size data or a model).
    String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\s+times(?=\s+(?:faster|slower|higher|lower|fewer|less|better|more|cheaper|greater|longer|shorter)\b)(?!\s+(?:more|fewer|less)\s+(?:[\w-]+\s+)?(?:tokens|parameters|data|categories|classes|samples|examples|images|videos|hours)\b)`,
    String.raw`\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\s+percent\b`,
    // "with an order of magnitude less inference time", "reduces latency by two orders of magnitude" (not a size: "an
    // order of magnitude larger than previous datasets").
    String.raw`\b(?:an?|one|two|three|four|five|several)\s+orders?\s+of\s+magnitude\b(?=\s+(?:less|fewer|faster|slower|lower|higher|smaller|cheaper|better|reduction|speed-?ups?|improvements?|increases?|decreases?|gains?)\b|(?<=\bby\s(?:(?:over|roughly|nearly|about|almost|up to|more than)\s)?\S+\s+orders?\s+of\s+magnitude))`,
    // "doubling the mIoU", not a schedule ("halved every 25k steps") nor a "doubling time".
    String.raw`\b(?:doubl(?:ed|es|ing)|tripl(?:ed|ing)|quadrupl(?:ed|es|ing)|halv(?:ed|es|ing))\b(?!\s+(?:every|each|time|period)\b)`,
    String.raw`(?<![\w.\-])${SCORE_RANGE}(?![\w.%])`, // 0.686-0.714 (a range of scores)
    // A signed change after "by": "lpips by -0.016".
    String.raw`(?<=\bby\s)-${NUM}(?![\w%/\-]|\.\d)`,
    // A bare number, kept only beside a metric; one followed by a noun is a count ("42 tasks"), one followed by a
    // comparative is a margin ("+37.91 higher F1").
    // "approximately -0.93 for Gaussian blur": a negative score is signed with a hyphen or a minus.
    String.raw`(?<![\w.\-/])(?:[-\u2212](?=\d))?${NUM}(?![\w%/\-]|\.\d|\s?(?!(?:on|in|across|and|for|at|with|using|via|without|while|vs|versus|compared|over|than|respectively|when|under|to|from|near|by|after|before|down|up|as|higher|lower)\b)[A-Za-z])`,
  ].join('|'),
  'gi',
);

const SHARE_OF_ITEMS_BEFORE =
  /\b(?:in|on|for)\s+(?:(?:over|nearly|about|approximately|only|up to|less than|more than|fewer than|almost|roughly)\s+|[<>]\s?)?$/i;
// Items a system gets right or wrong, counted in a share ("in 88% of cases") or a fraction ("in 60/60 runs").
const COUNTED_ITEMS = 'cases|tasks|problems|questions|scenarios|trials|episodes';
const SHARE_OF_ITEMS_AFTER = new RegExp(
  String.raw`^\s+of\s+(?:them\b|(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:${COUNTED_ITEMS}|responses|prompts|conversations|dialogues)\b)`,
  'i',
);
// "completed 43% of tasks", "solves 61% of the problems": a system's own share of the items it got done.
const ITEMS_DONE_BEFORE =
  /\b(?:complet|solv|resolv|pass|succeed|answer|fix|accomplish)\w*\s+(?:(?:only|just|nearly|about|approximately|roughly|over|almost)\s+)?$/i;
const FRACTION_VALUE = /^\d+(?:\/| (?:out )?of )\d+$/;
const FRACTION_OF_ITEMS_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+)?(?:${COUNTED_ITEMS}|runs|instances|games|seeds|attempts|samples|queries)\b`,
  'i',
);
const SPREAD_BEFORE = new RegExp(String.raw`\d\s?\\?%\s?(?:${SPREAD_SIGN}|\+-)\s?$`);
// "0.89 +/- 0.02", "32.9 $\pm$ 0.4 dB": a value with its spread, and the unit both share.
const SPREAD_VALUE = new RegExp(String.raw`^(${NUM})\s?${SPREAD_SIGN}\s?${NUM}(${UNIT})?$`);
const FRACTION_OF_BUDGET =
  /^\s*(?:the\b|of\s+(?:the|its)\b|(?:tokens|parameters|params|(?:G|T)?FLOPs|compute|computation|cost|memory|data|time|size|labels|samples|steps)\b)/i;
// A percentage of data, parameters or compute is a budget, not an outcome.
const BUDGET_AFTER =
  /^\s*(?:of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:data|dataset|training|parameters|samples|examples|tokens|compute|labels|budget|queries|images|users|instances|weights|layers)|of\s+(?:all|its)|confidence|CI\b)/i;
const PARAMETER_SHARE_AFTER =
  /^\s*of\s+(?:the\s+)?(?:model(?:'s)?\s+)?(?:(?:trainable|tunable|tuneable|learnable)\s+)?parameters\b/i;
const COST_SHARE_AFTER =
  /^\s*of\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:cost|compute|latency|price|energy|FLOPs|runtime|overhead|memory)\b/i;
const COST_SHARE_BEFORE =
  /\b(?:at|for|with|using|requiring|requires|needing|needs|consuming|consumes)\s+(?:only\s+|just\s+|merely\s+)?$/i;
const ACTED_ON_BEFORE =
  /\b(?:manipulat|prun|remov|ablat|mask|block|amplif|edit|modif|steer|perturb|zero|drop|freez)\w*\s+(?:(?:a\s+)?(?:mere|only|just)\s+)?$/i;
const COMPONENT_SHARE_AFTER =
  /^\s*of\s+(?:the|these|those|its|their)?\s*(?:[\w-]+\s+){0,2}?(?:heads|neurons|experts|channels|layers|weights|parameters|tokens)\b/i;
const EFFICIENCY_BEFORE =
  /\b(?:using|utili[sz]ing|with|requiring|updating|training|tuning)\s+(?:only|just|merely|less than|fewer than|at most)\s+$/i;
// A duration, and what the time a system takes follows: "finishes in", "requiring", "took".
const DURATION = /\d\s?(?:ms|seconds?|s|minutes?|mins?|hours?|h|days?)$/;
const TIME_TAKEN_BEFORE =
  /\b(?:(?:finish|complet|run)\w*\s+in|within|requir(?:es|ed|ing)|tak(?:es|ing)|took)\s+(?:(?:just|only|roughly|about|approximately|under|less than)\s+)?$/i;
// " on ZorbBench", " on the Zorb set", " on the public leaderboard", " on the official test set": where a value was
// reached.
const ON_NAMED_AFTER =
  /^\s+on\s+(?:the\s+)?(?:\p{Lu}|(?:(?:public|private|official|hidden|blind|final|held-out)\s+)?(?:leaderboard|test\s+set)\b)/u;
const COST_WORD =
  /\b(?:cost\w*|pric\w*|spen[dt]\w*|sav(?:e|es|ed|ing|ings)\b|cheaper|expens\w*|per\s+(?:query|request|task|sample|answer|problem|run|instance|hour|image|token|call|batch|episode|user|month|day))/i;
const METRE_OUTCOME_BEFORE =
  /\b(?:errors?|bias(?:es)?|MAE|RMSEs?|MPJPE|ADE|FDE|EPE|RPE|ATE|drift|deviations?)\b/;
const LENGTH_OUTCOME_BEFORE =
  /\b(?:errors?|accura\w*|distances?|deviations?|MAE|RMSE|MPJPE|HD(?:95)?|ADE|FDE|EPE|drift|improv\w*|reduc\w*|lower\w*|decreas\w*)\b/i;
// A setting, not an outcome: "a mixing ratio of 0.5", a count or size "K=8", "N = 500"; a named outcome ratio ("a Sharpe
// ratio of 1.51") or a measure's symbol ("F=0.92", "ROUGE-L = 0.49") is one.
const NOT_RESULT_BEFORE =
  /(?:p\s?[<=>]\s?|\b(?:capped|limited|truncated|clipped)\s+(?:at|to)\s|\bCI[,:]?\s|\bconfidence intervals?[,:]?\s|top[-\s]?|\bfirst\s|\blast\s|\bretain(?:ing)?\s|\bsparsity of\s|(?<!\b(?:Sharpe|Sortino|Calmar|information|odds|hazard)\s)\bratio of\s|\b(?:learning|sampling|dropout|mask(?:ing)?|decay|frame|bit|noise) rate of\s|\bsize of\s|\bdropout of\s|\b(?:temperatures?|batch sizes?|weight decay|thresholds?|top-[pk])(?:\s+(?:tuning|settings?|values?|ranges?))?\s*(?:\(|=|of\s|from\s)\s*)$/i;
// The symbol of a correlation or agreement statistic and the relation a value is given in ("rho = ", "R^2 >= ").
const STATISTIC_BEFORE =
  /(?:^|[\s(-])(?:r|R|R\^?2|R\u00b2|\u03c1|\u03c4|\u03ba|rho|tau|kappa)\s?(=|[<>]=?|\u2265|\u2264|\\geq?|\\leq?|\\simeq|\\approx|\u2248)\s?$/;
// "IoU thresholds from 0.1 to 0.7": the far end of a range of thresholds is a setting too.
const THRESHOLD_RANGE_END_BEFORE = /\bthresholds?\s+(?:from|between)\s+\d[\d.]*\s?(?:to|and|-|\u2013)\s?$/i;
const SCALE_BOUND_BEFORE =
  /\b(?:bounded|normali[sz]ed|scaled?)\s+(?:\w+\s+)?\(?(?:between|from|in|to)\s+\(?\[?-?\d+(?:\.\d+)?\s*(?:and|to|,|-)\s*$/i;
const SETTING_VARIABLE_BEFORE = /(?<![\w.-])\$?[KkNnTtM]\s?=\s?$/;
// "at a 4x compression ratio", "with a 20% pruning ratio", "under 50% sparsity", "at 30% pruning": the setting a
// result was reached at.
const SETTING_VALUE_BEFORE = /\b(?:at|with|under)\s+(?:an?\s+)?(?:(?:high|low|fixed|target|extreme)\s+)?$/i;
// The second side of a dimension right after a number: " \times 480$", "x480", " × 3".
const DIMENSION_AFTER = /^\s*(?:\\times|\u00d7|x)\s*\d/;
// "maintains ... up to", "stays robust up to": a level a quality holds to, before "50% pruning".
const KEPT_UP_TO_BEFORE =
  /\b(?:maintain|retain|preserv|keep|remain|stay|robust|stable)\w*\b[^.;]{0,60}\bup\s+to\s+$/i;
const SETTING_VALUE_AFTER =
  /^\s*(?:(?!(?:with|and|at|of|for|on|in|by)\s)[\w-]+\s+){0,3}?(?:(?:compression|pruning|sparsity|masking|mask|drop|keep|retention|quantization)\s+(?:ratios?|rates?|levels?)|sparsity|pruning(?!\s+(?:speed\w*|gains?|costs?|time)\b))\b/i;
// "for tasks 1, 2, and 3", "Levels 4 and 5": the last of a list of numbered items, not a score read after "and".
const NUMBERED_ITEMS_BEFORE =
  /\b(?:tasks?|subtasks?|tracks?|levels?|stages?|phases?|steps?|rounds?|parts?|types?|settings?|scenarios?|experiments?|tables?|figures?|sections?|questions?)\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*(?:and|or|&|to)\s*$/i;
// "models up to 200x larger", "2-6 times more parameters": how much bigger another model is, not an outcome; "scales
// the maximum length by 2.8-5.5 times larger" is a gain.
// ("an 2x larger batch size" is a gain in what the larger noun names; "effects 2.5x larger than degradation" a finding.)
const SIZE_RATIO_AFTER =
  /^\s*\$?\s*\)?\s*(?:(?:larger|bigger)(?=\s*(?:[,.;:)]|$)|\s+(?:models?|LLMs?|networks?|architectures?|counterparts?|baselines?|systems?|ones|teachers?|variants?|and|or|but|while|whereas|yet|in|on|at|with|across|for|when|despite)\b|\s+\p{Lu})|more\s+parameters\b)/u;
const GAIN_BY_BEFORE = /\bby\s+(?:(?:up\s+to|about|around|roughly|nearly|over)\s+)?\$?$/i;
// "at 5% labeled data", "with 10% of the labels": the share of labels a result was reached with.
const LABEL_SHARE_AFTER =
  /^\s*(?:of\s+(?:the\s+)?)?(?:(?:labell?ed|annotated)\s+(?:data|samples|images|examples)|labels)\b/i;
const OUTCOME_CUE =
  /\b(?:improv\w*|outperform\w*|achiev\w*|reach\w*|attain\w*|scor\w*|gain\w*|reduc\w*|increas\w*|boost\w*|surpass\w*|faster|speed\w*|fewer|less|lower|higher|better|yield\w*|deliver\w*|obtain\w*|exceed\w*|accura\w*|accelerat\w*|success|rates?|drops?|dropp\w*|climb\w*|beat\w*|rose|fell|falling|fallen|rises|rising|risen|decreas\w*|cut\w*|sav\w*|won|wins?|solv\w*|resolv\w*|enhanc\w*|rais\w*|lift\w*|only|below|above|up to|margin|relative|absolute|average|led by|leads?|leaderboard)\b/i;
const GAIN_BEFORE_EXCEEDING =
  /\b(?:improv\w*|outperform\w*|gains?|gaps?|margins?|surpass\w*|beat\w*|boost\w*|increas\w*|higher|better)\b/i;
const MULTIPLIER_WORD = new RegExp(`^${MULTIPLIER_STEM}`, 'i');
const MEASURE_NOUN = String.raw`(?:costs?|time|speed|throughput|latency|memory|accuracy|performance|scores?|efficiency|rates?)`;
const MEASURE_AFTER_MULTIPLIER = new RegExp(
  String.raw`^\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${MEASURE_NOUN}\b`,
  'i',
);
const MEASURE_BEFORE_MULTIPLIER = new RegExp(String.raw`\b${MEASURE_NOUN}\s+(?:\w+\s+)?$`, 'i');
const REDUCTION_CUE =
  /\b(?:reduc\w*|decreas\w*|lower\w*|less|fewer|cut\w*|sav\w*|drops?|dropp\w*|shrink\w*|compress\w*|smaller|declin\w*|degrad\w*)\b/i;
const IMPROVEMENT_CUE =
  /\b(?:improv\w*|accelerat\w*|increas\w*|gain\w*|boost\w*|outperform\w*|beat\w*|higher|better|faster|speed\w*|surpass\w*|exceed\w*|enhanc\w*|rais\w*|lift\w*|advanc\w*|margin|increment\w*|larger|longer)\b/i;
// Words that put the systems after them below the paper's: "outperforming X (43.8%)", "followed by Y (85.7%)".
const BEATEN_BEFORE =
  /\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|followed by|compared (?:to|with)|than|versus|vs\.?|such as|including|like)\b/i;
const ABSOLUTE_CUE =
  /\b(?:achiev\w*|reach\w*|attain\w*|scor\w*|of|obtain\w*|at|to|with|yield\w*|records?|sets?|is|are|was|were|only|requir\w*)\s*(?:an?\s+)?(?:(?:average|overall|mean|accuracy|\w+ rate)\s+)?(?:of\s+)?$/i;

// "increases" is a noun only after a modifier: "relative increases from 5% to 9%" vs "WER increases from 5% to 9%".
const RANGE_OF_GAINS =
  /\b(?:improvements|gains|reductions|(?:relative|consistent|substantial|average|with|of)\s+(?:increases|decreases)|speedups|savings|ranging|ranged|ranges?|varying|varied|vary)\s+(?:of\s+)?from\s*$/i;
// A range of negative values as one value is written: "-1.6 to -6.8pp".
const NEGATIVE_RANGE = /^[-\u2212].*\sto\s?[-\u2212]/;
const ARROW_BEFORE = /(?:\\rightarrow|\\to|\u2192|->)\s*$/;
const ARROW_AFTER = /^\s*(?:\\rightarrow|\\to\b|\u2192|->)/;
/** What follows the first value of a compared pair: "(71.8 vs 61.5)". */
export const PAIR_FIRST_AFTER = /^\s*(?:vs\.?|versus)\s*[-+]?\d/i;
const TRANSITION = /^(-?\d[\d.,]*\\?%)\s?(?:to|-{1,2}|\u2013)\s?(-?\d[\d.,]*\\?%)$/;
// Plain scores change only with "to": "from 14.79 to 14.63" (a hyphen between plain scores is a range).
const PLAIN_TRANSITION = /^(-?\d[\d.,]*)\s?to\s?(-?\d[\d.,]*)$/;
// "from 2.14 to 0.03 percent", "from 120 to 45 ms": the unit written once after the second end, or after both.
const UNIT_TRANSITION = new RegExp(String.raw`^(-?\d[\d.,]*(?:${UNIT})?)\s?to\s?(-?\d[\d.,]*${UNIT})$`);

export function findValues(sentence: string): ValueMatch[] {
  const out: ValueMatch[] = [];
  let pairEnd = -1;
  VALUE.lastIndex = 0;
  for (let m = VALUE.exec(sentence); m !== null; m = VALUE.exec(sentence)) {
    const value = m[0].trim();
    const start = m.index + m[0].indexOf(value);
    // "from 42.75% to 46.75%" / "(42.75% to 46.75%)" is a before-and-after pair, not a range.
    const pair = TRANSITION.exec(value) ?? PLAIN_TRANSITION.exec(value) ?? UNIT_TRANSITION.exec(value);
    // "relative improvements from 57.8% to 80.6%" is a range of gains, one result.
    const rangeOfGains = RANGE_OF_GAINS.test(sentence.slice(Math.max(0, start - 40), start));
    // "increases from 82.48% to 89.74%, 66.24% to 78.88%": the next pair of a list of changes.
    const nextPair = pairEnd >= 0 && /^\s*,\s*(?:and\s+)?$/.test(sentence.slice(pairEnd, start));
    if (
      pair?.[1] &&
      pair[2] &&
      !rangeOfGains &&
      (nextPair ||
        /\bfrom\s*$/i.test(sentence.slice(Math.max(0, start - 6), start)) ||
        // "(42.75% to 46.75%)" is a change; "(81%-95%)" is a range, as a hyphen joins its ends.
        // ("(-1.6 to -6.8pp)": two negative ends make a range of losses.)
        (/\(\s*$/.test(sentence.slice(Math.max(0, start - 6), start)) &&
          value.includes('to') &&
          !NEGATIVE_RANGE.test(value)))
    ) {
      const plain = (end: string): boolean => /^-?[\d.,]+$/.test(end);
      // "IoU thresholds from 0.5 to 0.95": both ends of a setting's span are settings.
      if (NOT_RESULT_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) {
        pairEnd = start + value.length;
        continue;
      }
      // The first end takes the unit written after the second: "from 68.2 to 70.4 percent".
      out.push({
        start,
        end: start + pair[1].length,
        value: pair[1],
        bare: plain(pair[1]) && plain(pair[2]),
        pair: true,
      });
      const second = start + value.lastIndexOf(pair[2]);
      out.push({
        start: second,
        end: second + pair[2].length,
        value: pair[2],
        bare: plain(pair[2]),
        pair: true,
      });
      pairEnd = start + value.length;
      continue;
    }
    pairEnd = -1;
    // "82.24% +/- 3.87%": the spread after a value with its unit is no outcome of its own.
    if (SPREAD_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    // A fraction is a share or a rating ("65/75", "7.4/10"), never a year pair or a larger count over a smaller one.
    const fraction = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(value);
    if (fraction && (Number(fraction[1]) > Number(fraction[2]) || Number(fraction[2]) >= 1900)) continue;
    // "1/4 tokens", "1/3 the GFLOPs", "0/1 reward": a share of a budget or a binary label, not an outcome.
    if (fraction && (value === '0/1' || FRACTION_OF_BUDGET.test(sentence.slice(start + value.length))))
      continue;
    // "$ε=4/255$" is a setting; "374/492 (76.0%)" is given again as the percentage, which is the value.
    if (
      fraction &&
      (/=\s*\$?\s*$/.test(sentence.slice(0, start)) ||
        /^\s*\(\s*\d[\d.]*\\?%/.test(sentence.slice(start + value.length)))
    )
      continue;
    // A range of plain scores ("0.686-0.714") needs a metric beside it, like a bare number; "$14.2$ percentage
    // points" has its unit after the math.
    const unitAfterMath = /^-?[\d.,]+$/.test(value)
      ? UNIT_AFTER_MATH.exec(sentence.slice(start + value.length))
      : null;
    const bare = (/^-?[\d.,]+$/.test(value) && !unitAfterMath) || WHOLE_SCORE_RANGE.test(value);
    // The value as written keeps its math and its unit (guidelines, convention 6): "$9$ points".
    if (unitAfterMath && sentence[start - 1] === '$') {
      const end = start + value.length + unitAfterMath[0].length;
      out.push({ start: start - 1, end, value: sentence.slice(start - 1, end), bare: false });
      continue;
    }
    // "23 minutes 36 seconds", "2 h 15 min": a duration written in two units is one value.
    const previous = out[out.length - 1];
    if (
      previous &&
      !previous.pair &&
      previous.end + 1 === start &&
      LARGER_TIME_UNIT.test(previous.value) &&
      SMALLER_TIME_UNIT.test(value)
    ) {
      previous.end = start + value.length;
      previous.value = sentence.slice(previous.start, previous.end);
      continue;
    }
    // The spread is no part of the value reported (the unit it carries is); nor is the "+" of "300+ FPS", which says
    // "over" (guidelines, convention 6).
    const spread = SPREAD_VALUE.exec(value);
    out.push({
      start,
      end: start + value.length,
      value: spread ? `${spread[1]}${spread[2] ?? ''}` : value.replace(/^(\d[\d.,]*)\+(?=\s?\D)/, '$1'),
      bare,
    });
  }
  return out;
}
const LARGER_TIME_UNIT = /\d\s?(?:hours?|hrs?|h|minutes?|mins?)$/;
const SMALLER_TIME_UNIT = /^\d[\d.]*\s?(?:minutes?|mins?|seconds?|secs?|s)$/;

/**
 * The sentence as the cues read it: LaTeX math delimiters become spaces ("from $62.7$ to $31.6$" reads as "from 62.7
 * to 31.6"); the length stays, so value offsets found in the written text still hold. "$\times$" keeps its first "$".
 */
function readable(written: string): string {
  return written.includes('$') ? written.replace(/\$(?!\\times)/g, ' ') : written;
}

/** End offset of the last match of a cue in a short text, or -1. */
function lastMatchEnd(cue: RegExp, text: string): number {
  const global = new RegExp(cue.source, 'gi');
  let last = -1;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) last = m.index + m[0].length;
  return last;
}

/** A judge of values for one sentence; sentence-wide cues are computed once. */
export function outcomeJudge(
  written: string,
  namesMetric = false,
): (v: ValueMatch, nearMetric: boolean, afterMetric?: boolean) => boolean {
  const sentence = readable(written);
  // A sentence that names a metric reports it ("sensitivity was 92.7% for ..."), even without an outcome verb.
  const hasOutcomeCue = namesMetric || OUTCOME_CUE.test(sentence);
  const aboutMemory = /\bmemory\b/i.test(sentence);
  let lastEnd = -1;
  let lastValue = '';
  let lastFrom = false;
  return (v, nearMetric, afterMetric = false) => {
    // "Cityscapes from 36.79 to 37.87": where an accepted value is the start of a change, so is its end.
    const changeEnd = v.bare && lastFrom && /^\s*to\s*$/.test(sentence.slice(lastEnd, v.start));
    // "a score of 4.58 (vs. 3.99), 0.68 for B (vs. 0.58)": a bare number in a list right after an accepted value,
    // or the baseline's value beside it, is an outcome too.
    const listed =
      v.bare &&
      lastEnd >= 0 &&
      v.start - lastEnd < 40 &&
      /^[^;.\d]*?(?:,|\band|\bvs\.?|\bversus|\(|->|\u2192|\\rightarrow|\\to)\s*$/i.test(
        sentence.slice(lastEnd, v.start),
      ) &&
      !isEnumerationMarker(sentence, v);
    // "86.7 on AIME 2024, 55.0 on Codeforces and 77.3 on GPQA": the next decimal of a list of scores on benchmarks.
    const listedOn =
      v.bare &&
      v.value.includes('.') &&
      lastEnd >= 0 &&
      /^\s+on\s+[^,;]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(sentence.slice(lastEnd, v.start)) &&
      ON_NAMED_AFTER.test(sentence.slice(v.end, v.end + 12));
    // "smaller models report an FRS of 0.76, larger ones 0.93": a decimal written like the accepted one before it,
    // after a contrasting subject of a few words, is that measure's value for it.
    const parallel =
      v.bare &&
      lastEnd >= 0 &&
      v.start - lastEnd < 120 &&
      decimals(v.value) > 0 &&
      decimals(v.value) === decimals(lastValue) &&
      PARALLEL_SUBJECT.test(sentence.slice(lastEnd, v.start));
    // "attains FID 2.16": a decimal right after a metric's name, unless it sets a threshold ("IoU 0.5 threshold").
    const metricValue =
      afterMetric && !/^\s*(?:threshold|cut-?off)\b/i.test(sentence.slice(v.end, v.end + 12));
    const ok =
      changeEnd ||
      listed ||
      listedOn ||
      parallel ||
      metricValue ||
      isOutcome(sentence, v, nearMetric, hasOutcomeCue, aboutMemory) ||
      (namesMetric && isTransitionEnd(sentence, v));
    if (ok)
      [lastEnd, lastValue, lastFrom] = [
        v.end,
        v.value,
        /\bfrom\s*$/i.test(sentence.slice(Math.max(0, v.start - 8), v.start)),
      ];
    return ok;
  };
}

// ", larger ones", "and the 70B model", "while larger ones reach", "(in F1), whereas the strongest open model
// (Zorb-8B) achieves performance around": a second subject of a few plain words.
const PARALLEL_SUBJECT =
  /^(?:\s+in\s+[^,;()]{1,30}?)?\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+)(?:the\s+)?(?:[\w-]+\s+){1,4}(?:\([^()]{1,30}\)\s+)?(?:(?:reach|achieve|score|obtain|report|get)(?:s|es)?\s+(?:(?:a\s+)?performance\s+(?:of\s+)?)?(?:(?:approximately|about|around|roughly)\s+)?)?$/i;

/** Digits after the decimal point of a written number ("0.76" has 2). */
function decimals(value: string): number {
  return /\.(\d+)/.exec(value)?.[1]?.length ?? 0;
}

/** "loss decreased from 8.35 at initialization to 2.79": a decimal at either end of a reported change. */
function isTransitionEnd(sentence: string, v: ValueMatch): boolean {
  if (!v.bare || !v.value.includes('.')) return false;
  const before = sentence.slice(Math.max(0, v.start - 80), v.start);
  return /\b(?:from|to)\s*$/i.test(before) && CHANGE_VERB.test(before);
}

const CHANGE_VERB =
  /\b(?:decreas|increas|improv|reduc|dropp|drops|ris|rose|fell|rais|climb|declin|grew|grow)\w*/i;

/** "(3)" in "(2) a planner; (3) a verifier", and "2)" in "1) a detector and 2) a tracker", number an item. */
function isEnumerationMarker(sentence: string, v: ValueMatch): boolean {
  if (!v.bare || sentence[v.end] !== ')' || !/^\d{1,2}$/.test(v.value)) return false;
  // Unless a parenthesis opened earlier is still open: "(7 and 9)".
  return (
    sentence[v.start - 1] === '(' || sentence.lastIndexOf('(', v.start) <= sentence.lastIndexOf(')', v.start)
  );
}

// What the folds of a cross-validation are folds of: "5-fold cross-validation", "3-fold subject-exclusive splits".
const FOLDS_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:cross[-\s]?validation|CV|splits?|folds?)\b/i;

/** Whether a value in a sentence (as `readable` gives it) is an outcome rather than a size, budget, year or p-value. */
export function isOutcome(
  sentence: string,
  v: ValueMatch,
  nearMetric: boolean,
  hasOutcomeCue = OUTCOME_CUE.test(sentence),
  aboutMemory = /\bmemory\b/i.test(sentence),
): boolean {
  const before = sentence.slice(Math.max(0, v.start - 24), v.start);
  const after = sentence.slice(v.end, v.end + 60);
  if (NOT_RESULT_BEFORE.test(before) || SETTING_VARIABLE_BEFORE.test(before)) return false;
  if (THRESHOLD_RANGE_END_BEFORE.test(sentence.slice(Math.max(0, v.start - 40), v.start))) return false;
  // "a metric bounded between 0 and 1", "a bounded (between 0 and 1) metric": the bounds of a scale, not an outcome.
  if (SCALE_BOUND_BEFORE.test(sentence.slice(Math.max(0, v.start - 48), v.start))) return false;
  // "at $640 \times 480$ resolution", "a 3x3 kernel": a dimension, not an outcome.
  if (DIMENSION_AFTER.test(after)) return false;
  // "5-fold cross-validation", "3-fold subject-exclusive splits": the folds of an evaluation protocol.
  if (/-fold$/.test(v.value) && FOLDS_AFTER.test(after)) return false;
  if (v.bare && NUMBERED_ITEMS_BEFORE.test(sentence.slice(Math.max(0, v.start - 40), v.start))) return false;
  if (SIZE_RATIO_AFTER.test(after) && !GAIN_BY_BEFORE.test(before)) return false;
  // "correct in 88% of cases", "succeed on < 50% of the tasks", "completed 43% of tasks": the share of items a system
  // gets right or wrong.
  // What a model was trained on is a budget ("fine-tuned on 10% of the tasks").
  if (
    !v.bare &&
    (SHARE_OF_ITEMS_BEFORE.test(before) || ITEMS_DONE_BEFORE.test(before)) &&
    SHARE_OF_ITEMS_AFTER.test(after) &&
    !/\b(?:pre-?)?(?:train|fine-tun|tun)\w*\s/i.test(before)
  )
    return true;
  // "detected in 60/60 runs", "correctly attributed on 110 of 120 runs": the count of items a system got right.
  if (
    FRACTION_VALUE.test(v.value) &&
    SHARE_OF_ITEMS_BEFORE.test(before) &&
    FRACTION_OF_ITEMS_AFTER.test(after)
  )
    return true;
  if (SETTING_VALUE_BEFORE.test(before) && (SETTING_VALUE_AFTER.test(after) || LABEL_SHARE_AFTER.test(after)))
    return false;
  // "maintains high consistency up to 50% pruning": how far a model was pruned, not what it reached.
  if (
    /^\s*(?:pruning|sparsity)\b/i.test(after) &&
    KEPT_UP_TO_BEFORE.test(sentence.slice(Math.max(0, v.start - 90), v.start))
  )
    return false;
  // "manipulating a mere 5% of these critical heads", "pruning 30% of the layers": the share of a model's parts an
  // experiment acts on is its setting ("15% of experts are monosemantic" is a finding).
  if (ACTED_ON_BEFORE.test(before) && COMPONENT_SHARE_AFTER.test(after)) return false;
  // "using only 2.19% of trainable parameters" is an efficiency outcome; "fine-tuned on 10% of the data" is a budget.
  // "at 44-52% of its drafting cost": a share of the cost a method gets by with is an outcome too.
  if (
    BUDGET_AFTER.test(after) &&
    !(PARAMETER_SHARE_AFTER.test(after) && EFFICIENCY_BEFORE.test(before)) &&
    !(COST_SHARE_AFTER.test(after) && COST_SHARE_BEFORE.test(before))
  )
    return false;
  // "quadrupled training cost", "mIoU scores doubling those of X": a multiplying verb is a value beside a measure.
  if (MULTIPLIER_WORD.test(v.value))
    return (
      nearMetric ||
      MEASURE_AFTER_MULTIPLIER.test(after) ||
      MEASURE_BEFORE_MULTIPLIER.test(sentence.slice(Math.max(0, v.start - 30), v.start))
    );
  if (/(?:GB|MB)$/.test(v.value) && !aboutMemory) return false;
  // "at a carrier frequency of 28 GHz", "a 200MHz-BW signal": a frequency is a setting, unless a system reaches it
  // ("achieves at least 10 GHz read operations").
  if (
    /Hz$/.test(v.value) &&
    !/\b(?:achiev|reach|attain|deliver)\w*\s+(?:(?:at least|up to|over)\s+)?$/i.test(before)
  )
    return false;
  // "an error of 0.80 mm" is an outcome; "a 0.2 mm wire", "a 1600 km dataset" are sizes.
  if (
    /(?:mm|cm|km|\u03bcm|\u00b5m|m\$|\$m)$/.test(v.value) &&
    !LENGTH_OUTCOME_BEFORE.test(sentence.slice(Math.max(0, v.start - 80), v.start))
  )
    return false;
  // Money is an outcome where the sentence speaks of what something costs ("a cost of only \$0.00487 per answer",
  // "costing 0.0002 USD per batch"), not a grant or a market size.
  if (/^\\?\$\d[\d.,]*(?:\s?(?:[KMB]|million|billion))?$|\d\s?(?:USD|US dollars|dollars)$/i.test(v.value))
    return COST_WORD.test(sentence.slice(Math.max(0, v.start - 60), Math.min(sentence.length, v.end + 40)));
  // "RMSEs of 2.54 m", "a bias of 0.41 m" are outcomes; "250 m perception range", "10 m imagery" are settings, so plain
  // metres need an error measure just before ("25.85M" parameters is a count: the pattern is case-blind).
  if (/[\d\s~,]M$/.test(v.value)) return false;
  if (
    /(?:[\d\s~,]m|met(?:er|re)s)$/.test(v.value) &&
    !METRE_OUTCOME_BEFORE.test(sentence.slice(Math.max(0, v.start - 60), v.start))
  )
    return false;
  // "ranked 3rd", "secured first place": the patterns found the rank or place where a system stands.
  if (/^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)$/.test(v.value)) return true;
  // "finishes in 20--30 minutes", "requiring 2.95 seconds per patient": the time a system takes is an outcome.
  if (!v.bare && DURATION.test(v.value) && TIME_TAKEN_BEFORE.test(before)) return true;
  // "($+33.5\%$ on X)": a signed value is a gain as written.
  if (!v.bare && /\+\s{0,2}$/.test(before)) return true;
  // "+21.6 on Turkish", "EMEA (+6.2)": so is a signed decimal in a sentence that reports outcomes.
  if (v.bare && hasOutcomeCue && v.value.includes('.') && /(?:^|[\s(])\+$/.test(before)) return true;
  // "61.3 vs 54.2": the first of a compared pair is an outcome when the sentence reports one.
  if (v.bare && hasOutcomeCue && /^\s*(?:vs\.?|versus)\s*\d/.test(after)) return true;
  // "rho = -0.50 to -0.56": a range of a statistic reported by its symbol.
  if (!v.bare && NEGATIVE_RANGE.test(v.value) && STATISTIC_BEFORE.test(before)) return true;
  if (v.bare) {
    // "(R = 0.943)", "r = 0.82", "(rho >= 0.94)", "(Spearman $ρ\simeq 0.8$)": a correlation or agreement statistic
    // reported by its symbol; a bound on it is reported as a decimal ("kappa > 0" is a condition).
    const statistic = STATISTIC_BEFORE.exec(before);
    if (statistic && (statistic[1] === '=' || v.value.includes('.'))) return true;
    // "(0.050 -> 0.382)": the start of a reported change written with an arrow.
    if (hasOutcomeCue && /^\s*(?:->|\u2192|\\rightarrow|\\to)\s*\d/.test(after)) return true;
    // "rivaling o3-mini (74.5) and DeepSeek-R1 (74.9)": a score alone in parentheses after what it scores.
    if (hasOutcomeCue && v.value.includes('.') && /[\p{L}\d]\s\(\s?$/u.test(before) && /^\s?\)/.test(after))
      return true;
    // "reaches a score of 74.2".
    if (/\bscore\s+of\s+$/i.test(before)) return true;
    // "raises the GenEval score from 63 to 92": both ends of a score's change.
    if (/\bscores?\s+from\s+(?:-?\d[\d.,]*\s?to\s?)?$/i.test(before)) return true;
    // "the 7B model reaches 4.712 on Zorb-400": a decimal an outcome verb reaches on a named benchmark.
    if (
      v.value.includes('.') &&
      /\b(?:reach\w*|achiev\w*|attain\w*|scor\w*|obtain\w*)\s+$/i.test(before) &&
      ON_NAMED_AFTER.test(after)
    )
      return true;
    if (!nearMetric || isEnumerationMarker(sentence, v)) return false;
    // A range of plain scores ("0.776 to 0.817") is judged by its first score.
    const num = Number((/^[\d.,]+/.exec(v.value)?.[0] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(num) || (num >= 1900 && num <= 2100 && !v.value.includes('.'))) return false;
    return /(?:of|:|=|at|to|is|are|was|were|above|(?<!\b(?:improv\w*|gains?|advantages?|margins?)\s)over|exceed\w*|reach\w*|achiev\w*|attain\w*|scor\w*|performance|with|by|and|from|vs\.?|versus|\(|\\rightarrow|\u2192|->)\s*(?:(?:approximately|about|around|roughly|nearly)\s+)?\+?$/i.test(
      before,
    );
  }
  // A difference in points is an outcome as written ("attributes +9.4 pp to the scaffold").
  return hasOutcomeCue || /(?:points?|pp)$/.test(v.value);
}

/** improvement / reduction / absolute from the words around the value. */
export function kindOf(written: string, v: ValueMatch): ResultKind {
  if (v.pair) return 'absolute';
  if (MULTIPLIER_WORD.test(v.value)) return /^halv/i.test(v.value) ? 'reduction' : 'improvement';
  const sentence = readable(written);
  const before = sentence.slice(Math.max(0, v.start - 90), v.start);
  const after = sentence.slice(v.end, v.end + 40);
  // "+89%" is a gain as written.
  if (/\+\s?$/.test(sentence.slice(Math.max(0, v.start - 2), v.start))) return 'improvement';
  // "(-1.6 to -6.8pp)", "recognition (-49.5%)": a difference in points, or a share standing alone in parentheses, written
  // with a minus is a drop ("an average return of -8%" is a level).
  if (
    SIGNED.test(v.value) &&
    (/(?:pp|points?)$/.test(v.value) ||
      (/%$/.test(v.value) && /\(\s*$/.test(sentence.slice(Math.max(0, v.start - 2), v.start))))
  )
    return 'reduction';
  // "while maintaining 75 FPS", "retaining 95% of its accuracy": a level a system keeps is no change.
  if (
    /\b(?:maintain|retain|preserv|keep|sustain)\w*\s+(?:an?\s+|only\s+|over\s+|up to\s+|about\s+)?$/i.test(
      before,
    )
  )
    return 'absolute';
  // "2.98 -> 1.54": both ends of an arrow are absolute values.
  if (ARROW_BEFORE.test(before) || ARROW_AFTER.test(after)) return 'absolute';
  // "(71.8 vs 61.5)": so are both sides of a compared pair.
  if (/\b(?:vs\.?|versus)\s*$/i.test(before) || PAIR_FIRST_AFTER.test(after)) return 'absolute';
  // "a 30% increase in", "20% reduction", "500 times faster", "88.6% spectral efficiency (SE) gain": up to four words.
  // "1.9% and 2.7% increases in mAP": the change noun after a run of coordinated values is each value's.
  const afterRun = after.replace(
    /^(?:\s*,?\s*(?:and|or)?\s+[+-]?\d+(?:\.\d+)?\s?(?:\\?%|pp\b|points?\b)?)+(?=\s+[a-z])/,
    '',
  );
  const afterWords = afterRun.replace(/\([^()]{0,12}\)/g, ' ');
  for (const word of /^\s*([\w-]+(?:\s+[\w-]+){0,3})/.exec(afterWords)?.[1]?.split(/\s+/) ?? []) {
    if (/^(?:in|on|of|for|over|than|to|at|with|across|compared|and|while|by)$/i.test(word)) break;
    if (REDUCTION_CUE.test(word)) return 'reduction';
    if (IMPROVEMENT_CUE.test(word)) return 'improvement';
  }
  // "from 42.75% to 46.75%": both ends are absolute values.
  // ("from 284 $\mu m$ (OPMI only) to 33 $\mu m$": a setting may stand in parentheses after the first end.)
  if (/\bfrom\s+[^,;]{0,40}$/i.test(before) && /^\s*(?:\([^()]{0,30}\)\s*)?(?:to|-)\s/.test(after))
    return 'absolute';
  if (/\bfrom\b[^,;]{0,40}\bto\s*$/i.test(before)) return 'absolute';
  const immediate = before
    .replace(
      /(?:\s*(?:up to|over|nearly|almost|about|around|approximately|more than|less than|at least|roughly|only|~|\u2248|\\sim|\\approx))+\s*$/i,
      ' ',
    )
    // "by an average of 28%", "by a factor of 3" read as "by".
    .replace(/\bby\s+(?:an average of|on average|a factor of|a margin of|as much as|an?)\s*$/i, 'by ');
  if (/\b(?:below|above|under)\s*$/i.test(immediate)) return 'absolute';
  // "exceed 0.75 in F1" names a level reached, like "above"; "gains exceeding 18 points", "outperforms X, exceeding
  // it by 3%" are gains.
  if (
    /\bexceed(?:s|ed|ing)?\s*$/i.test(immediate) &&
    !/(?:points?|pp)$/.test(v.value) &&
    lastMatchEnd(GAIN_BEFORE_EXCEEDING, before) < 0
  )
    return 'absolute';
  // "outperforming TITAN (43.8%)", "surpassing DDPM (FID 402.98)": a score alone in parentheses after a system the
  // paper beats is that system's own ("gains were largest with PubMed (14.6%)" are gains; "IoU (14.11% in F1)" too).
  if (
    /(?:[\p{Lu}\d][\p{L}\d.+-]*\s*\(|\(\s*[\p{Lu}][\p{L}\d@-]*\s)\s*$/u.test(before) &&
    /^\s*\)/.test(after) &&
    BEATEN_BEFORE.test(before)
  )
    return 'absolute';
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (/\b(?:improvement|gain|increase|boost|speedup|margin)s?\s+of\s*$/i.test(immediate))
    return 'improvement';
  if (/\b(?:reduction|decrease|drop|saving)s?\s+of\s*$/i.test(immediate)) return 'reduction';
  if (/\bby\s*$/i.test(immediate) || (/\(\s*$/.test(immediate) && !v.bare)) {
    const r = lastMatchEnd(REDUCTION_CUE, clause);
    const i = lastMatchEnd(IMPROVEMENT_CUE, clause);
    if (r > i) return 'reduction';
    if (i >= 0 || /\bby\s*$/i.test(immediate)) return 'improvement';
  }
  if (ABSOLUTE_CUE.test(immediate)) return 'absolute';
  // The cue nearest the value decides ("higher compression ... while improving accuracy by 2.7%").
  const near = before.slice(-60);
  const lastReduction = lastMatchEnd(REDUCTION_CUE, near);
  const lastImprovement = lastMatchEnd(IMPROVEMENT_CUE, near);
  if (lastReduction > lastImprovement) return 'reduction';
  if (lastImprovement >= 0 || /(?:points?|pp)$/.test(v.value)) return 'improvement';
  if (/(?:times|x|\u00d7|fold|\\times\$)$/i.test(v.value)) return 'improvement';
  return 'absolute';
}
