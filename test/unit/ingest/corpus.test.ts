// Streaming over the real corpus (shared/corpora, 74,728 papers, 43 MB gz): the first 2,000 records only.
import { describe, expect, it } from 'vitest';
import { readPapers } from '../../../src/ingest/index.js';
import { shared } from './helpers.js';

describe('real corpus', () => {
  it('streams the first 2,000 records of the gz corpus with no problems', async () => {
    const path = shared('corpora', 'arxiv_cs_2025-03_to_2026-07.jsonl.gz');
    let n = 0;
    const ids = new Set<string>();
    for await (const item of readPapers(path)) {
      if ('problem' in item) throw item.problem;
      const r = item.record;
      expect(r.id).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(r.abstract.length).toBeGreaterThan(50);
      expect(r.title).toBeTruthy();
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.source).toEqual({ file: path, line: n + 1, format: 'jsonl' });
      ids.add(r.id);
      if (++n === 2000) break; // stopping early must release the file
    }
    expect(n).toBe(2000);
    expect(ids.size).toBe(2000);
  });
});
