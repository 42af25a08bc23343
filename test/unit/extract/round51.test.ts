// Rules from a fifty-first round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, roleOf } from '../../helpers/extract.js';

describe('a comparison with baselines on a data set', () => {
  it('reads what the comparison runs on as a data set', () => {
    const abstract = 'We study dense matching. We compare our matcher against ZorbMatch on ZorbPairs.';
    expect(entity(abstract, 'ZorbPairs')?.type).toBe('Benchmark');
    expect(roleOf(abstract, 'ZorbMatch')).toBe('compared');
  });

  it('but not a comparison with no object after it', () => {
    const abstract = 'We study dense matching. Prior matchers are compared and ZorbMatch runs on ZorbChip.';
    expect(entity(abstract, 'ZorbChip')?.type).not.toBe('Benchmark');
  });
});
