// The embedded store killed with SIGKILL at several points of an ingest, then simply re-run: the graph is
// never half-written (atomic rename), the stale lock of the killed run does not block, and the counts equal
// an uninterrupted run's.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../src/stores/embedded.js';
import type { GraphStats } from '../../graph/model.js';
import { writeCorpusSample } from '../helpers/corpus-sample.js';
import { repoRoot, seedFiles } from '../helpers/paths.js';

const PAPERS = 600;

function ingest(store: string, files: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', ...files, '--store', store, '--batch', '100'],
    { cwd: repoRoot, stdio: 'ignore' },
  );
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit };
}

async function stats(dir: string): Promise<GraphStats> {
  const store = new EmbeddedStore(dir);
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

describe('interrupted ingests into the embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-embedded-kill-'));
  const file = join(dir, 'papers.jsonl');
  let expected: GraphStats;

  beforeAll(async () => {
    await writeCorpusSample(file, PAPERS);
    const reference = join(dir, 'reference');
    expect(await ingest(reference, [...seedFiles(), file]).exit).toBe(0);
    expected = await stats(reference);
    expect(expected.papers).toBe(PAPERS + 50);
  });

  it.each([400, 1200, 2500])('killed %i ms into a second ingest, then re-run', async (afterMs) => {
    const store = join(dir, `killed-${afterMs}`);
    expect(await ingest(store, seedFiles()).exit).toBe(0);
    const before = await stats(store);

    const run = ingest(store, [...seedFiles(), file]);
    await new Promise((r) => setTimeout(r, afterMs));
    run.child.kill('SIGKILL');
    await run.exit;
    // Whatever the moment, the store holds a whole graph: the old one or the new one.
    const now = await stats(store);
    expect([before.papers, expected.papers]).toContain(now.papers);

    // The killed run's lock file is stale and must not block the re-run.
    expect(await ingest(store, [...seedFiles(), file]).exit).toBe(0);
    expect(existsSync(join(store, 'lock'))).toBe(false);
    expect(await stats(store)).toEqual(expected);
  });
});
