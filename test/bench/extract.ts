// Extraction bench over the full arXiv corpus: abstracts/s, MB/s, peak RSS, and a compromise baseline.
// usage: npm run bench:extract -- [CORPUS.jsonl.gz] [--baseline N] [--sample K]
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import nlp from 'compromise';
import { createExtractor } from '../../extract/index.js';
import { createExtractionPool, defaultJobs, extractItems } from '../../src/extract-pool.js';
import type { ReadItem } from '../../src/ingest/index.js';
import type { PaperText } from '../../src/domain/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const corpus =
  args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ??
  path.resolve(repoRoot, '../shared/corpora/arxiv_cs_2025-03_to_2026-07.jsonl.gz');
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const baselineCount = flag('--baseline', 2000);
const sampleEvery = flag('--sample', 0);

interface CorpusRow {
  arxiv_id?: string;
  id?: string;
  title?: string | null;
  abstract?: string;
}

async function* papers(): AsyncGenerator<PaperText> {
  const lines = createInterface({
    input: createReadStream(corpus).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as CorpusRow;
    yield { id: row.arxiv_id ?? row.id ?? '', title: row.title ?? null, abstract: row.abstract ?? '' };
  }
}

let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const rssTimer = setInterval(sampleRss, 50);

const all: PaperText[] = [];
const readStart = performance.now();
for await (const p of papers()) all.push(p);
const readMs = performance.now() - readStart;
const bytes = all.reduce((n, p) => n + Buffer.byteLength(p.abstract) + Buffer.byteLength(p.title ?? ''), 0);

const extractor = createExtractor();
let entities = 0;
let results = 0;
let failures = 0;
const start = performance.now();
for (let i = 0; i < all.length; i++) {
  const paper = all[i];
  if (!paper) continue;
  try {
    const out = extractor.extract(paper);
    entities += out.entities.length;
    results += out.results.length;
    if (sampleEvery > 0 && i % sampleEvery === 0) console.log(JSON.stringify(out));
  } catch (err) {
    failures++;
    console.error(`failed on ${paper.id}: ${String(err)}`);
  }
  if ((i & 1023) === 0) sampleRss();
}
const secs = (performance.now() - start) / 1000;
sampleRss();

console.log(
  `corpus: ${all.length} abstracts, ${(bytes / 1e6).toFixed(1)} MB (read+parse ${(readMs / 1000).toFixed(1)} s)`,
);
console.log(
  `papergraph extract on one thread: ${secs.toFixed(2)} s, ${(all.length / secs).toFixed(0)} abstracts/s, ${(bytes / 1e6 / secs).toFixed(1)} MB/s, ` +
    `${entities} entities, ${results} results, ${failures} failures`,
);

// The same extraction streamed through worker threads, as `papergraph extract` and `ingest` run it.
async function* readItems(): AsyncGenerator<ReadItem> {
  for (const [i, p] of all.entries())
    yield { record: { ...p, source: { file: corpus, line: i + 1, format: 'jsonl' } } };
}
const pool = createExtractionPool(defaultJobs());
let pooledResults = 0;
let pooledFailures = 0;
const pStart = performance.now();
for await (const { extraction } of extractItems(readItems(), pool)) {
  if (extraction) pooledResults += extraction.results.length;
  else pooledFailures++;
}
const pSecs = (performance.now() - pStart) / 1000;
const workers = pool.workers;
await pool.close();
sampleRss();
console.log(
  `papergraph extract on ${workers || 1} worker thread(s): ${pSecs.toFixed(2)} s, ${(all.length / pSecs).toFixed(0)} abstracts/s, ` +
    `${(bytes / 1e6 / pSecs).toFixed(1)} MB/s (worker start-up included), ${pooledResults} results, ${pooledFailures} failures`,
);

const extractPeakRss = peakRss;
console.log(
  `peak RSS after extraction: ${(extractPeakRss / 1e6).toFixed(0)} MB (the whole corpus is held in memory too)`,
);

// Baseline: compromise's full tagger on the first N abstracts, extrapolated to the corpus.
const baseline = all.slice(0, baselineCount);
const bStart = performance.now();
for (const p of baseline) nlp(`${p.title ?? ''}. ${p.abstract}`).json();
const bSecs = (performance.now() - bStart) / 1000;
const bRate = baseline.length / bSecs;
console.log(
  `compromise nlp().json() baseline: ${baseline.length} abstracts in ${bSecs.toFixed(1)} s, ${bRate.toFixed(0)} abstracts/s, ` +
    `extrapolated ${(all.length / bRate / 60).toFixed(1)} min for the corpus`,
);
sampleRss();
clearInterval(rssTimer);
console.log(`peak RSS overall: ${(peakRss / 1e6).toFixed(0)} MB (includes compromise)`);
