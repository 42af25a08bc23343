// Every example query in docs/schema.md runs on the seed graph in a real Neo4j and returns what it says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/stores/neo4j-query.js';
import { ingestFiles } from '../../src/pipeline.js';
import type { Neo4jStore } from '../../src/stores/neo4j.js';
import { docQueries } from '../helpers/doc-queries.js';
import { seedFiles } from '../helpers/paths.js';
import { freshNeo4jStore, neo4jSkipReason, neo4jUri } from './neo4j-env.js';

describe.skipIf(!neo4jUri)(`docs/schema.md example queries ${neo4jSkipReason}`, () => {
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await freshNeo4jStore();
    await ingestFiles(seedFiles(), store);
  });
  afterAll(async () => {
    await store?.close();
  });

  const queries = docQueries();
  it('documents at least five queries', () => expect(queries.length).toBeGreaterThanOrEqual(5));

  it.each(queries.map((q) => [q.title, q] as const))('%s', async (_title, q) => {
    const answer = await runQuery(store.driver, q.cypher, { params: q.params });
    const returned = /RETURN ([\s\S]*?)(?: ORDER BY| LIMIT|$)/.exec(q.cypher)![1]!;
    const aliases = returned.split(',').map((c) =>
      c
        .trim()
        .split(/\s+AS\s+/i)
        .pop()!,
    );
    expect(answer.columns).toEqual(aliases);
  });

  it('the most-used benchmarks query finds the seed benchmarks', async () => {
    const answer = await runQuery(store.driver, queries[0]!.cypher);
    expect(answer.rows.length).toBeGreaterThan(5);
  });
});
