// Boot: fetch the graph once, build one Sigma instance for the page's life, wire search, panel and legend.
import type { GraphStats } from '../../graph/model.js';
import type { DrawnLabel } from '../../src/server/api-types.js';
import { api } from './api.js';
import { LABEL_COLORS, LABELS } from './colors.js';
import { el } from './dom.js';
import { createPanel } from './panel.js';
import { buildGraph, createRenderer, type ViewGraph } from './render.js';
import { createSearch } from './search.js';
import { ViewState } from './state.js';

/** Read by the end-to-end tests. */
export interface PapergraphHooks {
  ready: boolean;
  nodeCount: number;
  edgeCount: number;
  selected: string | null;
  error: string | null;
  viewportPosition: (key: string) => { x: number; y: number } | null;
  /** The camera's zoom ratio (1 = whole graph; smaller = zoomed in). */
  cameraRatio: () => number;
}

declare global {
  interface Window {
    papergraph: PapergraphHooks;
  }
}

const hooks: PapergraphHooks = {
  ready: false,
  nodeCount: 0,
  edgeCount: 0,
  selected: null,
  error: null,
  viewportPosition: () => null,
  cameraRatio: () => 1,
};
window.papergraph = hooks;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

function buildLegend(root: HTMLElement, graph: ViewGraph, state: ViewState) {
  const counts = new Map<DrawnLabel, number>();
  graph.forEachNode((_k, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  root.replaceChildren(
    ...LABELS.filter((l) => counts.has(l)).map((label) => {
      const button = el(
        'button',
        { attrs: { type: 'button', 'aria-pressed': 'true', title: `Show or hide ${label} nodes` } },
        el('span', { className: 'dot' }),
        label,
        el('span', { className: 'count', text: String(counts.get(label) ?? 0) }),
      );
      button.style.setProperty('--label-color', LABEL_COLORS[label]);
      button.addEventListener('click', () => {
        state.toggleLabel(label);
        const shown = !state.hiddenLabels.has(label);
        button.setAttribute('aria-pressed', String(shown));
        button.classList.toggle('off', !shown);
      });
      return el('li', {}, button);
    }),
  );
}

async function boot() {
  const status = byId('status');
  const [payload, stats] = await Promise.all([api.graph(), api.stats().catch((): GraphStats | null => null)]);
  const graph = buildGraph(payload);
  const state = new ViewState();

  let detailsRequest: AbortController | null = null;
  const select = (key: string | null, options: { moveCamera?: boolean } = {}) => {
    state.setSelected(key);
    hooks.selected = key;
    detailsRequest?.abort();
    if (!key) return panel.overview(stats);
    if (options.moveCamera) {
      // The camera moves under a resting pointer without a leave event: the chosen node must win the highlight.
      state.setHovered(null);
      renderer.focus(key);
    }
    panel.loading(graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key);
    const controller = new AbortController();
    detailsRequest = controller;
    api.node(key, controller.signal).then(
      (details) => {
        if (!controller.signal.aborted) panel.show(details);
      },
      (e: Error) => {
        if (e.name !== 'AbortError') panel.error(`Could not load details: ${e.message}`);
      },
    );
  };

  const panel = createPanel(byId('panel'), {
    onNavigate: (key) => select(key, { moveCamera: true }),
    onClose: () => select(null),
  });
  const renderer = createRenderer(byId('graph'), graph, state, {
    onClickNode: (key) => select(key),
    onClickStage: () => select(null),
  });

  byId('zoom-in').addEventListener('click', () => renderer.zoomIn());
  byId('zoom-out').addEventListener('click', () => renderer.zoomOut());
  byId('zoom-fit').addEventListener('click', () => renderer.fit());
  buildLegend(byId('legend'), graph, state);
  createSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-results'), (hit) =>
    select(hit.key, { moveCamera: true }),
  );
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement) && state.selected) select(null);
  });
  panel.overview(stats);

  status.textContent = `${graph.order} nodes · ${graph.size} edges`;
  Object.assign(hooks, {
    nodeCount: graph.order,
    edgeCount: graph.size,
    viewportPosition: (key: string) => renderer.viewportPosition(key),
    cameraRatio: () => renderer.sigma.getCamera().ratio,
    ready: true,
  });
}

boot().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  hooks.error = message;
  const status = document.getElementById('status');
  if (status) {
    status.textContent = `Could not load the graph: ${message}`;
    status.classList.add('error');
  }
});
