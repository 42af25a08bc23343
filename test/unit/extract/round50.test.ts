// Rules from a fiftieth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, roleOf } from '../../helpers/extract.js';

describe('a dash flattened to a hyphen before a clause', () => {
  it('ends the name before it', () => {
    const abstract =
      'For the reading of ZorbUnits-which involves reading the code on each unit-we introduce ZorbRead, a ' +
      'pipeline. ZorbRead is trained on ZorbWeb-but not on ZorbCrawl. ZorbRead beats ZorbOCR.';
    expect(entity(abstract, 'ZorbUnits-which')).toBeUndefined();
    expect(entity(abstract, 'ZorbWeb-but')).toBeUndefined();
    expect(entity(abstract, 'ZorbWeb')).toBeDefined();
    expect(roleOf(abstract, 'ZorbRead')).toBe('proposed');
  });

  it('leaves compounds with "the" inside them whole', () => {
    const abstract = 'We propose ZorbLoop. ZorbLoop beats state-of-the art agents on ZorbBench-in-the-Wild.';
    expect(entity(abstract, 'ZorbBench-in-the-Wild')?.type).toBe('Benchmark');
    expect(entity(abstract, 'art')).toBeUndefined();
  });
});
