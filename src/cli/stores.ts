// Chooses the store a command works on: the embedded default, or Neo4j with --neo4j / NEO4J_URI.
import { PapergraphError } from '../domain/errors.js';
import { DEFAULT_STORE_DIR, EmbeddedStore } from '../stores/embedded.js';
import { Neo4jStore, neo4jConfigFromEnv, type Neo4jConfig } from '../stores/neo4j.js';
import type { GraphStore } from '../stores/store.js';
import type { Io } from './io.js';

export interface StoreFlags {
  store?: string | undefined;
  neo4j?: boolean | undefined;
}

export function neo4jConfig(io: Io): Neo4jConfig {
  const config = neo4jConfigFromEnv(io.env);
  if (!config) {
    throw new PapergraphError('E_NEO4J_UNAVAILABLE', 'no Neo4j configured: NEO4J_URI is not set', {
      hint: 'start one with `bash neo4j/neo4j.sh start` (it prints the URI) or point NEO4J_URI at yours (with NEO4J_USERNAME, NEO4J_PASSWORD)',
    });
  }
  return config;
}

/** --store picks the embedded store explicitly; otherwise --neo4j or NEO4J_URI picks Neo4j. */
export async function openStore(flags: StoreFlags, io: Io): Promise<GraphStore> {
  const wantsNeo4j = flags.neo4j || (!flags.store && Boolean(io.env.NEO4J_URI));
  if (wantsNeo4j) return Neo4jStore.connect(neo4jConfig(io));
  return new EmbeddedStore(flags.store ?? io.env.PAPERGRAPH_STORE ?? DEFAULT_STORE_DIR);
}
