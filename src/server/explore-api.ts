// The explorer's endpoints beyond node details and search: the graph to draw (full or entity graph), the
// method x benchmark matrix and its cells, leaderboards, exports, and the read-only Cypher console on Neo4j.
// Everything derived from the graph is computed once (lazily) and kept.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { isExportFormat, exportGraph } from '../../graph/export.js';
import { assignLayout } from '../../graph/layout.js';
import type { PaperGraph } from '../../graph/model.js';
import { isNodeLabel, type NodeLabel } from '../../graph/schema.js';
import { selectSubgraph } from '../../graph/subgraph.js';
import { PapergraphError } from '../domain/errors.js';
import type { Neo4jStore } from '../stores/neo4j.js';
import { runQuery } from '../stores/neo4j-query.js';
import type { GraphStore } from '../stores/store.js';
import type { CypherPayload, GraphMode, ServerInfo, ViewPayload } from './api-types.js';
import { layoutOnce } from './entity-layout.js';
import {
  benchmarksWithResults,
  drawnCount,
  entityGraph,
  type EntityGraphOptions,
  FULL_VIEW_DEFAULT_LIMIT,
  FULL_VIEW_MAX_NODES,
  fullView,
  leaderboard,
  methodBenchmarkMatrix,
  paperMonths,
  pairPapers,
} from './explore.js';
import { send, sendError, sendJson } from './http.js';
import { drawGraph } from './views.js';

const gzipAsync = promisify(gzip);

export const CYPHER_MAX_ROWS = 500;
export const CYPHER_MAX_DRAWN = 2_000;
const MAX_CYPHER_LENGTH = 10_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const ENDPOINTS = new Set([
  '/api/info',
  '/api/graph',
  '/api/matrix',
  '/api/pair',
  '/api/benchmarks',
  '/api/leaderboard',
  '/api/export',
  '/api/cypher',
]);

const EXPORT_TYPES: Record<string, string> = {
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function month(url: URL, name: string): string | null {
  const v = url.searchParams.get(name);
  if (!v) return null;
  if (!MONTH.test(v)) throw new HttpError(400, 'E_USAGE', `?${name}= must be a month like 2025-06`);
  return v;
}

/** A small bounded cache for views that depend on query parameters. */
function memo<T>(limit = 16) {
  const map = new Map<string, T>();
  return (key: string, make: () => T): T => {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (map.size >= limit) map.delete(map.keys().next().value as string);
    map.set(key, value);
    return value;
  };
}

export function createExploreApi(
  graph: PaperGraph,
  store: GraphStore,
  entityOptions: EntityGraphOptions = {},
) {
  const drawn = drawnCount(graph);
  const defaultMode: GraphMode = drawn > FULL_VIEW_DEFAULT_LIMIT ? 'entities' : 'full';
  const months = paperMonths(graph);
  let entities = 0;
  let papers = 0;
  graph.forEachNode((_k, a) => {
    if (a.label === 'Paper') papers++;
    else if (a.label !== 'Result') entities++;
  });
  const info: ServerInfo = {
    store: store.kind,
    cypher: store.kind === 'neo4j',
    defaultMode,
    fullAvailable: drawn <= FULL_VIEW_MAX_NODES,
    papers,
    entities,
    months,
  };
  const infoJson = JSON.stringify(info);

  // The two graph views, each built and serialised once, on first use (the entity graph's layout runs in
  // a worker, so requests keep being answered meanwhile).
  const cacheDir =
    store.kind === 'embedded' && store.location !== 'memory' ? join(store.location, 'explorer-cache') : null;
  const views = new Map<GraphMode, Promise<string>>();
  const gzipped = new Map<GraphMode, Promise<Buffer>>();
  const viewGzip = (mode: GraphMode): Promise<Buffer> => {
    let p = gzipped.get(mode);
    if (!p) {
      p = viewJson(mode).then((json) => gzipAsync(json, { level: 6 }));
      p.catch(() => gzipped.delete(mode));
      gzipped.set(mode, p);
    }
    return p;
  };
  const viewJson = (mode: GraphMode): Promise<string> => {
    let p = views.get(mode);
    if (!p) {
      p = (async () => {
        let view: ViewPayload;
        if (mode === 'full') view = fullView(graph);
        else {
          view = entityGraph(graph, entityOptions);
          await layoutOnce(view, cacheDir);
        }
        return JSON.stringify(view);
      })();
      p.catch(() => views.delete(mode));
      views.set(mode, p);
    }
    return p;
  };

  const matrices = memo<string>();
  const pairs = memo<string>(64);
  const boards = memo<string>(64);
  let benchmarksJson: string | undefined;

  async function cypher(url: URL): Promise<CypherPayload> {
    if (store.kind !== 'neo4j') {
      throw new HttpError(
        409,
        'E_NOT_NEO4J',
        'the Cypher console needs the Neo4j store: start the explorer with `papergraph serve --neo4j` (this one serves the embedded store)',
      );
    }
    const q = (url.searchParams.get('q') ?? '').trim();
    if (!q) throw new HttpError(400, 'E_USAGE', 'missing ?q= (a Cypher query)');
    if (q.length > MAX_CYPHER_LENGTH)
      throw new HttpError(400, 'E_USAGE', `the query is longer than ${MAX_CYPHER_LENGTH} characters`);
    let params: Record<string, unknown> = {};
    const rawParams = url.searchParams.get('params');
    if (rawParams) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawParams);
      } catch {
        throw new HttpError(400, 'E_USAGE', '?params= must be a JSON object, e.g. {"bench": "GSM8K"}');
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new HttpError(400, 'E_USAGE', '?params= must be a JSON object, e.g. {"bench": "GSM8K"}');
      params = parsed as Record<string, unknown>;
    }
    const neo = store as Neo4jStore;
    const database = neo.database;
    let answer;
    try {
      answer = await runQuery(neo.driver, q, { params, write: false, limit: CYPHER_MAX_ROWS, database });
    } catch (e) {
      if (e instanceof PapergraphError && e.code === 'E_QUERY') {
        const writes = /the query writes/.test(e.message);
        throw new HttpError(
          writes ? 403 : 400,
          writes ? 'E_READ_ONLY' : 'E_QUERY',
          writes
            ? `the console is read-only: Neo4j refused to run a query that writes (${e.message.replace(/^.*\(([^)]*)\)\s*$/s, '$1')})`
            : e.message,
        );
      }
      throw e;
    }
    let drawnGraph: CypherPayload['graph'] = null;
    let note: string | null = answer.truncated
      ? `showing the first ${CYPHER_MAX_ROWS} rows; add a LIMIT to see a smaller answer drawn`
      : null;
    if (!answer.truncated) {
      const sub = await neo.select(q, params);
      let order = 0;
      sub.forEachNode((_k, a) => {
        if (a.label !== 'Result') order++;
      });
      if (order > CYPHER_MAX_DRAWN)
        note = `the answer has ${order} nodes, more than ${CYPHER_MAX_DRAWN} to draw`;
      else if (order > 0) {
        // Start from the explorer's positions where the node is known; a short layout settles the rest.
        sub.forEachNode((key, a) => {
          if (a.label === 'Result') return;
          if (graph.hasNode(key)) {
            const g = graph.getNodeAttributes(key) as { x?: number; y?: number };
            sub.mergeNodeAttributes(key, { x: g.x, y: g.y } as never);
          } else sub.mergeNodeAttributes(key, { x: undefined, y: undefined } as never);
        });
        assignLayout(sub, { iterations: 60 });
        drawnGraph = drawGraph(sub);
      }
    }
    return { ...answer, graph: drawnGraph, note };
  }

  function exportView(req: IncomingMessage, res: ServerResponse, url: URL) {
    const format = url.searchParams.get('format') ?? 'gexf';
    if (!isExportFormat(format) || !(format in EXPORT_TYPES))
      throw new HttpError(400, 'E_USAGE', '?format= must be gexf, graphml or json');
    const focus = url.searchParams.getAll('focus').filter(Boolean);
    const depthRaw = url.searchParams.get('depth');
    const depth = depthRaw === null ? 1 : Number(depthRaw);
    if (!Number.isInteger(depth) || depth < 0 || depth > 4)
      throw new HttpError(400, 'E_USAGE', '?depth= must be a whole number from 0 to 4');
    const typesRaw = url.searchParams.get('types');
    const types = typesRaw ? typesRaw.split(',').filter(Boolean) : [];
    const bad = types.find((t) => !isNodeLabel(t));
    if (bad) throw new HttpError(400, 'E_USAGE', `unknown node type ${JSON.stringify(bad)} in ?types=`);
    const since = url.searchParams.get('since');
    if (since && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since))
      throw new HttpError(400, 'E_USAGE', '?since= must be a date like 2025-06-01');
    let sub: PaperGraph;
    try {
      sub = selectSubgraph(graph, {
        ...(focus.length ? { focus, depth } : {}),
        ...(types.length ? { types: types as NodeLabel[] } : {}),
        ...(since ? { since } : {}),
      });
    } catch (e) {
      if (e instanceof PapergraphError && e.code === 'E_NOT_FOUND')
        throw new HttpError(404, e.code, e.message);
      throw e;
    }
    const body = exportGraph(sub, format as 'gexf' | 'graphml' | 'json');
    send(req, res, 200, body, {
      'content-type': EXPORT_TYPES[format]!,
      'content-disposition': `attachment; filename="papergraph.${format}"`,
      'cache-control': 'no-store',
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const p = url.searchParams;
    switch (url.pathname) {
      case '/api/info':
        return sendJson(req, res, 200, infoJson);
      case '/api/graph': {
        const mode = (p.get('mode') || defaultMode) as GraphMode;
        if (mode !== 'full' && mode !== 'entities')
          throw new HttpError(400, 'E_USAGE', '?mode= must be full or entities');
        if (mode === 'full' && drawn > FULL_VIEW_MAX_NODES) {
          throw new HttpError(
            413,
            'E_TOO_BIG',
            `the full graph has ${drawn} papers and entities, too many to draw; use the entity graph (?mode=entities) and open papers from the details panel`,
          );
        }
        // Megabytes of JSON for big graphs: sent compressed when the browser accepts it (they all do).
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          return send(req, res, 200, await viewGzip(mode), {
            'content-type': 'application/json; charset=utf-8',
            'content-encoding': 'gzip',
            'cache-control': 'no-store',
            vary: 'accept-encoding',
          });
        }
        return sendJson(req, res, 200, await viewJson(mode));
      }
      case '/api/matrix': {
        const rowLabel = p.get('rows') ?? 'Method';
        if (rowLabel !== 'Method' && rowLabel !== 'Model')
          throw new HttpError(400, 'E_USAGE', '?rows= must be Method or Model');
        const from = month(url, 'from');
        const to = month(url, 'to');
        const maxRows = Math.min(200, Math.max(1, Number(p.get('limit')) || 40));
        const maxCols = Math.min(100, Math.max(1, Number(p.get('cols')) || 25));
        const json = matrices(`${rowLabel}|${from}|${to}|${maxRows}|${maxCols}`, () =>
          JSON.stringify(methodBenchmarkMatrix(graph, { rowLabel, from, to, maxRows, maxCols })),
        );
        return sendJson(req, res, 200, json);
      }
      case '/api/pair': {
        const a = p.get('a');
        const b = p.get('b');
        if (!a || !b) throw new HttpError(400, 'E_USAGE', 'missing ?a= and ?b= (two entity keys)');
        const from = month(url, 'from');
        const to = month(url, 'to');
        const json = pairs(`${a}\u0000${b}\u0000${from}\u0000${to}`, () => {
          const pair = pairPapers(graph, a, b, { from, to });
          return pair ? JSON.stringify(pair) : '';
        });
        if (!json) throw new HttpError(404, 'E_NOT_FOUND', 'no such pair of entities');
        return sendJson(req, res, 200, json);
      }
      case '/api/benchmarks':
        benchmarksJson ??= JSON.stringify(benchmarksWithResults(graph));
        return sendJson(req, res, 200, benchmarksJson);
      case '/api/leaderboard': {
        const key = p.get('benchmark');
        if (!key) throw new HttpError(400, 'E_USAGE', 'missing ?benchmark= (a benchmark key)');
        const json = boards(key, () => {
          const board = leaderboard(graph, key);
          return board ? JSON.stringify(board) : '';
        });
        if (!json) throw new HttpError(404, 'E_NOT_FOUND', `no benchmark with key ${JSON.stringify(key)}`);
        return sendJson(req, res, 200, json);
      }
      case '/api/export':
        return exportView(req, res, url);
      case '/api/cypher':
        return sendJson(req, res, 200, JSON.stringify(await cypher(url)));
    }
  }

  return {
    info,
    handles: (pathname: string) => ENDPOINTS.has(pathname),
    /** Starts building the default view, so the first visitor does not wait for the layout. */
    warm: () => void viewJson(defaultMode).catch(() => {}),
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
      try {
        await route(req, res, url);
      } catch (e) {
        if (e instanceof HttpError) return sendError(req, res, e.status, e.code, e.message);
        throw e;
      }
    },
  };
}
