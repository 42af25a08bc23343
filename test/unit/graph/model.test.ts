// The graph model on small invented papers: merging, re-ingesting, derived edges, exports that read back.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { Extraction, PaperRecord } from '../../../src/domain/types.js';
import { exportGraph } from '../../../graph/export.js';
import { createGraph, graphStats, mergeExtraction, refreshDerived } from '../../../graph/model.js';
import { fromDocument, toDocument } from '../../../graph/serialize.js';

const paper = (id: string, title: string): PaperRecord => ({
  id,
  title,
  abstract: 'invented',
  source: { file: 'invented.jsonl', line: 1, format: 'jsonl' },
});

const ent = (
  type: Extraction['entities'][number]['type'],
  name: string,
  role: Extraction['entities'][number]['role'],
) => ({
  type,
  name,
  aliases: [],
  role,
  mentions: [name],
  evidence: `We use ${name}.`,
});

const first: Extraction = {
  id: 'p1',
  title: 'FooNet: a method',
  entities: [
    ent('Method', 'FooNet', 'proposed'),
    ent('Benchmark', 'GSM8K', 'used'),
    ent('Metric', 'accuracy', 'used'),
    { ...ent('Model', 'Qwen3-8B', 'used'), family: 'Qwen3' },
  ],
  results: [
    {
      subject: 'FooNet',
      metric: 'accuracy',
      value: '91.2%',
      benchmark: 'GSM8K',
      kind: 'absolute',
      evidence: 'x',
    },
  ],
};
const second: Extraction = {
  id: 'p2',
  title: 'Another',
  entities: [ent('Method', 'FooNet', 'used'), ent('Benchmark', 'GSM8K', 'used')],
  results: [],
};

function build() {
  const g = createGraph();
  mergeExtraction(g, { paper: paper('p1', 'FooNet: a method'), extraction: first });
  mergeExtraction(g, { paper: paper('p2', 'Another'), extraction: second });
  refreshDerived(g);
  return g;
}

describe('graph model', () => {
  it('merges one entity named by two papers and counts its papers', () => {
    const s = graphStats(build());
    expect(s.papers).toBe(2);
    expect(s.entities.Method).toBe(1);
    expect(s.entities.Benchmark).toBe(1);
    expect(s.entities.Model).toBe(2); // the checkpoint and its family
    expect(s.results).toBe(1);
    const g = build();
    const method = g.findNode((_k, a) => a.label === 'Method');
    expect(method && g.getNodeAttribute(method, 'paperCount' as never)).toBe(2);
  });

  it('links results to their subject, benchmark and metric, and derives EVALUATED_ON', () => {
    const s = graphStats(build());
    expect(s.relations.OF).toBe(1);
    expect(s.relations.ON).toBe(1);
    expect(s.relations.MEASURED_BY).toBe(1);
    expect(s.relations.EVALUATED_ON).toBe(1);
    expect(s.relations.VARIANT_OF).toBe(1);
  });

  it('re-ingesting the same papers changes no count', () => {
    const g = build();
    const before = graphStats(g);
    mergeExtraction(g, { paper: paper('p1', 'FooNet: a method'), extraction: first });
    mergeExtraction(g, { paper: paper('p2', 'Another'), extraction: second });
    refreshDerived(g);
    expect(graphStats(g)).toEqual(before);
  });

  it('a paper re-ingested with fewer entities drops the entities nobody names any more', () => {
    const g = build();
    mergeExtraction(g, {
      paper: paper('p1', 'FooNet: a method'),
      extraction: { ...first, entities: [], results: [] },
    });
    refreshDerived(g);
    const s = graphStats(g);
    expect(s.entities.Model).toBe(0);
    expect(s.entities.Metric).toBe(0);
    expect(s.entities.Method).toBe(1);
    expect(s.results).toBe(0);
  });

  it('serialises with a version and refuses a newer format', () => {
    const doc = toDocument(build());
    expect(graphStats(fromDocument(JSON.parse(JSON.stringify(doc)), 'x'))).toEqual(graphStats(build()));
    expect(() => fromDocument({ ...doc, version: 99 }, 'graph.json')).toThrow(/v99.*reads up to v1/);
  });

  it.each(['gexf', 'graphml'] as const)('%s export reads back with the same counts', (format) => {
    const g = build();
    const text = exportGraph(g, format);
    const back = format === 'gexf' ? parseGexf(Graph, text) : parseGraphml(Graph, text);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
  });

  it('graphml escapes markup in titles', () => {
    const g = createGraph();
    mergeExtraction(g, {
      paper: paper('x', '<script>alert(1)</script> & "quotes"'),
      extraction: { id: 'x', title: null, entities: [], results: [] },
    });
    const back = parseGraphml(Graph, exportGraph(g, 'graphml'));
    expect(back.getNodeAttribute('Paper:x', 'title')).toBe('<script>alert(1)</script> & "quotes"');
  });
});

describe('two entities of one paper that resolve to one node', () => {
  it('keep one link with the stronger role and all mentions', () => {
    const g = createGraph();
    mergeExtraction(g, {
      paper: paper('p', 'T'),
      extraction: {
        id: 'p',
        title: 'T',
        entities: [
          ent('Metric', 'classification accuracies', 'mentioned'),
          ent('Metric', 'classification accuracy', 'used'),
        ],
        results: [],
      },
    });
    refreshDerived(g);
    expect(g.size).toBe(1);
    const edge = g.edges()[0]!;
    expect(g.getEdgeAttribute(edge, 'type')).toBe('USES');
    expect([...(g.getEdgeAttribute(edge, 'mentions') ?? [])].sort()).toEqual([
      'classification accuracies',
      'classification accuracy',
    ]);
  });
});
