// The explorer's features over the real seed abstracts, in headless Chromium: filters, communities, the
// matrix and leaderboard views, search autocomplete, exports (incl. PNG), the entity graph and the address
// that reopens the same picture.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntityDetails,
  LeaderboardPayload,
  MatrixPayload,
  PairPayload,
  SearchPayload,
  ViewPayload,
} from '../../src/server/api-types.js';
import type { RunningServer } from '../../src/server/index.js';
import {
  chromiumStatus,
  launchChromium,
  pixelStats,
  repoRoot,
  screenshotPath,
  serveSeedGraph,
  waitReady,
  watchErrors,
  type SeedExplorer,
} from './helpers.js';

const status = chromiumStatus();

/** What the filters should leave, computed from the API's payload the way the explorer documents it. */
function expectedVisible(
  view: ViewPayload,
  f: { min?: number; top?: number; from?: string; to?: string; hide?: string[] },
): Set<string> {
  const ranged = Boolean(f.from || f.to);
  const first = f.from ? view.months.findIndex((m) => m >= f.from!) : 0;
  const last = f.to ? view.months.findLastIndex((m) => m <= f.to!) : view.months.length - 1;
  const shown = new Set<string>();
  const entities: [string, number][] = [];
  for (const n of view.nodes) {
    if (f.hide?.includes(n.label)) continue;
    if (n.label === 'Paper') {
      const m = n.month;
      if (!ranged || (m && (!f.from || m >= f.from) && (!f.to || m <= f.to))) shown.add(n.key);
      continue;
    }
    let count = n.paperCount;
    if (ranged) {
      count = 0;
      const h = n.hist ?? [];
      for (let i = 0; i + 1 < h.length; i += 2) if (h[i]! >= first && h[i]! <= last) count += h[i + 1]!;
    }
    if (((f.min ?? 1) > 1 && count < (f.min ?? 1)) || (ranged && count === 0)) continue;
    entities.push([n.key, count]);
  }
  entities.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  for (const [key] of f.top ? entities.slice(0, f.top) : entities) shown.add(key);
  return shown;
}

describe.runIf(status.available || status.mustFail)('explorer: features', () => {
  let browser: Browser;
  let seed: SeedExplorer;
  let server: RunningServer;
  let page: Page;
  let errors: string[];
  let full: ViewPayload;

  const hooks = <T>(fn: string) => page.evaluate(`window.papergraph.${fn}`) as Promise<T>;

  /** A fresh page at an address (a hash change alone would not reload the app). */
  async function open(hash = ''): Promise<Page> {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    errors = watchErrors(page);
    await page.goto(`${server.url}${hash}`);
    await waitReady(page);
    return page;
  }

  const setInput = async (selector: string, value: string) => {
    await page.fill(selector, value);
    await page.dispatchEvent(selector, 'change');
  };

  beforeAll(async () => {
    if (!status.available) throw new Error(`CI requires Chromium for the end-to-end tests: ${status.reason}`);
    seed = await serveSeedGraph();
    server = seed.server;
    full = await seed.api<ViewPayload>('api/graph?mode=full');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await seed?.close();
  });

  it('hides and shows node types from the legend', async () => {
    await open();
    expect(await hooks<number>('visibleCount()')).toBe(full.nodes.length);
    await page.click('#legend button[data-label="Paper"]');
    await page.click('#legend button[data-label="Metric"]');
    const want = expectedVisible(full, { hide: ['Paper', 'Metric'] });
    await expect.poll(() => hooks<number>('visibleCount()')).toBe(want.size);
    const paper = full.nodes.find((n) => n.label === 'Paper')!;
    expect(await hooks<boolean>(`isVisible(${JSON.stringify(paper.key)})`)).toBe(false);
    expect(await page.locator('#legend button[aria-pressed="false"]').count()).toBe(2);
    expect(await page.locator('#status').textContent()).toBe(
      `${want.size} of ${full.nodes.length} nodes shown · ${full.edges.length} edges`,
    );
    writeFileSync(screenshotPath('features-types-hidden.png'), await page.screenshot());
    await page.click('#legend button[data-label="Paper"]');
    await page.click('#legend button[data-label="Metric"]');
    await expect.poll(() => hooks<number>('visibleCount()')).toBe(full.nodes.length);
  });

  it('highlights the neighbourhood of the hovered node', async () => {
    await open();
    const hub = [...full.nodes]
      .filter((n) => n.label !== 'Paper')
      .sort((a, b) => b.paperCount - a.paperCount)[0]!;
    const neighbours = new Set(
      full.edges.flatMap((e) => (e.source === hub.key ? [e.target] : e.target === hub.key ? [e.source] : [])),
    );
    const neighbour = [...neighbours][0]!;
    const stranger = full.nodes.find((n) => n.key !== hub.key && !neighbours.has(n.key))!;
    const before = await hooks<string>(`nodeColor(${JSON.stringify(stranger.key)})`);
    const point = (await hooks<{ x: number; y: number }>(`viewportPosition(${JSON.stringify(hub.key)})`))!;
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect.poll(() => hooks<string>(`nodeColor(${JSON.stringify(stranger.key)})`)).toBe('#e5e7eb');
    expect(await hooks<string>(`nodeColor(${JSON.stringify(neighbour)})`)).not.toBe('#e5e7eb');
    writeFileSync(screenshotPath('features-hover.png'), await page.screenshot());
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await expect.poll(() => hooks<string>(`nodeColor(${JSON.stringify(stranger.key)})`)).toBe(before);
  });

  it('filters by minimum papers and top-N', async () => {
    await open();
    await setInput('#min-papers', '2');
    let want = expectedVisible(full, { min: 2 });
    expect(want.size).toBeLessThan(full.nodes.length);
    await expect.poll(() => hooks<number>('visibleCount()')).toBe(want.size);
    const single = full.nodes.find((n) => n.label !== 'Paper' && n.paperCount === 1)!;
    expect(await hooks<boolean>(`isVisible(${JSON.stringify(single.key)})`)).toBe(false);
    writeFileSync(screenshotPath('features-min-papers.png'), await page.screenshot());

    await setInput('#min-papers', '1');
    await setInput('#top-n', '10');
    want = expectedVisible(full, { top: 10 });
    await expect.poll(() => hooks<number>('visibleCount()')).toBe(want.size);
    const biggest = [...full.nodes]
      .filter((n) => n.label !== 'Paper')
      .sort((a, b) => b.paperCount - a.paperCount)[0]!;
    expect(await hooks<boolean>(`isVisible(${JSON.stringify(biggest.key)})`)).toBe(true);
    const entitiesShown = await page.evaluate(
      (keys) => keys.filter((k) => window.papergraph.isVisible(k)).length,
      full.nodes.filter((n) => n.label !== 'Paper').map((n) => n.key),
    );
    expect(entitiesShown).toBe(10);
    writeFileSync(screenshotPath('features-top-n.png'), await page.screenshot());
  });

  it('filters papers and entities by a date range', async () => {
    await open();
    const dated = full.nodes.filter((n) => n.label === 'Paper' && n.month).map((n) => n.month!);
    expect(dated.length).toBeGreaterThan(3);
    const months = [...new Set(dated)].sort();
    const from = months[Math.floor(months.length / 2)]!;
    await setInput('#date-from', from);
    const want = expectedVisible(full, { from });
    expect(want.size).toBeLessThan(full.nodes.length);
    await expect.poll(() => hooks<number>('visibleCount()')).toBe(want.size);
    const older = full.nodes.find((n) => n.label === 'Paper' && n.month && n.month < from)!;
    const newer = full.nodes.find((n) => n.label === 'Paper' && n.month && n.month >= from)!;
    expect(await hooks<boolean>(`isVisible(${JSON.stringify(older.key)})`)).toBe(false);
    expect(await hooks<boolean>(`isVisible(${JSON.stringify(newer.key)})`)).toBe(true);
    // An upper bound too: only the chosen month is left.
    await setInput('#date-to', from);
    await expect
      .poll(() => hooks<number>('visibleCount()'))
      .toBe(expectedVisible(full, { from, to: from }).size);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`from=${from}`);
    writeFileSync(screenshotPath('features-date-range.png'), await page.screenshot());
  });

  it('colours nodes by Louvain community', async () => {
    await open();
    const keys = full.nodes.map((n) => n.key);
    const colours = () =>
      page.evaluate((ks) => ks.map((k) => window.papergraph.nodeColor(k)), keys) as Promise<string[]>;
    const byType = await colours();
    await page.check('#communities');
    await expect.poll(() => hooks<number>('communityCount()')).toBeGreaterThan(1);
    const byCommunity = await colours();
    expect(byCommunity).not.toEqual(byType);
    // Linked nodes mostly share a community: more edges join same-coloured ends than different ones.
    const colourOf = new Map(keys.map((k, i) => [k, byCommunity[i]]));
    const same = full.edges.filter((e) => colourOf.get(e.source) === colourOf.get(e.target)).length;
    expect(same).toBeGreaterThan(full.edges.length / 2);
    await page.waitForTimeout(300);
    const png = await page.locator('#graph').screenshot();
    writeFileSync(screenshotPath('features-communities.png'), await page.screenshot());
    expect((await pixelStats(browser, png)).colours).toBeGreaterThan(20);
    await page.uncheck('#communities');
    await expect.poll(colours).toEqual(byType);
  });

  it('shows which methods use which benchmarks, each cell linked to its papers and the graph', async () => {
    await open();
    const matrix = await seed.api<MatrixPayload>('api/matrix');
    expect(matrix.rows.length).toBeGreaterThan(1);
    await page.click('.tabs [data-view="matrix"]');
    await expect.poll(() => hooks<number>('renders.matrix')).toBe(1);
    expect(await page.locator('#view-graph').isHidden()).toBe(true);
    expect(await page.locator('#matrix tbody tr').count()).toBe(matrix.rows.length);
    expect(await page.locator('#matrix thead th.col').count()).toBe(matrix.cols.length);
    const filled = matrix.cells.flat().filter((n) => n > 0).length;
    expect(await page.locator('#matrix .cell').count()).toBe(filled);
    expect(await page.locator('#matrix tbody th .link').allTextContents()).toEqual(
      matrix.rows.map((r) => r.name),
    );
    writeFileSync(screenshotPath('features-matrix.png'), await page.screenshot());

    const cell = page.locator('#matrix .cell').first();
    const row = (await cell.getAttribute('data-row'))!;
    const col = (await cell.getAttribute('data-col'))!;
    const pair = await seed.api<PairPayload>(
      `api/pair?a=${encodeURIComponent(row)}&b=${encodeURIComponent(col)}`,
    );
    expect(Number(await cell.textContent())).toBe(pair.papers.length);
    await cell.click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(`${pair.a.name} × ${pair.b.name}`);
    expect(await page.locator('#panel .paper').count()).toBe(pair.papers.length);
    expect(await page.locator('#panel .paper .evidence mark').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('pa=');
    writeFileSync(screenshotPath('features-matrix-cell.png'), await page.screenshot());

    // The cell's papers open in the panel; its method opens in the graph.
    await page.locator(`#panel .show-in-graph[data-key="${row.replace(/"/g, '\\"')}"]`).click();
    await expect.poll(() => hooks<string>('view')).toBe('graph');
    await expect.poll(() => hooks<string | null>('selected')).toBe(row);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(pair.a.name);

    // Model rows.
    await page.click('.tabs [data-view="matrix"]');
    await page.selectOption('#matrix-rows', 'Model');
    const models = await seed.api<MatrixPayload>('api/matrix?rows=Model');
    await expect.poll(() => page.locator('#matrix tbody tr').count()).toBe(models.rows.length);
    expect(errors).toEqual([]);
  });

  it('shows per-benchmark leaderboards with their sentences', async () => {
    await open();
    const benchmarks = await seed.api<{ key: string; name: string; results: number }[]>('api/benchmarks');
    expect(benchmarks.length).toBeGreaterThan(1);
    await page.click('.tabs [data-view="leaderboard"]');
    await expect.poll(() => hooks<number>('renders.leaderboard')).toBe(1);
    const first = await seed.api<LeaderboardPayload>(
      `api/leaderboard?benchmark=${encodeURIComponent(benchmarks[0]!.key)}`,
    );
    expect(await page.locator('#board .board-row').count()).toBe(first.rows.length);
    expect(await page.locator('#board td.value strong').allTextContents()).toEqual(
      first.rows.map((r) => r.value),
    );
    expect(await page.locator('#board td.evidence mark').first().textContent()).toBe(first.rows[0]!.value);
    writeFileSync(screenshotPath('features-leaderboard.png'), await page.screenshot());

    const second = benchmarks[1]!;
    await page.selectOption('#bench', second.key);
    const board = await seed.api<LeaderboardPayload>(
      `api/leaderboard?benchmark=${encodeURIComponent(second.key)}`,
    );
    await expect.poll(() => page.locator('#board .board-row').count()).toBe(board.rows.length);
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toContain(`bench=${encodeURIComponent(second.key)}`);
    // A row's paper opens its details.
    await page.locator('#board .paper-link').first().click();
    await expect.poll(() => hooks<string | null>('selected')).toBe(board.rows[0]!.paperKey);
    await expect.poll(() => page.locator('#panel .badge').first().textContent()).toBe('Paper');
    expect(errors).toEqual([]);
  });

  it("details show an entity's aliases, papers with marked evidence, results and neighbours by type", async () => {
    await open();
    const withResults = (
      await Promise.all(
        full.nodes
          .filter((n) => n.label === 'Method' || n.label === 'Model')
          .slice(0, 60)
          .map((n) => seed.api<EntityDetails>(`api/node?key=${encodeURIComponent(n.key)}`)),
      )
    ).find((d) => d.results.length > 0 && d.papers.some((p) => p.evidence));
    expect(withResults).toBeDefined();
    const d = withResults!;
    await open(`#sel=${encodeURIComponent(d.key)}`);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(d.name);
    expect(await page.locator('#panel .badge').first().textContent()).toBe(d.label);
    expect(await page.locator('#panel .paper').count()).toBe(d.papers.length);
    expect(await page.locator('#panel .paper .evidence mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .result').count()).toBe(d.results.length);
    expect(await page.locator('#panel .result .value').allTextContents()).toEqual(
      d.results.map((r) => r.value),
    );
    const groups = Object.keys(d.neighbours);
    expect(await page.locator('#panel .group h4').allTextContents()).toEqual(
      ['Method', 'Model', 'Benchmark', 'Metric', 'Technique', 'Task', 'Paper'].filter((l) =>
        groups.includes(l),
      ),
    );
    const dated = d.papers.find((p) => p.date);
    if (dated) expect(await page.locator('#panel .paper .date').allTextContents()).toContain(dated.date);
    writeFileSync(screenshotPath('features-details.png'), await page.screenshot());
  });

  it('autocompletes search with marked matches and keyboard picking', async () => {
    await open();
    const entity = [...full.nodes]
      .filter((n) => n.label !== 'Paper' && n.name.length >= 4)
      .sort((a, b) => b.paperCount - a.paperCount)[0]!;
    const prefix = entity.name.slice(0, 3);
    const { hits } = await seed.api<SearchPayload>(`api/search?q=${encodeURIComponent(prefix)}`);
    await page.click('#search');
    await page.keyboard.type(prefix, { delay: 30 });
    await expect.poll(() => page.locator('#search-results .hit').count()).toBe(hits.length);
    expect(await page.getAttribute('#search', 'aria-expanded')).toBe('true');
    expect((await page.locator('#search-results .hit mark').first().textContent())?.toLowerCase()).toBe(
      prefix.toLowerCase(),
    );
    expect(await page.locator('#search-results .hit .hit-name').first().textContent()).toBe(hits[0]!.name);
    const target = hits.findIndex((h) => h.key === entity.key);
    expect(target).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-results .hit.active').getAttribute('data-key')).toBe(entity.key);
    writeFileSync(screenshotPath('features-search.png'), await page.screenshot());
    await page.keyboard.press('Enter');
    await expect.poll(() => hooks<string | null>('selected')).toBe(entity.key);
    expect(await page.locator('#search-results').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(entity.name);
  });

  it('downloads the view as GEXF, GraphML, JSON and PNG', async () => {
    const selected = full.nodes.find((n) => n.label === 'Method')!;
    await open(`#sel=${encodeURIComponent(selected.key)}`);
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-downloads-'));
    try {
      for (const [format, check] of [
        ['gexf', (s: string) => s.startsWith('<?xml') && s.includes('<gexf')],
        ['graphml', (s: string) => s.startsWith('<?xml') && s.includes('<graphml')],
        ['json', (s: string) => Array.isArray((JSON.parse(s) as { nodes: unknown[] }).nodes)],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.click(`#export-${format}`),
        ]);
        expect(download.suggestedFilename()).toBe(`papergraph.${format}`);
        const file = join(dir, download.suggestedFilename());
        await download.saveAs(file);
        const text = readFileSync(file, 'utf8');
        expect(check(text)).toBe(true);
        // The selection and its neighbours, not the whole graph.
        expect(text).toContain(selected.name.replace(/&/g, '&amp;'));
      }
      const json = JSON.parse(readFileSync(join(dir, 'papergraph.json'), 'utf8')) as { nodes: unknown[] };
      expect(json.nodes.length).toBeLessThan(full.nodes.length);

      await page.waitForTimeout(300);
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      expect(png.suggestedFilename()).toBe('papergraph.png');
      const pngFile = join(dir, 'papergraph.png');
      await png.saveAs(pngFile);
      const bytes = readFileSync(pngFile);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      copyFileSync(pngFile, screenshotPath('features-export.png'));
      const pixels = await pixelStats(browser, bytes);
      const box = (await page.locator('#graph').boundingBox())!;
      expect(pixels.width).toBe(Math.round(box.width));
      // Nodes, edges and labels from the WebGL and 2D layers, not a blank or black image.
      expect(pixels.inked).toBeGreaterThan(0.01);
      expect(pixels.colours).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
  });

  it('draws the entity graph: entities only, linked by co-occurrence', async () => {
    const entities = await seed.api<ViewPayload>('api/graph?mode=entities');
    await open('#mode=entities');
    expect(await hooks<string>('mode')).toBe('entities');
    expect(await hooks<number>('nodeCount')).toBe(entities.nodes.length);
    expect(await page.locator('#legend button[data-label="Paper"]').count()).toBe(0);
    expect(await page.locator('#status').textContent()).toMatch(/^entity graph: /);
    expect(await page.inputValue('#mode')).toBe('entities');
    await page.waitForTimeout(400);
    const png = await page.locator('#graph').screenshot();
    writeFileSync(screenshotPath('features-entity-graph.png'), await page.screenshot());
    expect((await pixelStats(browser, png)).inked).toBeGreaterThan(0.01);
    // Switching back rebuilds the page on the full graph.
    await Promise.all([page.waitForEvent('load'), page.selectOption('#mode', 'full')]);
    await waitReady(page);
    expect(await hooks<string>('mode')).toBe('full');
  });

  it('reopens the same picture from a shared address', async () => {
    const entity = [...full.nodes]
      .filter((n) => n.label === 'Method')
      .sort((a, b) => b.paperCount - a.paperCount)[0]!;
    const month = [...new Set(full.nodes.map((n) => n.month).filter(Boolean))].sort()[1]!;
    const hash = `#mode=full&sel=${encodeURIComponent(entity.key)}&hide=Paper,Metric&min=2&top=40&from=${month}&comm=1&cam=0.6,0.4,0.5`;
    await open(hash);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(entity.name);
    expect(await hooks<string | null>('selected')).toBe(entity.key);
    expect(await page.inputValue('#min-papers')).toBe('2');
    expect(await page.inputValue('#top-n')).toBe('40');
    expect(await page.inputValue('#date-from')).toBe(month);
    expect(await page.isChecked('#communities')).toBe(true);
    expect(await hooks<number>('communityCount()')).toBeGreaterThan(0);
    expect(
      await page
        .locator('#legend button[aria-pressed="false"]')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-label'))),
    ).toEqual(['Metric', 'Paper']);
    const want = expectedVisible(full, { hide: ['Paper', 'Metric'], min: 2, top: 40, from: month });
    expect(await hooks<number>('visibleCount()')).toBe(want.size);
    const camera = await hooks<{ x: number; y: number; ratio: number }>('camera()');
    expect(camera.x).toBeCloseTo(0.6, 3);
    expect(camera.y).toBeCloseTo(0.4, 3);
    expect(camera.ratio).toBeCloseTo(0.5, 3);
    writeFileSync(screenshotPath('features-url-state.png'), await page.screenshot());

    // What the user changes goes back into the address, and that address reopens it.
    await page.click('#legend button[data-label="Metric"]');
    await page.click('#zoom-in');
    await page.click('.tabs [data-view="matrix"]');
    await page.selectOption('#matrix-rows', 'Model');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('rows=Model');
    await page.waitForTimeout(600); // the camera is written once it rests
    const shared = await page.evaluate(() => location.hash);
    expect(shared).toContain('view=matrix');
    expect(shared).toContain('hide=Paper&');
    const cam = await hooks<{ ratio: number }>('camera()');
    await open(shared);
    expect(await hooks<string>('view')).toBe('matrix');
    expect(await page.locator('#view-matrix').isVisible()).toBe(true);
    expect(await page.inputValue('#matrix-rows')).toBe('Model');
    await expect.poll(() => hooks<number>('renders.matrix')).toBe(1);
    expect(await page.locator('#legend button[aria-pressed="false"]').count()).toBe(1);
    expect((await hooks<{ ratio: number }>('camera()')).ratio).toBeCloseTo(cam.ratio, 3);
    expect(await hooks<string | null>('selected')).toBe(entity.key);
    // A link pasted into the same tab (only the hash changes) opens its picture too.
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => {
        location.hash = '#view=leaderboard';
      }),
    ]);
    await waitReady(page);
    expect(await hooks<string>('view')).toBe('leaderboard');
    expect(await hooks<string | null>('selected')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('hides the Cypher console on the embedded store', async () => {
    await open('#view=console');
    expect(await page.locator('.tabs [data-view="console"]').isHidden()).toBe(true);
    expect(await hooks<string>('view')).toBe('graph');
    const res = await fetch(new URL('api/cypher?q=RETURN%201', server.url));
    expect(res.status).toBe(409);
  });

  it('writes the README screenshot', async () => {
    // The entity graph with the best-known entity selected: its neighbours are entities, coloured and named.
    const entities = await seed.api<ViewPayload>('api/graph?mode=entities');
    const hub = [...entities.nodes].sort((a, b) => b.paperCount - a.paperCount)[0]!;
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(`${server.url}#mode=entities`);
    await waitReady(page);
    // Picked from the search, so the camera moves onto it.
    await page.fill('#search', hub.name);
    await page
      .locator(`#search-results .hit[data-key="${hub.key.replace(/"/g, '\\"')}"]`)
      .dispatchEvent('mousedown');
    await expect.poll(() => page.locator('#panel .paper').count()).toBeGreaterThan(0);
    await page.mouse.move(5, 700);
    await page.waitForTimeout(900);
    const shot = screenshotPath('explorer-readme.png');
    writeFileSync(shot, await page.screenshot());
    if (process.env.UPDATE_DOCS_SCREENSHOT) copyFileSync(shot, join(repoRoot, 'docs', 'explorer.png'));
  });
});

if (!status.available && !status.mustFail) {
  describe('explorer: features', () => it.skip(`skipped: ${status.reason}`, () => {}));
}
