// Files of "Abstract: ..." lines, one paper a line; an optional "Title: ..." line may precede each.
// Ids are "<file stem>#<n>", n the 1-based paper index, as in shared/eval/papers-dev.jsonl.
import type { ReadItem } from './types.js';
import type { Line } from './lines.js';
import { finishRecord, recordProblem } from './record.js';
import { fileStem, MAX_RECORD_CHARS } from './text.js';

const ABSTRACT = /^\s*abstract\s*:\s*/i;
const TITLE = /^\s*title\s*:\s*/i;

export async function* parseAbstractLines(
  lines: AsyncIterable<Line>,
  file: string,
): AsyncGenerator<ReadItem> {
  const stem = fileStem(file);
  let n = 0;
  let title: string | null = null;
  let cur: { line: number; title: string | null; parts: string[]; size: number } | null = null;
  function* flush(): Generator<ReadItem> {
    if (!cur) return;
    n++;
    yield finishRecord(
      { id: `${stem}#${n}`, title: cur.title, abstract: cur.parts.join(' ') },
      { file, line: cur.line, format: 'abstract-lines' },
    );
    cur = null;
  }
  for await (const l of lines) {
    if (l.tooLong) {
      // Only the start of an over-long line is kept: enough to tell whether it opens a paper.
      const opens = ABSTRACT.test(l.text);
      const line = opens ? l.line : cur?.line;
      if (opens || cur) {
        cur = null;
        title = null;
        n++; // the paper still counts, so later ids stay those of its neighbours
        yield recordProblem(
          { file, line: line ?? l.line, format: 'abstract-lines' },
          'abstract is too long (over 4 M characters); record skipped',
          'split or shorten it',
          `${stem}#${n}`,
        );
      }
      continue;
    }
    if (ABSTRACT.test(l.text)) {
      yield* flush();
      cur = { line: l.line, title, parts: [l.text.replace(ABSTRACT, '')], size: l.text.length };
      title = null;
    } else if (TITLE.test(l.text)) {
      yield* flush();
      title = l.text.replace(TITLE, '');
    } else if (!l.text.trim()) {
      yield* flush();
    } else if (cur) {
      cur.parts.push(l.text); // a hard-wrapped abstract goes on until a blank line
      cur.size += l.text.length;
      if (cur.size > MAX_RECORD_CHARS) {
        // Megabytes without a blank line: report the paper as too long and drop what we hold.
        const line = cur.line;
        cur = null;
        n++;
        yield recordProblem(
          { file, line, format: 'abstract-lines' },
          'abstract runs on for megabytes without a blank line; record skipped',
          'separate papers with blank lines or one Abstract: line each',
          `${stem}#${n}`,
        );
      }
    }
    // Other stray text outside any Abstract: line is ignored: such files carry headers and notes.
  }
  yield* flush();
}
