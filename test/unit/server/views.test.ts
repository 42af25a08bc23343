import { beforeAll, describe, expect, it } from 'vitest';
import type { PaperGraph } from '../../../graph/model.js';
import type { EntityDetails, PaperDetails } from '../../../src/server/api-types.js';
import {
  buildSearchIndex,
  drawGraph,
  matchRank,
  nodeDetails,
  search,
  type SearchIndex,
} from '../../../src/server/views.js';
import { fixtureGraph, keyOf, XSS_TITLE } from './fixture.js';

let graph: PaperGraph;
let index: SearchIndex;
beforeAll(() => {
  graph = fixtureGraph();
  index = buildSearchIndex(graph);
});

describe('drawGraph', () => {
  it('draws papers and entities with positions, not results', () => {
    const { nodes } = drawGraph(graph);
    const drawable = graph.filterNodes((_k, a) => a.label !== 'Result');
    expect(nodes.map((n) => n.key).sort()).toEqual(drawable.sort());
    expect(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    const lora = nodes.find((n) => n.name === 'LoRA');
    expect(lora).toMatchObject({ label: 'Method', paperCount: 3 });
    expect(nodes.find((n) => n.label === 'Paper' && n.name.startsWith('QLoRA'))?.paperCount).toBe(1);
  });

  it('skips derived and result edges but keeps VARIANT_OF', () => {
    const types = new Set(drawGraph(graph).edges.map((e) => e.type));
    expect(types.has('VARIANT_OF')).toBe(true);
    expect(types.has('PROPOSES')).toBe(true);
    for (const hidden of ['EVALUATED_ON', 'REPORTS', 'OF', 'ON', 'MEASURED_BY'])
      expect(types.has(hidden)).toBe(false);
    // ...while the graph does hold them.
    expect(graph.someEdge((_e, a) => a.type === 'EVALUATED_ON')).toBe(true);
  });
});

describe('nodeDetails', () => {
  it("lists an entity's papers with relation, evidence and mentions, newest first", () => {
    const d = nodeDetails(graph, keyOf(graph, 'LoRA')) as EntityDetails;
    expect(d.kind).toBe('entity');
    expect(d.aliases).toContain('Low-Rank Adaptation');
    expect(d.aliases).not.toContain('LoRA');
    expect(d.papers.map((p) => p.id)).toEqual(['evil-1', '2305.14314', '2106.09685']);
    const origin = d.papers.find((p) => p.id === '2106.09685');
    expect(origin).toMatchObject({
      relation: 'PROPOSES',
      url: 'https://arxiv.org/abs/2106.09685',
      date: '2021-06-17',
    });
    expect(origin?.evidence).toContain('We propose Low-Rank Adaptation');
    expect(origin?.mentions).toEqual(['Low-Rank Adaptation', 'LoRA']);
  });

  it('gives an entity its results and neighbours through them', () => {
    const d = nodeDetails(graph, keyOf(graph, 'LoRA')) as EntityDetails;
    expect(d.results).toEqual([
      expect.objectContaining({
        value: '10,000x',
        kind: 'reduction',
        paper: '2106.09685',
        paperTitle: expect.stringContaining('LoRA'),
      }),
    ]);
    expect(d.neighbours.Benchmark?.map((n) => n.name)).toContain('GLUE');
    expect(d.neighbours.Metric?.map((n) => n.name)).toContain('accuracy');
    const checkpoint = nodeDetails(graph, keyOf(graph, 'GPT-3 175B')) as EntityDetails;
    expect(checkpoint.neighbours.Model).toEqual([
      expect.objectContaining({ name: 'GPT-3', relation: 'VARIANT_OF' }),
    ]);
  });

  it("groups a paper's entities by relation", () => {
    const d = nodeDetails(
      graph,
      keyOf(graph, 'QLoRA: Efficient Finetuning of Quantized LLMs'),
    ) as PaperDetails;
    expect(d).toMatchObject({
      kind: 'paper',
      id: '2305.14314',
      date: '2023-05-23',
      authors: ['Tim Dettmers'],
    });
    expect(d.entities.PROPOSES?.map((e) => e.name).sort()).toEqual(['QLoRA', 'double quantization']);
    expect(d.entities.USES?.map((e) => e.name)).toContain('LoRA');
    expect(d.entities.EVALUATES_ON?.map((e) => e.name)).toEqual(['Vicuna benchmark']);
    expect(d.results.map((r) => r.value)).toEqual(['99.3%']);
  });

  it('returns undefined for unknown keys and result nodes', () => {
    expect(nodeDetails(graph, 'Method:nope')).toBeUndefined();
    const result = graph.findNode((_k, a) => a.label === 'Result');
    expect(result).toBeDefined();
    expect(nodeDetails(graph, result!)).toBeUndefined();
  });
});

describe('search', () => {
  it('ranks exact, then prefix, then word, then substring matches', () => {
    expect(matchRank('lora', 'lora')).toBe(0);
    expect(matchRank('lora adapters', 'lora')).toBe(1);
    expect(matchRank('efficient lora', 'lora')).toBe(2);
    expect(matchRank('qlora', 'lora')).toBe(3);
    expect(matchRank('qlora', 'bert')).toBeUndefined();
  });

  it('is case-insensitive over names, aliases and titles', () => {
    const names = search(index, 'LORA').map((h) => h.name);
    expect(names[0]).toBe('LoRA');
    expect(names).toContain('QLoRA');
    expect(names).toContain('LoRA: Low-Rank Adaptation of Large Language Models');
    // Entities come before papers at the same match quality.
    expect(names.indexOf('QLoRA')).toBeLessThan(
      names.indexOf('QLoRA: Efficient Finetuning of Quantized LLMs'),
    );
  });

  it('matches aliases and says which text matched', () => {
    const [hit] = search(index, 'low-rank adapt');
    expect(hit).toMatchObject({ name: 'LoRA', label: 'Method', matched: 'Low-Rank Adaptation' });
  });

  it('finds papers by title and returns titles verbatim', () => {
    const hits = search(index, '<script>');
    expect(hits).toEqual([expect.objectContaining({ label: 'Paper', name: XSS_TITLE })]);
  });

  it('returns nothing for a blank query and at most the limit', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'a', 3)).toHaveLength(3);
    expect(search(index, 'a').length).toBeLessThanOrEqual(20);
  });
});

describe('withPositions', () => {
  it('keeps a laid-out graph as it is and lays out a copy of one without positions', async () => {
    const { withPositions } = await import('../../../src/server/index.js');
    const laidOut = fixtureGraph();
    expect(withPositions(laidOut)).toBe(laidOut);

    const bare = laidOut.copy();
    bare.forEachNode((key, a) => {
      if (a.label !== 'Result') bare.mergeNodeAttributes(key, { x: undefined, y: undefined });
    });
    const positioned = withPositions(bare);
    expect(positioned).not.toBe(bare);
    expect((bare.getNodeAttributes(keyOf(bare, 'LoRA')) as { x?: number }).x).toBeUndefined();
    const xs = drawGraph(positioned).nodes.map((n) => n.x);
    expect(new Set(xs).size).toBeGreaterThan(1);
  });
});
