// Rules from a twentieth round (long forms written with hyphens after their acronym, list items and the comma after
// them, systems listed after "methods such as", data nouns after a definition); every sentence here is invented,
// the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf } from '../../helpers/extract.js';

describe('acronym definitions', () => {
  it('reads a hyphenated long form in parentheses after its acronym', () => {
    const zorp = entity(
      'We present ZORP (Zap-Orbit-Rise-Pulse), a framework for emotional reasoning.',
      'ZORP',
    );
    expect(zorp?.aliases).toContain('Zap-Orbit-Rise-Pulse');
    expect(zorp?.role).toBe('proposed');
  });

  it('types a defined name by the data noun after its modifiers', () => {
    const abstract =
      'We extend the foundational ZOOL (Zap of Out of Label) anomaly detection benchmark with descriptions.';
    expect(entity(abstract, 'ZOOL')?.type).toBe('Benchmark');
  });
});

describe('list items', () => {
  it('reads an unknown name between two benchmarks of a list as a benchmark', () => {
    const abstract = 'Across EmoBench, ZAQEU, and EQ-Bench, ZorbCal improves emotional reasoning by 22%.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(expect.arrayContaining(['EmoBench', 'ZAQEU', 'EQ-Bench']));
  });

  it('starts no apposition at the comma after the last item of an opening list', () => {
    const abstract = 'Across EmoBench, ZaqBench, and EQ-Bench, our method improves emotional reasoning.';
    expect(entity(abstract, 'EQ-Bench')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZaqBench')?.type).toBe('Benchmark');
  });

  it('starts no apposition at a comma followed by a conjunction', () => {
    const abstract =
      'We test on EmoBench, ZaqBench, and EQ-Bench, and our method improves emotional reasoning by 22%.';
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });

  it('keeps bare acronyms listed after "methods such as", but not after "coding systems such as"', () => {
    const abstract =
      'Existing methods such as ZIAL, ZDIAL, and ZommNet enable message passing but lack interpretability.';
    expect(namesOf(abstract, 'Method')).toEqual(expect.arrayContaining(['ZIAL', 'ZDIAL', 'ZommNet']));
    const coding = 'Coding systems such as ZCD, Zondo, and ZTC lack coverage of rare diseases.';
    expect(namesOf(coding, 'Method')).not.toContain('ZTC');
  });
});
