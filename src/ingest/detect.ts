// Format detection: the file extension first, checked against the first bytes; content sniffing otherwise.
import type { InputFormat } from './types.js';
import { looksLikeHfDaily } from './hf-daily.js';

// prettier-ignore
const BY_EXT: Record<string, InputFormat> = {
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'json', csv: 'csv', tsv: 'tsv', tab: 'tsv',
  xml: 'atom', atom: 'atom', bib: 'bibtex', bibtex: 'bibtex',
};

/** True when the first line alone is a complete JSON object: JSON Lines rather than a pretty document. */
function firstLineIsObject(head: string): boolean {
  const nl = head.indexOf('\n');
  if (nl < 0) return false; // a single line: a one-line document or JSON Lines, both read the same here
  const first = head.slice(0, nl).trim();
  if (!first.startsWith('{')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

const HEADER_ABSTRACT = /^(?:abstract|summary|abstract[_ ]?text|description)$/i;
function delimitedHeader(head: string): 'csv' | 'tsv' | undefined {
  const first = head.split('\n', 1)[0]?.replace(/\r$/, '') ?? '';
  for (const [fmt, d] of [
    ['tsv', '\t'],
    ['csv', ','],
  ] as const) {
    const cells = first.split(d).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length > 1 && cells.some((c) => HEADER_ABSTRACT.test(c))) return fmt;
  }
  return undefined;
}

/** Guess the format from a file name (".gz" ignored) and the first chunk of its text. */
export function detectFormat(sourceName: string, head: string): InputFormat | undefined {
  const text = head.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  const name = sourceName.toLowerCase().replace(/\.gz$/, '');
  const ext = /\.([a-z]+)$/.exec(name)?.[1] ?? '';
  const byExt = BY_EXT[ext];
  if (byExt === 'json' || byExt === 'jsonl') {
    if (trimmed.startsWith('[')) return 'json';
    if (trimmed.startsWith('{')) return firstLineIsObject(trimmed) ? 'jsonl' : byExt;
  } else if (byExt) {
    return byExt;
  }
  // Sniff.
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{'))
    return firstLineIsObject(trimmed) || !trimmed.includes('\n') ? 'jsonl' : 'json';
  if (/^<\?xml|^<(?:\w+:)?feed[\s>]/.test(trimmed) && /<(?:\w+:)?entry[\s>]|w3\.org\/2005\/Atom/.test(text))
    return 'atom';
  if (/^(?:%[^\n]*\n\s*)*@\s*[A-Za-z]+\s*[{(]/.test(trimmed)) return 'bibtex';
  const firstLine = trimmed.split('\n', 1)[0] ?? '';
  if (/^(?:abstract|title)\s*:/i.test(firstLine) && /^\s*abstract\s*:/im.test(text)) return 'abstract-lines';
  const delimited = delimitedHeader(trimmed);
  if (delimited) return delimited;
  if (looksLikeHfDaily(text)) return 'hf-daily';
  // A .json/.jsonl file that sniffs as nothing: read it as named, so the error says where the JSON breaks.
  return byExt;
}
