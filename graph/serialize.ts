// The versioned on-disk form of the graph. A newer format than this program knows is refused, not guessed at.
import type { SerializedGraph } from 'graphology-types';
import { PapergraphError } from '../src/domain/errors.js';
import { createGraph, type PaperGraph } from './model.js';
import type { EdgeAttributes, NodeAttributes } from './schema.js';

export const GRAPH_FORMAT = 'papergraph-graph';
export const GRAPH_FORMAT_VERSION = 1;

export interface GraphDocument {
  format: typeof GRAPH_FORMAT;
  version: number;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes>;
}

export function toDocument(graph: PaperGraph): GraphDocument {
  return { format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, graph: graph.export() };
}

export function fromDocument(doc: unknown, where: string): PaperGraph {
  const d = doc as Partial<GraphDocument> | null;
  if (!d || d.format !== GRAPH_FORMAT || typeof d.version !== 'number' || !d.graph) {
    throw new PapergraphError('E_STORE', `${where} is not a papergraph graph file`, {
      hint: 'point --store at a folder written by `papergraph ingest`, or remove the file to start afresh',
    });
  }
  if (d.version > GRAPH_FORMAT_VERSION) {
    throw new PapergraphError(
      'E_STORE_VERSION',
      `${where} was written in graph format v${d.version}; this papergraph reads up to v${GRAPH_FORMAT_VERSION}`,
      { hint: 'upgrade papergraph (npm i -g papergraph@latest) to read it' },
    );
  }
  const graph = createGraph();
  graph.import(d.graph);
  return graph;
}
