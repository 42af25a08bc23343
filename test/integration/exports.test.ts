// Every export format, from the Neo4j store and the embedded one, read back by tools we did not write:
// graphology-gexf, graphology-graphml, Python networkx, and Neo4j itself replaying the Cypher script.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jAdminImport, startNeo4j } from '../../neo4j/server.mjs';
import { Neo4jStore } from '../../src/stores/neo4j.js';
import { ingestFiles } from '../../src/pipeline.js';
import { runCli } from '../helpers/cli.js';
import { networkxCounts } from '../helpers/networkx.js';
import { seedFiles } from '../helpers/paths.js';
import { freshNeo4jStore, neo4jEnv, neo4jSkipReason, neo4jUri } from './neo4j-env.js';

describe.skipIf(!neo4jUri)(`exports from Neo4j ${neo4jSkipReason}`, () => {
  let store: Neo4jStore;
  let nodes: number;
  let edges: number;
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-export-'));

  beforeAll(async () => {
    store = await freshNeo4jStore();
    await ingestFiles(seedFiles(), store);
    const g = await store.load();
    nodes = g.order;
    edges = g.size;
    expect(nodes).toBeGreaterThan(100);
  });
  afterAll(async () => {
    await store?.close();
  });

  const exportTo = async (format: string, extra: string[] = []) => {
    const out = join(dir, `graph-${format}-${extra.length}.${format}`);
    const run = await runCli(['export', '--neo4j', '--format', format, '--out', out, ...extra], neo4jEnv());
    expect(run.code, run.stderr).toBe(0);
    return out;
  };

  it('GEXF reads back in graphology-gexf and networkx with equal counts', async () => {
    const file = await exportTo('gexf');
    const g = parseGexf(Graph, readFileSync(file, 'utf8'));
    expect([g.order, g.size]).toEqual([nodes, edges]);
    expect(networkxCounts(file, 'gexf')).toEqual({ nodes, edges });
  });

  it('GraphML reads back in graphology-graphml and networkx with equal counts', async () => {
    const file = await exportTo('graphml');
    const g = parseGraphml(Graph, readFileSync(file, 'utf8'));
    expect([g.order, g.size]).toEqual([nodes, edges]);
    expect(networkxCounts(file, 'graphml')).toEqual({ nodes, edges });
  });

  it('graphology JSON imports with equal counts', async () => {
    const file = await exportTo('json');
    const g = new Graph({ multi: false, type: 'directed' });
    g.import(JSON.parse(readFileSync(file, 'utf8')));
    expect([g.order, g.size]).toEqual([nodes, edges]);
  });

  it('a subgraph around one benchmark holds only its neighbourhood', async () => {
    const full = await store.load();
    const bench = full.findNode((_k, a) => a.label === 'Benchmark' && a.paperCount >= 1);
    expect(bench).toBeDefined();
    const name = full.getNodeAttribute(bench!, 'name' as never) as string;
    const file = await exportTo('json', ['--focus', name, '--depth', '1']);
    const g = new Graph({ type: 'directed' });
    g.import(JSON.parse(readFileSync(file, 'utf8')));
    expect(g.hasNode(bench!)).toBe(true);
    expect(g.order).toBe(1 + full.neighbors(bench!).length);
  });

  it('--cypher selects the nodes and relationships a query returns', async () => {
    const file = await exportTo('json', [
      '--cypher',
      'MATCH (p:Paper)-[r:EVALUATES_ON]->(b:Benchmark) RETURN p, r, b',
    ]);
    const g = new Graph({ type: 'directed' });
    g.import(JSON.parse(readFileSync(file, 'utf8')));
    const full = await store.load();
    const expected = full.filterEdges((_e, a) => a.type === 'EVALUATES_ON');
    expect(g.size).toBe(expected.length);
    g.forEachNode((_k, a) => expect(['Paper', 'Benchmark']).toContain(a.label));
  });

  it('the CSV imports with neo4j-admin into a fresh Neo4j with equal counts', async () => {
    const before = await store.stats();
    const csvDir = join(dir, 'csv');
    const run = await runCli(['export', '--neo4j', '--format', 'csv', '--out', csvDir], neo4jEnv());
    expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(csvDir);
    const args = [
      '--multiline-fields=true',
      '--array-delimiter=;',
      ...files.filter((f) => f.startsWith('nodes_')).map((f) => `--nodes=${f}`),
      ...files.filter((f) => f.startsWith('rels_')).map((f) => `--relationships=${f}`),
    ];
    const home = mkdtempSync(join(tmpdir(), 'papergraph-import-'));
    await neo4jAdminImport({ home, args, cwd: csvDir });
    const server = await startNeo4j({ dataDir: home });
    const imported = await Neo4jStore.connect({ uri: server.uri });
    try {
      expect(await imported.stats()).toEqual(before);
    } finally {
      await imported.close();
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('the Cypher script replayed into an emptied Neo4j gives equal counts', async () => {
    const before = await store.stats();
    const file = await exportTo('cypher');
    await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
    const statements = readFileSync(file, 'utf8')
      .split(/;\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    const session = store.driver.session();
    try {
      for (const statement of statements) await session.run(statement);
    } finally {
      await session.close();
    }
    expect(await store.stats()).toEqual(before);
  });
});
