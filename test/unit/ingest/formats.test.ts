// One block per input format, on the invented fixtures in test/fixtures/ingest.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePapers, readPapers, type InputFormat } from '../../../src/ingest/index.js';
import { chunked, collect, fixture } from './helpers.js';

const read = (name: string) => collect(readPapers(fixture(name)));

describe('hf-daily', () => {
  it('finds the papers among boilerplate, meta blocks and navigation', async () => {
    const { records, problems } = await read('hf-daily.txt');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.title, r.source.line, r.date])).toEqual([
      [
        'hf-daily#1',
        'Lattice Adapters: Parameter-Efficient Tuning with Structured Low-Rank Grids',
        16,
        '2025-02-25',
      ],
      ['hf-daily#2', 'Quiet Tokens: Pruning Redundant Context in Long-Document Question Answering', 24, null],
      ['hf-daily#3', 'A Study Without Any Meta Block Following Its Abstract Paragraph', 30, '2024-01-05'],
    ]);
    expect(records[0]?.abstract).toMatch(
      /^We introduce Lattice Adapters.*grid size trades memory for accuracy\.$/,
    );
    expect(records[1]?.abstract).toMatch(/^We propose Quiet Tokens/);
    expect(records.every((r) => r.source.format === 'hf-daily')).toBe(true);
  });
});

describe('abstract-lines', () => {
  it('reads Abstract: lines, optional Title: lines and wrapped abstracts; ids count papers', async () => {
    const { records, problems } = await read('abstract-lines.txt');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.title, r.source.line])).toEqual([
      ['abstract-lines#1', null, 1],
      ['abstract-lines#2', null, 3],
      ['abstract-lines#3', 'Brook: A Streaming Tokenizer', 5],
      ['abstract-lines#4', null, 9],
    ]);
    expect(records[0]?.abstract).toMatch(/^We present Pebble/);
    expect(records[2]?.abstract).toBe(
      'Brook is an invented tokenizer that works on byte streams without lookahead. It is hard-wrapped across two lines and reaches 1.8x the throughput of a BPE baseline.',
    );
    expect(records[3]?.abstract).toMatch(/^Meadow is/);
  });
});

describe('jsonl', () => {
  it('reads the arXiv metadata snapshot', async () => {
    const { records, problems } = await read('arxiv-snapshot.jsonl');
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      id: '2401.00001',
      title: 'Invented Title One: A Method for Nothing',
      abstract:
        'We invent a method called NullNet that learns nothing at all, efficiently. It reaches 0% error on the empty set.',
      date: '2024-01-01', // first version, not the update
      authors: ['Ada Example', 'Bo Sample', 'Cy Placeholder'],
      url: 'https://arxiv.org/abs/2401.00001',
      source: { file: fixture('arxiv-snapshot.jsonl'), line: 1, format: 'jsonl' },
    });
    expect(records[1]).toMatchObject({
      id: 'cs/0112017',
      date: '2001-12-14',
      authors: ['Old Timer'],
      source: { line: 2 },
    });
  });

  it('reads our corpus format', async () => {
    const { records } = await read('corpus.jsonl');
    expect(records.map((r) => [r.id, r.date, r.url, r.authors])).toEqual([
      ['2503.99901', '2025-03-18', 'https://arxiv.org/abs/2503.99901', ['Dee Writer', 'Eff Author']],
      ['2503.99902', '2025-03-19', 'https://arxiv.org/abs/2503.99902', ['Gee Person']],
    ]);
  });

  it('reads plain {id,title,abstract} and hashes a missing id stably', async () => {
    const text = '{"id":"p1","title":"T","abstract":"A b c."}\n{"title":null,"abstract":"No id here."}\n';
    const one = await collect(parsePapers(text, { format: 'jsonl', sourceName: 'x.jsonl' }));
    const two = await collect(parsePapers(text, { format: 'jsonl', sourceName: 'y.jsonl' }));
    expect(one.records.map((r) => [r.id, r.title])).toEqual([
      ['p1', 'T'],
      [expect.stringMatching(/^sha1-[0-9a-f]{12}$/), null],
    ]);
    expect(two.records[1]?.id).toBe(one.records[1]?.id);
  });
});

describe('json', () => {
  it('reads a Semantic Scholar response: arXiv id first, then paperId; no abstract is a problem', async () => {
    const { records, problems } = await read('semantic-scholar.json');
    expect(records.map((r) => [r.id, r.date, r.authors, r.source.line])).toEqual([
      ['2402.00002', '2024-02-01', ['Hal Inventor', 'Ivy Maker'], 5],
      ['fedcba9876543210fedcba9876543210fedcba98', null, ['Jay Builder'], 17],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.where).toMatchObject({
      line: 26,
      recordId: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
    expect(problems[0]?.message).toMatch(/no abstract/);
  });

  it('reads OpenAlex works and rebuilds abstracts from the inverted index', async () => {
    const { records, problems } = await read('openalex.json');
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      id: '10.5555/invented.1',
      title: 'Inverted Index Abstracts Considered Helpful',
      abstract: 'We rebuild this abstract from an inverted index of words, ordered index .',
      date: '2023-07-14',
      authors: ['Kay Writer', 'Lee Editor'],
      url: 'https://doi.org/10.5555/invented.1',
      source: { line: 4, format: 'json' },
    });
    expect(records[1]).toMatchObject({
      id: 'W1000000002',
      title: 'A Work With Only An OpenAlex Id',
      abstract: 'Invented text only.',
    });
  });

  it("reads Hugging Face's daily_papers API shape", async () => {
    const doc = JSON.stringify([
      {
        paper: {
          id: '2502.00009',
          title: 'Wrapped Paper',
          summary: 'An invented summary.',
          authors: [{ name: 'Vi Hug' }],
          publishedAt: '2025-02-20T10:00:00.000Z',
        },
        title: 'Wrapped Paper',
        numComments: 2,
      },
    ]);
    const { records } = await collect(parsePapers(doc, { format: 'json', sourceName: 'hf.json' }));
    expect(records).toMatchObject([
      {
        id: '2502.00009',
        title: 'Wrapped Paper',
        abstract: 'An invented summary.',
        date: '2025-02-20',
        authors: ['Vi Hug'],
      },
    ]);
  });

  it('reads a bare array and a single object', async () => {
    const arr = await collect(
      parsePapers('[\n  {"id": "a", "abstract": "x y"},\n  {"id": "b", "abstract": "z"}\n]', {
        format: 'json',
        sourceName: 'a.json',
      }),
    );
    expect(arr.records.map((r) => [r.id, r.source.line])).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    const one = await collect(
      parsePapers('{"id": "solo", "abstract": "only one"}', { format: 'json', sourceName: 'o.json' }),
    );
    expect(one.records.map((r) => r.id)).toEqual(['solo']);
  });
});

describe('csv and tsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines; reports the row without abstract', async () => {
    const { records, problems } = await read('papers.csv');
    expect(records.map((r) => [r.id, r.title, r.source.line, r.date])).toEqual([
      ['2404.00003', 'Commas, Quotes and "Newlines"', 2, '2024-04-02'],
      [expect.stringMatching(/^sha1-/), 'Untitled Hash Case', 5, null],
      ['2404.00006', 'Last Row', 7, '2024-04-06'],
    ]);
    expect(records[0]?.abstract).toBe(
      'An invented abstract that spans two lines, and quotes the word "robust" twice: "robust".',
    );
    expect(records[0]?.authors).toEqual(['Mo Tester', 'Ne Checker']);
    expect(records[0]?.url).toBe('https://arxiv.org/abs/2404.00003');
    expect(problems.map((p) => [p.where.line, p.where.recordId])).toEqual([[6, '2404.00005']]);
  });

  it('reads TSV; a year alone is no date', async () => {
    const { records } = await read('papers.tsv');
    expect(records.map((r) => [r.id, r.title, r.date, r.source.format])).toEqual([
      ['tsv-1', 'Tab Separated One', null, 'tsv'],
      ['tsv-2', 'Tab Separated Two', null, 'tsv'],
    ]);
  });
});

describe('atom', () => {
  it('reads arXiv API entries: id without version, entities decoded, CDATA kept literal', async () => {
    const { records, problems } = await read('arxiv-atom.xml');
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      id: '2401.00011',
      title: 'Entities & Escapes: An Invented Atom Entry',
      abstract:
        'We invent a parser that reads <entry> elements and decodes "entities" such as é and – correctly.',
      date: '2024-01-02',
      authors: ['Quinn Atom', 'Rae Feed'],
      url: 'http://arxiv.org/abs/2401.00011v2',
      source: { file: fixture('arxiv-atom.xml'), line: 9, format: 'atom' },
    });
    expect(records[1]).toMatchObject({
      id: 'cs/0301001',
      abstract: 'An invented abstract in CDATA, with a literal <b> and & sign.',
      authors: ['Sol Old'],
      source: { line: 28 },
    });
  });
});

describe('bibtex', () => {
  it('reads entries with nested braces, quotes, @string, accents; skips @comment', async () => {
    const { records, problems } = await read('papers.bib');
    expect(records.map((r) => [r.id, r.title, r.source.line])).toEqual([
      ['2405.00007', "BERT-Style Encoders for Müller's Invented Task", 6],
      ['10.7777/invented.quoted', 'Quoted Values and Protected Words', 17],
      ['keyonly', 'Parenthesised Entry', 31],
    ]);
    expect(records[0]?.abstract).toBe(
      'We study Transformer encoders with nested braces inside on an invented task. Accuracy improves by 3% on the made-up MuBench set.',
    );
    expect(records[0]?.authors).toEqual(['Jörg Müller', 'Ana García', 'François Dupont']);
    expect(records[0]?.url).toBe('https://arxiv.org/abs/2405.00007');
    expect(records[1]).toMatchObject({ date: '2023-05-17', authors: ['Tia Quote', 'Uma Mark'] });
    expect(problems.map((p) => [p.where.line, p.where.recordId])).toEqual([[26, 'noabstract']]);
  });
});

describe('streams', () => {
  const cases: [string, InputFormat][] = [
    ['hf-daily.txt', 'hf-daily'],
    ['abstract-lines.txt', 'abstract-lines'],
    ['arxiv-snapshot.jsonl', 'jsonl'],
    ['malformed.jsonl', 'jsonl'],
    ['openalex.json', 'json'],
    ['papers.csv', 'csv'],
    ['papers.tsv', 'tsv'],
    ['arxiv-atom.xml', 'atom'],
    ['papers.bib', 'bibtex'],
  ];
  it.each(cases)('%s reads the same from 7-character chunks as from one string', async (name, format) => {
    const text = readFileSync(fixture(name), 'utf8');
    const whole = await collect(parsePapers(text, { format, sourceName: name }));
    const streamed = await collect(parsePapers(chunked(text), { format, sourceName: name }));
    expect(streamed.records).toEqual(whole.records);
    expect(streamed.order).toEqual(whole.order);
    expect(whole.records.length).toBeGreaterThan(0);
  });
});
