// The Neo4j the global setup started (or NEO4J_URI), for integration tests.
import { inject } from 'vitest';
import { Neo4jStore } from '../../src/stores/neo4j.js';

export const neo4jUri = inject('neo4jUri');
export const neo4jSkipReason = inject('neo4jSkipReason');

export const neo4jEnv = (): NodeJS.ProcessEnv => ({
  NEO4J_URI: neo4jUri,
  ...(process.env.NEO4J_USERNAME ? { NEO4J_USERNAME: process.env.NEO4J_USERNAME } : {}),
  ...(process.env.NEO4J_PASSWORD ? { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD } : {}),
});

export async function freshNeo4jStore(): Promise<Neo4jStore> {
  const env = neo4jEnv();
  const store = await Neo4jStore.connect({
    uri: neo4jUri,
    ...(env.NEO4J_USERNAME ? { username: env.NEO4J_USERNAME } : {}),
    ...(env.NEO4J_PASSWORD ? { password: env.NEO4J_PASSWORD } : {}),
  });
  await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
  return store;
}
