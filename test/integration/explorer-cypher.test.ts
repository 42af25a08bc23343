// The explorer's Cypher console on the Neo4j store, in headless Chromium against the real Neo4j the global
// setup starts: answers as a table and a drawn subgraph, Neo4j's own error messages, writes refused by the
// read-only session, untrusted text shown as text.
import { rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperExtraction } from '../../graph/model.js';
import type { ApiError, CypherPayload, ServerInfo, ViewPayload } from '../../src/server/api-types.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import type { Neo4jStore } from '../../src/stores/neo4j.js';
import {
  buildWeb,
  chromiumStatus,
  launchChromium,
  pixelStats,
  screenshotPath,
  waitReady,
  watchErrors,
} from '../e2e/helpers.js';
import { FIXTURE, XSS_TITLE } from '../unit/server/fixture.js';
import { freshNeo4jStore, neo4jSkipReason, neo4jUri } from './neo4j-env.js';

const chromium = chromiumStatus();
const EVIL_NAME = '<img src=x onerror="window.__xss=1">Net';

const hostile: PaperExtraction = {
  paper: {
    id: 'evil-3',
    title: 'Plain title',
    abstract: '.',
    date: '2024-03-01',
    source: { file: 'evil.jsonl', line: 3, format: 'jsonl' },
  },
  extraction: {
    id: 'evil-3',
    title: 'Plain title',
    entities: [
      {
        type: 'Method',
        name: EVIL_NAME,
        aliases: [],
        role: 'proposed',
        mentions: [EVIL_NAME],
        evidence: `We propose ${EVIL_NAME}.`,
      },
    ],
    results: [],
  },
};

describe.skipIf(!neo4jUri || !(chromium.available || chromium.mustFail))(
  `explorer: Cypher console on Neo4j ${neo4jSkipReason}`,
  () => {
    let store: Neo4jStore;
    let server: RunningServer;
    let webRoot: string;
    let browser: Browser;
    let page: Page;
    let errors: string[];

    const get = (path: string) => fetch(new URL(path, server.url));
    const cypher = (q: string, params?: object) =>
      get(
        `api/cypher?q=${encodeURIComponent(q)}${params ? `&params=${encodeURIComponent(JSON.stringify(params))}` : ''}`,
      );
    const xssFired = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
    const consoleRuns = () => page.evaluate(() => window.papergraph.renders.console ?? 0);

    async function run(query: string, params = '') {
      const before = await consoleRuns();
      await page.fill('#cypher', query);
      await page.fill('#cypher-params', params);
      await page.click('#cypher-run');
      await expect.poll(consoleRuns).toBe(before + 1);
    }

    beforeAll(async () => {
      if (!chromium.available)
        throw new Error(`CI requires Chromium for the end-to-end tests: ${chromium.reason}`);
      store = await freshNeo4jStore();
      await store.write([...FIXTURE, hostile]);
      await store.commit();
      webRoot = await buildWeb();
      server = await startServer({ store, webRoot });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      errors = watchErrors(page);
      await page.goto(`${server.url}#view=console`);
      await waitReady(page);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
      if (webRoot) rmSync(webRoot, { recursive: true, force: true });
    });

    it('serves the explorer from Neo4j with the console enabled', async () => {
      const info = (await (await get('api/info')).json()) as ServerInfo;
      expect(info).toMatchObject({ store: 'neo4j', cypher: true, papers: 4 });
      const graph = (await (await get('api/graph')).json()) as ViewPayload;
      expect(graph.nodes.some((n) => n.key === 'Method:lora')).toBe(true);
      expect(await page.locator('.tabs [data-view="console"]').isVisible()).toBe(true);
      expect(await page.locator('#view-console').isVisible()).toBe(true);
    });

    it('answers a query with parameters as rows and as a subgraph', async () => {
      const res = await cypher(
        'MATCH (p:Paper)-[r:PROPOSES]->(m:Method) WHERE m.name = $name RETURN p.title AS title, p, r, m',
        { name: 'QLoRA' },
      );
      expect(res.status).toBe(200);
      const answer = (await res.json()) as CypherPayload;
      expect(answer.columns).toEqual(['title', 'p', 'r', 'm']);
      expect(answer.rows).toHaveLength(1);
      expect(answer.rows[0]?.[0]).toBe('QLoRA: Efficient Finetuning of Quantized LLMs');
      expect(answer.graph?.nodes.map((n) => n.key).sort()).toEqual(['Method:qlora', 'Paper:2305.14314']);
      expect(answer.graph?.edges).toEqual([
        { source: 'Paper:2305.14314', target: 'Method:qlora', type: 'PROPOSES' },
      ]);

      await run(
        'MATCH (p:Paper)-[r]->(e:Method) RETURN p.id AS paper, type(r) AS rel, e ORDER BY paper, rel',
      );
      const rows = await page.locator('#cypher-table tbody tr').count();
      const direct = (await (
        await cypher('MATCH (p:Paper)-[r]->(e:Method) RETURN p.id AS paper, type(r) AS rel, e')
      ).json()) as CypherPayload;
      expect(rows).toBe(direct.rows.length);
      expect(await page.locator('#cypher-table thead th').allTextContents()).toEqual(['paper', 'rel', 'e']);
      expect(await page.locator('#cypher-error').isHidden()).toBe(true);
      await page.waitForTimeout(400);
      const png = await page.locator('#cypher-graph').screenshot();
      writeFileSync(screenshotPath('console-neo4j.png'), await page.screenshot());
      const pixels = await pixelStats(browser, png);
      expect(pixels.inked).toBeGreaterThan(0.005);
      expect(pixels.colours).toBeGreaterThan(5);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('cq=');
    });

    it('refuses a write and leaves the graph unchanged', async () => {
      const before = await store.stats();
      const res = await cypher("CREATE (m:Method {key: 'Method:pwned', name: 'pwned'}) RETURN m");
      expect(res.status).toBe(403);
      const body = (await res.json()) as ApiError;
      expect(body.error.code).toBe('E_READ_ONLY');
      expect(body.error.message).toMatch(/read-only/);
      const merge = await cypher('MATCH (m:Method) SET m.name = "x" RETURN m');
      expect(merge.status).toBe(403);
      expect(await store.stats()).toEqual(before);

      await run('MATCH (n) DETACH DELETE n');
      expect(await page.locator('#cypher-error').isVisible()).toBe(true);
      expect(await page.locator('#cypher-error').textContent()).toMatch(/read-only/);
      expect(await page.locator('#cypher-table tr').count()).toBe(0);
      writeFileSync(screenshotPath('console-neo4j-write-refused.png'), await page.screenshot());
      expect(await store.stats()).toEqual(before);
    });

    it("returns Neo4j's message for a syntax error, and rejects bad parameters", async () => {
      const res = await cypher('MATCH (n RETURN n');
      expect(res.status).toBe(400);
      const body = (await res.json()) as ApiError;
      expect(body.error.message).toMatch(/SyntaxError/);
      expect(body.error.message).toMatch(/Invalid input|expected/i);
      await run('MATCH (n RETURN n');
      expect(await page.locator('#cypher-error').textContent()).toMatch(/SyntaxError/);
      const bad = await get(`api/cypher?q=RETURN%201&params=${encodeURIComponent('[1,2]')}`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as ApiError).error.message).toMatch(/JSON object/);
      expect((await get('api/cypher')).status).toBe(400);
    });

    it('bounds the rows it returns', async () => {
      const res = await cypher('UNWIND range(1, 5000) AS i RETURN i');
      const answer = (await res.json()) as CypherPayload;
      expect(answer.rows).toHaveLength(500);
      expect(answer.truncated).toBe(true);
      expect(answer.graph).toBeNull();
      expect(answer.note).toMatch(/first 500 rows/);
    });

    it('shows untrusted text in the console table as text', async () => {
      await run(
        'MATCH (p:Paper) WHERE p.title = $t RETURN p.title AS title, p.url AS url',
        JSON.stringify({ t: XSS_TITLE }),
      );
      expect(await page.locator('#cypher-table tbody td').first().textContent()).toBe(XSS_TITLE);
      expect(await page.locator('#cypher-table tbody td').nth(1).textContent()).toBe(
        'javascript:window.__xss=1',
      );
      await run('MATCH (m:Method) WHERE m.name STARTS WITH "<img" RETURN m.name AS name, m');
      expect(await page.locator('#cypher-table tbody td').first().textContent()).toBe(EVIL_NAME);
      expect(await page.locator('main img, main script, #cypher-table b').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      writeFileSync(screenshotPath('console-neo4j-xss.png'), await page.screenshot());
      expect(await xssFired()).toBeUndefined();
    });

    it('reopens the console with its query from the address', async () => {
      const hash = await page.evaluate(() => location.hash);
      const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await again.goto(`${server.url}${hash}`);
        await waitReady(again);
        await expect.poll(() => again.evaluate(() => window.papergraph.renders.console ?? 0)).toBe(1);
        expect(await again.inputValue('#cypher')).toBe(
          'MATCH (m:Method) WHERE m.name STARTS WITH "<img" RETURN m.name AS name, m',
        );
        expect(await again.locator('#cypher-table tbody td').first().textContent()).toBe(EVIL_NAME);
      } finally {
        await again.close();
      }
      // Failed queries log a 4xx in the console; nothing else may.
      expect(errors.filter((e) => !/status of 40[03]/.test(e))).toEqual([]);
    });
  },
);
