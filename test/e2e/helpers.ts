// Shared pieces of the end-to-end tests: a fresh build of the web app, Debian's Chromium, pixel checks.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { ingestFiles } from '../../src/pipeline.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/stores/embedded.js';
import { seedFiles } from '../helpers/paths.js';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const resultsDir = join(repoRoot, 'test-results');
export const CHROMIUM = process.env.PAPERGRAPH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether these tests can run. Locally a missing Chromium skips them with the reason; on CI it must fail,
 * so a broken image cannot pass by running nothing.
 */
export function chromiumStatus():
  { available: true } | { available: false; reason: string; mustFail: boolean } {
  if (existsSync(CHROMIUM)) return { available: true };
  const reason = `no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set PAPERGRAPH_CHROMIUM)`;
  const mustFail = Boolean(process.env.CI) && process.env.CI !== 'false';
  if (!mustFail) console.warn(`end-to-end tests skipped: ${reason}`);
  return { available: false, reason, mustFail };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      // WebGL without a GPU: recent Chromium only falls back to SwiftShader when told it may.
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Builds the current web/ sources into a temporary folder, so the test never serves a stale dist/web. */
export async function buildWeb(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'papergraph-e2e-web-'));
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: join(repoRoot, 'web'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export interface SeedExplorer {
  server: RunningServer;
  /** GET one of the server's JSON endpoints ("api/graph?mode=full"). */
  api<T>(path: string): Promise<T>;
  /** Stops the server and removes the store and the web build. */
  close(): Promise<void>;
}

/** The seed papers ingested into a temporary embedded store and served with a fresh web build. */
export async function serveSeedGraph(): Promise<SeedExplorer> {
  const storeDir = mkdtempSync(join(tmpdir(), 'papergraph-e2e-store-'));
  const writer = new EmbeddedStore(storeDir);
  await ingestFiles(seedFiles(), writer);
  await writer.close();
  const store = new EmbeddedStore(storeDir);
  const webRoot = await buildWeb();
  const server = await startServer({ store, webRoot });
  return {
    server,
    api: async <T>(path: string): Promise<T> => (await fetch(new URL(path, server.url))).json() as Promise<T>,
    async close() {
      await server.close();
      await store.close();
      for (const dir of [storeDir, webRoot]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, name);
}

export interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels that differ clearly from the most common (background) colour. */
  inked: number;
  /** Distinct colours, quantised to 4 bits a channel. */
  colours: number;
}

/** Decodes a PNG in a blank page (the browser is the PNG decoder) and measures how much is drawn. */
export async function pixelStats(browser: Browser, png: Buffer): Promise<PixelStats> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const q = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
        counts.set(q, (counts.get(q) ?? 0) + 1);
      }
      const total = data.length / 4;
      const background = Math.max(...counts.values());
      return {
        width: img.width,
        height: img.height,
        inked: (total - background) / total,
        colours: counts.size,
      };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** Collects page errors and console errors (CSP violations show up there). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export interface Hooks {
  ready: boolean;
  nodeCount: number;
  edgeCount: number;
  selected: string | null;
  error: string | null;
}

/** Waits for the explorer's ready flag, failing with the page's own error message if it has one. */
export async function waitReady(page: Page): Promise<Hooks> {
  await page.waitForFunction(
    () => {
      const h = (window as unknown as { papergraph?: Hooks }).papergraph;
      return Boolean(h && (h.ready || h.error));
    },
    undefined,
    { timeout: 30_000 },
  );
  const hooks = await page.evaluate(() => {
    const { ready, nodeCount, edgeCount, selected, error } = (window as unknown as { papergraph: Hooks })
      .papergraph;
    return { ready, nodeCount, edgeCount, selected, error };
  });
  if (hooks.error) throw new Error(`the explorer failed to load: ${hooks.error}`);
  return hooks;
}

/** Clicks a node where sigma drew it. */
export async function clickNode(page: Page, key: string): Promise<void> {
  const point = await page.evaluate(
    (k) =>
      (
        window as unknown as {
          papergraph: { viewportPosition(key: string): { x: number; y: number } | null };
        }
      ).papergraph.viewportPosition(k),
    key,
  );
  if (!point) throw new Error(`node ${key} is not drawn`);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('no graph container');
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await page.mouse.click(box.x + point.x, box.y + point.y);
}
