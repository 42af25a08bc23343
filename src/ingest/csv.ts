// CSV and TSV with a header row. RFC 4180 quoting ("" inside quotes, quoted fields across lines), streamed
// line by line; a stray quote inside an unquoted field is kept as text, as spreadsheets do. Our own ~60 lines
// rather than a dependency: we need the start line of each record, and nothing else.
import { PapergraphError } from '../domain/errors.js';
import type { ReadItem } from './types.js';
import type { Line } from './lines.js';
import { finishRecord, recordProblem } from './record.js';
import { arxivId, bareDoi, MAX_RECORD_CHARS, normaliseDate, splitAuthors } from './text.js';

export interface Row {
  fields: string[];
  line: number;
  /** Set when the record could not be read (unterminated quote, too long). */
  error?: string;
}

export async function* csvRows(lines: AsyncIterable<Line>, delimiter: string): AsyncGenerator<Row> {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotedField = false;
  let size = 0;
  let start = 0;
  for await (const l of lines) {
    if (!inQuotes) {
      start = l.line;
      size = 0;
    }
    if (l.tooLong) {
      yield { fields: [], line: start, error: 'record is too long' };
      fields = [];
      field = '';
      inQuotes = false;
      continue;
    }
    const t = l.text;
    size += t.length;
    if (size > MAX_RECORD_CHARS) {
      // Most likely an unterminated quote swallowing the file: report it and start afresh at the next line.
      yield { fields: [], line: start, error: 'record is too long (an unterminated quote?)' };
      fields = [];
      field = '';
      inQuotes = false;
      continue;
    }
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (inQuotes) {
        if (c === '"') {
          if (t[i + 1] === '"') {
            field += '"';
            i++;
          } else inQuotes = false;
        } else field += c;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        quotedField = false;
      } else if (c === '"' && field === '' && !quotedField) {
        inQuotes = true;
        quotedField = true;
      } else field += c;
    }
    if (inQuotes) {
      field += '\n';
      continue;
    }
    fields.push(field);
    yield { fields, line: start };
    fields = [];
    field = '';
    quotedField = false;
  }
  if (inQuotes) yield { fields: [], line: start, error: 'quoted field is never closed' };
}

// Header names we understand, matched case-insensitively after dropping spaces, dashes and underscores.
const COLUMNS: Record<string, string[]> = {
  id: ['id', 'arxivid', 'arxiv', 'paperid', 'eprint', 'doi', 'key'],
  title: ['title', 'papertitle', 'name'],
  abstract: ['abstract', 'summary', 'abstracttext', 'description'],
  authors: ['authors', 'author', 'creators'],
  date: ['date', 'published', 'publicationdate', 'publisheddate', 'listingdate', 'updated', 'year'],
  url: ['url', 'absurl', 'link', 'pdfurl'],
};
const fold = (s: string) => s.toLowerCase().replace(/[\s_\-.]/g, '');

function mapHeader(header: string[]): Partial<Record<keyof typeof COLUMNS, number>> {
  const folded = header.map((h) => fold(h.replace(/^\uFEFF/, '')));
  const out: Partial<Record<string, number>> = {};
  for (const [name, aliases] of Object.entries(COLUMNS)) {
    // The first alias that is present wins, so "arxiv_id" beats "doi" when both are there.
    for (const a of aliases) {
      const i = folded.indexOf(a);
      if (i >= 0) {
        out[name] = i;
        break;
      }
    }
  }
  return out;
}

export async function* parseDelimited(
  lines: AsyncIterable<Line>,
  file: string,
  format: 'csv' | 'tsv',
): AsyncGenerator<ReadItem> {
  const delimiter = format === 'csv' ? ',' : '\t';
  let cols: ReturnType<typeof mapHeader> | null = null;
  for await (const row of csvRows(lines, delimiter)) {
    const where = { file, line: row.line, format };
    if (row.error) {
      if (!cols)
        throw new PapergraphError(
          'E_INPUT_FORMAT',
          `cannot read the ${format.toUpperCase()} header: ${row.error}`,
          { where: { file, line: row.line }, hint: 'check the first line of the file' },
        );
      yield recordProblem(
        where,
        `${row.error}; record skipped`,
        'check the quotes in this record; reading goes on at the next line',
      );
      continue;
    }
    if (row.fields.every((f) => !f.trim())) continue; // blank line
    if (!cols) {
      cols = mapHeader(row.fields);
      if (cols.abstract === undefined) {
        throw new PapergraphError(
          'E_INPUT_FORMAT',
          `the ${format.toUpperCase()} header has no abstract column (found: ${row.fields.slice(0, 12).join(', ')})`,
          {
            where: { file, line: row.line },
            hint: `name the column "abstract" or "summary" (also understood: ${Object.values(COLUMNS)
              .map((a) => a[0])
              .join(', ')}); or use --format to force another format`,
          },
        );
      }
      continue;
    }
    const get = (k: keyof typeof COLUMNS): string | null => {
      const i = cols?.[k];
      const v = i === undefined ? undefined : row.fields[i];
      return v !== undefined && v.trim() ? v : null;
    };
    const rawId = get('id');
    const id = rawId ? (arxivId(rawId) ?? bareDoi(rawId)?.toLowerCase() ?? rawId.trim()) : null;
    const authors = get('authors');
    yield finishRecord(
      {
        id,
        title: get('title'),
        abstract: get('abstract'),
        date: normaliseDate(get('date')),
        authors: authors ? splitAuthors(authors) : [],
        url: get('url'),
      },
      where,
    );
  }
}
