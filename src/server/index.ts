// The read-only HTTP API and the explorer's static files, on plain node:http.
// The graph is loaded once at start; everything derived from it is computed once and served from memory.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignLayout } from '../../graph/layout.js';
import { graphStats, type PaperGraph } from '../../graph/model.js';
import type { GraphStore } from '../stores/store.js';
import type { SearchPayload } from './api-types.js';
import { createExploreApi } from './explore-api.js';
import type { EntityGraphOptions } from './explore.js';
import { send, sendError, sendJson } from './http.js';
import { contentType, isAppRoute, resolveStaticPath } from './static.js';
import { buildSearchIndex, MAX_QUERY_LENGTH, nodeDetails, search } from './views.js';

export interface ServerOptions {
  store: GraphStore;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built explorer; defaults to <repo>/dist/web. */
  webRoot?: string;
  /** Caps of the entity graph (the default view of big graphs). */
  entityGraph?: EntityGraphOptions;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The package root, found from this module whether it runs from src/ (tsx) or dist/src/ (built). */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'papergraph') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    if (dirname(dir) === dir) return resolve(from, '../..');
  }
}

export const defaultWebRoot = () => join(packageRoot(), 'dist', 'web');

// The explorer only loads its own bundle and talks to this API; a CSP makes any injected markup inert.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// A fixed page: the server never builds HTML from data.
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>papergraph: explorer not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The papergraph explorer is not built</h1>
<p>The API is up (try <a href="/api/stats">/api/stats</a>), but the web app's files are missing.</p>
<p>Run <code>npm run build</code> (or <code>npx vite build</code>) in the papergraph folder, then reload this page.</p>
</body></html>
`;

/**
 * The explorer never lays out in the browser, so a graph whose stored positions are missing (an older store,
 * a store that does not keep them) is laid out once here, on a copy: serving never changes the store's graph.
 */
export function withPositions(graph: PaperGraph): PaperGraph {
  const missing = graph.someNode(
    (_k, a) => a.label !== 'Result' && !(Number.isFinite(a.x) && Number.isFinite(a.y)),
  );
  if (!missing) return graph;
  const copy = graph.copy();
  assignLayout(copy);
  return copy;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store, host = '127.0.0.1', port = 0 } = options;
  const webRoot = resolve(options.webRoot ?? defaultWebRoot());

  const graph = withPositions(await store.load());
  const statsJson = JSON.stringify(graphStats(graph));
  const searchIndex = buildSearchIndex(graph);
  const searchCache = new Map<string, string>();
  const explore = createExploreApi(graph, store, options.entityGraph);
  explore.warm();

  function handleApi(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (explore.handles(url.pathname)) return explore.handle(req, res, url);
    switch (url.pathname) {
      case '/api/stats':
        return sendJson(req, res, 200, statsJson);
      case '/api/node': {
        const key = url.searchParams.get('key');
        if (!key)
          return sendError(req, res, 400, 'E_USAGE', 'missing ?key= (a node key such as "Method:lora")');
        const details = nodeDetails(graph, key);
        if (!details)
          return sendError(
            req,
            res,
            404,
            'E_NOT_FOUND',
            `no paper or entity with key ${JSON.stringify(key)}`,
          );
        return sendJson(req, res, 200, JSON.stringify(details));
      }
      case '/api/search': {
        const query = (url.searchParams.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
        const limit = Math.min(50, Math.max(1, Number(url.searchParams.get('limit')) || 20));
        // Autocomplete asks for every prefix as the user types; short prefixes are the costly ones on a
        // big graph (a scan of every name), and the same ones come back for every user.
        const cacheKey = `${limit}\u0000${query}`;
        let json = searchCache.get(cacheKey);
        if (json === undefined) {
          const payload: SearchPayload = { query, hits: search(searchIndex, query, limit) };
          json = JSON.stringify(payload);
          if (searchCache.size >= 2_000) searchCache.delete(searchCache.keys().next().value as string);
          searchCache.set(cacheKey, json);
        }
        return sendJson(req, res, 200, json);
      }
      default:
        return sendError(req, res, 404, 'E_NOT_FOUND', `unknown endpoint ${url.pathname}`);
    }
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse, file: string) {
    const body = await readFile(file);
    const isHtml = file.endsWith('.html');
    send(req, res, 200, body, {
      'content-type': contentType(file),
      // Vite's assets carry a content hash in their names; everything else must be revalidated.
      'cache-control': file.startsWith(join(webRoot, 'assets') + sep)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(isHtml ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
    });
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL) {
    const index = join(webRoot, 'index.html');
    if (!existsSync(index)) {
      return send(req, res, 503, NOT_BUILT_PAGE, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      });
    }
    const file = resolveStaticPath(webRoot, url.pathname);
    if (!file) return send(req, res, 400, 'bad path\n', { 'content-type': 'text/plain; charset=utf-8' });
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return serveFile(req, res, file);
    if (info?.isDirectory() && existsSync(join(file, 'index.html')))
      return serveFile(req, res, join(file, 'index.html'));
    if (isAppRoute(url.pathname)) return serveFile(req, res, index);
    return send(req, res, 404, 'not found\n', { 'content-type': 'text/plain; charset=utf-8' });
  }

  const server = createServer((req, res) => {
    const handle = async (): Promise<void> => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        return sendError(
          req,
          res,
          405,
          'E_USAGE',
          `${req.method ?? 'this method'} is not allowed: the API is read-only`,
        );
      }
      let url: URL;
      try {
        // Concatenated, not resolved against a base: "//host/x" must stay a path, not become another host.
        const raw = req.url ?? '/';
        url = new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw);
      } catch {
        return sendError(req, res, 400, 'E_USAGE', 'malformed request URL');
      }
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(req, res, url);
      return handleStatic(req, res, url);
    };
    handle().catch((e: unknown) => {
      // Details stay in the server log; the client gets a generic message.
      console.error(`papergraph server: ${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}`);
      if (!res.headersSent) sendError(req, res, 500, 'E_INTERNAL', 'internal server error');
      else res.destroy();
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((e) => (e ? fail(e) : ok()));
        // Keep-alive connections from a browser would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
