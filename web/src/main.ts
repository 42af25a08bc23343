// Boot: read the address, fetch the graph once, build one Sigma instance for the page's life, then wire the
// filters, the views (graph, matrix, leaderboards, Cypher console), the panel and the address bar.
import type Sigma from 'sigma';
import type { GraphStats } from '../../graph/model.js';
import type { DrawnLabel, ServerInfo } from '../../src/server/api-types.js';
import { api } from './api.js';
import { LABEL_COLORS, LABELS } from './colors.js';
import { computeCommunities } from './communities.js';
import { el } from './dom.js';
import { exportPng, exportServer } from './export.js';
import { computeVisibility } from './filters.js';
import { createPanel } from './panel.js';
import { buildGraph, createRenderer, type Looks, type ViewGraph } from './render.js';
import { createSearch } from './search.js';
import { ViewState, type CameraState, type ViewName } from './state.js';
import {
  renderBenchmarkOptions,
  renderCypherTable,
  renderLeaderboard,
  renderMatrix,
  type TableEvents,
} from './tables.js';
import { readHash, writeHash } from './url.js';

/** Read by the end-to-end tests and the benchmark. */
export interface PapergraphHooks {
  ready: boolean;
  nodeCount: number;
  edgeCount: number;
  selected: string | null;
  error: string | null;
  mode: string;
  view: ViewName;
  /** Milliseconds from navigation start to the graph's first drawn frame. */
  firstRenderMs: number | null;
  visibleCount: () => number;
  isVisible: (key: string) => boolean;
  /** The colour a node is drawn with now (after filters and community colouring). */
  nodeColor: (key: string) => string | null;
  communityCount: () => number;
  viewportPosition: (key: string) => { x: number; y: number } | null;
  /** The camera's zoom ratio (1 = whole graph; smaller = zoomed in). */
  cameraRatio: () => number;
  camera: () => CameraState;
  animateCamera: (to: Partial<CameraState>, duration: number) => Promise<void>;
  /** Bumped when a table view or the console has finished drawing new data. */
  renders: Record<string, number>;
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
  mode: '',
  view: 'graph',
  firstRenderMs: null,
  visibleCount: () => 0,
  isVisible: () => false,
  nodeColor: () => null,
  communityCount: () => 0,
  viewportPosition: () => null,
  cameraRatio: () => 1,
  camera: () => ({ x: 0.5, y: 0.5, ratio: 1 }),
  animateCamera: async () => {},
  renders: { matrix: 0, leaderboard: 0, console: 0, pair: 0 },
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
  const buttons = new Map<DrawnLabel, HTMLButtonElement>();
  const paint = () => {
    for (const [label, button] of buttons) {
      const shown = !state.hiddenLabels.has(label);
      button.setAttribute('aria-pressed', String(shown));
      button.classList.toggle('off', !shown);
    }
  };
  root.replaceChildren(
    ...LABELS.filter((l) => counts.has(l)).map((label) => {
      const button = el(
        'button',
        {
          attrs: {
            type: 'button',
            'aria-pressed': 'true',
            'data-label': label,
            title: `Show or hide ${label} nodes`,
          },
        },
        el('span', { className: 'dot' }),
        label,
        el('span', { className: 'count', text: String(counts.get(label) ?? 0) }),
      );
      button.style.setProperty('--label-color', LABEL_COLORS[label]);
      button.addEventListener('click', () => state.toggleLabel(label));
      buttons.set(label, button);
      return el('li', {}, button);
    }),
  );
  paint();
  state.subscribe((change) => {
    if (change === 'filter') paint();
  });
}

function monthBounds(input: HTMLInputElement, months: string[]) {
  if (months.length) {
    input.min = months[0]!;
    input.max = months[months.length - 1]!;
  }
}

async function boot() {
  const status = byId('status');
  const state = new ViewState();
  readHash(location.hash, state);
  const info: ServerInfo = await api.info();
  let mode = state.mode ?? info.defaultMode;
  if (mode === 'full' && !info.fullAvailable) mode = 'entities';
  const [payload, stats] = await Promise.all([
    api.graph(mode),
    api.stats().catch((): GraphStats | null => null),
  ]);
  const graph = buildGraph(payload);
  hooks.mode = payload.mode;

  const looks: Looks = { visibility: computeVisibility(graph, payload.months, state), communities: null };
  const ensureCommunities = () => {
    if (state.communities && !looks.communities) looks.communities = computeCommunities(graph);
  };
  ensureCommunities();

  let detailsRequest: AbortController | null = null;
  const select = (key: string | null, options: { moveCamera?: boolean } = {}) => {
    state.setSelected(key);
    hooks.selected = key;
    detailsRequest?.abort();
    if (!key) return panel.overview(stats);
    if (options.moveCamera && state.view === 'graph') {
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
  const selectPair = (a: string, b: string) => {
    detailsRequest?.abort();
    state.setPair([a, b]);
    hooks.selected = null;
    panel.loading('papers');
    const controller = new AbortController();
    detailsRequest = controller;
    api.pair(a, b, state.from, state.to, controller.signal).then(
      (pair) => {
        if (controller.signal.aborted) return;
        panel.showPair(pair);
        hooks.renders.pair = (hooks.renders.pair ?? 0) + 1;
      },
      (e: Error) => {
        if (e.name !== 'AbortError') panel.error(`Could not load the papers: ${e.message}`);
      },
    );
  };

  const showInGraph = (key: string) => {
    state.setView('graph');
    // The filters must not hide what the user asked to see.
    if (looks.visibility?.hidden.has(key) && graph.hasNode(key)) {
      state.setFilters({ minPapers: 1, topN: 0, from: null, to: null, hidden: [] });
    }
    select(key, { moveCamera: true });
  };

  const panel = createPanel(byId('panel'), {
    onNavigate: (key) => select(key, { moveCamera: true }),
    onClose: () => select(null),
    onShowInGraph: showInGraph,
  });
  const renderer = createRenderer(
    byId('graph'),
    graph,
    state,
    {
      onClickNode: (key) => select(key),
      onClickStage: () => select(null),
    },
    looks,
  );
  const sigma = renderer.sigma as unknown as Sigma;
  const camera = renderer.sigma.getCamera();
  if (state.camera) camera.setState(state.camera);
  renderer.sigma.once('afterRender', () => {
    hooks.firstRenderMs = performance.now();
  });
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  camera.on('updated', () => {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      state.setCamera({ x, y, ratio });
    }, 250);
  });

  // ---- filters ----
  const modeSelect = byId<HTMLSelectElement>('mode');
  modeSelect.value = payload.mode;
  const fullOption = modeSelect.querySelector<HTMLOptionElement>('option[value="full"]');
  if (fullOption) fullOption.disabled = !info.fullAvailable;
  modeSelect.addEventListener('change', () => {
    // Another graph means another layout: rebuild the page from the address.
    state.mode = modeSelect.value === 'full' ? 'full' : 'entities';
    state.camera = null;
    location.hash = writeHash(state);
    location.reload();
  });
  const minInput = byId<HTMLInputElement>('min-papers');
  const topInput = byId<HTMLInputElement>('top-n');
  const fromInput = byId<HTMLInputElement>('date-from');
  const toInput = byId<HTMLInputElement>('date-to');
  const commInput = byId<HTMLInputElement>('communities');
  monthBounds(fromInput, payload.months);
  monthBounds(toInput, payload.months);
  const paintFilters = () => {
    minInput.value = String(state.minPapers);
    topInput.value = state.topN ? String(state.topN) : '';
    fromInput.value = state.from ?? '';
    toInput.value = state.to ?? '';
    commInput.checked = state.communities;
  };
  paintFilters();
  const readFilters = () =>
    state.setFilters({
      minPapers: Number(minInput.value),
      topN: Number(topInput.value),
      from: fromInput.value || null,
      to: toInput.value || null,
    });
  for (const input of [minInput, topInput, fromInput, toInput]) input.addEventListener('change', readFilters);
  byId('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    readFilters();
  });
  commInput.addEventListener('change', () => state.setCommunities(commInput.checked));
  for (const format of ['gexf', 'graphml', 'json'] as const)
    byId(`export-${format}`).addEventListener('click', () => exportServer(format, state));
  byId('export-png').addEventListener('click', () => void exportPng(sigma));

  const paintStatus = () => {
    const shown = looks.visibility?.visible ?? graph.order;
    const what = payload.mode === 'entities' ? 'entity graph: ' : '';
    status.textContent =
      shown === graph.order
        ? `${what}${graph.order} nodes · ${graph.size} edges`
        : `${what}${shown} of ${graph.order} nodes shown · ${graph.size} edges`;
    if (payload.omittedNodes) status.textContent += ` · ${payload.omittedNodes} smaller entities left out`;
  };

  // ---- views ----
  const sections: Record<ViewName, HTMLElement> = {
    graph: byId('view-graph'),
    matrix: byId('view-matrix'),
    leaderboard: byId('view-leaderboard'),
    console: byId('view-console'),
  };
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('.tabs [data-view]')];
  for (const tab of tabs) {
    if (tab.dataset.view === 'console') tab.hidden = !info.cypher;
    tab.addEventListener('click', () => state.setView(tab.dataset.view as ViewName));
  }
  if (state.view === 'console' && !info.cypher) state.view = 'graph';

  const tableEvents: TableEvents = {
    onSelect: (key) => select(key, { moveCamera: false }),
    onCell: (row, col) => selectPair(row, col),
  };
  const matrixRows = byId<HTMLSelectElement>('matrix-rows');
  matrixRows.value = state.matrixRows;
  matrixRows.addEventListener('change', () =>
    state.setDetail({ matrixRows: matrixRows.value === 'Model' ? 'Model' : 'Method' }),
  );
  let matrixShown = '';
  const loadMatrix = async () => {
    const want = `${state.matrixRows}|${state.from}|${state.to}`;
    if (want === matrixShown) return;
    matrixShown = want;
    const m = await api.matrix(state.matrixRows, state.from, state.to);
    renderMatrix(byId<HTMLTableElement>('matrix'), byId('matrix-meta'), m, tableEvents);
    hooks.renders.matrix = (hooks.renders.matrix ?? 0) + 1;
  };
  const benchSelect = byId<HTMLSelectElement>('bench');
  let benchmarksLoaded = false;
  let boardShown = '';
  benchSelect.addEventListener('change', () => state.setDetail({ benchmark: benchSelect.value }));
  const loadLeaderboard = async () => {
    if (!benchmarksLoaded) {
      const list = await api.benchmarks();
      renderBenchmarkOptions(benchSelect, list, state.benchmark);
      benchmarksLoaded = true;
      if (!list.length) {
        byId('board-meta').textContent = 'No results were extracted for any benchmark.';
        return;
      }
    }
    const key = state.benchmark ?? benchSelect.value;
    if (!key || key === boardShown) return;
    boardShown = key;
    benchSelect.value = key;
    const board = await api.leaderboard(key);
    renderLeaderboard(byId<HTMLTableElement>('board'), byId('board-meta'), board, tableEvents);
    hooks.renders.leaderboard = (hooks.renders.leaderboard ?? 0) + 1;
  };

  // Cypher console
  const cypherInput = byId<HTMLTextAreaElement>('cypher');
  const paramsInput = byId<HTMLTextAreaElement>('cypher-params');
  if (state.cypher) cypherInput.value = state.cypher;
  if (state.cypherParams) paramsInput.value = state.cypherParams;
  let consoleSigma: { kill(): void } | null = null;
  let consoleRan = '';
  const runConsole = async () => {
    const query = cypherInput.value.trim();
    const params = paramsInput.value.trim();
    if (!query) return;
    consoleRan = `${query}\u0000${params}`;
    state.setDetail({ cypher: query, cypherParams: params });
    const error = byId('cypher-error');
    const note = byId('cypher-note');
    const table = byId<HTMLTableElement>('cypher-table');
    const container = byId('cypher-graph');
    error.hidden = true;
    note.hidden = true;
    try {
      const answer = await api.cypher(query, params);
      renderCypherTable(table, answer);
      consoleSigma?.kill();
      consoleSigma = null;
      container.replaceChildren();
      if (answer.graph?.nodes.length) {
        const sub = buildGraph({ ...answer.graph, mode: 'full' });
        const subState = new ViewState();
        consoleSigma = createRenderer(container, sub, subState, {
          onClickNode: (key) => select(key),
          onClickStage: () => {},
        }).sigma;
      }
      container.hidden = !answer.graph?.nodes.length;
      if (answer.note) {
        note.textContent = answer.note;
        note.hidden = false;
      }
    } catch (e) {
      table.replaceChildren();
      consoleSigma?.kill();
      consoleSigma = null;
      container.replaceChildren();
      container.hidden = true;
      error.textContent = (e as Error).message;
      error.hidden = false;
    }
    hooks.renders.console = (hooks.renders.console ?? 0) + 1;
  };
  byId('console-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void runConsole();
  });

  const showView = () => {
    hooks.view = state.view;
    for (const [name, section] of Object.entries(sections)) section.hidden = name !== state.view;
    for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.dataset.view === state.view));
    const fail = (e: Error) => panel.error(`Could not load the view: ${e.message}`);
    if (state.view === 'matrix') loadMatrix().catch(fail);
    if (state.view === 'leaderboard') loadLeaderboard().catch(fail);
    if (
      state.view === 'console' &&
      state.cypher &&
      consoleRan !== `${state.cypher}\u0000${state.cypherParams}`
    )
      void runConsole();
    if (state.view === 'graph') {
      renderer.sigma.resize();
      renderer.sigma.refresh();
    }
  };

  // ---- state changes ----
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      history.replaceState(null, '', writeHash(state) || `${location.pathname}${location.search}`);
    }, 80);
  };
  state.subscribe((change) => {
    if (change === 'hover') return;
    if (change === 'filter') {
      looks.visibility = computeVisibility(graph, payload.months, state);
      paintFilters();
      paintStatus();
      renderer.refresh();
      if (state.view === 'matrix') void loadMatrix();
    }
    if (change === 'colour') {
      ensureCommunities();
      paintFilters();
      renderer.refresh();
    }
    if (change === 'view') showView();
    if (change === 'detail') {
      if (state.view === 'matrix') void loadMatrix();
      if (state.view === 'leaderboard') void loadLeaderboard();
    }
    writeUrl();
  });

  byId('zoom-in').addEventListener('click', () => renderer.zoomIn());
  byId('zoom-out').addEventListener('click', () => renderer.zoomOut());
  byId('zoom-fit').addEventListener('click', () => renderer.fit());
  buildLegend(byId('legend'), graph, state);
  createSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-results'), (hit) =>
    showInGraph(hit.key),
  );
  document.addEventListener('keydown', (e) => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === 'Escape' && !typing && (state.selected || state.pair)) select(null);
  });

  // An address edited or pasted into this tab opens its own picture.
  window.addEventListener('hashchange', () => {
    if (location.hash !== writeHash(state)) location.reload();
  });

  // The picture the address asked for.
  if (state.pair) selectPair(state.pair[0], state.pair[1]);
  else if (state.selected) select(state.selected);
  else panel.overview(stats);
  showView();
  paintStatus();

  Object.assign(hooks, {
    nodeCount: graph.order,
    edgeCount: graph.size,
    visibleCount: () => looks.visibility?.visible ?? graph.order,
    isVisible: (key: string) => graph.hasNode(key) && !looks.visibility?.hidden.has(key),
    nodeColor: (key: string) => renderer.sigma.getNodeDisplayData(key)?.color ?? null,
    communityCount: () => looks.communities?.count ?? 0,
    viewportPosition: (key: string) => renderer.viewportPosition(key),
    cameraRatio: () => camera.ratio,
    camera: () => {
      const { x, y, ratio } = camera.getState();
      return { x, y, ratio };
    },
    animateCamera: (to: Partial<CameraState>, duration: number) => camera.animate(to, { duration }),
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
