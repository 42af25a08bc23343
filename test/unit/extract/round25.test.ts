// Rules from a twenty-fifth round (a measure named after a stated amount of change); every sentence here is invented,
// the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { namesOf } from '../../helpers/extract.js';

describe('a measure named after a stated amount of change', () => {
  it('reads what a counted reduction or increase is "in" as a metric, counts included', () => {
    const abstract =
      'ZorbCache achieves a 73% reduction in redundant lookups and a 41% increase in zorbic fidelity on ZorbServe.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['redundant lookups', 'zorbic fidelity']),
    );
  });

  it('stops the measure before what it is compared with', () => {
    const abstract = 'ZorbPack yields an 80% reduction in output size compared to ZorbZip on ZorbFiles.';
    expect(namesOf(abstract, 'Metric')).toContain('output size');
  });

  it('does not read the progress on a task as a measure', () => {
    const abstract = 'ZorbLong brings a 12% improvement in hour-long zorbic understanding on ZorbVid.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });

  it('needs the amount: an uncounted reduction in a plural is not a measure', () => {
    const abstract = 'ZorbCache leads to a reduction in redundant lookups on ZorbServe by 12%.';
    expect(namesOf(abstract, 'Metric')).not.toContain('redundant lookups');
  });
});
