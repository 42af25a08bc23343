// One interface for both stores: the embedded default (local files) and Neo4j.
import type { GraphStats, PaperExtraction, PaperGraph } from '../../graph/model.js';

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Where the graph lives: a folder, or a Bolt URI. */
  readonly location: string;
  /**
   * Adds a batch of papers with their extractions. Re-writing a paper replaces what it said before, so the
   * same input twice leaves identical counts. Nothing is visible to readers until commit().
   */
  write(batch: PaperExtraction[]): Promise<void>;
  /** Recomputes derived facts and makes the writes durable. Without it the store stays as it was. */
  commit(): Promise<void>;
  /** The whole graph as a graphology model. */
  load(): Promise<PaperGraph>;
  stats(): Promise<GraphStats>;
  close(): Promise<void>;
}
