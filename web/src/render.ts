// Sigma setup: the graph as drawn, and reducers that derive the look from ViewState on every frame.
// The renderer owns no data: hover, selection and filters live in ViewState.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DrawnLabel, GraphPayload } from '../../src/server/api-types.js';
import { DIMMED_NODE, EDGE_COLOR, EDGE_HIGHLIGHT, LABEL_COLORS } from './colors.js';
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
}

export interface EdgeAttrs {
  relation: string;
  size: number;
  color: string;
}

export type ViewGraph = Graph<NodeAttrs, EdgeAttrs>;

const MAX_LABEL = 36;
// Every entity (size >= 5) may carry a label at the initial zoom, papers (size 3) only when zoomed in.
const LABEL_THRESHOLD = 5;
const shortLabel = (name: string) =>
  name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name;

/** Entities grow with the square root of their paper count, so a few hubs do not swamp the view. */
export function nodeSize(label: DrawnLabel, paperCount: number): number {
  if (label === 'Paper') return 3;
  return Math.min(22, 5 + 3 * Math.sqrt(Math.max(0, paperCount - 1)));
}

export function buildGraph(payload: GraphPayload): ViewGraph {
  const graph: ViewGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const n of payload.nodes) {
    graph.addNode(n.key, {
      x: n.x,
      y: n.y,
      size: nodeSize(n.label, n.paperCount),
      color: LABEL_COLORS[n.label],
      label: shortLabel(n.name),
      kind: n.label,
      name: n.name,
      paperCount: n.paperCount,
    });
  }
  for (const e of payload.edges) {
    // One line per pair is enough to draw; a paper that both uses and compares with X still shows one link.
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    graph.addEdge(e.source, e.target, { relation: e.type, size: 0.6, color: EDGE_COLOR });
  }
  return graph;
}

export interface RendererEvents {
  onClickNode: (key: string) => void;
  onClickStage: () => void;
}

export interface Renderer {
  sigma: Sigma<NodeAttrs, EdgeAttrs>;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Moves the camera onto a node. */
  focus(key: string): void;
  /** A node's position in pixels relative to the graph container, or null if it is not drawn. */
  viewportPosition(key: string): { x: number; y: number } | null;
}

export function createRenderer(
  container: HTMLElement,
  graph: ViewGraph,
  state: ViewState,
  events: RendererEvents,
): Renderer {
  let neighbours = new Set<string>();
  const recomputeNeighbours = () => {
    const focus = state.focus;
    neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : new Set();
  };

  const nodeReducer = (node: string, data: NodeAttrs): Partial<NodeDisplayData> => {
    const res: Partial<NodeDisplayData> = { ...data };
    if (state.hiddenLabels.has(data.kind)) return { ...res, hidden: true };
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
    const hiddenEnd = [source, target].some((n) => state.hiddenLabels.has(graph.getNodeAttribute(n, 'kind')));
    if (hiddenEnd) return { ...res, hidden: true };
    const focus = state.focus;
    if (focus) {
      if (source === focus || target === focus)
        Object.assign(res, { color: EDGE_HIGHLIGHT, size: 1.4, zIndex: 1 });
      else res.hidden = true;
    }
    return res;
  };

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
    labelRenderedSizeThreshold: LABEL_THRESHOLD,
    labelDensity: 1,
    labelGridCellSize: 90,
    minCameraRatio: 0.02,
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

  state.subscribe(() => {
    recomputeNeighbours();
    // With a focus, any neighbour may be labelled (the grid still spaces them out). The full refresh
    // re-indexes the label grid so it only holds the labels the reducer kept.
    sigma.setSetting('labelRenderedSizeThreshold', state.focus ? 0 : LABEL_THRESHOLD);
    sigma.refresh();
  });

  const camera = sigma.getCamera();
  return {
    sigma,
    zoomIn: () => void camera.animatedZoom({ duration: 250 }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 250 }),
    fit: () => void camera.animatedReset({ duration: 350 }),
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
