import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  LeaderboardPayload,
  MatrixPayload,
  PairPayload,
  ServerInfo,
  ViewPayload,
} from '../../../src/server/api-types.js';
import { startServer, type RunningServer } from '../../../src/server/index.js';
import { fixtureGraph, memoryStore } from './fixture.js';

const graph = fixtureGraph();
let web: string;
let server: RunningServer;

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'papergraph-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
  server = await startServer({ store: memoryStore(graph), webRoot: web });
});

afterAll(async () => {
  await server?.close();
  rmSync(web, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url));
const json = async <T>(path: string, status = 200): Promise<T> => {
  const res = await get(path);
  expect(res.status, path).toBe(status);
  return (await res.json()) as T;
};

describe('explorer API', () => {
  it('describes the store and the default view', async () => {
    const info = await json<ServerInfo>('api/info');
    expect(info).toMatchObject({
      store: 'embedded',
      cypher: false,
      defaultMode: 'full',
      fullAvailable: true,
    });
    expect(info.months).toEqual(['2021-06', '2023-05', '2024-01']);
  });

  it('serves the full graph by default and the entity graph on request', async () => {
    const full = await json<ViewPayload>('api/graph');
    expect(full.mode).toBe('full');
    expect(full.nodes.some((n) => n.label === 'Paper')).toBe(true);
    const entities = await json<ViewPayload>('api/graph?mode=entities');
    expect(entities.mode).toBe('entities');
    expect(entities.nodes.some((n) => n.label === 'Paper')).toBe(false);
    expect(entities.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(entities.edges.length).toBeGreaterThan(0);
    const bad = await json<ApiError>('api/graph?mode=everything', 400);
    expect(bad.error.message).toMatch(/full or entities/);
  });

  it('serves the matrix, its cells and leaderboards', async () => {
    const m = await json<MatrixPayload>('api/matrix');
    expect(m.rows[0]?.name).toBe('LoRA');
    const models = await json<MatrixPayload>('api/matrix?rows=Model&from=2023-01');
    expect(models.rows.map((r) => r.name)).toEqual(['LLaMA-65B']);
    await json<ApiError>('api/matrix?rows=Paper', 400);
    await json<ApiError>('api/matrix?from=June', 400);
    const pair = await json<PairPayload>(
      `api/pair?a=${encodeURIComponent('Method:lora')}&b=${encodeURIComponent('Benchmark:glue')}`,
    );
    expect(pair.papers).toHaveLength(1);
    await json<ApiError>('api/pair?a=Method%3Alora', 400);
    await json<ApiError>('api/pair?a=Method%3Alora&b=Benchmark%3Anone', 404);
    const board = await json<LeaderboardPayload>('api/leaderboard?benchmark=Benchmark%3Aglue');
    expect(board.rows[0]?.value).toBe('10,000x');
    await json<ApiError>('api/leaderboard?benchmark=Benchmark%3Anone', 404);
    const list = await json<{ key: string }[]>('api/benchmarks');
    expect(list.map((b) => b.key).sort()).toEqual(['Benchmark:glue', 'Benchmark:vicunabenchmark']);
  });

  it('exports the selection as a download in each format', async () => {
    for (const [format, type, start] of [
      ['gexf', 'application/gexf+xml', '<?xml'],
      ['graphml', 'application/graphml+xml', '<?xml'],
      ['json', 'application/json', '{'],
    ] as const) {
      const res = await get(`api/export?format=${format}&focus=QLoRA&depth=1`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="papergraph.${format}"`);
      const body = await res.text();
      expect(body.startsWith(start)).toBe(true);
      expect(body).toContain('QLoRA');
      expect(body).not.toContain('GLUE');
    }
    const typed = JSON.parse(
      await (await get('api/export?format=json&types=Method,Paper&since=2023-01-01')).text(),
    ) as {
      nodes: { attributes: { label: string } }[];
    };
    expect(new Set(typed.nodes.map((n) => n.attributes.label))).toEqual(new Set(['Method', 'Paper']));
    await json<ApiError>('api/export?format=csv', 400);
    await json<ApiError>('api/export?format=gexf&types=Spaceship', 400);
    await json<ApiError>('api/export?format=gexf&focus=NoSuchThing', 404);
  });

  it('has no Cypher console on the embedded store', async () => {
    const res = await json<ApiError>('api/cypher?q=MATCH%20(n)%20RETURN%20n', 409);
    expect(res.error.message).toMatch(/needs the Neo4j store/);
    expect((await fetch(new URL('api/cypher?q=x', server.url), { method: 'POST' })).status).toBe(405);
  });
});
