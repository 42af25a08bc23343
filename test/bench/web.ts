// npm run bench:web [-- --store DIR]: the explorer on the full corpus in headless Chromium.
// Builds the web app, serves the corpus store (ingesting the corpus into a temporary embedded store when
// the given one, default /tmp/pg-corpus, is missing), then measures: server preparation (entity graph and
// its layout, cached beside the store after the first run), time to the first drawn frame, and frames per
// second while the camera pans and zooms (requestAnimationFrame counted during scripted animations).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFiles } from '../../src/pipeline.js';
import { startServer } from '../../src/server/index.js';
import { EmbeddedStore } from '../../src/stores/embedded.js';
import { buildWeb, launchChromium } from '../e2e/helpers.js';
import { corpusPath } from '../helpers/paths.js';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: '/tmp/pg-corpus' },
    seconds: { type: 'string', default: '4' },
    'max-nodes': { type: 'string' },
    'edges-per-node': { type: 'string' },
  },
});
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

let storeDir = values.store!;
let tempStore: string | null = null;
if (!existsSync(join(storeDir, 'graph.json.gz'))) {
  tempStore = mkdtempSync(join(tmpdir(), 'papergraph-bench-web-'));
  storeDir = tempStore;
  console.log(`no store at ${values.store}: ingesting ${corpusPath} into ${storeDir} (minutes)…`);
  const writer = new EmbeddedStore(storeDir);
  const started = performance.now();
  const report = await ingestFiles([corpusPath], writer);
  await writer.close();
  console.log(
    `ingested ${fmt(report.papers)} papers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const webRoot = await buildWeb();
const store = new EmbeddedStore(storeDir);
let started = performance.now();
const server = await startServer({
  store,
  webRoot,
  entityGraph: {
    ...(values['max-nodes'] ? { maxNodes: Number(values['max-nodes']) } : {}),
    ...(values['edges-per-node'] ? { edgesPerNode: Number(values['edges-per-node']) } : {}),
  },
});
console.log(`server up in ${fmt((performance.now() - started) / 1000, 1)} s (graph loaded, views indexed)`);
started = performance.now();
// The entity graph's layout runs in a worker: the server must keep answering meanwhile.
let maxLag = 0;
let last = performance.now();
const lagTimer = setInterval(() => {
  const now = performance.now();
  maxLag = Math.max(maxLag, now - last - 20);
  last = now;
}, 20);
const pings: number[] = [];
const pinger = setInterval(() => {
  const t = performance.now();
  void fetch(new URL('api/stats', server.url)).then(() => pings.push(performance.now() - t));
}, 250);
const graphRes = await fetch(new URL('api/graph', server.url), { headers: { 'accept-encoding': 'gzip' } });
const graphBytes = (await graphRes.arrayBuffer()).byteLength;
clearInterval(lagTimer);
clearInterval(pinger);
console.log(
  `default view ready in ${fmt((performance.now() - started) / 1000, 1)} s more (entity graph layout in a worker thread, cached in ${storeDir}/explorer-cache after the first run); /api/graph: ${fmt(graphBytes / 1e6, 1)} MB of JSON, ${fmt(Number(graphRes.headers.get('content-length')) / 1e6, 1)} MB gzipped on the wire`,
);
console.log(
  `meanwhile: event loop stalled at most ${fmt(maxLag)} ms; ${pings.length} /api/stats requests answered, slowest ${fmt(Math.max(0, ...pings))} ms`,
);

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const navStart = performance.now();
  await page.goto(server.url);
  await page.waitForFunction(
    () => window.papergraph?.ready && window.papergraph.firstRenderMs !== null,
    undefined,
    {
      timeout: 120_000,
    },
  );
  const wall = performance.now() - navStart;
  const hooks = await page.evaluate(() => ({
    mode: window.papergraph.mode,
    nodes: window.papergraph.nodeCount,
    edges: window.papergraph.edgeCount,
    firstRenderMs: window.papergraph.firstRenderMs,
  }));
  console.log(
    `first render: ${fmt(hooks.firstRenderMs ?? NaN)} ms after navigation start (${fmt(wall)} ms wall clock to ready); drew the ${hooks.mode} graph: ${fmt(hooks.nodes)} nodes, ${fmt(hooks.edges)} edges`,
  );

  const seconds = Number(values.seconds);
  // A string, not a function: the bundler's helpers (e.g. __name) do not exist in the page.
  const fps = (await page.evaluate(`(async (total) => {
    const pg = window.papergraph;
    const results = {};
    async function measure(name, moves) {
      let frames = 0;
      let counting = true;
      function tick() {
        frames++;
        if (counting) requestAnimationFrame(tick);
      }
      const t0 = performance.now();
      requestAnimationFrame(tick);
      await moves();
      counting = false;
      results[name] = (frames * 1000) / (performance.now() - t0);
    }
    const step = (total * 1000) / 8;
    await measure('pan', async () => {
      for (const [dx, dy] of [[0.15, 0], [0, 0.15], [-0.15, 0], [0, -0.15]]) {
        const c = pg.camera();
        await pg.animateCamera({ x: c.x + dx, y: c.y + dy }, step);
      }
    });
    await measure('zoom', async () => {
      for (const ratio of [0.4, 0.15, 0.5, 1]) await pg.animateCamera({ ratio }, step);
    });
    return results;
  })(${seconds})`)) as Record<string, number>;
  console.log(
    `frames per second while panning: ${fmt(fps.pan ?? 0, 1)}; while zooming: ${fmt(fps.zoom ?? 0, 1)}`,
  );
  console.log('(Chromium renders WebGL in software here: SwiftShader, no GPU.)');
} finally {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(webRoot, { recursive: true, force: true });
  if (tempStore) rmSync(tempStore, { recursive: true, force: true });
}
