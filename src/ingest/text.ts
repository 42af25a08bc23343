// Text cleaning shared by every format: whitespace, control characters, mojibake, dates, ids.
import { createHash } from 'node:crypto';

/** Larger abstracts are reported and skipped: real ones are < 5 KB, so 100 KB means a broken record. */
export const MAX_ABSTRACT_CHARS = 100_000;
/** A single line (or CSV/XML/BibTeX record) longer than this is dropped without being kept in memory. */
export const MAX_RECORD_CHARS = 4_000_000;

export const normaliseSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

// C0 controls other than tab/newline/CR, DEL, C1 controls, and the replacement/non-characters that
// invalid UTF-8 decodes to.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/g;

// Windows-1252 characters for the bytes 0x80-0x9F, so "â€™" (UTF-8 of ’ read as cp1252) can be undone.
// prettier-ignore
const CP1252_BYTE: Record<string, number> = {
  '\u20AC': 0x80, '\u201A': 0x82, '\u0192': 0x83, '\u201E': 0x84, '\u2026': 0x85, '\u2020': 0x86,
  '\u2021': 0x87, '\u02C6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c,
  '\u017D': 0x8e, '\u2018': 0x91, '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2022': 0x95,
  '\u2013': 0x96, '\u2014': 0x97, '\u02DC': 0x98, '\u2122': 0x99, '\u0161': 0x9a, '\u203A': 0x9b,
  '\u0153': 0x9c, '\u017E': 0x9e, '\u0178': 0x9f,
};
const CONT = `[\\u0080-\\u00BF${Object.keys(CP1252_BYTE).join('')}]`;
// A UTF-8 lead byte read as Latin-1/cp1252, followed by the right number of continuation bytes.
const MOJIBAKE = new RegExp(
  `[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`,
  'g',
);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Undo UTF-8-read-as-Latin-1 sequences ("Ã©" -> "é"); only sequences that decode as valid UTF-8 change. */
export function repairMojibake(s: string): { text: string; repaired: number } {
  let repaired = 0;
  const text = s.replace(MOJIBAKE, (m) => {
    const bytes = Uint8Array.from([...m].map((c) => CP1252_BYTE[c] ?? c.charCodeAt(0)));
    try {
      const fixed = utf8.decode(bytes);
      repaired++;
      return fixed;
    } catch {
      return m;
    }
  });
  return { text, repaired };
}

export interface Cleaned {
  text: string;
  controls: number;
  mojibake: number;
}

/** Repair mojibake, replace control characters by spaces, normalise whitespace. */
export function cleanText(s: string): Cleaned {
  const { text: fixed, repaired } = repairMojibake(s);
  let controls = 0;
  const stripped = fixed.replace(CONTROL, () => {
    controls++;
    return ' ';
  });
  return { text: normaliseSpace(stripped), controls, mojibake: repaired };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCDate() !== d) return null; // Feb 30 and the like
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A YYYY-MM-DD date from the usual spellings ("2025-02-25T..", "2025/2/25", "Feb 25, 2025", "25 Feb 2025",
 * "Mon, 2 Apr 2007 19:18:42 GMT"), or null. A year alone or a month without a year is no date.
 */
export function normaliseDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthIndex(m[1] ?? '') > 0) return ymd(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2]));
  m = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && monthIndex(m[2] ?? '') > 0) return ymd(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1]));
  return null;
}

/** A stable id for records that have none: sha1 of title + abstract. */
export const hashId = (title: string | null, abstract: string): string =>
  `sha1-${createHash('sha1')
    .update(`${title ?? ''}\n${abstract}`)
    .digest('hex')
    .slice(0, 12)}`;

const ARXIV_NEW = String.raw`\d{4}\.\d{4,5}`;
const ARXIV_OLD = String.raw`[a-z][a-z.-]*\/\d{7}`;
const ARXIV_ANCHORED = new RegExp(
  String.raw`^(?:(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/|arxiv:|(?:https?:\/\/doi\.org\/)?10\.48550\/arxiv\.)?(${ARXIV_NEW}|${ARXIV_OLD})(?:v\d+)?(?:\.pdf)?$`,
  'i',
);

/** The arXiv id (without version) when the whole value is an arXiv id, abs/pdf URL, arXiv: tag or DOI. */
export function arxivId(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const m = ARXIV_ANCHORED.exec(raw.trim());
  return m?.[1] ?? null;
}

/** Bare DOI ("10.1234/x") from a DOI or a doi.org URL. */
export function bareDoi(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const m = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)?(10\.\d{4,9}\/\S+)$/i.exec(raw.trim());
  return m?.[1] ?? null;
}

/** "A. Smith, B. Jones and C. Lee" / "Smith, A.; Jones, B." / "A and B" -> names. */
export function splitAuthors(raw: string): string[] {
  const s = normaliseSpace(raw);
  if (!s) return [];
  const parts = s.includes(';')
    ? s.split(/\s*;\s*/)
    : / and /i.test(s) && !s.includes(',')
      ? s.split(/\s+and\s+/i)
      : s.split(/\s*,\s*|\s+and\s+/i);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** File stem: basename without the extensions we read (".txt", ".jsonl.gz" ...). */
export function fileStem(sourceName: string): string {
  const base = sourceName.split(/[\\/]/).pop() ?? sourceName;
  return (
    base.replace(/(\.(gz|txt|text|md|jsonl|ndjson|json|csv|tsv|tab|xml|atom|bib|bibtex))+$/i, '') || base
  );
}
