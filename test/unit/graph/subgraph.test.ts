// Subgraph selection on a small invented graph: around a name, by depth, by type, by date.
import { describe, expect, it } from 'vitest';
import type { Extraction, PaperRecord } from '../../../src/domain/types.js';
import { createGraph, mergeExtraction, refreshDerived } from '../../../graph/model.js';
import { selectSubgraph } from '../../../graph/subgraph.js';

const paper = (id: string, date: string): PaperRecord => ({
  id,
  title: `Paper ${id}`,
  abstract: 'invented',
  date,
  source: { file: 'invented.jsonl', line: 1, format: 'jsonl' },
});
const uses = (id: string, names: [Extraction['entities'][number]['type'], string][]): Extraction => ({
  id,
  title: null,
  entities: names.map(([type, name]) => ({
    type,
    name,
    aliases: [],
    role: 'used',
    mentions: [name],
    evidence: name,
  })),
  results: [],
});

function build() {
  const g = createGraph();
  mergeExtraction(g, {
    paper: paper('a', '2025-01-10'),
    extraction: uses('a', [
      ['Method', 'FooRL'],
      ['Benchmark', 'GSM8K'],
    ]),
  });
  mergeExtraction(g, {
    paper: paper('b', '2025-07-01'),
    extraction: uses('b', [
      ['Benchmark', 'GSM8K'],
      ['Model', 'Zeta-7B'],
    ]),
  });
  mergeExtraction(g, { paper: paper('c', '2025-08-01'), extraction: uses('c', [['Metric', 'accuracy']]) });
  refreshDerived(g);
  return g;
}

describe('selectSubgraph', () => {
  it('takes a focus name and its neighbours up to the depth', () => {
    const one = selectSubgraph(build(), { focus: ['gsm8k'], depth: 1 });
    expect(one.nodes().sort()).toEqual(['Benchmark:gsm8k', 'Method:foorl', 'Paper:a', 'Paper:b'].sort());
    const two = selectSubgraph(build(), { focus: ['GSM8K'], depth: 2 });
    expect(two.hasNode('Model:zeta7b')).toBe(true);
    expect(two.hasNode('Paper:c')).toBe(false);
  });

  it('keeps only the given types, with the links among them', () => {
    const g = selectSubgraph(build(), { types: ['Method', 'Benchmark'] });
    expect(g.nodes().sort()).toEqual(['Benchmark:gsm8k', 'Method:foorl']);
    expect(g.edges().map((e) => g.getEdgeAttribute(e, 'type'))).toEqual(['EVALUATED_ON']);
  });

  it('keeps papers since a date and only the entities they name', () => {
    const g = selectSubgraph(build(), { since: '2025-06' });
    expect(g.hasNode('Paper:a')).toBe(false);
    expect(g.hasNode('Method:foorl')).toBe(false);
    expect(g.hasNode('Benchmark:gsm8k')).toBe(true);
    expect(g.hasNode('Metric:accuracy')).toBe(true);
  });

  it('says which name it could not find', () => {
    expect(() => selectSubgraph(build(), { focus: ['NoSuchThing'] })).toThrow(/NoSuchThing/);
  });
});
