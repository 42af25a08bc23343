import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PaperExtraction } from '../../../graph/model.js';
import { layoutOnce } from '../../../src/server/entity-layout.js';
import {
  benchmarksWithResults,
  entityGraph,
  fullView,
  leaderboard,
  methodBenchmarkMatrix,
  numericValue,
  pairPapers,
} from '../../../src/server/explore.js';
import { FIXTURE, fixtureGraph } from './fixture.js';

const graph = fixtureGraph();
const source = { file: 'extra.jsonl', line: 1, format: 'jsonl' };

/** A paper that names entities, and optionally reports results on a benchmark. */
function extra(
  id: string,
  date: string,
  entities: [type: 'Method' | 'Model' | 'Benchmark' | 'Metric', name: string, role: 'proposed' | 'used'][],
  results: {
    subject: string;
    metric: string | null;
    value: string;
    benchmark: string;
    kind?: 'absolute' | 'improvement' | 'reduction';
  }[] = [],
): PaperExtraction {
  return {
    paper: { id, title: `Paper ${id}`, abstract: '.', date, source },
    extraction: {
      id,
      title: `Paper ${id}`,
      entities: entities.map(([type, name, role]) => ({
        type,
        name,
        aliases: [],
        role,
        mentions: [name],
        evidence: `We ${role === 'used' ? 'use' : 'propose'} ${name}.`,
      })),
      results: results.map((r) => ({
        kind: 'absolute' as const,
        evidence: `${r.subject} reaches ${r.value}.`,
        ...r,
      })),
    },
  };
}

describe('methodBenchmarkMatrix', () => {
  it('counts papers that propose or use a method and evaluate on a benchmark', () => {
    const m = methodBenchmarkMatrix(graph);
    expect(m.rowLabel).toBe('Method');
    expect(m.rows.map((r) => [r.name, r.papers])).toEqual([
      ['LoRA', 2],
      ['QLoRA', 1],
    ]);
    // EvilNet's paper evaluates on nothing, so it is not a row.
    expect(m.rows.some((r) => r.name === 'EvilNet')).toBe(false);
    const cols = m.cols.map((c) => c.name);
    expect(cols.sort()).toEqual(['GLUE', 'Vicuna benchmark']);
    const cell = (row: string, col: string) =>
      m.cells[m.rows.findIndex((r) => r.name === row)]![m.cols.findIndex((c) => c.name === col)];
    expect(cell('LoRA', 'GLUE')).toBe(1);
    expect(cell('LoRA', 'Vicuna benchmark')).toBe(1);
    expect(cell('QLoRA', 'Vicuna benchmark')).toBe(1);
    expect(cell('QLoRA', 'GLUE')).toBe(0);
  });

  it('has model rows, limits and a date range', () => {
    const models = methodBenchmarkMatrix(graph, { rowLabel: 'Model' });
    expect(models.rows.map((r) => r.name).sort()).toEqual(['GPT-3 175B', 'LLaMA-65B']);
    const recent = methodBenchmarkMatrix(graph, { from: '2023-01' });
    expect(recent.cols.map((c) => c.name)).toEqual(['Vicuna benchmark']);
    expect(recent.rows.map((r) => r.name).sort()).toEqual(['LoRA', 'QLoRA']);
    const upTo2022 = methodBenchmarkMatrix(graph, { to: '2022-12' });
    expect(upTo2022.rows.map((r) => r.name)).toEqual(['LoRA']);
    const one = methodBenchmarkMatrix(graph, { maxRows: 1, maxCols: 1 });
    expect([one.rows.length, one.cols.length, one.omittedRows, one.omittedCols]).toEqual([1, 1, 1, 1]);
  });

  it('counts a paper once per cell however many ways it links', () => {
    const g = fixtureGraph([
      ...FIXTURE,
      extra('x1', '2025-01-01', [
        ['Method', 'LoRA', 'used'],
        ['Benchmark', 'GLUE', 'used'],
      ]),
      extra('x2', '2025-02-01', [
        ['Method', 'LoRA', 'proposed'],
        ['Benchmark', 'GLUE', 'proposed'],
      ]),
    ]);
    const m = methodBenchmarkMatrix(g);
    expect(m.rows[0]).toMatchObject({ name: 'LoRA', papers: 4 });
    expect(m.cells[0]![m.cols.findIndex((c) => c.name === 'GLUE')]).toBe(3);
  });
});

describe('pairPapers', () => {
  it("lists the papers behind a cell with both links' evidence", () => {
    const pair = pairPapers(graph, 'Method:lora', 'Benchmark:glue');
    expect(pair?.a.name).toBe('LoRA');
    expect(pair?.papers.map((p) => p.id)).toEqual(['2106.09685']);
    const links = pair!.papers[0]!.links;
    expect(links.map((l) => [l.key, l.relation])).toEqual([
      ['Method:lora', 'PROPOSES'],
      ['Benchmark:glue', 'EVALUATES_ON'],
    ]);
    expect(links[0]!.evidence).toContain('LoRA');
    expect(pairPapers(graph, 'Method:lora', 'Benchmark:glue', { from: '2023-01' })?.papers).toEqual([]);
    expect(pairPapers(graph, 'Method:lora', 'Benchmark:nope')).toBeUndefined();
  });
});

describe('leaderboard', () => {
  it('lists the results on a benchmark with subject, metric and sentence', () => {
    const board = leaderboard(graph, 'Benchmark:glue');
    expect(board?.benchmark.name).toBe('GLUE');
    expect(board?.rows).toHaveLength(1);
    expect(board?.rows[0]).toMatchObject({
      value: '10,000x',
      numeric: 10000,
      subject: 'LoRA',
      subjectKey: 'Method:lora',
      subjectLabel: 'Method',
      metric: 'accuracy',
      metricKey: 'Metric:accuracy',
      paperId: '2106.09685',
      date: '2021-06-17',
    });
    expect(board?.rows[0]?.evidence).toContain('10,000x');
    expect(leaderboard(graph, 'Method:lora')).toBeUndefined();
    expect(leaderboard(graph, 'Benchmark:none')).toBeUndefined();
  });

  it('groups by metric and puts the best first (lower is better for errors)', () => {
    const bench: [type: 'Benchmark', name: string, role: 'used'] = ['Benchmark', 'MATH', 'used'];
    const g = fixtureGraph([
      extra(
        'a',
        '2025-03-01',
        [
          ['Method', 'A', 'proposed'],
          bench,
          ['Metric', 'accuracy', 'used'],
          ['Metric', 'error rate', 'used'],
        ],
        [
          { subject: 'A', metric: 'accuracy', value: '41.0%', benchmark: 'MATH' },
          { subject: 'A', metric: 'error rate', value: '12.5%', benchmark: 'MATH' },
        ],
      ),
      extra(
        'b',
        '2025-04-01',
        [
          ['Method', 'B', 'proposed'],
          bench,
          ['Metric', 'accuracy', 'used'],
          ['Metric', 'error rate', 'used'],
        ],
        [
          { subject: 'B', metric: 'accuracy', value: '55.2%', benchmark: 'MATH' },
          { subject: 'B', metric: 'error rate', value: '9.1%', benchmark: 'MATH' },
          { subject: 'B', metric: 'accuracy', value: '+3 points', benchmark: 'MATH', kind: 'improvement' },
        ],
      ),
    ]);
    const rows = leaderboard(g, 'Benchmark:math')!.rows;
    expect(rows.map((r) => `${r.metric} ${r.value} ${r.subject}`)).toEqual([
      'accuracy 55.2% B',
      'accuracy 41.0% A',
      'accuracy +3 points B',
      'error rate 9.1% B',
      'error rate 12.5% A',
    ]);
    expect(benchmarksWithResults(g)).toEqual([
      { key: 'Benchmark:math', name: 'MATH', results: 5, paperCount: 2 },
    ]);
  });

  it('reads numbers as written', () => {
    expect(numericValue('41.0%')).toBe(41);
    expect(numericValue('+3.2 points')).toBe(3.2);
    expect(numericValue('1,024 tokens')).toBe(1024);
    expect(numericValue('-0.5')).toBe(-0.5);
    expect(numericValue('n/a')).toBeNull();
  });
});

describe('entityGraph', () => {
  it('links entities named by the same papers, weighted by how many', () => {
    const g = fixtureGraph([
      ...FIXTURE,
      extra('x', '2025-01-01', [
        ['Method', 'LoRA', 'used'],
        ['Method', 'QLoRA', 'used'],
      ]),
    ]);
    const view = entityGraph(g);
    expect(view.mode).toBe('entities');
    expect(view.nodes.some((n) => n.label === 'Paper')).toBe(false);
    expect(view.edges.every((e) => e.type === 'CO_OCCURS')).toBe(true);
    const edge = (a: string, b: string) =>
      view.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
    expect(edge('Method:lora', 'Method:qlora')?.weight).toBe(2);
    expect(edge('Method:lora', 'Benchmark:glue')?.weight).toBe(1);
    // Never named in the same paper: no link.
    expect(edge('Benchmark:glue', 'Method:qlora')).toBeUndefined();
    const lora = view.nodes.find((n) => n.key === 'Method:lora')!;
    expect(lora.paperCount).toBe(4);
    // Papers per month: 2021-06, 2023-05, 2024-01, 2025-01, one each.
    expect(view.months).toEqual(['2021-06', '2023-05', '2024-01', '2025-01']);
    expect(lora.hist).toEqual([0, 1, 1, 1, 2, 1, 3, 1]);
  });

  it("keeps the top entities and each one's strongest links", () => {
    const all = entityGraph(graph);
    const entities = graph.filterNodes((_k, a) => a.label !== 'Paper' && a.label !== 'Result');
    expect(all.nodes).toHaveLength(entities.length);
    expect(all.omittedNodes).toBe(0);
    const top = entityGraph(graph, { maxNodes: 3 });
    expect(top.nodes).toHaveLength(3);
    expect(top.nodes[0]?.key).toBe('Method:lora');
    expect(top.omittedNodes).toBe(entities.length - 3);
    for (const e of top.edges) {
      expect(top.nodes.some((n) => n.key === e.source)).toBe(true);
      expect(top.nodes.some((n) => n.key === e.target)).toBe(true);
    }
    const sparse = entityGraph(graph, { edgesPerNode: 1 });
    expect(sparse.edges.length).toBeLessThan(all.edges.length);
    // Every entity that co-occurs with anything keeps at least one link.
    const linked = new Set(sparse.edges.flatMap((e) => [e.source, e.target]));
    const linkedAll = new Set(all.edges.flatMap((e) => [e.source, e.target]));
    expect([...linkedAll].every((k) => linked.has(k))).toBe(true);
  });

  it('is laid out once, in a worker, then read back from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-layout-'));
    try {
      const view = entityGraph(graph);
      expect(await layoutOnce(view, dir)).toBe('computed');
      expect(view.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
      expect(new Set(view.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(view.nodes.length);
      expect(readdirSync(dir)).toHaveLength(1);
      const again = entityGraph(graph);
      expect(await layoutOnce(again, dir)).toBe('cached');
      again.nodes.forEach((n, i) => {
        expect(n.x).toBeCloseTo(view.nodes[i]!.x, 2);
        expect(n.y).toBeCloseTo(view.nodes[i]!.y, 2);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fullView', () => {
  it('adds months to papers and histograms to entities', () => {
    const view = fullView(graph);
    expect(view.mode).toBe('full');
    expect(view.nodes.find((n) => n.key === 'Paper:2305.14314')?.month).toBe('2023-05');
    expect(view.nodes.find((n) => n.key === 'Method:qlora')?.hist).toEqual([1, 1]);
  });
});
