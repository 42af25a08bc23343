// The Neo4j store: the same schema as the embedded one, written with batched UNWIND ... MERGE in managed
// transactions (retried by the driver on transient errors). Labels and relationship types in the Cypher text
// come only from graph/schema.ts allow-lists; every value travels as a parameter.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { PapergraphError } from '../domain/errors.js';
import { ENTITY_TYPES, type EntityType } from '../domain/types.js';
import { createGraph, mergeExtraction, type GraphStats, type PaperExtraction, type PaperGraph } from '../../graph/model.js';
import { isNodeLabel, isRelType, type NodeAttributes, type NodeLabel, type RelType } from '../../graph/schema.js';
import type { GraphStore } from './store.js';

export interface Neo4jConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

/** NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE, as the Neo4j tools name them. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv): Neo4jConfig | undefined {
  if (!env.NEO4J_URI) return undefined;
  return {
    uri: env.NEO4J_URI,
    ...(env.NEO4J_USERNAME ? { username: env.NEO4J_USERNAME } : {}),
    ...(env.NEO4J_PASSWORD ? { password: env.NEO4J_PASSWORD } : {}),
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}

export function createDriver(config: Neo4jConfig): Driver {
  const auth =
    config.username || config.password
      ? neo4j.auth.basic(config.username ?? 'neo4j', config.password ?? '')
      : undefined;
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 30_000,
    logging: { level: 'error', logger: () => {} },
  });
}

export async function connectDriver(config: Neo4jConfig): Promise<Driver> {
  const driver = createDriver(config);
  try {
    await driver.getServerInfo();
  } catch (e) {
    await driver.close();
    throw new PapergraphError('E_NEO4J_UNAVAILABLE', `cannot reach Neo4j at ${config.uri}: ${(e as Error).message}`, {
      hint: 'start Neo4j (bash neo4j/neo4j.sh start prints a URI) and set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD',
      cause: e,
    });
  }
  return driver;
}

/** Paper nodes are keyed by `id`, every other label by `key` (the graphology node key). */
const keyProp = (label: NodeLabel) => (label === 'Paper' ? 'id' : 'key');
const graphKey = (label: string, props: Record<string, unknown>) =>
  label === 'Paper' ? `Paper:${String(props.id)}` : String(props.key);
const label = (l: string): NodeLabel => {
  if (!isNodeLabel(l)) throw new PapergraphError('E_STORE', `label ${JSON.stringify(l)} is not in the schema`);
  return l;
};
const relType = (t: string): RelType => {
  if (!isRelType(t)) throw new PapergraphError('E_STORE', `relationship ${JSON.stringify(t)} is not in the schema`);
  return t;
};

const ENTITY_MATCH = ENTITY_TYPES.map((t) => `e:${t}`).join(' OR ');

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  private schemaReady = false;

  private constructor(
    readonly driver: Driver,
    private readonly database: string | undefined,
  ) {
    this.location = 'neo4j';
  }

  static async connect(config: Neo4jConfig): Promise<Neo4jStore> {
    const store = new Neo4jStore(await connectDriver(config), config.database);
    (store as { location: string }).location = config.uri;
    return store;
  }

  private sessionConfig(mode: 'READ' | 'WRITE') {
    return {
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    };
  }

  async ensureSchema(): Promise<void> {
    if (this.schemaReady) return;
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      // Schema commands run in their own auto-commit transactions; IF NOT EXISTS makes them idempotent.
      for (const l of ['Paper', ...ENTITY_TYPES, 'Result'] as NodeLabel[]) {
        const name = `${l.toLowerCase()}_${keyProp(l)}`;
        await session.run(`CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label(l)}) REQUIRE n.${keyProp(l)} IS UNIQUE`);
      }
      for (const l of ENTITY_TYPES) {
        await session.run(`CREATE INDEX ${l.toLowerCase()}_name IF NOT EXISTS FOR (n:${label(l)}) ON (n.name)`);
      }
      await session.run('CREATE INDEX paper_date IF NOT EXISTS FOR (n:Paper) ON (n.date)');
    } finally {
      await session.close();
    }
    this.schemaReady = true;
  }

  async write(batch: PaperExtraction[]): Promise<void> {
    if (!batch.length) return;
    await this.ensureSchema();
    const rows = toRows(batch);
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      // One transaction per batch: a batch is either wholly in the store or not at all.
      await session.executeWrite(async (tx) => writeRows(tx, rows));
    } finally {
      await session.close();
    }
  }

  async commit(): Promise<void> {
    await this.ensureSchema();
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(`MATCH (e) WHERE ${ENTITY_MATCH} SET e.paperCount = COUNT { (:Paper)-->(e) }`);
        await tx.run('MATCH ()-[r:EVALUATED_ON]->() DELETE r');
        await tx.run(
          `MATCH (p:Paper)-[:PROPOSES|USES]->(m:Method), (p)-[:EVALUATES_ON|PROPOSES]->(b:Benchmark)
           WITH m, b, count(DISTINCT p) AS papers
           MERGE (m)-[r:EVALUATED_ON]->(b) SET r.papers = papers`,
        );
        // Entities no paper names any more (after re-ingesting changed papers); families stay while used.
        await tx.run(
          `MATCH (e) WHERE (${ENTITY_MATCH}) AND e.paperCount = 0
             AND NOT EXISTS { MATCH (v)-[:VARIANT_OF]->(e) WHERE v.paperCount > 0 }
           DETACH DELETE e`,
        );
      });
    } finally {
      await session.close();
    }
  }

  async load(): Promise<PaperGraph> {
    const graph = createGraph();
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      const nodes = await session.run('MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS props');
      for (const r of nodes.records) {
        const l = r.get('label') as string;
        if (!isNodeLabel(l)) continue;
        const props = r.get('props') as Record<string, unknown>;
        graph.mergeNode(graphKey(l, props), { ...props, label: l } as unknown as NodeAttributes);
      }
      const rels = await session.run(
        `MATCH (a)-[r]->(b) RETURN labels(a)[0] AS al, properties(a) AS ap, type(r) AS type,
           properties(r) AS props, labels(b)[0] AS bl, properties(b) AS bp`,
      );
      for (const r of rels.records) {
        const type = r.get('type') as string;
        if (!isRelType(type)) continue;
        const source = graphKey(r.get('al') as string, r.get('ap') as Record<string, unknown>);
        const target = graphKey(r.get('bl') as string, r.get('bp') as Record<string, unknown>);
        if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
        graph.mergeDirectedEdgeWithKey(`${source}|${type}|${target}`, source, target, {
          ...(r.get('props') as object),
          type,
        });
      }
    } finally {
      await session.close();
    }
    return graph;
  }

  async stats(): Promise<GraphStats> {
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      const stats: GraphStats = {
        papers: 0,
        entities: { Method: 0, Model: 0, Benchmark: 0, Metric: 0, Technique: 0, Task: 0 },
        results: 0,
        relations: {},
      };
      const labels = await session.run('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n');
      for (const r of labels.records) {
        const l = r.get('label') as string;
        const n = r.get('n') as number;
        if (l === 'Paper') stats.papers = n;
        else if (l === 'Result') stats.results = n;
        else if ((ENTITY_TYPES as readonly string[]).includes(l)) stats.entities[l as EntityType] = n;
      }
      const rels = await session.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
      for (const r of rels.records) stats.relations[r.get('type') as string] = r.get('n') as number;
      return stats;
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

interface BatchRows {
  paperIds: string[];
  nodes: Map<NodeLabel, Record<string, unknown>[]>;
  /** Keyed by "TYPE|SourceLabel|TargetLabel" so each group is one fixed statement. */
  edges: Map<string, { source: string; target: string; props: Record<string, unknown> }[]>;
}

/** Turns a batch into parameter rows, going through the same graph model the embedded store uses. */
function toRows(batch: PaperExtraction[]): BatchRows {
  const graph = createGraph();
  for (const item of batch) mergeExtraction(graph, item);
  const rows: BatchRows = { paperIds: batch.map((b) => b.paper.id), nodes: new Map(), edges: new Map() };
  graph.forEachNode((_key, attrs) => {
    const { label: l, x: _x, y: _y, ...props } = attrs as NodeAttributes & { x?: number; y?: number };
    if (l !== 'Paper' && l !== 'Result') delete (props as { paperCount?: number }).paperCount;
    const list = rows.nodes.get(l) ?? [];
    list.push(withoutNulls(props));
    rows.nodes.set(l, list);
  });
  graph.forEachEdge((_k, attrs, source, target, sa, ta) => {
    const { type, ...props } = attrs;
    const group = `${type}|${sa.label}|${ta.label}`;
    const list = rows.edges.get(group) ?? [];
    list.push({
      source: sa.label === 'Paper' ? sa.id : source,
      target: ta.label === 'Paper' ? ta.id : target,
      props: withoutNulls(props),
    });
    rows.edges.set(group, list);
  });
  return rows;
}

/** Neo4j stores no nulls in properties; dropping them keeps `SET n += row` from failing or erasing. */
function withoutNulls(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

async function writeRows(tx: ManagedTransaction, rows: BatchRows) {
  // Re-ingesting a paper replaces its facts: drop its results and outgoing links first.
  await tx.run(
    `UNWIND $ids AS id MATCH (p:Paper {id: id})
     OPTIONAL MATCH (p)-[:REPORTS]->(r:Result) DETACH DELETE r`,
    { ids: rows.paperIds },
  );
  await tx.run('UNWIND $ids AS id MATCH (p:Paper {id: id})-[rel]->() DELETE rel', { ids: rows.paperIds });

  for (const [l, list] of rows.nodes) {
    const k = keyProp(l);
    if (l === 'Paper' || l === 'Result') {
      await tx.run(`UNWIND $rows AS row MERGE (n:${label(l)} {${k}: row.${k}}) SET n += row`, { rows: list });
    } else {
      // Entities merge across papers: the first name stays, aliases accumulate.
      await tx.run(
        `UNWIND $rows AS row MERGE (n:${label(l)} {key: row.key})
         ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.paperCount = 0
         ON MATCH SET n.aliases = n.aliases + [a IN [row.name] + row.aliases WHERE NOT a IN n.aliases AND a <> n.name]
         SET n.family = coalesce(n.family, row.family)`,
        { rows: list },
      );
    }
  }
  for (const [group, list] of rows.edges) {
    const [type, sl, tl] = group.split('|') as [string, string, string];
    const s = label(sl);
    const t = label(tl);
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${s} {${keyProp(s)}: row.source}) MATCH (b:${t} {${keyProp(t)}: row.target})
       MERGE (a)-[r:${relType(type)}]->(b) SET r += row.props`,
      { rows: list },
    );
  }
}
