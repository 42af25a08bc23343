// Sentence splitting, word chunks and folding. Everything works on offsets into the original text so that
// mentions stay exact substrings; all scans are single-pass regexes without nested quantifiers (no backtracking).

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A whitespace-delimited word with edge punctuation stripped, e.g. "(ZORB)," -> "ZORB". */
export interface Chunk {
  start: number;
  end: number;
  text: string;
}

/** Longest text we analyse; beyond this an "abstract" is not an abstract and only costs time. */
export const MAX_TEXT_CHARS = 200_000;

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'al',
  'etc',
  'vs',
  'fig',
  'figs',
  'eq',
  'eqs',
  'sec',
  'approx',
  'cf',
  'resp',
  'no',
  'dr',
  'prof',
  'inc',
  'ltd',
  'st',
  'ref',
  'refs',
  'viz',
  'ca',
  'tab',
  'appx',
  'w.r.t',
  'a.k.a',
  'p.p',
]);

// Bounded lookahead so a run of spaces cannot make the scan quadratic. "... UI-TARS-1.5.To show ...": a period
// glued to a word that opens sentences ends one even without the space a paste lost. So does one between a plain
// lower-case word and a capitalised word ("error propagation.ZorbRAG first ..."). Dotted paths ("torch.nn.Module",
// "github.com/Zorb") keep theirs: a capital follows only an inner part, or the word runs on into a slash.
const SENTENCE_END =
  /[.!?]+(?=\s{1,8}["'([\\]?[\p{Lu}\d])|(?<=[\p{L}\d%)])\.(?=(?:To|We|This|These|Our|In|By|The|However|Moreover|Furthermore|Finally|Specifically|Additionally|Experiments|Extensive|Results|Unlike|Although|While|Thus|Therefore|Overall|Code)\s)|\.(?<=(?:^|\s)\p{Ll}[\p{Ll}-]{1,30}\p{Ll}\.)(?=\p{Lu}[\p{L}\d-]{0,40}[\s,:;])|\n+|[.!?]+$/gu;

export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviationBefore(text, m.index)) continue;
    push(sentences, text, start, end, offset);
    start = end;
  }
  push(sentences, text, start, text.length, offset);
  return sentences;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 8 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  // Only a whole word counts: the "o." of "GPT-4o." ends a sentence.
  if (i > 0 && /[\p{L}\p{N}-]/u.test(text[i - 1] ?? '')) return false;
  const raw = text.slice(i, dot);
  // "..., fog, etc. We benchmark": a list's "etc." before a capital word ends its sentence.
  if (raw.toLowerCase() === 'etc' && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 12))) return false;
  // A single capital letter before the period is an initial ("J. Smith").
  return ABBREVIATIONS.has(raw.toLowerCase()) || /^[A-Z]$/.test(raw);
}

function push(out: Sentence[], text: string, start: number, end: number, offset: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s + offset, end: e + offset, text: text.slice(s, e) });
}

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

// Control characters separate words like spaces do, and so does a dash ("(LLMs)--GPT-5", "models\u2014GPT-5"); a
// doubled hyphen between two letters or digits joins a name's parts as one does ("TF--IDF", "ORACLE--CT").
// eslint-disable-next-line no-control-regex
const CHUNK = /(?:[^\s\u0000-\u001f\u007f\u2014-]|(?<!-)-(?!-)|(?<=[\p{L}\p{N}])--(?=[\p{L}\p{N}]))+/gu;
// LaTeX emphasis around a name ("\\textbf{EyeNet}") is markup, not part of the name.
const LEADING =
  /^(?:["'`([{<*_\u2018\u201c]|\\(?:textbf|textit|emph|texttt|textsc|mathrm|mathbf|mathit|text)\{)+/;
const TRAILING = /(?:'s|\u2019s|["'`)\]}>,;:.!?*_\u2019\u201d])+$/;

// An opening parenthesis glued to a word of two or more characters, before a signed number, a decimal or a
// percentage that runs to the end of the chunk: "GPT-4.1(+5.36%", not "SE(3)".
const GLUED_SCORE = /(?<=\S[\p{L}\p{N}])\((?=(?:[-+]\d[\d.,]*|\d+\.\d+|\d[\d.,]*\\?%)\\?%?\)?$)/u;

// A measure's name with a signed gain glued on: "AP+6.9", "PixelAcc+4.5" (not "C++" or "Mamba+").
const GLUED_GAIN = /(?<=^\p{L}[\p{L}\d@]*)(?=\+\d+(?:\.\d+)?\\?%?$)/u;

// A doubled hyphen between letters or digits; between two digits it is a range ("5--35%") and stays one word.
const DOUBLE_HYPHEN = /(?<=[\p{L}\p{N}])--(?=[\p{L}\p{N}])/gu;

// "ZorbBench--Measuring Zorbic Illusions--the first benchmark": two doubled hyphens with words between them set a
// phrase apart as dashes do, so neither joins the words around it. They are read as dashes of the same length.
function withPairedDashes(text: string): string {
  const at = [...text.matchAll(DOUBLE_HYPHEN)]
    .map((m) => m.index)
    .filter((i) => !/\d/.test(text[i - 1] ?? '') || !/\d/.test(text[i + 2] ?? ''));
  let out = text;
  for (let i = 0; i + 1 < at.length; i++) {
    const open = at[i] ?? 0;
    const close = at[i + 1] ?? 0;
    // The phrase goes on past its first word and a lower-case word follows it, where names would go on in capitals
    // or digits ("ORACLE--CT with ... I3D--ResNet-121").
    const firstWord = /^\S*/.exec(text.slice(open + 2))?.[0] ?? '';
    if (close - open > 150 || !/\s/.test(text.slice(open + 2, close))) continue;
    if (/[,;:.)]$/.test(firstWord) || !/\p{Ll}/u.test(text[close + 2] ?? '')) continue;
    out = `${out.slice(0, open)}\u2014\u2014${out.slice(open + 2, close)}\u2014\u2014${out.slice(close + 2)}`;
    i++;
  }
  return out;
}

// "TUs-which involves reading ... unit-we introduce TITUS": a hyphen (or two) before a clause's first word is a dash,
// not a compound's joint ("state-of-the art" and "in-the-loop" keep theirs).
const DASH_BEFORE_CLAUSE =
  /(?<=[\p{L}\p{N})])(?<![-\s(](?:of|in|on|off|at|to|by|for|out))--?(?=(?:which|we|the|but|while|where|that|whose|this|these|our|thereby)\s)/giu;

/** Whitespace-separated words of a sentence, edge punctuation stripped (a trailing "+" is kept: "FastPlan+"). */
export function chunksOf(sentence: Sentence): Chunk[] {
  const out: Chunk[] = [];
  const paired = sentence.text.includes('--') ? withPairedDashes(sentence.text) : sentence.text;
  const scanned = paired.replace(DASH_BEFORE_CLAUSE, (dash) => '\u2014'.repeat(dash.length));
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(scanned); m !== null; m = CHUNK.exec(scanned)) {
    let word = m[0];
    let start = m.index;
    // "https://github.com/ zorb/Zorb-RAG": a web address broken after a slash goes on in the next word.
    const previous = out[out.length - 1];
    if (
      previous &&
      /^(?:https?:\/\/|www\.)\S*\/$/.test(previous.text) &&
      sentence.start + start === previous.end + 1
    ) {
      previous.end = sentence.start + start + word.length;
      previous.text = sentence.text.slice(previous.start - sentence.start, start + word.length);
      continue;
    }
    const lead = LEADING.exec(word);
    if (lead) {
      word = word.slice(lead[0].length);
      start += lead[0].length;
    }
    const trail = TRAILING.exec(word);
    if (trail) {
      word = word.slice(0, word.length - trail[0].length);
      // "FLUX.1-[dev]": a bracket the word opened closes inside it.
      if (trail[0].startsWith(']') && /\[[^\]]*$/.test(word)) word += ']';
      // A parenthesis glued to a name glosses it: "GPT-4o(mni)", "Llama-3.1-8B(16GB)" are GPT-4o and Llama-3.1-8B
      // ("SE(3)", "R_KT(s)", "PRM(q,m,v)" are groups and functions, not glossed names).
      else if (trail[0].startsWith(')'))
        word = word.replace(/(?<=[\p{L}\d])\((?!\d+$|\p{Ll}(?:,|$))(?=[\p{Ll}\d])[^()]*$/u, '');
    }
    // A closing parenthesis with no opening before it in the word ends the word: "(GPT-4o)-based" is GPT-4o.
    const unopened = /^[^()]*\)/.exec(word);
    if (unopened) word = word.slice(0, unopened[0].length - 1);
    if (word.length === 0) continue;
    // "AP+6.9 on COCO", "GPT-4.1(+5.36%)": a gain or a score glued to a name is a word of its own; the parenthesis
    // opening a score belongs to neither.
    const glued =
      (word.includes('+') ? GLUED_GAIN.exec(word) : null) ??
      (word.includes('(') ? GLUED_SCORE.exec(word) : null);
    if (glued) {
      const name = word.slice(0, glued.index);
      out.push({ start: sentence.start + start, end: sentence.start + start + name.length, text: name });
      const rest = glued.index + (word[glued.index] === '(' ? 1 : 0);
      start += rest;
      word = word.slice(rest);
    }
    // "ZorbFace/BlixTalk": two coined names joined by a slash are two words ("CNN/DailyMail", "TCP/IP" and
    // "ViT-L/14" are one).
    const pair = word.includes('/') ? CAMEL_PAIR.exec(word) : null;
    if (pair?.[1]) {
      const first = pair[1].length;
      out.push({ start: sentence.start + start, end: sentence.start + start + first, text: pair[1] });
      start += first + 1;
      word = word.slice(first + 1);
    }
    out.push({ start: sentence.start + start, end: sentence.start + start + word.length, text: word });
  }
  return out;
}
const CAMEL_HALF = String.raw`\p{Lu}(?=[\p{L}\d]*\p{Ll})(?=[\p{L}\d]*[\p{Lu}\d])[\p{L}\d]{3,}`;
const CAMEL_PAIR = new RegExp(String.raw`^(${CAMEL_HALF})\/${CAMEL_HALF}$`, 'u');

/** Folds case, spaces, hyphens, dots, underscores and slashes, as the scorer and the graph do. */
export function fold(s: string): string {
  // NFKC only when needed: it dominates the cost on plain ASCII.
  const t = NON_ASCII.test(s) ? s.normalize('NFKC') : s;
  return t.toLowerCase().replace(FOLDED_SEPARATORS, '');
}
const NON_ASCII = /[^\t\n\r -~]/;
// Lexicon keys leave LaTeX math delimiters out ("macro $F_1$" is keyed as "macro F1"), and so does the matcher.
export const MATH_DELIMITER = /\$/g;
const FOLDED_SEPARATORS = /[\s\-_.\u00b7/\u2010-\u2015]+/g;

export interface Token {
  start: number;
  end: number;
  /** Lower-cased letters and digits. */
  lower: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Alphanumeric tokens of a sentence, with absolute offsets. */
export function tokensOf(sentence: Sentence): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence.text); m !== null; m = TOKEN.exec(sentence.text)) {
    out.push({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      lower: m[0].toLowerCase(),
    });
  }
  return out;
}

/** Escape a literal for use in a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text with LaTeX emphasis (and stray spaces inside decimals) taken out, and for each of its characters the offset it
 * came from.
 */
export interface Unmarked {
  text: string;
  /** origin[i] is the offset in the input of text[i]; undefined when the text is the input. */
  origin: Int32Array | undefined;
}

// "\textbf{Zorb}", "$\textit{Zorb}$", "{\em Zorb}": emphasis whose content holds no braces or math. Math-only macros
// (\mathbf, \text) count only as the whole of a math span, so "$\mathbf{x}_i$" stays math.
const EMPHASIS =
  /(\$?)\\(textbf|textit|textsc|texttt|textrm|textsf|textup|emph|underline|mathbf|mathrm|mathit|mathsf|text|bm|boldsymbol)\{([^{}$]*)\}(\$?)|\{\\(?:bf|em|it|sc|tt)\s+([^{}$]*)\}/g;
// "\cite{a,b}", "~\citep[p.~3]{key}", "\ref{fig:x}", with the tie or space that joins them to the word before.
const CITATION = /[~ ]?\\(?:cite[pt]?|citealp|ref|eqref|autoref)\s*(?:\[[^\]]*\]\s*)?\{[^{}]*\}/g;
// "85. 89%": a space some text conversions put after a decimal point.
const STRAY_DECIMAL_SPACE = /(?<=\d\.) (?=\d+\\?%)/g;
const MATH_ONLY = new Set(['mathbf', 'mathrm', 'mathit', 'mathsf', 'text', 'bm', 'boldsymbol']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

// LaTeX's tie is a space that does not break the line: "generation~(RAG)", "AlpacaEval~2.0", "76.86~HOTA",
// "LLaMA-2~13B". Between two bare numbers it is a range ("3~5x", "2.01x~3.81x") and stays, and so does one after
// a macro ("\method~outperforms"), which stands for a name the abstract never spells.
const TIE =
  /(?<=\S)~(?=\()|(?<=\p{L})(?<!\\\p{L}{1,30}|\dx)~(?=[\p{L}\p{N}])|(?<=\p{N})~(?=\p{L})|(?<=\p{L}[\p{L}\p{N}.-]{0,24}\p{N})~(?=\p{N})/gu;

/** The same text with LaTeX ties read as spaces: offsets do not move. */
function untie(input: string): string {
  return input.includes('~') ? input.replace(TIE, ' ') : input;
}

/**
 * Takes LaTeX emphasis out of a text ("we propose \textbf{Zorb}, a ..." -> "we propose Zorb, a ...") so names and
 * patterns read as they would in plain text. Markup inside a word ("\textbf{D}ata") is kept: it spells acronyms.
 */
export function unmark(input: string): Unmarked {
  let text = untie(input);
  // A tie read as a space moves no offset, but the input's own spelling is what mentions quote.
  let origin: Int32Array | undefined =
    text === input ? undefined : Int32Array.from({ length: text.length }, (_, i) => i);
  // "reach 85. 89% mAP": the stray space is no sentence end and no break in the value.
  ({ text, origin } = withoutMatches(text, origin, STRAY_DECIMAL_SPACE));
  if (!text.includes('\\')) return { text, origin };
  // A citation key ("~\cite {zorb2024net}") is a pointer into a bibliography, never a name in the text.
  if (text.includes('\\cite') || text.includes('\\ref'))
    ({ text, origin } = withoutMatches(text, origin, CITATION));
  // Nested emphasis ("\textbf{\textsc{Zorb}}") comes off one layer a pass.
  for (let pass = 0; pass < 3; pass++) {
    const keep: [number, number][] = [];
    let last = 0;
    EMPHASIS.lastIndex = 0;
    for (let m = EMPHASIS.exec(text); m !== null; m = EMPHASIS.exec(text)) {
      const [whole, open = '', macro, , close = ''] = m;
      const content = m[3] ?? m[5] ?? '';
      const end = m.index + whole.length;
      if (WORD_CHAR.test(text[m.index - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
      const wholeMath = open === '$' && close === '$';
      if (macro && MATH_ONLY.has(macro) && !wholeMath) continue;
      const contentStart = end - content.length - 1 - close.length;
      // A lone "$" belongs to math around the macro and stays.
      const from = open && !wholeMath ? m.index + 1 : m.index;
      keep.push([last, from], [contentStart, contentStart + content.length]);
      last = close && !wholeMath ? end - 1 : end;
    }
    if (keep.length === 0) break;
    keep.push([last, text.length]);
    ({ text, origin } = kept(text, origin, keep));
  }
  // "introduce~\textsc{Zorb}": with the emphasis off, a tie before it sits between two words and reads as a space.
  return { text: text.includes('~') ? untie(text) : text, origin };
}

/** The text with every match of a global `pattern` taken out, offsets kept; the same text when nothing matches. */
function withoutMatches(text: string, origin: Int32Array | undefined, pattern: RegExp): Unmarked {
  const keep: [number, number][] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    keep.push([last, m.index]);
    last = m.index + m[0].length;
  }
  if (keep.length === 0) return { text, origin };
  keep.push([last, text.length]);
  return kept(text, origin, keep);
}

/** The kept ranges of a text, joined, with the input offset of each character they keep. */
function kept(text: string, origin: Int32Array | undefined, keep: [number, number][]): Unmarked {
  let out = '';
  const map = new Int32Array(text.length);
  let n = 0;
  for (const [a, b] of keep) {
    out += text.slice(a, b);
    for (let i = a; i < b; i++) map[n++] = origin ? (origin[i] ?? i) : i;
  }
  return { text: out, origin: map.slice(0, n) };
}
