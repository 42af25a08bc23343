// Data from abstracts is untrusted: titles and evidence with markup must show as text and never run.
import { rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { fixtureGraph, keyOf, memoryStore, XSS_TITLE } from '../unit/server/fixture.js';
import {
  buildWeb,
  chromiumStatus,
  launchChromium,
  screenshotPath,
  waitReady,
  watchErrors,
} from './helpers.js';

const status = chromiumStatus();

describe.runIf(status.available || status.mustFail)('explorer: untrusted text', () => {
  let browser: Browser;
  let server: RunningServer;
  let webRoot: string;
  let page: Page;
  let errors: string[];
  const graph = fixtureGraph();

  beforeAll(async () => {
    if (!status.available) throw new Error(`CI requires Chromium for the end-to-end tests: ${status.reason}`);
    webRoot = await buildWeb();
    server = await startServer({ store: memoryStore(graph), webRoot });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    errors = watchErrors(page);
    await page.goto(server.url);
    await waitReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  const xssFired = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

  it('shows a hostile title as text in search results and the panel', async () => {
    await page.fill('#search', '<script>');
    const hit = page.locator('#search-results .hit').first();
    await hit.waitFor();
    expect(await hit.locator('.hit-name').textContent()).toBe(XSS_TITLE);
    await hit.dispatchEvent('mousedown');

    const heading = page.locator('#panel h2');
    await expect.poll(() => heading.textContent()).toBe(XSS_TITLE);
    expect(await page.evaluate(() => window.papergraph.selected)).toBe(keyOf(graph, XSS_TITLE));
    // Nothing from the title became an element, and the javascript: URL did not become a link.
    expect(await page.locator('#panel img, #panel script, #search-results img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    writeFileSync(screenshotPath('xss-paper.png'), await page.screenshot());
    expect(await xssFired()).toBeUndefined();
  });

  it('shows hostile evidence sentences as text', async () => {
    await page.fill('#search', 'EvilNet');
    await page.locator('#search-results .hit').first().waitFor();
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('EvilNet');
    const evidence = page.locator('#panel .evidence').first();
    expect(await evidence.textContent()).toBe('We propose EvilNet <script>window.__xss=1</script>.');
    expect(await evidence.locator('mark').textContent()).toBe('EvilNet');

    await page.fill('#search', 'LoRA');
    await page.locator('#search-results .hit').first().waitFor();
    await page.press('#search', 'Enter');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('LoRA');
    const texts = await page.locator('#panel .paper .evidence').allTextContents();
    expect(texts).toContain('We use LoRA <b>everywhere</b> <img src=x onerror="window.__xss=1">.');
    expect(await page.locator('#panel .paper-title').allTextContents()).toContain(XSS_TITLE);
    expect(await page.locator('#panel img, #panel b, #panel script').count()).toBe(0);
    writeFileSync(screenshotPath('xss-entity.png'), await page.screenshot());
    expect(await xssFired()).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

if (!status.available && !status.mustFail) {
  describe('explorer: untrusted text', () => it.skip(`skipped: ${status.reason}`, () => {}));
}
