import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetails, GraphPayload, SearchPayload } from '../../../src/server/api-types.js';
import { startServer, type RunningServer } from '../../../src/server/index.js';
import { fixtureGraph, keyOf, memoryStore } from './fixture.js';

/** A raw request, so paths like /../x reach the server as written (fetch would normalise them). */
function raw(base: string, method: string, path: string) {
  const { hostname, port } = new URL(base);
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((ok, fail) => {
    const req = request({ host: hostname, port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const graph = fixtureGraph();
let web: string;
let server: RunningServer;

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'papergraph-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(web, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(web, 'assets', 'app-123.css'), 'body{}');
  writeFileSync(join(tmpdir(), 'papergraph-secret.txt'), 'secret');
  server = await startServer({ store: memoryStore(graph), webRoot: web });
});

afterAll(async () => {
  await server?.close();
  rmSync(web, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url));

describe('API', () => {
  it('serves the drawable graph as JSON with nosniff', async () => {
    const res = await get('/api/graph');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as GraphPayload;
    expect(body.nodes.length).toBe(graph.filterNodes((_k, a) => a.label !== 'Result').length);
    expect(body.edges.length).toBeGreaterThan(0);
  });

  it('serves stats', async () => {
    const body = (await (await get('/api/stats')).json()) as {
      papers: number;
      entities: Record<string, number>;
    };
    expect(body.papers).toBe(3);
    expect(body.entities.Method).toBe(3);
  });

  it('serves node details and 404s unknown keys as JSON', async () => {
    const key = keyOf(graph, 'LoRA');
    const ok = (await (await get(`/api/node?key=${encodeURIComponent(key)}`)).json()) as EntityDetails;
    expect(ok).toMatchObject({ kind: 'entity', name: 'LoRA', label: 'Method' });
    expect(ok.papers).toHaveLength(3);

    const missing = await get('/api/node?key=Method%3Anope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
    expect(await missing.json()).toEqual({
      error: { code: 'E_NOT_FOUND', message: expect.stringContaining('Method:nope') },
    });

    expect((await get('/api/node')).status).toBe(400);
    expect((await get('/api/nope')).status).toBe(404);
  });

  it('searches', async () => {
    const body = (await (await get('/api/search?q=lora')).json()) as SearchPayload;
    expect(body.query).toBe('lora');
    expect(body.hits[0]?.name).toBe('LoRA');
    expect(((await (await get('/api/search')).json()) as SearchPayload).hits).toEqual([]);
  });

  it('is read-only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(new URL('/api/graph', server.url), { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('answers HEAD without a body', async () => {
    const res = await raw(server.url, 'HEAD', '/api/graph');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
  });
});

describe('static files', () => {
  it('serves files with their content types', async () => {
    const html = await get('/');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await get('/assets/app-123.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    const css = await get('/assets/app-123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toContain('immutable');
  });

  it('falls back to index.html for app routes but 404s missing assets', async () => {
    const route = await get('/some/route');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('refuses path traversal', async () => {
    for (const path of [
      '/../papergraph-secret.txt',
      '/%2e%2e/papergraph-secret.txt',
      '/assets/..%2f..%2fpapergraph-secret.txt',
      '/..%5cpapergraph-secret.txt',
    ]) {
      const res = await raw(server.url, 'GET', path);
      expect(res.body, path).not.toContain('secret');
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('says how to build when the web app is missing', async () => {
    const bare = await startServer({ store: memoryStore(graph), webRoot: join(web, 'does-not-exist') });
    try {
      const res = await fetch(bare.url);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build');
      expect((await fetch(new URL('/api/stats', bare.url))).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
