// The two seed files must read exactly as shared/eval/papers-dev.jsonl (ids, titles, abstracts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPapers } from '../../../src/ingest/index.js';
import { collect, shared } from './helpers.js';

const norm = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, ' ').trim());

describe('seed files vs papers-dev.jsonl', () => {
  it('reads all 50 papers with the same id, title and abstract', async () => {
    const dev = readFileSync(shared('eval', 'papers-dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: string; title: string | null; abstract: string });
    expect(dev).toHaveLength(50);

    const a = await collect(readPapers(shared('seeds', '000_cab2ab4622c36254.txt')));
    const b = await collect(readPapers(shared('seeds', '001_43661742a8ae4f42.txt')));
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(a.records.every((r) => r.source.format === 'abstract-lines')).toBe(true);
    expect(b.records.every((r) => r.source.format === 'hf-daily')).toBe(true);

    const got = [...a.records, ...b.records].map((r) => ({
      id: r.id,
      title: norm(r.title),
      abstract: norm(r.abstract),
    }));
    const want = dev.map((d) => ({ id: d.id, title: norm(d.title), abstract: norm(d.abstract) }));
    expect(got).toEqual(want);
  });

  it('points each Daily Papers record at its title line and keeps dates that have a year', async () => {
    const { records } = await collect(readPapers(shared('seeds', '001_43661742a8ae4f42.txt')));
    const first = records[0];
    expect(first?.source).toMatchObject({ line: 13, format: 'hf-daily' });
    expect(first?.date).toBe('2025-02-25'); // "Feb 25, 2025 5": date then upvotes
    const noYear = records.find((r) => r.id === '001_43661742a8ae4f42#9'); // "Mar 2": no year on the page
    expect(noYear?.date).toBeNull();
  });
});
