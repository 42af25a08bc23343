// Rules from a forty-seventh round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { values } from '../../helpers/extract.js';

describe('a change with its unit written once, after the second end', () => {
  it('is a before-and-after pair whose first end is kept', () => {
    expect(values('ZorbNet reduces the collision rate on ZorbCity from 2.14 to 0.03 percent.')).toEqual([
      '2.14',
      '0.03 percent',
    ]);
    expect(values('ZorbNet cuts latency from 120 to 45 ms on ZorbBench.')).toEqual(['120', '45 ms']);
  });
});

describe('a range with a word unit after both ends', () => {
  it('is one result', () => {
    expect(
      values(
        'The accuracy gaps of the Zorb models varied from 19.9 percentage points to 26.9 percentage points.',
      ),
    ).toEqual(['19.9 percentage points to 26.9 percentage points']);
  });
});
