// Text copied from a Hugging Face "Daily Papers" page (or a saved listing of it).
//
// The page text is paragraphs separated by blank lines: boilerplate ("Get trending papers...",
// "Subscribe", "Daily Papers", "byAK and the research community", a date), then per paper a title line,
// the abstract paragraph, and usually a meta block ("• 9 authors", "·", "Feb 25, 2025 5" = date + upvotes,
// "Submitted by X", an organisation name), and navigation at the end. Rather than listing boilerplate we
// go by shape: a paper is a long prose paragraph (the abstract), titled by the short one-line paragraph
// right before it; meta blocks give the date; everything else is skipped.
// Ids are "<file stem>#<n>", n the 1-based paper index, as in shared/eval/papers-dev.jsonl.
import type { ReadItem } from './types.js';
import type { Line } from './lines.js';
import { finishRecord, recordProblem } from './record.js';
import { fileStem, MAX_RECORD_CHARS, normaliseDate, normaliseSpace } from './text.js';

interface Para {
  lines: string[];
  line: number;
  tooLong: boolean;
  size: number;
}

async function* paragraphs(lines: AsyncIterable<Line>): AsyncGenerator<Para> {
  let cur: Para | null = null;
  for await (const l of lines) {
    if (!l.tooLong && !l.text.trim()) {
      if (cur) yield cur;
      cur = null;
      continue;
    }
    cur ??= { lines: [], line: l.line, tooLong: false, size: 0 };
    cur.size += l.text.length;
    if (l.tooLong || cur.size > MAX_RECORD_CHARS) {
      cur.tooLong = true; // no blank line for megabytes: not page text; drop it to keep memory bounded
      cur.lines = [];
    } else if (!cur.tooLong) cur.lines.push(l.text.trim());
  }
  if (cur) yield cur;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  `^(?:(?:published|submitted)(?: on)?\\s+)?${MONTH}\\s+\\d{1,2}(?:,?\\s*\\d{4})?(?:\\s+\\d+)?$`,
  'i',
);
const META_LINE = [
  /^[•·∙‧-]?\s*\d+\s+authors?$/i, // "• 9 authors"
  /^[•·∙‧|-]$/, // separators
  DATE_LINE, // "Feb 25, 2025 5": date and upvotes
  /^submitted by\b/i,
  /^\d+$/, // an upvote count alone
  /^upvote\s*\d*$/i,
];
const isMeta = (s: string): boolean => META_LINE.some((re) => re.test(s));

const BOILERPLATE = [
  /^get trending papers/i,
  /^subscribe$/i,
  /^daily papers$/i,
  /^by\s*ak\b/i,
  /^new$/i,
  /^abstract:?$/i, // the label above an abstract on a paper's own page
];

/** Prose long enough to be an abstract. Titles stay far below this. */
export function isAbstractLike(s: string): boolean {
  return s.length >= 200 && s.split(' ').length >= 30;
}
const isTitleLike = (s: string): boolean =>
  s.length >= 3 && s.length <= 300 && !isMeta(s) && !BOILERPLATE.some((re) => re.test(s));

/** True when the text has the shape of a Daily Papers page (used by format detection). */
export function looksLikeHfDaily(head: string): boolean {
  if (/^\s*[•·]\s*\d+\s+authors?\s*$/m.test(head) || /^Daily Papers\s*$/m.test(head)) return true;
  // Title line, blank line, a long prose line.
  return /^[^\n]{3,300}\n[ \t]*\n[^\n]{200,}/m.test(head.replace(/\r\n/g, '\n'));
}

export async function* parseHfDaily(lines: AsyncIterable<Line>, file: string): AsyncGenerator<ReadItem> {
  const stem = fileStem(file);
  const where = (line: number) => ({ file, line, format: 'hf-daily' });
  let n = 0;
  let pendingTitle: { text: string; line: number } | null = null;
  let cur: { title: string | null; abstract: string[]; line: number; date: string | null } | null = null;
  let prev: 'abstract' | 'meta' | 'other' = 'other';
  function* flush(): Generator<ReadItem> {
    if (!cur) return;
    n++;
    yield finishRecord(
      { id: `${stem}#${n}`, title: cur.title, abstract: cur.abstract.join(' '), date: cur.date },
      where(cur.line),
    );
    cur = null;
  }
  for await (const p of paragraphs(lines)) {
    if (p.tooLong) {
      yield* flush();
      n++;
      yield recordProblem(
        where(p.line),
        'paragraph is too long; record skipped',
        'split or shorten it',
        `${stem}#${n}`,
      );
      pendingTitle = null;
      prev = 'other';
      continue;
    }
    const text = normaliseSpace(p.lines.join(' '));
    const first = p.lines[0] ?? '';
    if (isAbstractLike(text) && !p.lines.some(isMeta)) {
      if (prev === 'abstract' && cur && !pendingTitle) {
        cur.abstract.push(text); // a second prose paragraph: the abstract goes on
        continue;
      }
      yield* flush();
      // Page text puts an abstract on one long line, so "short line + one long line" is a title glued to its
      // abstract; a hard-wrapped abstract (several similar lines) is not split.
      const rest = p.lines[1] ?? '';
      if (!pendingTitle && p.lines.length === 2 && isTitleLike(first) && isAbstractLike(rest)) {
        cur = { title: first, abstract: [rest], line: p.line, date: null }; // title with no blank line after it
      } else {
        cur = {
          title: pendingTitle?.text ?? null,
          abstract: [text],
          line: pendingTitle?.line ?? p.line,
          date: null,
        };
      }
      pendingTitle = null;
      prev = 'abstract';
    } else if (p.lines.some(isMeta)) {
      // The meta block after an abstract: keep its date. A date without a year ("Mar 2") is no date.
      if (cur && prev !== 'other') {
        for (const l of p.lines) if (DATE_LINE.test(l)) cur.date ??= normaliseDate(l);
      }
      // "Submitted by x" glued to the next title: a title-like last line may title an abstract that follows.
      const last = p.lines[p.lines.length - 1] ?? '';
      pendingTitle =
        p.lines.length > 1 && isTitleLike(last)
          ? { text: normaliseSpace(last), line: p.line + p.lines.length - 1 }
          : null;
      prev = 'meta';
    } else {
      pendingTitle = p.lines.length === 1 && isTitleLike(text) ? { text, line: p.line } : null;
      prev = 'other';
    }
  }
  yield* flush();
}
