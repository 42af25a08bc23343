// One interface for both stores: the embedded default (local files) and Neo4j.
import type { GraphStats, PaperExtraction, PaperGraph } from '../../graph/model.js';

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Where the graph lives: a folder, or a Bolt URI. */
  readonly location: string;
  /**
   * Adds a batch of papers with their extractions. Re-writing a paper replaces what it said before, so the
   * same input twice leaves identical counts. The embedded store keeps batches in memory until commit();
   * Neo4j writes each batch in a transaction of its own.
   */
  write(batch: PaperExtraction[]): Promise<void>;
  /** Recomputes derived facts (paper counts, EVALUATED_ON); the embedded store also saves the graph then. */
  commit(): Promise<void>;
  /** The whole graph as a graphology model. */
  load(): Promise<PaperGraph>;
  stats(): Promise<GraphStats>;
  close(): Promise<void>;
}
