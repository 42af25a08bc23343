// Extraction on worker threads: same output, same order as one thread, from sources and from the built CLI.
// Fixtures: abstracts generated here from templates we wrote; no real paper text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../extract/index.js';
import type { PaperText } from '../../src/domain/types.js';
import {
  CHUNK_SIZE,
  createExtractionPool,
  extractItems,
  type ExtractionPool,
} from '../../src/extract-pool.js';
import type { ReadItem } from '../../src/ingest/index.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

const TEMPLATES = [
  (i: number) =>
    `We propose Lumen${i}, a method for mathematical reasoning. Fine-tuned from Qwen3-8B with GRPO, Lumen${i} reaches ${50 + (i % 40)}.${i % 10}% accuracy on GSM8K and outperforms DPO by ${1 + (i % 7)}.2 points.`,
  (i: number) =>
    `We introduce Vista${i}-Bench, a benchmark for video question answering with ${100 + i} clips. GPT-4o scores ${30 + (i % 50)}.1% while Llama-3-8B reaches ${10 + (i % 30)}.4%.`,
  (i: number) =>
    `Retrieval-augmented generation (RAG) helps open-domain question answering. Our retriever Kite${i} improves recall@10 by ${i % 20}.5% on Natural Questions and HotpotQA.`,
];
const papers: PaperText[] = Array.from({ length: 3 * CHUNK_SIZE + 17 }, (_, i) => ({
  id: `p${i}`,
  title: i % 5 === 0 ? `Paper ${i}: a study` : null,
  abstract: TEMPLATES[i % TEMPLATES.length]!(i),
}));

const tmp = () => mkdtempSync(join(tmpdir(), 'papergraph-pool-'));

describe('extraction pool', () => {
  it('starts two workers and returns what one thread returns, in input order', async () => {
    const pool = createExtractionPool(2);
    try {
      const outcomes = await pool.extract(papers);
      expect(pool.workers).toBe(2);
      expect(outcomes).toEqual(papers.map((p) => ({ extraction: extractPaper(p) })));
    } finally {
      await pool.close();
    }
  });

  it('extracts a small input on this thread without starting a worker', async () => {
    const pool = createExtractionPool(2);
    const outcomes = await pool.extract(papers.slice(0, 10));
    expect(pool.workers).toBe(0);
    expect(outcomes.map((o) => ('extraction' in o ? o.extraction.id : o.failure))).toEqual(
      papers.slice(0, 10).map((p) => p.id),
    );
    await pool.close();
  });

  it('keeps problems in place and turns a paper the extractor failed on into a problem with file:line', async () => {
    // A pool whose extractor fails on one paper: the stream must report it and go on.
    const failing: ExtractionPool = {
      jobs: 1,
      workers: 0,
      close: async () => undefined,
      extract: async (batch) =>
        batch.map((p) => (p.id === 'p3' ? { failure: 'boom' } : { extraction: extractPaper(p) })),
    };
    async function* items(): AsyncGenerator<ReadItem> {
      for (let i = 0; i < 6; i++) {
        if (i === 2) {
          const { PapergraphError } = await import('../../src/domain/errors.js');
          yield {
            problem: new PapergraphError('E_INPUT_RECORD', 'bad JSON', {
              where: { file: 'in.jsonl', line: 3 },
            }),
          };
          continue;
        }
        yield { record: { ...papers[i]!, source: { file: 'in.jsonl', line: i + 1, format: 'jsonl' } } };
      }
    }
    const seen: string[] = [];
    for await (const { item, extraction } of extractItems(items(), failing)) {
      if ('problem' in item) seen.push(`problem ${item.problem.describe()}`);
      else seen.push(`paper ${extraction?.id}`);
    }
    expect(seen[0]).toBe('paper p0');
    expect(seen[1]).toBe('paper p1');
    expect(seen[2]).toBe('problem in.jsonl:3: bad JSON');
    expect(seen[3]).toMatch(/^problem in\.jsonl:4 record p3: the extractor failed on this record \(boom\)/);
    expect(seen.slice(4)).toEqual(['paper p4', 'paper p5']);
  });
});

describe('papergraph extract --jobs', () => {
  const file = join(tmp(), 'papers.jsonl');
  const lines = papers.map((p) => JSON.stringify(p));
  lines.splice(300, 0, '{"id": "broken", "abstract": '); // line 301 does not parse
  writeFileSync(file, `${lines.join('\n')}\n`);

  it('prints the same papers in the same order on two workers as on one thread, and reports the bad line', async () => {
    const one = await runCli(['extract', '--jobs', '1', file]);
    const two = await runCli(['extract', '--jobs', '2', file]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n')).toHaveLength(papers.length);
    expect(two.stderr).toMatch(/skipped: .*papers\.jsonl:301/);
    expect(two.stderr).not.toMatch(/workers could not start/);
  });

  it('the built CLI loads the compiled extractor in its workers', () => {
    const run = (jobs: string) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin/papergraph.js'), 'extract', '--jobs', jobs, file], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    const two = run('2');
    expect(two.stderr).not.toMatch(/workers could not start/);
    expect(two.stdout.trim().split('\n')).toHaveLength(papers.length);
    expect(two.stdout).toBe(run('1').stdout);
  });

  it('rejects a --jobs that is not a whole number from 1 to 64', async () => {
    const run = await runCli(['extract', '--jobs', '0', file]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--jobs 0 is not a whole number/);
  });
});
