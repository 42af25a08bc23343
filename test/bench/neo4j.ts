// npm run bench:neo4j [-- --limit N]: the corpus graph into a real Neo4j three ways, and query latency.
//  1. papergraph's batched writer (UNWIND ... MERGE, one transaction per batch), the whole corpus;
//  2. a naive writer, one row per transaction, on a sample (extrapolated: the full run would take hours);
//  3. neo4j-admin's bulk CSV import of the same graph (papergraph export --format csv).
// Then the docs/schema.md example queries on the loaded graph: p50 / p95 over repeated runs.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { neo4jAdminImport, startNeo4j } from '../../neo4j/server.mjs';
import { graphRows, edgeStatement, nodeStatement } from '../../graph/cypher.js';
import { exportFiles } from '../../graph/export.js';
import { createGraph, mergeExtraction, refreshDerived } from '../../graph/model.js';
import { runQuery } from '../../src/stores/neo4j-query.js';
import { Neo4jStore } from '../../src/stores/neo4j.js';
import { docQueries } from '../helpers/doc-queries.js';
import { extractCorpus, limitArg } from './corpus.js';

const NAIVE_SAMPLE = 300;
const BATCH = Number(process.env.PAPERGRAPH_BENCH_BATCH ?? 5000);
const JAVA_OPTS = process.env.NEO4J_JAVA_OPTS ?? '-Xms1g -Xmx4g';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

const { items, seconds: extractSeconds } = await extractCorpus(limitArg());
console.log(`extracted ${fmt(items.length)} papers in ${extractSeconds.toFixed(1)} s (not counted below)`);

// 1. Batched writer.
const server = await startNeo4j({ javaOpts: JAVA_OPTS });
const store = await Neo4jStore.connect({ uri: server.uri });
await store.ensureSchema();
let started = performance.now();
for (let i = 0; i < items.length; i += BATCH) {
  await store.write(items.slice(i, i + BATCH));
  if (process.stderr.isTTY)
    process.stderr.write(`\r  batched: ${fmt(Math.min(i + BATCH, items.length))} papers`);
}
await store.commit();
const batchedSeconds = (performance.now() - started) / 1000;
const stats = await store.stats();
const nodes = stats.papers + stats.results + Object.values(stats.entities).reduce((a, b) => a + b, 0);
const rels = Object.values(stats.relations).reduce((a, b) => a + b, 0);
const rows = nodes + rels;
if (process.stderr.isTTY) process.stderr.write('\n');

// Query latency on the loaded graph.
const latencies: { title: string; p50: number; p95: number; rows: number }[] = [];
for (const q of docQueries()) {
  const times: number[] = [];
  let answerRows = 0;
  for (let i = 0; i < 23; i++) {
    const t = performance.now();
    const answer = await runQuery(store.driver, q.cypher, { params: q.params });
    if (i >= 3) times.push(performance.now() - t); // the first runs warm the plan cache
    answerRows = answer.rows.length;
  }
  latencies.push({
    title: q.title,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    rows: answerRows,
  });
}

await store.close();
await server.stop();

const batchedRate = rows / batchedSeconds;
console.log(
  `\ngraph: ${fmt(stats.papers)} papers, ${fmt(nodes)} nodes, ${fmt(rels)} relationships (${fmt(rows)} rows)`,
);
console.log(
  `papergraph batched writer: ${fmt(batchedRate)} rows/s, ${batchedSeconds.toFixed(1)} s for the whole graph\n`,
);
console.log('query (docs/schema.md)                                          p50 ms   p95 ms   rows');
for (const l of latencies) {
  const title = l.title.slice(0, 62).padEnd(62);
  console.log(
    `${title} ${l.p50.toFixed(1).padStart(7)} ${l.p95.toFixed(1).padStart(8)} ${String(l.rows).padStart(6)}`,
  );
}

// 2. Naive writer on a sample, into an empty database of its own.
const naiveServer = await startNeo4j({ javaOpts: JAVA_OPTS });
const naiveStore = await Neo4jStore.connect({ uri: naiveServer.uri });
await naiveStore.ensureSchema();
const sample = createGraph();
for (const item of items.slice(0, NAIVE_SAMPLE)) mergeExtraction(sample, item);
const sampleRows = graphRows(sample);
let naiveRows = 0;
started = performance.now();
const session = naiveStore.driver.session({ defaultAccessMode: neo4j.session.WRITE });
try {
  for (const [label, list] of sampleRows.nodes) {
    for (const row of list) {
      await session.executeWrite((tx) => tx.run(nodeStatement(label, '[$row]'), { row }));
      naiveRows++;
    }
  }
  for (const group of sampleRows.edges) {
    for (const row of group.rows) {
      await session.executeWrite((tx) =>
        tx.run(edgeStatement(group.type, group.source, group.target, '[$row]'), { row }),
      );
      naiveRows++;
    }
  }
} finally {
  await session.close();
}
const naiveRate = naiveRows / ((performance.now() - started) / 1000);
await naiveStore.close();
await naiveServer.stop();

// 3. neo4j-admin bulk import of the same graph, from papergraph's CSV export.
const graph = createGraph();
for (const item of items) mergeExtraction(graph, item);
refreshDerived(graph);
const csvDir = mkdtempSync(join(tmpdir(), 'papergraph-bench-csv-'));
for (const [name, text] of exportFiles(graph, 'csv')) writeFileSync(join(csvDir, name), text);
const files = readdirSync(csvDir);
const home = mkdtempSync(join(tmpdir(), 'papergraph-bench-import-'));
started = performance.now();
await neo4jAdminImport({
  home,
  cwd: csvDir,
  args: [
    '--multiline-fields=true',
    '--array-delimiter=;',
    ...files.filter((f) => f.startsWith('nodes_')).map((f) => `--nodes=${f}`),
    ...files.filter((f) => f.startsWith('rels_')).map((f) => `--relationships=${f}`),
  ],
});
const importSeconds = (performance.now() - started) / 1000;
rmSync(csvDir, { recursive: true, force: true });
rmSync(home, { recursive: true, force: true });

const row = (name: string, rate: number, seconds: string, ratio: string) =>
  console.log(`${name.padEnd(38)} ${fmt(rate).padStart(9)} ${seconds.padStart(10)}   ${ratio}`);
console.log('\nwriter                                    rows/s   total time   vs batched');
row(`papergraph batched (UNWIND, ${BATCH}/tx)`, batchedRate, `${batchedSeconds.toFixed(1)} s`, '1.0x');
row(
  `naive, 1 row/tx (${NAIVE_SAMPLE}-paper sample)`,
  naiveRate,
  `${(rows / naiveRate).toFixed(0)} s*`,
  `${(batchedRate / naiveRate).toFixed(1)}x slower`,
);
row(
  'neo4j-admin database import (CSV)',
  rows / importSeconds,
  `${importSeconds.toFixed(1)} s`,
  `${(batchedSeconds / importSeconds).toFixed(1)}x faster (offline: the database must be stopped)`,
);
console.log('* extrapolated from the sample to the whole graph');
