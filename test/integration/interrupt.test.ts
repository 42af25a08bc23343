// A run interrupted at any point — papergraph killed with SIGKILL, or Neo4j killed under it — and simply
// re-run ends with exactly the counts of an uninterrupted run. Real processes, real kills.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, type RunningNeo4j } from '../../neo4j/server.mjs';
import { Neo4jStore } from '../../src/stores/neo4j.js';
import type { GraphStats } from '../../graph/model.js';
import { writeCorpusSample } from '../helpers/corpus-sample.js';
import { repoRoot } from '../helpers/paths.js';
import { neo4jSkipReason, neo4jUri } from './neo4j-env.js';

const PAPERS = 600;

function ingest(uri: string, file: string): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', file, '--neo4j', '--batch', '50'],
    {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
}

const finished = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

async function papersIn(store: Neo4jStore): Promise<number> {
  const { records } = await store.driver.executeQuery('MATCH (p:Paper) RETURN count(p) AS n');
  return records[0]!.get('n') as number;
}

async function until(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for the ingest to make progress');
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Uses a Neo4j of its own (it kills it), so it runs whether or not NEO4J_URI points elsewhere.
describe.skipIf(!neo4jUri)(`interrupted ingests ${neo4jSkipReason}`, () => {
  let server: RunningNeo4j;
  let store: Neo4jStore;
  let dataDir: string;
  let file: string;
  let expected: GraphStats;

  const connect = async () => (store = await Neo4jStore.connect({ uri: server.uri }));
  const reset = async () => {
    await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-interrupt-'));
    file = join(dir, 'papers.jsonl');
    await writeCorpusSample(file, PAPERS);
    dataDir = join(dir, 'neo4j');
    server = await startNeo4j({ dataDir });
    await connect();
    expect(await finished(ingest(server.uri, file))).toBe(0);
    expected = await store.stats();
    expect(expected.papers).toBe(PAPERS);
  });

  afterAll(async () => {
    await store?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('papergraph killed with SIGKILL mid-ingest, then re-run', async () => {
    await reset();
    const child = ingest(server.uri, file);
    await until(async () => (await papersIn(store)) >= 150);
    child.kill('SIGKILL');
    await finished(child);
    expect(await papersIn(store)).toBeLessThan(PAPERS);
    expect(await finished(ingest(server.uri, file))).toBe(0);
    expect(await store.stats()).toEqual(expected);
  });

  it('Neo4j killed with SIGKILL mid-ingest, restarted, then re-run', async () => {
    await reset();
    const child = ingest(server.uri, file);
    const exit = finished(child);
    await until(async () => (await papersIn(store)) >= 150);
    process.kill(server.pid, 'SIGKILL');
    await store.close().catch(() => undefined);
    // Back on the same port: the running ingest may ride out the outage with the driver's retries, or fail;
    // either way a plain re-run must end where an uninterrupted run does.
    const port = Number(new URL(server.uri).port);
    server = await startNeo4j({ dataDir, port });
    await connect();
    await exit;
    expect(await finished(ingest(server.uri, file))).toBe(0);
    expect(await store.stats()).toEqual(expected);
  });
});
