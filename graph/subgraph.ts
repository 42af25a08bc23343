// Selecting a piece of the graph to export or show: around named nodes, by type, by date.
import { PapergraphError } from '../src/domain/errors.js';
import { createGraph, type PaperGraph } from './model.js';
import { displayName } from './export.js';
import type { NodeAttributes, NodeLabel } from './schema.js';

export interface SubgraphSpec {
  /** Names, aliases, titles or node keys to start from (case-insensitive, exact). */
  focus?: string[];
  /** Hops from the focus nodes, following links either way. */
  depth?: number;
  /** Keep only nodes with these labels. */
  types?: NodeLabel[];
  /** Keep only papers dated on or after this ISO date (undated papers are dropped). */
  since?: string;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function namesOf(key: string, a: NodeAttributes): string[] {
  const names = [key, displayName(a)];
  if (a.label === 'Paper') names.push(a.id);
  else if (a.label !== 'Result') names.push(...a.aliases);
  return names;
}

export function findNodes(graph: PaperGraph, names: string[]): string[] {
  const wanted = new Set(names.map(fold));
  const found: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (namesOf(key, attrs).some((n) => wanted.has(fold(n)))) found.push(key);
  });
  return found;
}

export function selectSubgraph(graph: PaperGraph, spec: SubgraphSpec): PaperGraph {
  let keep: Set<string>;
  if (spec.focus?.length) {
    const seeds = findNodes(graph, spec.focus);
    if (!seeds.length) {
      throw new PapergraphError(
        'E_NOT_FOUND',
        `no node is named ${spec.focus.map((f) => JSON.stringify(f)).join(' or ')}`,
        {
          hint: 'check the spelling with `papergraph query` or the explorer search; names match case-insensitively',
        },
      );
    }
    keep = new Set(seeds);
    let frontier = seeds;
    for (let hop = 0; hop < (spec.depth ?? 1); hop++) {
      const next: string[] = [];
      for (const key of frontier) {
        graph.forEachNeighbor(key, (n) => {
          if (!keep.has(n)) {
            keep.add(n);
            next.push(n);
          }
        });
      }
      frontier = next;
    }
  } else keep = new Set(graph.nodes());

  if (spec.since) {
    const since = spec.since;
    const dropped = new Set<string>();
    for (const key of keep) {
      const a = graph.getNodeAttributes(key);
      if (a.label === 'Paper' && (!a.date || a.date < since)) dropped.add(key);
    }
    for (const key of keep) {
      const a = graph.getNodeAttributes(key);
      if (a.label === 'Result' && dropped.has(`Paper:${a.paper}`)) dropped.add(key);
    }
    // Entities stay only while a paper of the period names them.
    for (const key of keep) {
      const a = graph.getNodeAttributes(key);
      if (a.label === 'Paper' || a.label === 'Result' || dropped.has(key)) continue;
      const named = graph
        .inNeighbors(key)
        .some((n) => keep.has(n) && !dropped.has(n) && graph.getNodeAttribute(n, 'label') === 'Paper');
      if (!named) dropped.add(key);
    }
    for (const key of dropped) keep.delete(key);
  }
  if (spec.types?.length) {
    const types = new Set<string>(spec.types);
    for (const key of [...keep]) if (!types.has(graph.getNodeAttribute(key, 'label'))) keep.delete(key);
  }

  const sub = createGraph();
  for (const key of keep) sub.addNode(key, { ...graph.getNodeAttributes(key) });
  graph.forEachEdge((key, attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addDirectedEdgeWithKey(key, source, target, { ...attrs });
  });
  return sub;
}
