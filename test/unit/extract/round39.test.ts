// Rules from a thirty-ninth round: metrics written in LaTeX math.
// Every sentence here is invented and the Zorb names made up; the models, metrics and benchmarks are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf } from '../../helpers/extract.js';

describe('a metric written in LaTeX math', () => {
  it('is the listed metric when a qualifier stands before the math, and keeps the whole math as its spelling', () => {
    const abstract = 'ZorbNER reaches a macro $F_1$ of $0.81$ on CoNLL-2003.';
    expect(entity(abstract, 'macro F1')).toMatchObject({ type: 'Metric', aliases: ['macro $F_1$'] });
    expect(resultOf(abstract, '0.81')).toMatchObject({ metric: 'macro F1', subject: 'ZorbNER' });
  });

  it('is the listed metric when the math is followed by the word scores', () => {
    const abstract =
      'With ZorbNER, the $F_1$ scores do not exceed $0.57$ on the hardest split of CoNLL-2003.';
    expect(namesOf(abstract, 'Metric')).toEqual(['F1']);
    expect(resultOf(abstract, '0.57')).toMatchObject({ metric: 'F1', kind: 'absolute' });
  });
});
