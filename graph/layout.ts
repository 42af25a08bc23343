// A layout computed once when the graph changes and kept with it, so the explorer never lays out on load.
// Small graphs get ForceAtlas2 over papers and entities. Large ones would take minutes that way, so the
// map is drawn from its core: the most-named entities, linked by how often papers name them together, are
// laid out; papers then sit at the centre of their entities and rarer entities beside their papers.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PaperGraph } from './model.js';

/** Above this many drawn nodes the core layout replaces the full one. */
const FULL_LAYOUT_LIMIT = 6_000;
/** How many entities the core layout places with ForceAtlas2. */
const CORE_SIZE = 8_000;

/** Deterministic pseudo-random numbers from a key (FNV-1a), so layouts are reproducible. */
function hash(key: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

const seededPoint = (key: string) => ({ x: (hash(key) - 0.5) * 100, y: (hash(key, 7) - 0.5) * 100 });

function runForceAtlas2(view: Graph, iterations: number) {
  const settings = { ...forceAtlas2.inferSettings(view), barnesHutOptimize: view.order > 500 };
  return forceAtlas2(view, { iterations, settings, getEdgeWeight: 'weight' });
}

const isDrawn = (label: string) => label !== 'Result';

export function assignLayout(graph: PaperGraph, options: { iterations?: number } = {}): void {
  let drawn = 0;
  graph.forEachNode((_k, a) => {
    if (isDrawn(a.label)) drawn++;
  });
  if (drawn === 0) return;
  if (drawn <= FULL_LAYOUT_LIMIT) fullLayout(graph, options.iterations ?? (drawn < 2_000 ? 300 : 100));
  else coreLayout(graph, options.iterations ?? 60);
}

function startPoint(graph: PaperGraph, key: string) {
  const a = graph.getNodeAttributes(key);
  return a.label !== 'Result' && a.x !== undefined && a.y !== undefined
    ? { x: a.x, y: a.y }
    : seededPoint(key);
}

function fullLayout(graph: PaperGraph, iterations: number) {
  const view = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((key, attrs) => {
    if (isDrawn(attrs.label)) view.addNode(key, startPoint(graph, key));
  });
  graph.forEachEdge((_e, _a, source, target) => {
    if (view.hasNode(source) && view.hasNode(target) && !view.hasEdge(source, target))
      view.addEdge(source, target, { weight: 1 });
  });
  write(graph, runForceAtlas2(view, iterations));
}

function write(graph: PaperGraph, positions: Record<string, { x: number; y: number }>) {
  for (const [key, { x, y }] of Object.entries(positions)) {
    graph.mergeNodeAttributes(key, { x: Number.isFinite(x) ? x : 0, y: Number.isFinite(y) ? y : 0 });
  }
}

function coreLayout(graph: PaperGraph, iterations: number) {
  const entities: { key: string; papers: number }[] = [];
  graph.forEachNode((key, a) => {
    if (a.label !== 'Paper' && a.label !== 'Result') entities.push({ key, papers: a.paperCount });
  });
  entities.sort((a, b) => b.papers - a.papers || (a.key < b.key ? -1 : 1));
  const core = new Set(
    entities
      .slice(0, CORE_SIZE)
      .filter((e) => e.papers >= 2)
      .map((e) => e.key),
  );

  // Entities named together in a paper attract each other, in proportion to how many papers do so.
  const view = new Graph({ type: 'undirected', multi: false });
  for (const key of core) view.addNode(key, startPoint(graph, key));
  graph.forEachNode((paper, a) => {
    if (a.label !== 'Paper') return;
    const named = graph.outNeighbors(paper).filter((n) => core.has(n));
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        view.updateEdge(named[i]!, named[j]!, (attr) => ({
          weight: ((attr.weight as number | undefined) ?? 0) + 1,
        }));
      }
    }
  });
  const positions = runForceAtlas2(view, iterations);
  write(graph, positions);

  // Papers at the centre of their core entities, jittered so papers naming the same ones do not overlap.
  const spread = Math.sqrt(view.order) * 0.5;
  const near = (key: string, points: { x: number; y: number }[]) => {
    const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
    const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
    const angle = hash(key, 3) * 2 * Math.PI;
    const r = spread * (0.2 + hash(key, 5));
    return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
  };
  const placed = new Map<string, { x: number; y: number }>(Object.entries(positions));
  graph.forEachNode((paper, a) => {
    if (a.label !== 'Paper') return;
    const anchors = graph.outNeighbors(paper).flatMap((n) => placed.get(n) ?? []);
    const p = anchors.length
      ? near(paper, anchors)
      : { x: seededPoint(paper).x * spread, y: seededPoint(paper).y * spread };
    placed.set(paper, p);
    graph.mergeNodeAttributes(paper, p);
  });
  // The remaining entities beside the papers that name them.
  for (const { key } of entities) {
    if (core.has(key)) continue;
    const anchors = graph.inNeighbors(key).flatMap((n) => placed.get(n) ?? []);
    const p = anchors.length ? near(key, anchors) : seededPoint(key);
    placed.set(key, p);
    graph.mergeNodeAttributes(key, p);
  }
}
