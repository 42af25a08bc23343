// Rules from a thirty-third round (listed names that end in "s"); every sentence here is invented,
// the Zorb names made up; the listed names are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { buildLexicon, caseAllows } from '../../../extract/lexicon/index.js';
import { run } from '../../helpers/extract.js';

const typeOf = (out: ReturnType<typeof run>, name: string) => out.entities.find((e) => e.name === name)?.type;

describe('a listed name with an exact case', () => {
  const lex = buildLexicon();

  it('matches its own spelling, a final "s" included, and every listed form does', () => {
    const refused = [...lex.entries.values()].flat().filter((e) => !caseAllows(e, e.surface));
    expect(refused.map((e) => e.surface)).toEqual([]);
  });

  it('types a listed data set that ends in "s" wherever it stands', () => {
    const out = run('ZorbDrive reports results in open-loop nuScenes trajectory prediction.');
    expect(typeOf(out, 'nuScenes')).toBe('Benchmark');
  });
});
