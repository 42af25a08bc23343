// Sigma setup: the graph as drawn, and reducers that derive the look from ViewState on every frame.
// The renderer owns no data: hover, selection and filters live in ViewState.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DrawnLabel, GraphMode, ViewPayload } from '../../src/server/api-types.js';
import { DIMMED_NODE, EDGE_COLOR, EDGE_HIGHLIGHT, LABEL_COLORS } from './colors.js';
import type { Communities } from './communities.js';
import type { Visibility } from './filters.js';
import type { ViewState } from './state.js';

// `label` is what sigma writes next to a node; the schema label lives in `kind` (sigma reserves `type`).
export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: DrawnLabel;
  name: string;
  paperCount: number;
  /** Papers: publication month. */
  month: string | null;
  /** Entities: [monthIndex, papers, ...]. */
  hist: number[];
}

export interface EdgeAttrs {
  relation: string;
  size: number;
  color: string;
  weight: number;
}

export type ViewGraph = Graph<NodeAttrs, EdgeAttrs>;

const MAX_LABEL = 36;
/** Graphs bigger than this get the settings for big graphs (points, no edges or labels while moving). */
const BIG_GRAPH_NODES = 500;
/** Graphs bigger than this draw only their LOD_NODES biggest nodes while the camera moves. */
const LOD_MIN_NODES = 2_000;
const LOD_NODES = 1_200;
// Every entity (size >= 5) may carry a label at the initial zoom, papers (size 3) only when zoomed in.
const LABEL_THRESHOLD = 5;
const shortLabel = (name: string) =>
  name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name;

/** Entities grow with the square root of their paper count, so a few hubs do not swamp the view. */
export function nodeSize(
  label: DrawnLabel,
  paperCount: number,
  mode: GraphMode = 'full',
  crowded = false,
): number {
  if (label === 'Paper') return 3;
  // The entity graph spans counts from 1 to thousands: a log scale keeps hubs and the tail both visible.
  // Thousands of entities share the screen, so they start smaller (zooming in spreads them apart).
  const log = Math.log2(1 + Math.max(0, paperCount));
  if (mode === 'entities') return crowded ? Math.min(14, 1.5 + 1.2 * log) : Math.min(16, 2.5 + 1.4 * log);
  return Math.min(22, 5 + 3 * Math.sqrt(Math.max(0, paperCount - 1)));
}

export function buildGraph(payload: Pick<ViewPayload, 'nodes' | 'edges' | 'mode'>): ViewGraph {
  const graph: ViewGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  let maxWeight = 1;
  for (const e of payload.edges) maxWeight = Math.max(maxWeight, e.weight ?? 1);
  for (const n of payload.nodes) {
    graph.addNode(n.key, {
      x: n.x,
      y: n.y,
      size: nodeSize(n.label, n.paperCount, payload.mode, payload.nodes.length > BIG_GRAPH_NODES),
      color: LABEL_COLORS[n.label],
      label: shortLabel(n.name),
      kind: n.label,
      name: n.name,
      paperCount: n.paperCount,
      month: n.month ?? null,
      hist: n.hist ?? [],
    });
  }
  for (const e of payload.edges) {
    // One line per pair is enough to draw; a paper that both uses and compares with X still shows one link.
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    const weight = e.weight ?? 1;
    graph.addEdge(e.source, e.target, {
      relation: e.type,
      size: e.weight ? 0.4 + 1.6 * Math.sqrt(weight / maxWeight) : 0.6,
      color: EDGE_COLOR,
      weight,
    });
  }
  return graph;
}

export interface RendererEvents {
  onClickNode: (key: string) => void;
  onClickStage: () => void;
}

/** What the reducers consult besides the state: the filters' answer and the community colours. */
export interface Looks {
  visibility: Visibility | null;
  communities: Communities | null;
}

export interface Renderer {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Moves the camera onto a node. */
  focus(key: string): void;
  /** Redraws after the filters or colours changed. */
  refresh(): void;
  /** A node's position in pixels relative to the graph container, or null if it is not drawn. */
  viewportPosition(key: string): { x: number; y: number } | null;
}

export function createRenderer(
  container: HTMLElement,
  graph: ViewGraph,
  state: ViewState,
  events: RendererEvents,
  looks: Looks = { visibility: null, communities: null },
): Renderer {
  const big = graph.order > BIG_GRAPH_NODES || graph.size > 10_000;
  // With thousands of entities only the bigger ones are label candidates until the user zooms in.
  const labelThreshold = big ? 6 : LABEL_THRESHOLD;
  let neighbours = new Set<string>();
  const recomputeNeighbours = () => {
    const focus = state.focus;
    neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : new Set();
  };

  // Level of detail for big graphs: while the camera moves only the biggest nodes are drawn (software
  // WebGL pays per node every frame); everything comes back once it rests.
  const lod = graph.order > LOD_MIN_NODES;
  const keepWhileMoving = new Set<string>();
  if (lod) {
    const bySize = graph
      .nodes()
      .sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'));
    for (const key of bySize.slice(0, LOD_NODES)) keepWhileMoving.add(key);
  }
  let moving = false;

  const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const res: Partial<NodeDisplayData> = { ...data };
    if (looks.visibility?.hidden.has(node)) return { ...res, hidden: true };
    if (moving && !keepWhileMoving.has(node) && node !== state.focus && !neighbours.has(node))
      return { ...res, hidden: true };
    if (state.communities && looks.communities)
      res.color = looks.communities.colourOf.get(node) ?? data.color;
    const focus = state.focus;
    if (focus) {
      // Dimmed nodes lose their label, so the label grid gives their cells to the neighbours instead of
      // forcing every neighbour's label on top of each other.
      if (node === focus) Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 2 });
      else if (neighbours.has(node)) res.zIndex = 1;
      else Object.assign(res, { color: DIMMED_NODE, label: null, zIndex: 0 });
    }
    if (node === state.selected) res.highlighted = true;
    return res;
  };

  const edgeReducer = (edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> => {
    const res: Partial<EdgeDisplayData> = { ...data };
    const [source, target] = graph.extremities(edge);
    const hidden = looks.visibility?.hidden;
    if (hidden && (hidden.has(source) || hidden.has(target))) return { ...res, hidden: true };
    const focus = state.focus;
    if (focus) {
      if (source === focus || target === focus)
        Object.assign(res, { color: EDGE_HIGHLIGHT, size: 1.4, zIndex: 1 });
      else res.hidden = true;
    }
    return res;
  };

  // A selection from the address is there before the first frame: its neighbourhood must be too.
  recomputeNeighbours();
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    renderEdgeLabels: false,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2937' },
    // Only nodes drawn at least this big get a label; zooming in reveals the rest. With the grid below (one
    // label per cell, the biggest node's) it keeps labels from piling on top of each other.
    labelRenderedSizeThreshold: state.focus ? 0 : labelThreshold,
    labelDensity: 1,
    labelGridCellSize: 90,
    // Big graphs: edges are drawn when the camera rests, not on every frame of a pan or zoom.
    hideEdgesOnMove: big,
    // Software WebGL (no GPU) pays per vertex: big graphs draw nodes as points and edges as 1px lines.
    ...(big
      ? {
          defaultNodeType: 'point',
          // Nodes keep their size on screen when zooming: zooming in separates a crowded cluster.
          zoomToSizeRatioFunction: () => 1,
          defaultEdgeType: 'line',
          nodeProgramClasses: { point: NodePointProgram },
          edgeProgramClasses: { line: EdgeLineProgram },
        }
      : {}),
    hideLabelsOnMove: big,
    // The page may open on another view, with the graph's container hidden until the user comes back.
    allowInvalidContainer: true,
    minCameraRatio: 0.005,
    maxCameraRatio: 5,
    stagePadding: 40,
  });

  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    state.setHovered(node);
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    state.setHovered(null);
  });
  sigma.on('clickNode', ({ node }) => events.onClickNode(node));
  sigma.on('clickStage', () => events.onClickStage());

  state.subscribe((change) => {
    if (change !== 'hover' && change !== 'select') return;
    recomputeNeighbours();
    // With a focus, any neighbour may be labelled (the grid still spaces them out). The full refresh
    // re-indexes the label grid so it only holds the labels the reducer kept.
    sigma.setSetting('labelRenderedSizeThreshold', state.focus ? 0 : labelThreshold);
    sigma.refresh();
  });

  const camera = sigma.getCamera();
  if (lod) {
    let rest: ReturnType<typeof setTimeout> | undefined;
    camera.on('updated', () => {
      if (!moving) {
        moving = true;
        sigma.refresh({ schedule: true });
      }
      clearTimeout(rest);
      rest = setTimeout(() => {
        moving = false;
        sigma.refresh({ schedule: true });
      }, 180);
    });
  }
  return {
    sigma,
    zoomIn: () => void camera.animatedZoom({ duration: 250 }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
    fit: () => void camera.animatedReset({ duration: 350 }),
    refresh: () => sigma.refresh(),
    focus(key) {
      const shown = sigma.getNodeDisplayData(key);
      if (!shown) return;
      void camera.animate({ x: shown.x, y: shown.y, ratio: Math.min(camera.ratio, 0.4) }, { duration: 450 });
    },
    viewportPosition(key) {
      if (!graph.hasNode(key)) return null;
      const { x, y } = graph.getNodeAttributes(key);
      return sigma.graphToViewport({ x, y });
    },
  };
}
