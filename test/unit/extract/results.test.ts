import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../extract/index.js';
import { findValues, kindOf } from '../../../extract/results.js';

const results = (abstract: string) =>
  extractPaper({ id: 'r', title: null, abstract }).results.map((r) => [r.value, r.kind]);

describe('result values', () => {
  it('copies values as written without qualifiers', () => {
    expect(results('ZenoPlan improves accuracy by up to 12.5% on MMLU.')).toEqual([['12.5%', 'improvement']]);
    expect(results('ZenoPlan achieves over 90\\% accuracy.')).toEqual([['90\\%', 'absolute']]);
  });

  it('reads kinds from the words around the value', () => {
    expect(results('ZenoPlan yields a 30% increase in goal completion.')).toEqual([['30%', 'improvement']]);
    expect(results('It reduces latency by 40%.')).toEqual([['40%', 'reduction']]);
    expect(results('ZenoPlan is 3.5x faster than GRPO.')).toEqual([['3.5x', 'improvement']]);
    expect(results('Accuracy rises from 40.1% to 45.2% with ZenoPlan.')).toEqual([
      ['40.1%', 'absolute'],
      ['45.2%', 'absolute'],
    ]);
  });

  it('keeps ranges as one value', () => {
    expect(results('ZenoPlan uses 5 to 10 times less memory.')).toEqual([['5 to 10 times', 'reduction']]);
    expect(results('It gains 20--30 percentage points over GRPO.')).toEqual([
      ['20--30 percentage points', 'improvement'],
    ]);
  });

  it('keeps a bare number only beside a metric', () => {
    expect(results('ZenoPlan reaches a macro F1 of 88 across datasets.')).toEqual([['88', 'absolute']]);
    expect(results('We collect 42 tasks and 1200 dialogues.')).toEqual([]);
  });

  it('skips budgets, sizes, years and p-values', () => {
    expect(
      results('Using 10% of the training data, the 7B model from 2024 improves accuracy (p < 0.05).'),
    ).toEqual([]);
  });

  it('drops the Delta prefix of a value', () => {
    expect(findValues('a gain of Delta4.1% points').map((v) => v.value)).toContain('4.1%');
  });

  it('names subject, metric and benchmark when the sentence does', () => {
    const [r] = extractPaper({
      id: 'r',
      title: null,
      abstract: 'We propose ZenoPlan. ZenoPlan achieves 41.0% accuracy on MMLU.',
    }).results;
    expect(r).toMatchObject({
      subject: 'ZenoPlan',
      metric: 'accuracy',
      benchmark: 'MMLU',
      value: '41.0%',
      kind: 'absolute',
    });
  });

  it('kindOf defaults to absolute', () => {
    const s = 'The score is 50%.';
    expect(kindOf(s, findValues(s)[0]!)).toBe('absolute');
  });
});
