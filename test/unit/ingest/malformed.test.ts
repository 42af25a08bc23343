// Bad records are reported with file:line and record id, and reading goes on; bad files throw up front.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PapergraphError } from '../../../src/domain/errors.js';
import { MAX_ABSTRACT_CHARS, parsePapers, readPapers, type InputFormat } from '../../../src/ingest/index.js';
import { collect, fixture } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'papergraph-ingest-'));
const write = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const parse = (text: string, format: InputFormat) => collect(parsePapers(text, { format, sourceName: 'in' }));

/** The error thrown by the first next() of a read. */
async function firstError(path: string, format?: InputFormat): Promise<PapergraphError> {
  try {
    await collect(readPapers(path, format ? { format } : {}));
  } catch (e) {
    if (e instanceof PapergraphError) return e;
    throw e;
  }
  throw new Error(`reading ${path} did not fail`);
}

describe('record-level problems', () => {
  it('reports each bad JSON line with its line and id, cleans what can be cleaned, and reads on', async () => {
    const { records, problems, warnings } = await collect(readPapers(fixture('malformed.jsonl')));
    expect(records.map((r) => r.id)).toEqual(['ok-1', 'mojibake', 'controls', 'ok-2']);
    expect(problems.map((p) => [p.code, p.where.line, p.where.recordId ?? null])).toEqual([
      ['E_INPUT_RECORD', 2, null], // bad JSON: no id to give
      ['E_INPUT_RECORD', 3, 'no-abstract'],
      ['E_INPUT_RECORD', 7, 'garbage'], // mostly control characters: skipped
      ['E_INPUT_RECORD', 8, null], // not an object
    ]);
    expect(problems.every((p) => p.where.file === fixture('malformed.jsonl'))).toBe(true);
    expect(problems.every((p) => /record skipped/.test(p.message))).toBe(true);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    expect(problems[0]?.describe()).toMatch(/malformed\.jsonl:2: line is not valid JSON/);
    expect(problems[2]?.message).toMatch(/garbled/);
    // Cleaned records come through with a warning that says what was done.
    expect(warnings.map((w) => [w.where.line, w.where.recordId])).toEqual([
      [5, 'mojibake'],
      [6, 'controls'],
    ]);
    expect(warnings[0]?.message).toMatch(/repaired; record kept/);
    expect(warnings[1]?.message).toMatch(/2 control characters replaced by spaces; record kept/);
    const moji = records.find((r) => r.id === 'mojibake');
    expect(moji?.title).toBe('Café Models');
    expect(moji?.abstract).toBe('An invented abstract about a café and a naïve model — with mojibake.');
    expect(records.find((r) => r.id === 'controls')?.abstract).toMatch(/a stray bell and a escape in/);
  });

  it('skips an oversized abstract and keeps the next record', async () => {
    const big = 'word '.repeat(Math.ceil((1_000_000 + 1) / 5));
    const text = `${JSON.stringify({ id: 'huge', abstract: big })}\n{"id":"after","abstract":"Still read."}\n`;
    const { records, problems } = await parse(text, 'jsonl');
    expect(records.map((r) => r.id)).toEqual(['after']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toMatchObject({ line: 1, recordId: 'huge' });
    expect(problems[0]?.message).toContain(MAX_ABSTRACT_CHARS.toLocaleString('en'));
  });

  it('CSV: an unterminated quote is reported at its start line', async () => {
    const text = 'id,abstract\na,"fine one"\nb,"never closed\nc,more\n';
    const { records, problems } = await parse(text, 'csv');
    expect(records.map((r) => r.id)).toEqual(['a']);
    expect(problems.map((p) => [p.where.line, p.message])).toEqual([
      [3, expect.stringMatching(/never closed/)],
    ]);
  });

  it('CSV without an abstract column is a format error naming the columns', async () => {
    await expect(parse('id,title\n1,x\n', 'csv')).rejects.toMatchObject({
      code: 'E_INPUT_FORMAT',
      where: { line: 1 },
    });
  });

  it('BibTeX: an entry whose braces never close is reported; the ones before come through', async () => {
    const text = '@article{a, abstract={one}}\n@article{b,\n abstract={two\n';
    const { records, problems } = await parse(text, 'bibtex');
    expect(records.map((r) => r.id)).toEqual(['a']);
    expect(problems.map((p) => p.where.line)).toEqual([2]);
  });

  it('Atom: a truncated feed reports the open entry', async () => {
    const text =
      '<feed>\n<entry><id>x1</id><summary>One.</summary></entry>\n<entry><id>x2</id>\n<summary>cut';
    const { records, problems } = await parse(text, 'atom');
    expect(records.map((r) => r.id)).toEqual(['x1']);
    expect(problems.map((p) => p.where.line)).toEqual([3]);
  });

  it('HF page: stray short paragraphs and a missing title do not shift numbering', async () => {
    const abs = (w: string) => `${w} is an invented method. `.repeat(12).trim();
    const text = `Daily Papers\n\nTitle One\n\n${abs('Alpha')}\n\n• 2 authors\n·\nJan 1, 2024\n\n${abs('Beta')}\n\nTitle Three\n\n${abs('Gamma')}\n`;
    const { records } = await parse(text, 'hf-daily');
    expect(records.map((r) => [r.id, r.title, r.source.line])).toEqual([
      ['in#1', 'Title One', 3],
      // A second prose paragraph right after a meta block has no title: it is its own paper, untitled.
      ['in#2', null, 11],
      ['in#3', 'Title Three', 13],
    ]);
  });

  it('HF page: a hard-wrapped abstract is not split into a title and the rest', async () => {
    const wrapped =
      'We present Epsilon, an invented method that is described\nover several short lines because someone wrapped the\ntext at sixty characters or so, which page text never is,\nand it should stay one abstract with the title above it.\n';
    const { records } = await parse(`Epsilon: Wrapped\n\n${wrapped}`, 'hf-daily');
    expect(records.map((r) => [r.title, r.abstract.slice(0, 20)])).toEqual([
      ['Epsilon: Wrapped', 'We present Epsilon, '],
    ]);
  });

  it('HF page: a title glued under a "Submitted by" block still titles its abstract', async () => {
    const abs = 'Delta is an invented method for nothing in particular. '.repeat(6).trim();
    const { records } = await parse(`Submitted by\nsomeone\nDelta: A Title\n\n${abs}\n`, 'hf-daily');
    expect(records.map((r) => [r.title, r.source.line])).toEqual([['Delta: A Title', 3]]);
  });
});

describe('file-level failures throw before any item', () => {
  it('missing file and directory: E_INPUT_UNREADABLE', async () => {
    const missing = await firstError(join(dir, 'nope.jsonl'));
    expect(missing).toMatchObject({ code: 'E_INPUT_UNREADABLE', where: { file: join(dir, 'nope.jsonl') } });
    expect(missing.describe()).toMatch(/nope\.jsonl: file not found\n {2}hint: check the path/);
    const sub = join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    expect(await firstError(sub)).toMatchObject({ code: 'E_INPUT_UNREADABLE' });
  });

  it('empty and whitespace-only files', async () => {
    expect(await firstError(write('empty.jsonl', ''))).toMatchObject({
      code: 'E_INPUT_FORMAT',
      message: 'file is empty',
    });
    expect((await firstError(write('blank.txt', '\n  \n'))).message).toMatch(/empty/);
  });

  it('binary content (NUL bytes), UTF-16 and invalid UTF-8', async () => {
    const bin = await firstError(
      write('pic.jsonl', Buffer.from([0x7b, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])),
    );
    expect(bin).toMatchObject({ code: 'E_INPUT_FORMAT', where: { line: 2 } });
    expect(bin.message).toMatch(/binary/);
    const u16 = await firstError(write('u16.txt', Buffer.from('\ufeffAbstract: x', 'utf16le')));
    expect(u16.message).toMatch(/UTF-16/);
    const latin1 = await firstError(write('latin1.csv', Buffer.from('id,abstract\n1,caf\xe9\n', 'latin1')));
    expect(latin1.message).toMatch(/not UTF-8/);
  });

  it('a truncated JSON document names the line where it stops', async () => {
    const p = write('cut.json', '[\n  {"id": "a", "abstract": "x"},\n  {"id": "b", "abs');
    const e = await firstError(p);
    expect(e).toMatchObject({ code: 'E_INPUT_FORMAT', where: { file: p, line: 3 } });
    expect(e.message).toMatch(/truncated/);
  });

  it('invalid JSON names the line of the error and suggests jsonl', async () => {
    const e = await firstError(
      write('bad.json', '[\n  {"id": "a", "abstract": "x"},\n  {"id": "b" "abstract": "y"}\n]\n'),
    );
    expect(e).toMatchObject({ code: 'E_INPUT_FORMAT', where: { line: 3 } });
    expect(e.hint).toMatch(/--format jsonl/);
  });

  it('an unrecognisable format says to use --format', async () => {
    const e = await firstError(write('notes.txt', 'just a short note\nand another\n'));
    expect(e).toMatchObject({ code: 'E_INPUT_FORMAT' });
    expect(e.hint).toMatch(/--format/);
  });

  it('a file in which nothing reads as a paper is an error, not an empty success', async () => {
    const e = await firstError(write('header-only.csv', 'id,title,abstract\n'));
    expect(e).toMatchObject({
      code: 'E_INPUT_FORMAT',
      message: 'no papers found in this file (read as csv)',
    });
    expect(e.hint).toMatch(/--format/);
  });

  it('a corrupt gzip file is E_INPUT_UNREADABLE', async () => {
    const gz = gzipSync(Buffer.from('{"id":"a","abstract":"x"}\n'.repeat(50)));
    const e = await firstError(write('cut.jsonl.gz', gz.subarray(0, gz.length - 20)));
    expect(e.code).toBe('E_INPUT_UNREADABLE');
    expect(e.message).toMatch(/gzip/);
  });
});

describe('bad bytes past the first chunk', () => {
  it('become U+FFFD, are replaced, and the record is kept with a warning', async () => {
    const good =
      '{"id":"fill","abstract":"An invented filler abstract for padding the head of the file."}\n'.repeat(
        1200,
      );
    const bad = Buffer.concat([
      Buffer.from('{"id":"late","abstract":"caf'),
      Buffer.from([0xe9]),
      Buffer.from(' late but readable, with one bad byte in a long enough abstract."}\n'),
    ]);
    const p = write('late.jsonl', Buffer.concat([Buffer.from(good), bad]));
    const { records, problems, warnings } = await collect(readPapers(p));
    expect(records).toHaveLength(1201);
    expect(problems).toEqual([]);
    expect(warnings.map((w) => [w.where.line, w.where.recordId])).toEqual([[1201, 'late']]);
    expect(records.at(-1)?.abstract).toMatch(/^caf late but readable/);
  });
});

describe('gzip and forced formats', () => {
  it('reads .gz transparently and honours format', async () => {
    const p = write(
      'papers.txt.gz',
      gzipSync(Buffer.from('Abstract: one invented abstract.\nAbstract: two.\n')),
    );
    const { records } = await collect(readPapers(p));
    expect(records.map((r) => [r.id, r.source.format])).toEqual([
      ['papers#1', 'abstract-lines'],
      ['papers#2', 'abstract-lines'],
    ]);
    const forced = await collect(
      readPapers(write('odd.data', '{"id":"z","abstract":"zz"}\n'), { format: 'jsonl' }),
    );
    expect(forced.records.map((r) => r.id)).toEqual(['z']);
  });
});
