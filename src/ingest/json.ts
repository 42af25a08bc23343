// JSON Lines and JSON documents in the shapes people have: the arXiv metadata snapshot, Semantic Scholar,
// OpenAlex works, our corpus format (arxiv_id, listing_date, abs_url ...) and plain {id,title,abstract}.
import { PapergraphError } from '../domain/errors.js';
import type { ReadItem } from './types.js';
import type { Line } from './lines.js';
import { finishRecord, recordProblem, type RawPaper } from './record.js';
import { arxivId, bareDoi, normaliseDate, splitAuthors } from './text.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null;

/** Case-insensitive field lookup over a few names. */
function pick(o: Obj, ...names: string[]): unknown {
  for (const n of names) if (o[n] !== undefined && o[n] !== null) return o[n];
  const lower = new Map(Object.keys(o).map((k) => [k.toLowerCase(), k]));
  for (const n of names) {
    const k = lower.get(n.toLowerCase());
    if (k !== undefined && o[k] !== undefined && o[k] !== null) return o[k];
  }
  return undefined;
}

/** OpenAlex ships abstracts as {word: [positions]}: put the words back in order. */
export function invertedIndexToText(ix: unknown): string | null {
  if (!isObj(ix)) return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(ix)) {
    if (!Array.isArray(positions)) continue;
    for (const p of positions)
      if (typeof p === 'number' && Number.isInteger(p) && p >= 0 && p < 1_000_000) words[p] = word;
  }
  const text = words.filter((w) => w !== undefined).join(' ');
  return text || null;
}

function authorsOf(o: Obj): string[] {
  const parsed = o.authors_parsed; // arXiv snapshot: [[last, first, suffix], ...]
  if (Array.isArray(parsed) && parsed.length) {
    return parsed
      .filter(Array.isArray)
      .map((a: unknown[]) => [a[1], a[0], a[2]].filter((x) => typeof x === 'string' && x).join(' '));
  }
  const authorships = o.authorships; // OpenAlex
  if (Array.isArray(authorships)) {
    return authorships
      .map((a) => (isObj(a) && isObj(a.author) ? str(a.author.display_name) : null))
      .filter((x): x is string => !!x);
  }
  const a = pick(o, 'authors', 'author', 'creators');
  if (typeof a === 'string') return splitAuthors(a);
  if (Array.isArray(a)) {
    return a
      .map((x) =>
        typeof x === 'string' ? x : isObj(x) ? str(pick(x, 'name', 'display_name', 'full_name')) : null,
      )
      .filter((x): x is string => !!x);
  }
  return [];
}

function idOf(o: Obj): string | null {
  const ext = isObj(o.externalIds) ? o.externalIds : isObj(o.ids) ? o.ids : {};
  const doi = str(pick(o, 'doi', 'DOI')) ?? str(pick(ext, 'DOI', 'doi'));
  // arXiv first: the id most sources share.
  const arxiv =
    arxivId(pick(o, 'arxiv_id', 'arxivId', 'arxiv')) ??
    arxivId(pick(ext, 'ArXiv', 'arxiv')) ??
    arxivId(doi) ??
    arxivId(pick(o, 'id'));
  if (arxiv) return arxiv;
  const id = str(pick(o, 'id', 'paper_id'));
  const openAlex = id && /^https?:\/\/openalex\.org\/(\w+)$/i.exec(id.trim());
  if (id && !openAlex) return id.trim();
  const s2 = str(pick(o, 'paperId', 'corpusId'));
  if (s2) return s2.trim();
  const bare = bareDoi(doi);
  if (bare) return bare.toLowerCase();
  if (openAlex) return openAlex[1] ?? null;
  return str(pick(o, 'key', 'citationKey'));
}

function dateOf(o: Obj): string | null {
  const versions = o.versions; // arXiv snapshot: [{version, created: "Mon, 2 Apr 2007 19:18:42 GMT"}]
  if (Array.isArray(versions) && isObj(versions[0])) {
    const d = normaliseDate(versions[0].created);
    if (d) return d;
  }
  for (const k of [
    'publication_date',
    'publicationDate',
    'publishedAt',
    'published',
    'date',
    'listing_date',
    'update_date',
    'created',
    'year',
  ]) {
    const d = normaliseDate(pick(o, k));
    if (d) return d;
  }
  return null;
}

function urlOf(o: Obj, id: string | null): string | null {
  const u = str(pick(o, 'abs_url', 'url', 'link', 'landing_page_url'));
  if (u) return u;
  const loc = o.primary_location;
  if (isObj(loc) && str(loc.landing_page_url)) return str(loc.landing_page_url);
  const doi = bareDoi(str(pick(o, 'doi')));
  if (doi) return `https://doi.org/${doi}`;
  if (id && arxivId(id) === id) return `https://arxiv.org/abs/${id}`;
  return null;
}

/** Map one object of any of the known shapes. */
export function mapObject(outer: Obj): RawPaper {
  // Hugging Face's daily_papers API wraps each paper: {paper: {id, title, summary, authors, publishedAt}, ...}.
  const o = isObj(outer.paper) ? { ...outer, ...outer.paper } : outer;
  const id = idOf(o);
  const abstractField = pick(o, 'abstract', 'summary', 'abstractText', 'description');
  const abstract = str(abstractField) ?? invertedIndexToText(o.abstract_inverted_index);
  return {
    id,
    title: str(pick(o, 'title', 'display_name')),
    abstract,
    date: dateOf(o),
    authors: authorsOf(o),
    url: urlOf(o, id),
  };
}

export async function* parseJsonLines(lines: AsyncIterable<Line>, file: string): AsyncGenerator<ReadItem> {
  for await (const l of lines) {
    const where = { file, line: l.line, format: 'jsonl' };
    if (l.tooLong) {
      const id = /"(?:id|arxiv_id|paperId)"\s*:\s*"([^"]{1,80})"/.exec(l.text)?.[1]; // from the kept start
      yield recordProblem(
        where,
        'line is over 4 M characters, too long to be one paper; record skipped',
        'check that the file really has one JSON object per line',
        id,
      );
      continue;
    }
    const t = l.text.trim();
    if (!t) continue;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      yield recordProblem(
        where,
        `line is not valid JSON (${(e as Error).message.split('\n')[0]}); record skipped`,
        'fix or remove this line; the rest of the file is read',
      );
      continue;
    }
    if (!isObj(v)) {
      yield recordProblem(
        where,
        'line is JSON but not an object; record skipped',
        'each line should be one {"id", "title", "abstract", ...} object',
      );
      continue;
    }
    yield finishRecord(mapObject(v), where);
  }
}

/** A JSON document is read whole: this many characters at most (convert bigger ones to JSON Lines). */
export const MAX_JSON_DOC_CHARS = 256 * 1024 * 1024;
const LIST_KEYS = ['data', 'results', 'papers', 'items', 'records', 'works', 'entries', 'docs', 'hits'];

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * Offset of the first syntax error in a JSON text (V8's messages do not always give one). Only run after
 * JSON.parse failed, so it need not build anything.
 */
export function jsonErrorOffset(t: string): number {
  let i = 0;
  const ws = () => {
    while (i < t.length && ' \t\n\r'.includes(t[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = t[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (t[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (t[i] !== '"') fail();
          string();
          ws();
          if (t[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (t[i] === ',') i++;
        else if (t[i] === close) return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else {
      const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(t.slice(i, i + 400));
      if (!m) fail();
      i += m?.[0].length ?? 0;
    }
  };
  const string = () => {
    i++;
    while (i < t.length && t[i] !== '"') {
      const ch = t.charCodeAt(i);
      if (ch < 0x20) fail();
      i += t[i] === '\\' ? 2 : 1;
    }
    if (i >= t.length) fail();
    i++;
  };
  try {
    value();
    ws();
    if (i < t.length) fail();
  } catch (pos) {
    if (typeof pos === 'number') return Math.min(pos, t.length);
    throw pos;
  }
  return t.length;
}

/** 1-based line of each element of the list at `path` ([] = root array, [key] = root object's key). */
function elementLines(text: string, key: string | null): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  let inTarget = key === null;
  let atStart = false;
  let lastString = '';
  let strStart = -1;
  let currentKey: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (strStart >= 0) {
      if (c === '\\') i++;
      else if (c === '"') {
        if (depth === 1) lastString = text.slice(strStart, i + 1);
        strStart = -1;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    const targetDepth = key === null ? 1 : 2;
    if (inTarget && depth === targetDepth && atStart && c !== ']') {
      out.push(line);
      atStart = false;
    }
    if (c === '"') strStart = i;
    else if (c === ':' && depth === 1) {
      try {
        currentKey = JSON.parse(lastString) as string;
      } catch {
        currentKey = null;
      }
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === targetDepth && c === '[' && (key === null || currentKey === key)) {
        inTarget = true;
        atStart = true;
      }
    } else if (c === '}' || c === ']') {
      if (depth === targetDepth && key !== null) inTarget = false;
      depth--;
    } else if (c === ',' && depth === targetDepth && inTarget) atStart = true;
  }
  return out;
}

export async function* parseJsonDocument(text: string, file: string): AsyncGenerator<ReadItem> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const line = lineAt(text, jsonErrorOffset(text));
    const truncated =
      /end of (JSON )?(data|input)/i.test((e as Error).message) ||
      jsonErrorOffset(text) >= text.trimEnd().length;
    throw new PapergraphError(
      'E_INPUT_FORMAT',
      truncated
        ? 'JSON document ends too early: the file looks truncated'
        : `not valid JSON (${(e as Error).message.split('\n')[0]})`,
      {
        where: { file, line },
        hint: truncated
          ? 'the file was probably cut short while downloading or copying; fetch it again'
          : 'fix the JSON at that line; if the file has one JSON object per line, use --format jsonl',
        cause: e,
      },
    );
  }
  let list: unknown[];
  let key: string | null = null;
  if (Array.isArray(doc)) list = doc;
  else if (isObj(doc)) {
    key =
      LIST_KEYS.find((k) => Array.isArray(doc[k])) ??
      Object.keys(doc).find((k) => Array.isArray(doc[k]) && (doc[k] as unknown[]).some(isObj)) ??
      null;
    if (key !== null) list = doc[key] as unknown[];
    else if (pick(doc, 'abstract', 'summary', 'abstract_inverted_index') !== undefined) list = [doc];
    else {
      throw new PapergraphError('E_INPUT_FORMAT', 'JSON document holds no list of papers', {
        where: { file, line: 1 },
        hint: `expected an array of papers, or an object with the list under one of: ${LIST_KEYS.join(', ')}`,
      });
    }
  } else {
    throw new PapergraphError('E_INPUT_FORMAT', 'JSON document is neither an array nor an object', {
      where: { file, line: 1 },
      hint: 'expected an array of papers, or an object holding one',
    });
  }
  const lines = list.length === 1 && !Array.isArray(doc) && key === null ? [1] : elementLines(text, key);
  for (let i = 0; i < list.length; i++) {
    const where = { file, line: lines[i] ?? 1, format: 'json' };
    const v = list[i];
    if (!isObj(v)) {
      yield recordProblem(
        where,
        `element ${i + 1} of the list is not an object; record skipped`,
        'each element should be one paper object',
      );
      continue;
    }
    yield finishRecord(mapObject(v), where);
  }
}
