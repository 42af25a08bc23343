// The explorer over the real seed abstracts: ingest -> store -> server -> Sigma in headless Chromium.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDetails, GraphPayload, SearchPayload } from '../../src/server/api-types.js';
import type { RunningServer } from '../../src/server/index.js';
import { seedFiles } from '../helpers/paths.js';
import {
  chromiumStatus,
  clickNode,
  launchChromium,
  pixelStats,
  screenshotPath,
  serveSeedGraph,
  waitReady,
  watchErrors,
  type SeedExplorer,
} from './helpers.js';

const status = chromiumStatus();

describe.runIf(status.available || status.mustFail)('explorer: seed graph', () => {
  let browser: Browser;
  let seed: SeedExplorer;
  let server: RunningServer;
  let page: Page;
  let errors: string[];
  let drawn: GraphPayload;

  beforeAll(async () => {
    if (!status.available) throw new Error(`CI requires Chromium for the end-to-end tests: ${status.reason}`);
    expect(seedFiles().length).toBeGreaterThan(0);
    seed = await serveSeedGraph();
    server = seed.server;
    drawn = await seed.api<GraphPayload>('api/graph');

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    errors = watchErrors(page);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await seed?.close();
  });

  it('draws every node the API serves', async () => {
    const hooks = await waitReady(page);
    expect(hooks.nodeCount).toBeGreaterThan(50);
    expect(hooks.nodeCount).toBe(drawn.nodes.length);
    expect(await page.locator('#status').textContent()).toBe(
      `${hooks.nodeCount} nodes · ${hooks.edgeCount} edges`,
    );
    expect(hooks.edgeCount).toBeGreaterThan(0);
  });

  it('renders a graph, not a blank canvas', async () => {
    await waitReady(page);
    await page.waitForTimeout(500); // sigma draws on the next animation frames
    const png = await page.locator('#graph').screenshot();
    writeFileSync(screenshotPath('explorer-seed-graph.png'), png);
    writeFileSync(screenshotPath('explorer-seed.png'), await page.screenshot());
    const pixels = await pixelStats(browser, png);
    // Nodes in several type colours, edges and labels: a blank or single-colour canvas fails both.
    expect(pixels.inked).toBeGreaterThan(0.01);
    expect(pixels.colours).toBeGreaterThan(20);
  });

  it('zooms with the buttons and hides a type from the legend', async () => {
    await waitReady(page);
    const ratio = () => page.evaluate(() => window.papergraph.cameraRatio());
    await page.click('#zoom-in');
    await expect.poll(ratio).toBeLessThan(0.9);
    await page.click('#zoom-fit');
    await expect.poll(ratio).toBeCloseTo(1, 2);

    const before = await pixelStats(browser, await page.locator('#graph').screenshot());
    const legendButtons = page.locator('#legend button');
    const count = await legendButtons.count();
    for (let i = 0; i < count; i++) await legendButtons.nth(i).click();
    expect(await page.locator('#legend button[aria-pressed="true"]').count()).toBe(0);
    await page.waitForTimeout(200);
    const hidden = await pixelStats(browser, await page.locator('#graph').screenshot());
    for (let i = 0; i < count; i++) await legendButtons.nth(i).click();
    // With every type hidden only the overlaid controls and legend are left on the canvas.
    expect(hidden.inked).toBeLessThan(before.inked / 3);
    expect(await page.locator('#legend button[aria-pressed="false"]').count()).toBe(0);
  });

  it("opens the panel with a node's papers when it is clicked", async () => {
    await waitReady(page);
    // The best-connected entity is drawn biggest, so it is the easiest to hit.
    const target = drawn.nodes
      .filter((n) => n.label !== 'Paper')
      .sort((a, b) => b.paperCount - a.paperCount)[0];
    expect(target).toBeDefined();
    await clickNode(page, target!.key);
    await expect
      .poll(() => page.evaluate(() => window.papergraph.selected), { timeout: 5_000 })
      .toBe(target!.key);

    const details = await seed.api<EntityDetails>(`api/node?key=${encodeURIComponent(target!.key)}`);
    await expect.poll(() => page.locator('#panel .paper').count()).toBe(details.papers.length);
    expect(await page.locator('#panel h2').textContent()).toBe(details.name);
    const titles = await page.locator('#panel .paper-title').allTextContents();
    expect(titles).toEqual(details.papers.map((p) => p.title ?? p.id));
    await page.waitForTimeout(400);
    writeFileSync(screenshotPath('explorer-seed-selected.png'), await page.screenshot());
  });

  it('finds a node by search and focuses it', async () => {
    await waitReady(page);
    const paper = drawn.nodes.find((n) => n.label === 'Paper' && n.name.length > 12);
    expect(paper).toBeDefined();
    const query = paper!.name.slice(0, 12);
    const { hits } = await seed.api<SearchPayload>(`api/search?q=${encodeURIComponent(query)}`);
    expect(hits.map((h) => h.key)).toContain(paper!.key);

    await page.fill('#search', query);
    const hit = page.locator(`#search-results .hit[data-key="${paper!.key.replace(/"/g, '\\"')}"]`);
    await hit.waitFor();
    await hit.dispatchEvent('mousedown');
    await expect.poll(() => page.evaluate(() => window.papergraph.selected)).toBe(paper!.key);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(paper!.name);
    await page.waitForTimeout(600); // let the camera settle on it
    writeFileSync(screenshotPath('explorer-seed-search.png'), await page.screenshot());
    expect(errors).toEqual([]);
  });
});

if (!status.available && !status.mustFail) {
  describe('explorer: seed graph', () => it.skip(`skipped: ${status.reason}`, () => {}));
}
