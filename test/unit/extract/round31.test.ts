// Rules from a thirty-first round (qualified measures, ...); every sentence here is invented, the Zorb names made up
// (real names appear only as listed knowledge).
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

const metric = (out: ReturnType<typeof run>, name: string) =>
  out.entities.find((e) => e.type === 'Metric' && e.name === name);

describe('a qualified measure', () => {
  it('keeps "final" as another name of the measure, as "average" is', () => {
    const out = run(
      'Zorbnet reaches a 71.3% final pass rate on Zorb-Bench, up from 52.0% for the base model.',
    );
    expect(metric(out, 'pass rate')?.aliases).toContain('final pass rate');
  });
});
