// The Neo4j store: the same schema as the embedded one, written with batched UNWIND ... MERGE in managed
// transactions (retried by the driver on transient errors). Labels and relationship types in the Cypher text
// come only from graph/schema.ts allow-lists; every value travels as a parameter.
import neo4j, {
  isNode,
  isPath,
  isRelationship,
  Neo4jError,
  type Driver,
  type ManagedTransaction,
} from 'neo4j-driver';
import { PapergraphError } from '../domain/errors.js';
import { ENTITY_TYPES, type EntityType } from '../domain/types.js';
import {
  edgeStatement,
  graphKey,
  graphRows,
  nodeStatement,
  ownedByPaper,
  SCHEMA_STATEMENTS,
  type GraphRows,
} from '../../graph/cypher.js';
import {
  createGraph,
  mergeExtraction,
  type GraphStats,
  type PaperExtraction,
  type PaperGraph,
} from '../../graph/model.js';
import { isNodeLabel, isRelType, type NodeAttributes } from '../../graph/schema.js';
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
    throw new PapergraphError(
      'E_NEO4J_UNAVAILABLE',
      `cannot reach Neo4j at ${config.uri}: ${(e as Error).message}`,
      {
        hint: 'start Neo4j (bash neo4j/neo4j.sh start prints a URI) and set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD',
        cause: e,
      },
    );
  }
  return driver;
}

const MEMORY_POOL_FULL = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

const ENTITY_MATCH = ENTITY_TYPES.map((t) => `e:${t}`).join(' OR ');

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  private schemaReady = false;

  private constructor(
    readonly driver: Driver,
    /** The database queries go to (NEO4J_DATABASE); the server's default when undefined. */
    readonly database: string | undefined,
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
      for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
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
    } catch (e) {
      // A server with a small transaction memory limit: write the batch in halves instead.
      if (!(e instanceof Neo4jError && e.code === MEMORY_POOL_FULL && batch.length > 1)) throw e;
      const half = Math.ceil(batch.length / 2);
      await session.close();
      await this.write(batch.slice(0, half));
      await this.write(batch.slice(half));
    } finally {
      await session.close();
    }
  }

  /**
   * Recomputes derived facts over the whole graph. At corpus scale that touches every entity, so each step
   * commits in slices (CALL ... IN TRANSACTIONS, which needs an auto-commit query) to stay within the
   * server's transaction memory. Interrupted, it leaves derived facts stale until the next ingest.
   */
  async commit(): Promise<void> {
    await this.ensureSchema();
    const session = this.driver.session(this.sessionConfig('WRITE'));
    try {
      await session.run(
        `MATCH (e) WHERE ${ENTITY_MATCH}
         CALL { WITH e SET e.paperCount = COUNT { (:Paper)-->(e) } } IN TRANSACTIONS OF 10000 ROWS`,
      );
      await session.run(
        'MATCH ()-[r:EVALUATED_ON]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS',
      );
      await session.run(
        `MATCH (p:Paper)-[:PROPOSES|USES]->(m:Method), (p)-[:EVALUATES_ON|PROPOSES]->(b:Benchmark)
         WITH m, b, count(DISTINCT p) AS papers
         CALL { WITH m, b, papers MERGE (m)-[r:EVALUATED_ON]->(b) SET r.papers = papers } IN TRANSACTIONS OF 10000 ROWS`,
      );
      // Entities no paper names any more (after re-ingesting changed papers); families stay while used.
      await session.run(
        `MATCH (e) WHERE (${ENTITY_MATCH}) AND e.paperCount = 0
           AND NOT EXISTS { MATCH (v)-[:VARIANT_OF]->(e) WHERE v.paperCount > 0 }
         CALL { WITH e DETACH DELETE e } IN TRANSACTIONS OF 1000 ROWS`,
      );
    } finally {
      await session.close();
    }
  }

  async load(): Promise<PaperGraph> {
    return this.readGraph(
      'MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS props',
      'MATCH (a)-[r]->(b)',
      {},
    );
  }

  /**
   * The subgraph a Cypher query returns: every node, relationship and path in its rows, with the end nodes
   * of the relationships. Runs read-only.
   */
  async select(cypher: string, params: Record<string, unknown> = {}): Promise<PaperGraph> {
    const session = this.driver.session(this.sessionConfig('READ'));
    const nodeIds = new Set<string>();
    const relIds = new Set<string>();
    const visit = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return;
      if (isNode(v)) nodeIds.add(v.elementId);
      else if (isRelationship(v)) relIds.add(v.elementId);
      else if (isPath(v)) for (const seg of v.segments) [seg.start, seg.relationship, seg.end].forEach(visit);
      else if (Array.isArray(v)) v.forEach(visit);
      else Object.values(v).forEach(visit);
    };
    try {
      const result = await session.run(cypher, params);
      for (const record of result.records) record.forEach((v) => visit(v));
    } finally {
      await session.close();
    }
    return this.readGraph(
      `MATCH (n) WHERE elementId(n) IN $nodes OR EXISTS { MATCH (n)-[r]-() WHERE elementId(r) IN $rels }
       RETURN labels(n)[0] AS label, properties(n) AS props`,
      'MATCH (a)-[r]->(b) WHERE elementId(r) IN $rels',
      { nodes: [...nodeIds], rels: [...relIds] },
    );
  }

  private async readGraph(
    nodeQuery: string,
    relMatch: string,
    params: Record<string, unknown>,
  ): Promise<PaperGraph> {
    const graph = createGraph();
    const session = this.driver.session(this.sessionConfig('READ'));
    try {
      const nodes = await session.run(nodeQuery, params);
      for (const r of nodes.records) {
        const l = r.get('label') as string;
        if (!isNodeLabel(l)) continue;
        const props = r.get('props') as Record<string, unknown>;
        graph.mergeNode(graphKey(l, props), { ...props, label: l } as unknown as NodeAttributes);
      }
      const rels = await session.run(
        `${relMatch} RETURN labels(a)[0] AS al, properties(a) AS ap, type(r) AS type,
           properties(r) AS props, labels(b)[0] AS bl, properties(b) AS bp`,
        params,
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

/** Turns a batch into parameter rows, going through the same graph model the embedded store uses. */
function toRows(batch: PaperExtraction[]): { paperIds: string[]; rows: GraphRows } {
  const graph = createGraph();
  for (const item of batch) mergeExtraction(graph, item);
  return { paperIds: batch.map((b) => b.paper.id), rows: graphRows(graph) };
}

async function writeRows(tx: ManagedTransaction, { paperIds, rows }: ReturnType<typeof toRows>) {
  // Re-ingesting a paper replaces its facts: drop its results and outgoing links first.
  await tx.run(
    `UNWIND $ids AS id MATCH (p:Paper {id: id})
     OPTIONAL MATCH (p)-[:REPORTS]->(r:Result) DETACH DELETE r`,
    { ids: paperIds },
  );
  await tx.run('UNWIND $ids AS id MATCH (p:Paper {id: id})-[rel]->() DELETE rel', { ids: paperIds });
  for (const [label, list] of rows.nodes) await tx.run(nodeStatement(label, '$rows'), { rows: list });
  for (const group of rows.edges) {
    const statement = edgeStatement(
      group.type,
      group.source,
      group.target,
      '$rows',
      ownedByPaper(group.source),
    );
    await tx.run(statement, { rows: group.rows });
  }
}
