// arXiv API Atom feeds: <feed><entry><id>http://arxiv.org/abs/2401.00001v2</id><title/><summary/>
// <published/><author><name/></author>...</entry></feed>. A small entry-by-entry scanner rather than a
// dependency: the arXiv feed is flat and regular, and scanning keeps memory bounded to one entry.
import type { ReadItem } from './types.js';
import type { Line } from './lines.js';
import { finishRecord, recordProblem } from './record.js';
import { arxivId, bareDoi, MAX_RECORD_CHARS, normaliseDate } from './text.js';

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00A0' };

export function decodeXml(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    .replace(/<[^>]+>/g, '') // markup inside a text field (xhtml titles): keep the text only
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return NAMED[e.toLowerCase()] ?? m;
    });
}

const tagRe = (tag: string) =>
  new RegExp(`<(?:[\\w-]+:)?${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w-]+:)?${tag}>`, 'gi');
const first = (xml: string, tag: string): string | null => {
  const m = tagRe(tag).exec(xml);
  return m?.[1] !== undefined ? decodeXml(m[1]) : null;
};

function mapEntry(xml: string) {
  const rawId = first(xml, 'id')?.trim() ?? null;
  const id = arxivId(rawId) ?? (rawId || null);
  const authors = [...xml.matchAll(tagRe('author'))]
    .map((m) => first(m[1] ?? '', 'name') ?? '')
    .filter(Boolean);
  const alt = /<(?:[\w-]+:)?link\b[^>]*rel="alternate"[^>]*>/i.exec(xml)?.[0];
  const href = alt ? /href="([^"]+)"/.exec(alt)?.[1] : undefined;
  const doi = bareDoi(first(xml, 'doi'));
  return {
    id,
    title: first(xml, 'title'),
    abstract: first(xml, 'summary') ?? first(xml, 'content') ?? first(xml, 'abstract'),
    date: normaliseDate(first(xml, 'published')) ?? normaliseDate(first(xml, 'updated')),
    authors,
    url: href
      ? decodeXml(href)
      : rawId && /^https?:/.test(rawId)
        ? rawId
        : doi
          ? `https://doi.org/${doi}`
          : null,
  };
}

const ENTRY_OPEN = /<(?:[\w-]+:)?entry[\s>]/i;
const ENTRY_CLOSE = /<\/(?:[\w-]+:)?entry\s*>/i;

export async function* parseAtom(lines: AsyncIterable<Line>, file: string): AsyncGenerator<ReadItem> {
  // Line by line: outside an entry look for "<entry"; inside, keep the entry's lines (bounded) and look for
  // "</entry>" in each new line only, so long entries cost linear time.
  let parts: string[] | null = null;
  let size = 0;
  let entryLine = 0;
  const where = (line: number) => ({ file, line, format: 'atom' });
  for await (const l of lines) {
    if (l.tooLong) {
      if (parts)
        yield recordProblem(where(entryLine), 'entry is too long; skipped', 'check the XML near this line');
      else yield recordProblem(where(l.line), 'line is too long; skipped', 'split the XML into lines');
      parts = null;
      continue;
    }
    let rest = l.text;
    while (rest) {
      if (!parts) {
        const open = ENTRY_OPEN.exec(rest);
        if (!open) break;
        parts = [];
        size = 0;
        entryLine = l.line;
        rest = rest.slice(open.index);
      }
      const close = ENTRY_CLOSE.exec(rest);
      if (!close) {
        parts.push(rest);
        size += rest.length;
        if (size > MAX_RECORD_CHARS) {
          yield recordProblem(
            where(entryLine),
            'entry is too long or never closed; skipped',
            'check the XML near this line',
          );
          parts = null;
        }
        break;
      }
      const endAt = close.index + close[0].length;
      parts.push(rest.slice(0, endAt));
      yield finishRecord(mapEntry(parts.join('\n')), where(entryLine));
      parts = null;
      rest = rest.slice(endAt);
    }
  }
  if (parts) {
    yield recordProblem(
      where(entryLine),
      'the last entry is never closed (truncated file?); skipped',
      'fetch the feed again',
    );
  }
}
