// The Neo4j store against a real Neo4j server over Bolt: same counts as the embedded store, idempotent,
// read-only queries refused when they write, parameters passed as parameters.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/stores/embedded.js';
import type { Neo4jStore } from '../../src/stores/neo4j.js';
import { ingestFiles } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { seedFiles } from '../helpers/paths.js';
import { freshNeo4jStore, neo4jEnv, neo4jSkipReason, neo4jUri } from './neo4j-env.js';

describe.skipIf(!neo4jUri)(`Neo4j store ${neo4jSkipReason}`, () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await freshNeo4jStore();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('ingests the seeds with the same counts as the embedded store, twice without change', async () => {
    const embedded = new EmbeddedStore(join(mkdtempSync(join(tmpdir(), 'pg-')), 'store'));
    await ingestFiles(seedFiles(), embedded);
    const expected = await embedded.stats();
    await embedded.close();

    await ingestFiles(seedFiles(), store);
    const first = await store.stats();
    expect(first.papers).toBe(50);
    expect(first).toEqual(expected);

    await ingestFiles(seedFiles(), store);
    expect(await store.stats()).toEqual(first);
  });

  it('new papers merge into the entities already stored: file by file equals all at once', async () => {
    const together = await store.stats();
    const [first, second] = seedFiles() as [string, string];
    const incremental = await freshNeo4jStore();
    try {
      await ingestFiles([first], incremental);
      const afterFirst = await incremental.stats();
      expect(afterFirst.papers).toBeLessThan(together.papers);
      await ingestFiles([second], incremental);
      expect(await incremental.stats()).toEqual(together);
    } finally {
      await incremental.close();
    }
  });

  it('the CLI ingests with --neo4j and answers the README query', async () => {
    const env = neo4jEnv();
    const ingest = await runCli(['ingest', ...seedFiles(), '--neo4j'], env);
    expect(ingest.code).toBe(0);
    const run = await runCli(
      [
        'query',
        'MATCH (p:Paper)-[r]->(b:Benchmark) RETURN b.name, count(p) ORDER BY count(p) DESC',
        '--output',
        'json',
      ],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(5);
    const counts = rows.map((r) => r['count(p)'] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('passes --param values as parameters', async () => {
    const run = await runCli(
      [
        'query',
        'MATCH (p:Paper {id: $id}) RETURN p.id AS id',
        '--param',
        'id=000_cab2ab4622c36254#1',
        '--output',
        'json',
      ],
      neo4jEnv(),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ id: '000_cab2ab4622c36254#1' });
  });

  it('bounds the rows and says so when it cuts', async () => {
    const run = await runCli(
      ['query', 'MATCH (p:Paper) RETURN p.id AS id', '--limit', '3', '--output', 'csv'],
      neo4jEnv(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(4); // header + 3 rows
    expect(run.stderr).toMatch(/first 3 rows/);
  });

  it('refuses a write unless --write, and the graph is unchanged', async () => {
    const before = await store.stats();
    const run = await runCli(['query', "CREATE (:Method {key: 'Method:evil', name: 'evil'})"], neo4jEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/read-only/);
    expect(await store.stats()).toEqual(before);
  });

  it("shows a syntax error with Neo4j's message", async () => {
    const run = await runCli(['query', 'MATCH (n RETURN n'], neo4jEnv());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Syntax|Invalid input/i);
  });
});
