// Pure views for the explorer beyond the raw graph: the entity co-occurrence graph, the method x benchmark
// matrix, the papers behind one cell, and per-benchmark leaderboards. No I/O here; callers cache.
import type { PaperGraph } from '../../graph/model.js';
import { isEntityLabel, type EntityNode, type PaperNode, type ResultNode } from '../../graph/schema.js';
import type {
  BenchmarkEntry,
  DrawnLabel,
  LeaderboardPayload,
  LeaderboardRow,
  MatrixAxisEntry,
  MatrixPayload,
  PairPaper,
  PairPayload,
  ViewEdge,
  ViewNode,
  ViewPayload,
} from './api-types.js';
import { displayName, drawGraph } from './views.js';

const MONTH = /^\d{4}-\d{2}/;
export const monthOf = (date: string | null | undefined): string | null =>
  date && MONTH.test(date) ? date.slice(0, 7) : null;

const finite = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/** Every publication month in the graph, sorted. */
export function paperMonths(graph: PaperGraph): string[] {
  const months = new Set<string>();
  graph.forEachNode((_k, a) => {
    if (a.label !== 'Paper') return;
    const m = monthOf(a.date);
    if (m) months.add(m);
  });
  return [...months].sort();
}

/** Papers per month for an entity, as flat [monthIndex, count] pairs. */
function histogram(graph: PaperGraph, key: string, monthIndex: Map<string, number>): number[] {
  const counts = new Map<number, number>();
  const seen = new Set<string>();
  graph.forEachInNeighbor(key, (paper, a) => {
    if (a.label !== 'Paper' || seen.has(paper)) return;
    seen.add(paper);
    const i = monthIndex.get(monthOf(a.date) ?? '');
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  });
  return [...counts].sort((x, y) => x[0] - y[0]).flat();
}

export const drawnCount = (graph: PaperGraph) => {
  let n = 0;
  graph.forEachNode((_k, a) => {
    if (a.label !== 'Result') n++;
  });
  return n;
};

/** Graphs with more drawn nodes than this open as the entity graph. */
export const FULL_VIEW_DEFAULT_LIMIT = 5_000;
/** The full view (every paper) is refused beyond this: a browser cannot make sense of it. */
export const FULL_VIEW_MAX_NODES = 60_000;

/** Papers and entities as stored, with months and histograms for the date filter. */
export function fullView(graph: PaperGraph): ViewPayload {
  const months = paperMonths(graph);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const base = drawGraph(graph);
  const nodes: ViewNode[] = base.nodes.map((n) => {
    const a = graph.getNodeAttributes(n.key);
    if (a.label === 'Paper') return { ...n, month: monthOf(a.date) };
    return { ...n, hist: histogram(graph, n.key, monthIndex) };
  });
  return { mode: 'full', nodes, edges: base.edges, months, omittedNodes: 0 };
}

export interface EntityGraphOptions {
  /** Keep the N entities named by the most papers. */
  maxNodes?: number;
  /** Keep each entity's strongest co-occurrence links (and any link that is among the other end's). */
  edgesPerNode?: number;
  /** Links need at least this many shared papers. */
  minWeight?: number;
}

export const ENTITY_GRAPH_DEFAULTS = { maxNodes: 10_000, edgesPerNode: 6, minWeight: 1 } as const;

/**
 * Entities only, sized by paper count, linked when papers name both (weight = number of such papers),
 * pruned to the top entities and each one's strongest links. Positions are the stored ones (or 0): the
 * caller lays the result out once.
 */
export function entityGraph(graph: PaperGraph, options: EntityGraphOptions = {}): ViewPayload {
  const { maxNodes, edgesPerNode, minWeight } = { ...ENTITY_GRAPH_DEFAULTS, ...options };
  const entities: { key: string; a: EntityNode }[] = [];
  graph.forEachNode((key, a) => {
    if (isEntityLabel(a.label)) entities.push({ key, a: a as EntityNode });
  });
  entities.sort((x, y) => y.a.paperCount - x.a.paperCount || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const kept = entities.slice(0, maxNodes);
  const index = new Map(kept.map((e, i) => [e.key, i]));
  const n = kept.length;

  // Co-occurrence counts between kept entities, keyed by i * n + j (i < j).
  const pairs = new Map<number, number>();
  const present: number[] = [];
  graph.forEachNode((paper, a) => {
    if (a.label !== 'Paper') return;
    present.length = 0;
    graph.forEachOutNeighbor(paper, (target) => {
      const i = index.get(target);
      if (i !== undefined) present.push(i);
    });
    if (present.length < 2) return;
    present.sort((x, y) => x - y);
    for (let p = 0; p < present.length; p++) {
      for (let q = p + 1; q < present.length; q++) {
        const i = present[p]!;
        const j = present[q]!;
        if (i === j) continue;
        const pair = i * n + j;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
    }
  });

  // Each node's strongest links, by association (cosine: shared papers over the geometric mean of both
  // counts) rather than raw counts, which would tie everything to the few hubs ("accuracy", "LLM").
  const best: [number, number][][] = Array.from({ length: n }, () => []);
  const count = (i: number) => Math.max(1, kept[i]!.a.paperCount);
  for (const [pair, w] of pairs) {
    if (w < minWeight) continue;
    const i = Math.floor(pair / n);
    const j = pair - i * n;
    const strength = w / Math.sqrt(count(i) * count(j));
    best[i]!.push([strength, j]);
    best[j]!.push([strength, i]);
  }
  const keepPairs = new Set<number>();
  for (let i = 0; i < n; i++) {
    const list = best[i]!;
    list.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [, j] of list.slice(0, edgesPerNode)) keepPairs.add(i < j ? i * n + j : j * n + i);
  }

  const months = paperMonths(graph);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const nodes: ViewNode[] = kept.map(({ key, a }) => ({
    key,
    label: a.label,
    name: a.name,
    paperCount: a.paperCount,
    x: finite(a.x),
    y: finite(a.y),
    hist: histogram(graph, key, monthIndex),
  }));
  const edges: ViewEdge[] = [...keepPairs]
    .sort((x, y) => x - y)
    .map((pair) => {
      const i = Math.floor(pair / n);
      const j = pair - i * n;
      return {
        source: kept[i]!.key,
        target: kept[j]!.key,
        type: 'CO_OCCURS',
        weight: pairs.get(pair) ?? 0,
      };
    });
  return { mode: 'entities', nodes, edges, months, omittedNodes: entities.length - kept.length };
}

// ---- which methods (models) use which benchmarks ----

export interface MatrixOptions {
  rowLabel?: 'Method' | 'Model';
  maxRows?: number;
  maxCols?: number;
  /** Months (YYYY-MM), inclusive; papers without a date are left out when either is set. */
  from?: string | null;
  to?: string | null;
}

const inRange = (date: string | null, from?: string | null, to?: string | null) => {
  if (!from && !to) return true;
  const m = monthOf(date);
  if (!m) return false;
  return (!from || m >= from) && (!to || m <= to);
};

const ROW_RELATIONS = new Set(['PROPOSES', 'USES']);
const COL_RELATIONS = new Set(['EVALUATES_ON', 'PROPOSES']);

/** The entities a paper relates to as matrix rows and columns. */
function paperAxes(graph: PaperGraph, paper: string, rowLabel: string) {
  const rows = new Set<string>();
  const cols = new Set<string>();
  graph.forEachOutEdge(paper, (_e, edge, _s, target, _sa, ta) => {
    if (ta.label === rowLabel && ROW_RELATIONS.has(edge.type)) rows.add(target);
    if (ta.label === 'Benchmark' && COL_RELATIONS.has(edge.type)) cols.add(target);
  });
  return { rows, cols };
}

/**
 * Paper counts for every (method, benchmark) pair: papers that propose or use the method (model) and evaluate
 * on or propose the benchmark. Rows and columns are the most connected ones, busiest first.
 */
export function methodBenchmarkMatrix(graph: PaperGraph, options: MatrixOptions = {}): MatrixPayload {
  const { rowLabel = 'Method', maxRows = 40, maxCols = 25, from, to } = options;
  const cellCounts = new Map<string, Map<string, number>>();
  const rowPapers = new Map<string, number>();
  const colPapers = new Map<string, number>();
  graph.forEachNode((paper, a) => {
    if (a.label !== 'Paper' || !inRange(a.date, from, to)) return;
    const { rows, cols } = paperAxes(graph, paper, rowLabel);
    if (!rows.size || !cols.size) return;
    for (const r of rows) {
      rowPapers.set(r, (rowPapers.get(r) ?? 0) + 1);
      let line = cellCounts.get(r);
      if (!line) cellCounts.set(r, (line = new Map()));
      for (const c of cols) line.set(c, (line.get(c) ?? 0) + 1);
    }
    for (const c of cols) colPapers.set(c, (colPapers.get(c) ?? 0) + 1);
  });
  const axis = (counts: Map<string, number>, limit: number): MatrixAxisEntry[] =>
    [...counts]
      .map(([key, papers]) => {
        const a = graph.getNodeAttributes(key) as EntityNode;
        return { key, name: a.name, label: a.label as DrawnLabel, papers };
      })
      .sort((x, y) => y.papers - x.papers || x.name.localeCompare(y.name))
      .slice(0, limit);
  const rows = axis(rowPapers, maxRows);
  const cols = axis(colPapers, maxCols);
  const cells = rows.map((r) => cols.map((c) => cellCounts.get(r.key)?.get(c.key) ?? 0));
  return {
    rowLabel,
    rows,
    cols,
    cells,
    omittedRows: rowPapers.size - rows.length,
    omittedCols: colPapers.size - cols.length,
  };
}

const pairEnd = (graph: PaperGraph, key: string) => {
  const a = graph.getNodeAttributes(key);
  if (a.label === 'Result') return undefined;
  return { key, name: displayName(a as PaperNode | EntityNode), label: a.label as DrawnLabel };
};

/** Papers that link to both entities (for a matrix cell: a method and a benchmark), newest first. */
export function pairPapers(
  graph: PaperGraph,
  aKey: string,
  bKey: string,
  range: { from?: string | null; to?: string | null } = {},
): PairPayload | undefined {
  if (!graph.hasNode(aKey) || !graph.hasNode(bKey)) return undefined;
  const a = pairEnd(graph, aKey);
  const b = pairEnd(graph, bKey);
  if (!a || !b || a.label === 'Paper' || b.label === 'Paper') return undefined;
  const papers: PairPaper[] = [];
  const fromA = new Set(graph.inNeighbors(aKey));
  graph.forEachInNeighbor(bKey, (paper, pa) => {
    if (pa.label !== 'Paper' || !fromA.has(paper) || !inRange(pa.date, range.from, range.to)) return;
    if (papers.some((p) => p.key === paper)) return;
    const links = [aKey, bKey].flatMap((target) =>
      graph.edges(paper, target).map((e) => {
        const attrs = graph.getEdgeAttributes(e);
        return {
          key: target,
          relation: attrs.type,
          evidence: attrs.evidence ?? null,
          mentions: attrs.mentions ?? [],
        };
      }),
    );
    papers.push({ key: paper, id: pa.id, title: pa.title, date: pa.date, url: pa.url, links });
  });
  papers.sort(
    (x, y) => (y.date ?? '').localeCompare(x.date ?? '') || (x.title ?? '').localeCompare(y.title ?? ''),
  );
  return { a, b, papers };
}

// ---- leaderboards ----

/** Benchmarks with extracted results, most results first. */
export function benchmarksWithResults(graph: PaperGraph): BenchmarkEntry[] {
  const out: BenchmarkEntry[] = [];
  graph.forEachNode((key, a) => {
    if (a.label !== 'Benchmark') return;
    let results = 0;
    graph.forEachInNeighbor(key, (_n, na) => {
      if (na.label === 'Result') results++;
    });
    if (results) out.push({ key, name: a.name, results, paperCount: a.paperCount });
  });
  return out.sort((x, y) => y.results - x.results || x.name.localeCompare(y.name));
}

/** The first number in a value as written ("41.0%", "+3.2 points", "1,024"). */
export function numericValue(value: string): number | null {
  const m = /[-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+/.exec(value);
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Metrics where smaller is better, by name. */
const LOWER_IS_BETTER =
  /error|loss|perplexity|\bppl\b|latency|\bwer\b|\bcer\b|\bfid\b|\bmae\b|\bmse\b|\brmse\b|time|memory|cost/i;

/** Results reported on a benchmark, grouped by metric (busiest first), best first within a metric. */
export function leaderboard(graph: PaperGraph, benchmarkKey: string): LeaderboardPayload | undefined {
  if (!graph.hasNode(benchmarkKey)) return undefined;
  const bench = graph.getNodeAttributes(benchmarkKey);
  if (bench.label !== 'Benchmark') return undefined;
  const rows: LeaderboardRow[] = [];
  graph.forEachInNeighbor(benchmarkKey, (resultKey, ra) => {
    if (ra.label !== 'Result') return;
    const r = ra as ResultNode;
    let subjectKey: string | null = null;
    let subjectLabel: DrawnLabel | null = null;
    let metricKey: string | null = null;
    let metric: string | null = r.metric;
    let subject: string | null = r.subject;
    graph.forEachOutEdge(resultKey, (_e, edge, _s, target, _sa, ta) => {
      if (ta.label === 'Result' || ta.label === 'Paper') return;
      if (edge.type === 'OF') {
        subjectKey = target;
        subjectLabel = ta.label;
        subject = ta.name;
      } else if (edge.type === 'MEASURED_BY') {
        metricKey = target;
        metric = ta.name;
      }
    });
    const paperKey = `Paper:${r.paper}`;
    const paper = graph.hasNode(paperKey) ? (graph.getNodeAttributes(paperKey) as PaperNode) : undefined;
    rows.push({
      value: r.value,
      numeric: numericValue(r.value),
      kind: r.kind,
      metric,
      metricKey,
      subject,
      subjectKey,
      subjectLabel,
      evidence: r.evidence,
      paperKey,
      paperId: r.paper,
      paperTitle: paper?.title ?? null,
      date: paper?.date ?? null,
      url: paper?.url ?? null,
    });
  });
  const perMetric = new Map<string, number>();
  for (const r of rows) perMetric.set(r.metric ?? '', (perMetric.get(r.metric ?? '') ?? 0) + 1);
  rows.sort((x, y) => {
    const mx = x.metric ?? '';
    const my = y.metric ?? '';
    if (mx !== my) {
      // Named metrics before unnamed ones, then the most reported.
      if (!mx || !my) return mx ? -1 : 1;
      return (perMetric.get(my) ?? 0) - (perMetric.get(mx) ?? 0) || mx.localeCompare(my);
    }
    // Absolute values before improvements; then best first.
    if (x.kind !== y.kind)
      return x.kind === 'absolute' ? -1 : y.kind === 'absolute' ? 1 : x.kind.localeCompare(y.kind);
    if (x.numeric === null || y.numeric === null)
      return x.numeric === null ? (y.numeric === null ? 0 : 1) : -1;
    const lower = LOWER_IS_BETTER.test(mx);
    return lower ? x.numeric - y.numeric : y.numeric - x.numeric;
  });
  return { benchmark: { key: benchmarkKey, name: bench.name }, rows };
}
