// Data from abstracts is untrusted: titles and evidence with markup must show as text and never run.
import { rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { FIXTURE, fixtureGraph, keyOf, memoryStore, XSS_TITLE } from '../unit/server/fixture.js';
import type { PaperExtraction } from '../../graph/model.js';
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
  // Hostile entity names, result values and sentences for the matrix and the leaderboard.
  const EVIL_METHOD = '<img src=x onerror="window.__xss=1">Net';
  const EVIL_BENCH = '<svg onload="window.__xss=1">Bench';
  const EVIL_TITLE = 'Second <iframe src="javascript:window.__xss=1"></iframe> paper';
  const EVIL_VALUE = '<b>99%</b>';
  const EVIL_SENTENCE = `${EVIL_METHOD} scores ${EVIL_VALUE} on ${EVIL_BENCH} <iframe src="javascript:window.__xss=1">.`;
  const hostile: PaperExtraction = {
    paper: {
      id: 'evil-2',
      title: EVIL_TITLE,
      abstract: EVIL_SENTENCE,
      date: '2024-02-01',
      source: { file: 'evil.jsonl', line: 2, format: 'jsonl' },
    },
    extraction: {
      id: 'evil-2',
      title: EVIL_TITLE,
      entities: [
        {
          type: 'Method',
          name: EVIL_METHOD,
          aliases: [],
          role: 'proposed',
          mentions: [EVIL_METHOD],
          evidence: EVIL_SENTENCE,
        },
        {
          type: 'Benchmark',
          name: EVIL_BENCH,
          aliases: [],
          role: 'used',
          mentions: [EVIL_BENCH],
          evidence: EVIL_SENTENCE,
        },
      ],
      results: [
        {
          subject: EVIL_METHOD,
          metric: null,
          value: EVIL_VALUE,
          benchmark: EVIL_BENCH,
          kind: 'absolute',
          evidence: EVIL_SENTENCE,
        },
      ],
    },
  };
  const graph = fixtureGraph([...FIXTURE, hostile]);

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

  const noMarkup = async () => {
    expect(
      await page.locator('main img, main script, main iframe, main svg, main b, #search-results img').count(),
    ).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await xssFired()).toBeUndefined();
  };

  it('shows hostile names in the matrix and its cell papers as text', async () => {
    await page.click('.tabs [data-view="matrix"]');
    await expect.poll(() => page.locator('#matrix tbody th .link').allTextContents()).toContain(EVIL_METHOD);
    expect(await page.locator('#matrix thead .link').allTextContents()).toContain(EVIL_BENCH);
    const row = keyOf(graph, EVIL_METHOD);
    await page.locator(`#matrix .cell[data-row="${row.replace(/"/g, '\\"')}"]`).click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(`${EVIL_METHOD} × ${EVIL_BENCH}`);
    expect(await page.locator('#panel .paper-title').allTextContents()).toEqual([EVIL_TITLE]);
    expect(await page.locator('#panel .evidence').first().textContent()).toContain(EVIL_SENTENCE);
    writeFileSync(screenshotPath('xss-matrix.png'), await page.screenshot());
    await noMarkup();
  });

  it('shows hostile results and sentences in the leaderboard as text', async () => {
    await page.click('.tabs [data-view="leaderboard"]');
    await page.locator('#bench option').first().waitFor({ state: 'attached' });
    await page.selectOption('#bench', keyOf(graph, EVIL_BENCH));
    await expect.poll(() => page.locator('#board td.value strong').allTextContents()).toEqual([EVIL_VALUE]);
    expect(await page.locator('#board td.subject').textContent()).toBe(EVIL_METHOD);
    expect(await page.locator('#board .paper-link').textContent()).toBe(EVIL_TITLE);
    expect(await page.locator('#board td.evidence').textContent()).toBe(EVIL_SENTENCE);
    expect(await page.locator('#board td.evidence mark').textContent()).toBe(EVIL_VALUE);
    expect(await page.locator('#bench option').allTextContents()).toContain(`${EVIL_BENCH} (1 result)`);
    writeFileSync(screenshotPath('xss-leaderboard.png'), await page.screenshot());
    await noMarkup();
    expect(errors).toEqual([]);
  });
});

if (!status.available && !status.mustFail) {
  describe('explorer: untrusted text', () => it.skip(`skipped: ${status.reason}`, () => {}));
}
