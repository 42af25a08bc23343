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
const BATCH = 2000;
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

// 2. Naive writer on a sample, into an emptied database.
await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
const sample = createGraph();
for (const item of items.slice(0, NAIVE_SAMPLE)) mergeExtraction(sample, item);
const sampleRows = graphRows(sample);
let naiveRows = 0;
started = performance.now();
const session = store.driver.session({ defaultAccessMode: neo4j.session.WRITE });
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
await store.close();
await server.stop();

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

const batchedRate = rows / batchedSeconds;
console.log(
  `\ngraph: ${fmt(stats.papers)} papers, ${fmt(nodes)} nodes, ${fmt(rels)} relationships (${fmt(rows)} rows)`,
);
console.log('writer                               rows/s      total time   vs batched');
console.log(
  `papergraph batched (UNWIND, ${BATCH}/tx)   ${fmt(batchedRate).padStart(9)}   ${batchedSeconds.toFixed(1).padStart(8)} s    1.00x`,
);
console.log(
  `naive, 1 row/tx (${NAIVE_SAMPLE}-paper sample)    ${fmt(naiveRate).padStart(9)}   ${(rows / naiveRate).toFixed(0).padStart(8)} s*   ${(batchedRate / naiveRate).toFixed(1)}x slower`,
);
console.log(
  `neo4j-admin database import (CSV)    ${fmt(rows / importSeconds).padStart(9)}   ${importSeconds.toFixed(1).padStart(8)} s    ${(batchedSeconds / importSeconds).toFixed(1)}x faster (offline only)`,
);
console.log('* extrapolated from the sample to the whole graph\n');
console.log('query (docs/schema.md)                                          p50 ms   p95 ms   rows');
for (const l of latencies)
  console.log(
    `${l.title.slice(0, 62).padEnd(62)} ${l.p50.toFixed(1).padStart(7)} ${l.p95.toFixed(1).padStart(8)} ${String(l.rows).padStart(6)}`,
  );
