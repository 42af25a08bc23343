// A layout computed once when the graph changes and kept with it, so the explorer never lays out on load.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PaperGraph } from './model.js';

/** Deterministic pseudo-random start positions from the node key (FNV-1a), so layouts are reproducible. */
function seededPoint(key: string): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const a = (h >>> 0) / 4294967296;
  const b = (Math.imul(h, 2654435761) >>> 0) / 4294967296;
  return { x: (a - 0.5) * 100, y: (b - 0.5) * 100 };
}

/** Assigns x/y to papers and entities (results are not drawn). Iterations shrink as the graph grows. */
export function assignLayout(graph: PaperGraph, options: { iterations?: number } = {}): void {
  const view = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((key, attrs) => {
    if (attrs.label === 'Result') return;
    const start =
      attrs.x !== undefined && attrs.y !== undefined ? { x: attrs.x, y: attrs.y } : seededPoint(key);
    view.addNode(key, start);
  });
  graph.forEachEdge((_e, _a, source, target) => {
    if (view.hasNode(source) && view.hasNode(target) && !view.hasEdge(source, target))
      view.addEdge(source, target);
  });
  if (view.order === 0) return;
  const iterations = options.iterations ?? (view.order < 2_000 ? 300 : view.order < 20_000 ? 80 : 30);
  const settings = { ...forceAtlas2.inferSettings(view), barnesHutOptimize: view.order > 500 };
  const positions = forceAtlas2(view, { iterations, settings });
  for (const [key, { x, y }] of Object.entries(positions)) {
    graph.mergeNodeAttributes(key, { x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 });
  }
}
