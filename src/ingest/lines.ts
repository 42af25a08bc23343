// Line splitting over a string or a stream of chunks, in bounded memory.
import type { TextInput } from './types.js';
import { MAX_RECORD_CHARS } from './text.js';

export interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
  /** The line was longer than the limit: only its first 100 characters are kept, so memory stays bounded. */
  tooLong?: boolean;
}

async function* chunksOf(input: TextInput): AsyncGenerator<string> {
  if (typeof input === 'string') yield input;
  else yield* input;
}

/** Split into lines (LF or CRLF), dropping a leading BOM. Lines over `maxChars` come back flagged, cut. */
export async function* toLines(input: TextInput, maxChars = MAX_RECORD_CHARS): AsyncGenerator<Line> {
  let parts: string[] = [];
  let partLen = 0;
  let tooLong = false;
  let prefix = ''; // the start of an over-long line
  let line = 1;
  let first = true;
  const emit = (last: string): Line => {
    let text = tooLong ? prefix : parts.length ? parts.join('') + last : last;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    const out: Line = tooLong ? { text, line, tooLong } : { text, line };
    parts = [];
    partLen = 0;
    tooLong = false;
    line++;
    return out;
  };
  for await (const chunk of chunksOf(input)) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) break;
      const piece = chunk.slice(start, nl);
      if (!tooLong && partLen + piece.length > maxChars) {
        tooLong = true;
        prefix = (parts.join('') + piece).slice(0, 100);
      }
      yield emit(piece);
      start = nl + 1;
    }
    const rest = chunk.slice(start);
    if (rest && !tooLong) {
      partLen += rest.length;
      if (partLen > maxChars) {
        tooLong = true;
        prefix = (parts.join('') + rest).slice(0, 100);
        parts = [];
      } else parts.push(rest);
    }
  }
  if (parts.length || tooLong) yield emit('');
}
