// The CLI on the embedded store, end to end on the real seed files in ../shared/seeds.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { seedFiles } from '../helpers/paths.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'papergraph-cli-'));

describe('papergraph CLI on the embedded store', () => {
  let store: string;
  let firstStats: Record<string, unknown>;

  beforeAll(async () => {
    store = join(tmp(), 'store');
    const run = await runCli(['ingest', ...seedFiles(), '--store', store]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    firstStats = JSON.parse((await runCli(['stats', '--json', '--store', store])).stdout);
  });

  it('ingests the 50 seed papers and their entities', () => {
    expect(firstStats.papers).toBe(50);
    const entities = firstStats.entities as Record<string, number>;
    for (const type of ['Method', 'Model', 'Benchmark', 'Metric']) expect(entities[type]).toBeGreaterThan(5);
  });

  it('ingesting the same files again changes no count', async () => {
    expect((await runCli(['ingest', ...seedFiles(), '--store', store])).code).toBe(0);
    const again = JSON.parse((await runCli(['stats', '--json', '--store', store])).stdout);
    expect(again).toEqual(firstStats);
  });

  it('exports GEXF that graphology-gexf reads back with the same counts', async () => {
    const out = join(tmp(), 'graph.gexf');
    expect((await runCli(['export', '--format', 'gexf', '--out', out, '--store', store])).code).toBe(0);
    const back = parseGexf(Graph, readFileSync(out, 'utf8'));
    const json = JSON.parse((await runCli(['export', '--format', 'json', '--store', store])).stdout);
    expect(back.order).toBe(json.nodes.length);
    expect(back.size).toBe(json.edges.length);
  });

  const badFiles: [string, string | Buffer, RegExp][] = [
    ['binary.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00]), /binary\.jsonl/],
    ['empty.jsonl', '', /empty\.jsonl/],
    [
      'truncated.json',
      '[{"id": "a", "title": "T", "abstract": "An abstract"},\n{"id": "b", "tit',
      /truncated\.json:2/,
    ],
  ];

  it.each(badFiles)(
    '%s: one clear error naming the file, non-zero exit, store unchanged',
    async (name, content, where) => {
      const dir = tmp();
      const bad = join(dir, name);
      writeFileSync(bad, content);
      const graphFile = join(store, 'graph.json.gz');
      const before = readFileSync(graphFile);
      const mtime = statSync(graphFile).mtimeMs;
      const run = await runCli(['ingest', ...seedFiles(), bad, '--store', store]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(where);
      expect(
        run.stderr
          .trim()
          .split('\n')
          .filter((l) => !l.startsWith('  hint:')),
      ).toHaveLength(1);
      expect(readFileSync(graphFile).equals(before)).toBe(true);
      expect(statSync(graphFile).mtimeMs).toBe(mtime);
    },
  );

  it('extract prints one JSON object per paper with the output contract', async () => {
    const run = await runCli(['extract', seedFiles()[0]!]);
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['entities', 'id', 'results', 'title']);
      for (const e of row.entities) {
        expect(Object.keys(e)).toEqual(
          expect.arrayContaining(['type', 'name', 'aliases', 'role', 'mentions', 'evidence']),
        );
      }
    }
  });

  it('unknown commands and missing files exit non-zero with a hint', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const missing = await runCli(['ingest', '/nonexistent/file.jsonl', '--store', join(tmp(), 's')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/\/nonexistent\/file\.jsonl/);
  });
});
