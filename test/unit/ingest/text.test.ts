// Cleaning helpers: dates, ids, mojibake, LaTeX, XML entities, CSV rows, line splitting.
import { describe, expect, it } from 'vitest';
import {
  arxivId,
  bareDoi,
  cleanText,
  fileStem,
  normaliseDate,
  repairMojibake,
  splitAuthors,
} from '../../../src/ingest/text.js';
import { decodeLatex } from '../../../src/ingest/bibtex.js';
import { decodeXml } from '../../../src/ingest/atom.js';
import { invertedIndexToText, jsonErrorOffset } from '../../../src/ingest/json.js';
import { toLines } from '../../../src/ingest/lines.js';
import { chunked } from './helpers.js';

describe('normaliseDate', () => {
  it.each([
    ['2025-02-25', '2025-02-25'],
    ['2025-02-25T10:00:00Z', '2025-02-25'],
    ['2025/2/5', '2025-02-05'],
    ['Feb 25, 2025', '2025-02-25'],
    ['Feb 25, 2025 5', '2025-02-25'],
    ['February 3 2024', '2024-02-03'],
    ['Mon, 2 Apr 2007 19:18:42 GMT', '2007-04-02'],
    ['Published on Jan 5, 2024', '2024-01-05'],
    ['Mar 2', null],
    ['2024', null],
    ['2023-02-30', null],
    ['not a date', null],
  ])('%s -> %s', (input, want) => {
    expect(normaliseDate(input)).toBe(want);
  });
  it('ignores non-strings', () => expect(normaliseDate(2024)).toBeNull());
});

describe('ids', () => {
  it.each([
    ['2401.00001', '2401.00001'],
    ['2401.00001v3', '2401.00001'],
    ['http://arxiv.org/abs/2401.00001v2', '2401.00001'],
    ['https://arxiv.org/pdf/2401.12345v1.pdf', '2401.12345'],
    ['arXiv:2401.00001', '2401.00001'],
    ['10.48550/arXiv.2401.00001', '2401.00001'],
    ['https://doi.org/10.48550/arxiv.2401.00001', '2401.00001'],
    ['hep-th/9901001v2', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['000_cab#1', null],
    ['10.1234/x', null],
  ])('arxivId(%s) = %s', (input, want) => expect(arxivId(input)).toBe(want));

  it('bareDoi', () => {
    expect(bareDoi('https://doi.org/10.1000/ABC')).toBe('10.1000/ABC');
    expect(bareDoi('doi:10.1234/x.y')).toBe('10.1234/x.y');
    expect(bareDoi('nope')).toBeNull();
  });

  it('fileStem drops the extensions we read', () => {
    expect(fileStem('/a/b/000_cab2ab4622c36254.txt')).toBe('000_cab2ab4622c36254');
    expect(fileStem('c:\\x\\papers.jsonl.gz')).toBe('papers');
    expect(fileStem('v1.2.notes')).toBe('v1.2.notes');
  });

  it('splitAuthors', () => {
    expect(splitAuthors('A. Smith, B. Jones and C. Lee')).toEqual(['A. Smith', 'B. Jones', 'C. Lee']);
    expect(splitAuthors('Smith, A.; Jones, B.')).toEqual(['Smith, A.', 'Jones, B.']);
    expect(splitAuthors('Ann Other and Bo Dee')).toEqual(['Ann Other', 'Bo Dee']);
  });
});

describe('cleaning', () => {
  it('repairs UTF-8 read as Latin-1 or cp1252, and leaves real accents alone', () => {
    expect(repairMojibake('cafÃ© naÃ¯ve â€” â€œquotedâ€\u009d').text).toBe('café naïve — “quoted”');
    expect(repairMojibake('café Ångström — “ok”').repaired).toBe(0);
  });

  it('replaces control characters and normalises whitespace', () => {
    expect(cleanText(' a\u0000b\t\n c\u200b ')).toEqual({ text: 'a b c\u200b', controls: 1, mojibake: 0 });
  });

  it('decodes simple LaTeX', () => {
    expect(
      decodeLatex(
        'M{\\"u}ller, \\"Ozt\\"urk, Garc{\\\'\\i}a, \\c{c}a, \\v{S}ar, {\\ss}, 5\\% \\& \\emph{x}, {BERT}~model',
      ),
    ).toBe('Müller, Öztürk, García, ça, Šar, ß, 5% & x, BERT model');
  });

  it('decodes XML entities and CDATA', () => {
    expect(decodeXml('a &amp; b &lt;c&gt; &#233; &#x2013; &bogus; <![CDATA[<x> & y]]>')).toBe(
      'a & b <c> é – &bogus; <x> & y',
    );
  });

  it('rebuilds an OpenAlex abstract', () => {
    expect(invertedIndexToText({ world: [1], hello: [0, 2] })).toBe('hello world hello');
    expect(invertedIndexToText(null)).toBeNull();
  });

  it('finds JSON syntax error offsets', () => {
    expect(jsonErrorOffset('[1,,2]')).toBe(3);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
  });
});

describe('toLines', () => {
  it('splits CRLF/LF across chunk borders, numbers lines, drops the BOM', async () => {
    const out = [];
    for await (const l of toLines(chunked('\uFEFFa\r\nbb\n\nccc', 2))) out.push(l);
    expect(out).toEqual([
      { text: 'a', line: 1 },
      { text: 'bb', line: 2 },
      { text: '', line: 3 },
      { text: 'ccc', line: 4 },
    ]);
  });

  it('flags an over-long line and keeps only its start', async () => {
    const out = [];
    for await (const l of toLines(chunked(`short\n${'x'.repeat(150)}\nnext`, 8), 20)) out.push(l);
    expect(out).toEqual([
      { text: 'short', line: 1 },
      { text: expect.stringMatching(/^x{20,100}$/), line: 2, tooLong: true },
      { text: 'next', line: 3 },
    ]);
  });
});
