// Format detection: extension first (checked against content for JSON), sniffing otherwise.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/ingest/index.js';

describe('detectFormat', () => {
  it.each([
    ['a.jsonl', '{"id":1}\n{"id":2}\n', 'jsonl'],
    ['a.jsonl.gz', '{"id":1}\n', 'jsonl'],
    ['a.ndjson', '{"id":1}', 'jsonl'],
    ['a.json', '[{"id":1}]', 'json'],
    ['a.json', '{\n  "data": []\n}', 'json'],
    ['a.json', '{"id":1}\n{"id":2}\n', 'jsonl'], // JSON Lines under a .json name
    ['a.csv', 'id,title,abstract\n', 'csv'],
    ['a.tsv', 'id\ttitle\tabstract\n', 'tsv'],
    ['a.xml', '<?xml version="1.0"?><feed>', 'atom'],
    ['refs.bib', '@article{x,', 'bibtex'],
  ] as const)('%s by extension -> %s', (name, head, want) => {
    expect(detectFormat(name, head)).toBe(want);
  });

  it.each([
    ['[{"id":1}]', 'json'],
    ['{"id":1,"abstract":"a"}\n{"id":2}', 'jsonl'],
    ['{\n  "results": [\n', 'json'],
    ['<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>', 'atom'],
    ['% refs\n@inproceedings{k,\n title={T}}', 'bibtex'],
    ['Abstract: something.\n\nAbstract: more.', 'abstract-lines'],
    ['Title: T\nAbstract: something.', 'abstract-lines'],
    ['"id","Title","Summary"\n', 'csv'],
    ['ID\tTitle\tAbstract\n', 'tsv'],
    ['new\n\nDaily Papers\n\nbyAK and the research community\n', 'hf-daily'],
    [`A Title\n\n${'word '.repeat(60)}\n`, 'hf-daily'],
    ['\uFEFF[{"id":1}]', 'json'],
  ] as const)('sniffs %j -> %s', (head, want) => {
    expect(detectFormat('input', head)).toBe(want);
    expect(detectFormat('input.txt', head)).toBe(want);
  });

  it('gives up on text it does not know', () => {
    expect(detectFormat('notes.txt', 'hello\nworld\n')).toBeUndefined();
    expect(detectFormat('x', '')).toBeUndefined();
    expect(detectFormat('broken.json', 'garbage')).toBe('json'); // so the reader reports where it breaks
  });
});
