// Lexicon phrase matching: walks the tokens of a sentence and looks up folded token runs, longest match first.
import { caseAllows, type Lexicon, type LexiconEntry } from './lexicon/index.js';
import { fold, MATH_DELIMITER, type Token } from './text.js';

export interface LexiconMatch {
  start: number;
  end: number;
  surface: string;
  entries: LexiconEntry[];
  /** Index of the first and one past the last token of the match. */
  tokenStart: number;
  tokenEnd: number;
}

// Between two tokens of one phrase: nothing, or a short run of joiners ("GPT-4o", "pass@1", "AlpacaEval 2.0").
// "macro $F_1$": a LaTeX math delimiter may sit between the words of a listed name.
const JOINER = /^[\s\-./_@+'\u2019&\u2010-\u2013$]{0,3}$/;

/** All longest, non-overlapping lexicon matches among `tokens` of `text`. */
export function matchLexicon(text: string, tokens: readonly Token[], lex: Lexicon): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first) break;
    let best: LexiconMatch | undefined;
    let key = '';
    for (let j = i; j < tokens.length && j - i < lex.maxTokens; j++) {
      const tok = tokens[j];
      if (!tok) break;
      if (j > i) {
        const gapStart = tokens[j - 1]?.end ?? 0;
        if (tok.start - gapStart !== 1 || text.charCodeAt(gapStart) !== 32) {
          const gap = text.slice(gapStart, tok.start);
          if (!JOINER.test(gap)) break;
          key += fold(gap.replace(MATH_DELIMITER, ''));
        }
      }
      key += tok.lower;
      if (!lex.prefixes.has(key)) break;
      const candidates = [key];
      // A trailing "+" or "++" belongs to the name (HumanEval+, chrF++).
      if (text[tok.end] === '+') {
        candidates.unshift(`${key}+`);
        if (text[tok.end + 1] === '+') candidates.unshift(`${key}++`);
      }
      for (const k of candidates) {
        const entries = lex.entries.get(k);
        if (!entries) continue;
        const plus = k.length - key.length;
        let end = tok.end + plus;
        // "macro $F_1$" ends with the math it opened, and "$F_1$ scores" starts with the math it closes.
        let start = first.start;
        if ((text.slice(start, end).split('$').length - 1) % 2 === 1) {
          if (text[end] === '$') end++;
          else if (text[start - 1] === '$') start--;
        }
        const surface = text.slice(start, end);
        const allowed = entries.filter((e) => caseAllows(e, surface));
        if (allowed.length > 0) {
          best = { start, end, surface, entries: allowed, tokenStart: i, tokenEnd: j + 1 };
          break;
        }
      }
    }
    if (best) {
      out.push(best);
      i = best.tokenEnd;
    } else {
      i++;
    }
  }
  return out;
}
