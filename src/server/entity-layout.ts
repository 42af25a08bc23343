// The entity graph's layout: ForceAtlas2 in a worker thread (the server keeps answering meanwhile), computed
// once per graph and cached on disk beside an embedded store, so a restart reuses it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ViewPayload } from './api-types.js';

const require = createRequire(import.meta.url);

// CommonJS run by an eval worker: works the same under tsx, vitest and the built package.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Graph = require(workerData.graphology);
const fa2 = require(workerData.fa2);
const { xs, ys, sources, targets, weights, iterations } = workerData;
const g = new Graph({ type: 'undirected', multi: false });
for (let i = 0; i < xs.length; i++) g.addNode(String(i), { x: xs[i], y: ys[i] });
for (let j = 0; j < sources.length; j++) {
  const s = String(sources[j]), t = String(targets[j]);
  if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t, { weight: weights[j] });
}
const settings = Object.assign(fa2.inferSettings(g), {
  barnesHutOptimize: g.order > 500,
  // Weak gravity lets the fields (vision, LLMs, speech ...) pull apart instead of packing into one disc.
  gravity: 0.05,
  scalingRatio: 2,
  edgeWeightInfluence: 1,
  adjustSizes: false,
});
fa2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
const outX = new Float64Array(xs.length), outY = new Float64Array(xs.length);
g.forEachNode((k, a) => { outX[+k] = Number.isFinite(a.x) ? a.x : 0; outY[+k] = Number.isFinite(a.y) ? a.y : 0; });
parentPort.postMessage({ xs: outX, ys: outY }, [outX.buffer, outY.buffer]);
`;

/** Deterministic start positions from the key (FNV-1a), for nodes without a stored position. */
function seeded(key: string): [number, number] {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const a = (h >>> 0) / 4294967296;
  const b = (Math.imul(h, 2654435761) >>> 0) / 4294967296;
  return [(a - 0.5) * 100, (b - 0.5) * 100];
}

/** Bump when the layout settings change: cached layouts of the old settings are then recomputed. */
const LAYOUT_VERSION = 3;

// It runs once per graph, off the event loop, and is cached: enough iterations to settle.
export const layoutIterations = (order: number) => (order < 2_000 ? 400 : order < 10_000 ? 400 : 200);

/** Runs ForceAtlas2 on the view's nodes and edges in a worker and writes the positions into it. */
export async function layoutInWorker(view: ViewPayload, iterations = layoutIterations(view.nodes.length)) {
  const index = new Map(view.nodes.map((n, i) => [n.key, i]));
  // Stored positions (from the full graph's layout) are a good start when there are some.
  const stored = view.nodes.some((n) => n.x !== 0 || n.y !== 0);
  const xs = new Float64Array(view.nodes.length);
  const ys = new Float64Array(view.nodes.length);
  view.nodes.forEach((n, i) => {
    const [sx, sy] = seeded(n.key);
    xs[i] = stored ? n.x + sx * 1e-3 : sx;
    ys[i] = stored ? n.y + sy * 1e-3 : sy;
  });
  const sources = new Int32Array(view.edges.length);
  const targets = new Int32Array(view.edges.length);
  const weights = new Float64Array(view.edges.length);
  view.edges.forEach((e, j) => {
    sources[j] = index.get(e.source) ?? 0;
    targets[j] = index.get(e.target) ?? 0;
    // Log weights: a pair named together in 500 papers should pull harder, not 500 times harder.
    weights[j] = 1 + Math.log(Math.max(1, e.weight ?? 1));
  });
  if (!view.nodes.length) return;
  const result = await new Promise<{ xs: Float64Array; ys: Float64Array }>((ok, fail) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        graphology: require.resolve('graphology'),
        fa2: require.resolve('graphology-layout-forceatlas2'),
        xs,
        ys,
        sources,
        targets,
        weights,
        iterations,
      },
    });
    worker.once('message', (m: { xs: Float64Array; ys: Float64Array }) => {
      ok(m);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0) fail(new Error(`the layout worker stopped with code ${code}`));
    });
  });
  view.nodes.forEach((n, i) => {
    n.x = result.xs[i] ?? 0;
    n.y = result.ys[i] ?? 0;
  });
  clampOutliers(view);
}

/**
 * With weak gravity, small components drift far away and "fit" would shrink everything else to a dot:
 * positions are clamped to the central 98% of nodes (plus a margin).
 */
export function clampOutliers(view: ViewPayload, margin = 0.15): void {
  if (view.nodes.length < 20) return;
  for (const axis of ['x', 'y'] as const) {
    const sorted = view.nodes.map((n) => n[axis]).sort((a, b) => a - b);
    const lo = sorted[Math.floor(0.01 * (sorted.length - 1))]!;
    const hi = sorted[Math.ceil(0.99 * (sorted.length - 1))]!;
    const pad = (hi - lo) * margin;
    for (const n of view.nodes) n[axis] = Math.min(hi + pad, Math.max(lo - pad, n[axis]));
  }
}

/** A fingerprint of the view's nodes and edges: the cached layout belongs to exactly this graph. */
export function viewFingerprint(view: ViewPayload): string {
  const hash = createHash('sha256');
  hash.update(`layout v${LAYOUT_VERSION} ${layoutIterations(view.nodes.length)}\n`);
  for (const n of view.nodes) hash.update(`${n.key}\n`);
  for (const e of view.edges) hash.update(`${e.source}\t${e.target}\t${e.weight ?? ''}\n`);
  return hash.digest('hex').slice(0, 24);
}

interface CachedLayout {
  fingerprint: string;
  keys: string[];
  x: number[];
  y: number[];
}

/**
 * Lays the view out once: from the cache folder when it holds this exact graph's layout, else in a worker
 * (then saved there). Cache failures (a read-only folder) only cost a recomputation.
 */
export async function layoutOnce(view: ViewPayload, cacheDir: string | null): Promise<'cached' | 'computed'> {
  const fingerprint = viewFingerprint(view);
  const file = cacheDir ? join(cacheDir, `entity-layout-${fingerprint}.json`) : null;
  if (file) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as CachedLayout;
      if (cached.fingerprint === fingerprint && cached.keys.length === view.nodes.length) {
        view.nodes.forEach((n, i) => {
          n.x = cached.x[i] ?? 0;
          n.y = cached.y[i] ?? 0;
        });
        return 'cached';
      }
    } catch {
      // no cache yet
    }
  }
  await layoutInWorker(view);
  if (file && cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const doc: CachedLayout = {
        fingerprint,
        keys: view.nodes.map((n) => n.key),
        x: view.nodes.map((n) => Math.round(n.x * 1000) / 1000),
        y: view.nodes.map((n) => Math.round(n.y * 1000) / 1000),
      };
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(doc));
      renameSync(tmp, file);
      // Layouts of earlier versions of the graph are of no further use.
      for (const old of readdirSync(cacheDir)) {
        if (/^entity-layout-[0-9a-f]+\.json$/.test(old) && join(cacheDir, old) !== file)
          rmSync(join(cacheDir, old), { force: true });
      }
    } catch {
      // best effort
    }
  }
  return 'computed';
}
