// BibTeX with abstract fields. Entries are scanned one at a time (braces balanced), values may be {nested},
// "quoted", numbers, @string macros or concatenations with #; @comment and @preamble are skipped. Simple
// LaTeX is decoded: accents ({\"o} -> ö), escaped specials (\&), \emph{x}, protective braces.
import type { ReadItem } from './types.js';
import type { Line } from './lines.js';
import { finishRecord, recordProblem } from './record.js';
import { arxivId, bareDoi, MAX_RECORD_CHARS, normaliseDate, normaliseSpace } from './text.js';

// prettier-ignore
const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};
// prettier-ignore
const SYMBOLS: Record<string, string> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı',
};

export function decodeLatex(s: string): string {
  let t = s;
  // \"{o}, {\"o}, \"o, \'{\i}; letter accents (\c{c}, \v{s}) need braces or a space.
  t = t.replace(/\{?\\(["'`^~=.])\s*\{?\\?([A-Za-z])\}?\}?/g, (_m, a: string, ch: string) =>
    (ch + (ACCENTS[a] ?? '')).normalize('NFC'),
  );
  t = t.replace(
    /\{?\\([uvHckr])(?:\{\\?([A-Za-z])\}|\s+([A-Za-z]))\}?/g,
    (_m, a: string, c1?: string, c2?: string) => ((c1 ?? c2 ?? '') + (ACCENTS[a] ?? '')).normalize('NFC'),
  );
  t = t.replace(/\{?\\(ss|ae|AE|oe|OE|aa|AA|[oOlLi])(?![A-Za-z])\s*\}?/g, (m, k: string) => SYMBOLS[k] ?? m);
  t = t.replace(/\\(?:emph|textbf|textit|texttt|textsc|mathrm|text)\{([^{}]*)\}/g, '$1');
  t = t.replace(/\\([&%$#_{}])/g, '$1');
  t = t.replace(/(?<!\\)~/g, ' ');
  t = t.replace(/(?<!\\)[{}]/g, ''); // protective braces: {BERT} -> BERT
  return t;
}

interface Entry {
  type: string;
  key: string;
  fields: Map<string, string>;
}

/** Parse the body of one entry (after "@type{"), with the @string macros seen so far. */
function parseBody(type: string, body: string, macros: Map<string, string>): Entry {
  let i = 0;
  const ws = () => {
    while (i < body.length && /\s/.test(body[i] as string)) i++;
  };
  const fields = new Map<string, string>();
  let key = '';
  const comma = body.indexOf(',');
  const eq = body.indexOf('=');
  if (type !== 'string' && comma >= 0 && (eq < 0 || comma < eq)) {
    key = body.slice(0, comma).trim();
    i = comma + 1;
  }
  const value = (): string => {
    const parts: string[] = [];
    for (;;) {
      ws();
      const c = body[i];
      if (c === '{') {
        let depth = 0;
        const start = i + 1;
        for (; i < body.length; i++) {
          if (body[i] === '\\') i++;
          else if (body[i] === '{') depth++;
          else if (body[i] === '}' && --depth === 0) break;
        }
        parts.push(body.slice(start, i));
        i++;
      } else if (c === '"') {
        let depth = 0;
        const start = ++i;
        for (; i < body.length; i++) {
          if (body[i] === '\\') i++;
          else if (body[i] === '{') depth++;
          else if (body[i] === '}') depth--;
          else if (body[i] === '"' && depth === 0) break;
        }
        parts.push(body.slice(start, i));
        i++;
      } else {
        const m = /^[^\s,#}]+/.exec(body.slice(i));
        const word = m?.[0] ?? '';
        i += word.length;
        parts.push(macros.get(word.toLowerCase()) ?? word);
      }
      ws();
      if (body[i] === '#') i++;
      else return parts.join('');
    }
  };
  while (i < body.length) {
    ws();
    const m = /^([^\s=,{}"#]+)\s*=/.exec(body.slice(i));
    if (!m) break;
    i += m[0].length;
    fields.set((m[1] ?? '').toLowerCase(), value());
    ws();
    if (body[i] === ',') i++;
  }
  return { type, key, fields };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export async function* parseBibtex(lines: AsyncIterable<Line>, file: string): AsyncGenerator<ReadItem> {
  const macros = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));
  const where = (line: number) => ({ file, line, format: 'bibtex' });
  // Line by line: outside an entry, text is a comment and "@type{" opens one; inside, count braces over
  // the new text only (linear time), keeping the entry's lines up to MAX_RECORD_CHARS.
  let open: {
    type: string;
    closer: string;
    line: number;
    parts: string[];
    size: number;
    depth: number;
  } | null = null;
  for await (const l of lines) {
    if (l.tooLong) {
      yield recordProblem(
        where(open?.line ?? l.line),
        'line is too long; skipped',
        'check the entry near this line',
      );
      open = null;
      continue;
    }
    let rest = l.text;
    while (rest) {
      if (!open) {
        const at = /@\s*([A-Za-z]+)\s*([{(])/.exec(rest);
        if (!at) break;
        open = {
          type: (at[1] ?? '').toLowerCase(),
          closer: at[2] === '(' ? ')' : '}',
          line: l.line,
          parts: [],
          size: 0,
          depth: 1,
        };
        rest = rest.slice(at.index + at[0].length);
      }
      let end = -1;
      for (let i = 0; i < rest.length; i++) {
        const c = rest[i];
        if (c === '\\') i++;
        else if (c === '{') open.depth++;
        else if (c === '}' || c === open.closer) {
          if (c === open.closer && open.depth === 1) {
            end = i;
            break;
          }
          if (c === '}') open.depth--;
        }
      }
      if (end < 0) {
        open.parts.push(rest);
        open.size += rest.length;
        if (open.size > MAX_RECORD_CHARS) {
          yield recordProblem(
            where(open.line),
            'entry is too long or its braces never balance; skipped',
            'check the braces of this entry',
          );
          open = null;
        }
        break;
      }
      open.parts.push(rest.slice(0, end));
      const { type, line } = open;
      const body = open.parts.join('\n');
      open = null;
      rest = rest.slice(end + 1);
      if (type === 'comment' || type === 'preamble') continue;
      const entry = parseBody(type, body, macros);
      if (type === 'string') for (const [k, v] of entry.fields) macros.set(k, v);
      else yield mapEntry(entry, where(line));
    }
  }
  if (open) {
    yield recordProblem(
      where(open.line),
      'the last entry never closes (truncated file or unbalanced braces); skipped',
      'check the braces of this entry',
    );
  }
}

function mapEntry(e: Entry, where: { file: string; line: number; format: string }): ReadItem {
  const f = (k: string): string | null => {
    const v = e.fields.get(k);
    return v !== undefined && v.trim() ? normaliseSpace(decodeLatex(v)) : null;
  };
  const eprint = arxivId(f('eprint')) ?? arxivId(f('arxivid'));
  const doi = bareDoi(f('doi'));
  const id = eprint ?? doi?.toLowerCase() ?? (e.key || null);
  const author = e.fields.get('author');
  const authors = author
    ? author
        .split(/\s+and\s+/i)
        .map((a) => normaliseSpace(decodeLatex(a)))
        .map(flipName)
    : [];
  const date =
    normaliseDate(f('date')) ??
    (f('year') && f('month') && f('day') ? normaliseDate(`${f('year')}-${f('month')}-${f('day')}`) : null);
  const url =
    f('url') ?? (eprint ? `https://arxiv.org/abs/${eprint}` : doi ? `https://doi.org/${doi}` : null);
  return finishRecord({ id, title: f('title'), abstract: f('abstract'), date, authors, url }, where);
}

/** "Lovelace, Ada" -> "Ada Lovelace". */
const flipName = (a: string): string => {
  const parts = a.split(/\s*,\s*/);
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : a;
};
