// Starts a real Neo4j for the integration tests (neo4j/server.mjs runs Neo4j's embedded jars with Bolt)
// unless NEO4J_URI points at one. In CI a Neo4j that cannot be started fails the run instead of skipping.
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jSkipReason: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    project.provide('neo4jSkipReason', '');
    return;
  }
  try {
    const { startNeo4j } = await import('../../neo4j/server.mjs');
    const server = await startNeo4j();
    project.provide('neo4jUri', server.uri);
    project.provide('neo4jSkipReason', '');
    return async () => server.stop();
  } catch (e) {
    if (process.env.CI)
      throw new Error(`CI needs a real Neo4j and none could be started: ${(e as Error).message}`, {
        cause: e,
      });
    project.provide('neo4jUri', '');
    project.provide('neo4jSkipReason', `no Neo4j: ${(e as Error).message}`);
  }
}
