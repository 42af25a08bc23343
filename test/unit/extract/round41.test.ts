// Rules from a forty-first round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { namesOf, values } from '../../helpers/extract.js';

describe('a participle before a measure', () => {
  it('acts on the measure or judges it and is no part of its name', () => {
    expect(
      namesOf('With more data, ZorbNet reaches an outstanding accuracy of 97.1% on ZorbSet.', 'Metric'),
    ).toEqual(['accuracy']);
    expect(
      namesOf('Longer training of ZorbNet keeps pushing accuracy above 90% on ZorbSet.', 'Metric'),
    ).toEqual(['accuracy']);
    expect(namesOf('ZorbDet achieves promising detection accuracy of 71.5% on ZorbCity.', 'Metric')).toEqual([
      'detection accuracy',
    ]);
  });

  it('still names a measure by the activity it is taken on', () => {
    expect(
      namesOf('ZorbTrack improves tracking accuracy by 4.2% and cuts running time by 30%.', 'Metric'),
    ).toEqual(expect.arrayContaining(['tracking accuracy', 'running time']));
  });
});

describe('a range in parentheses', () => {
  it('is one result when a hyphen joins its ends', () => {
    expect(values('ZorbAttack reaches high attack success rates (81%-95%) on ten agents.')).toEqual([
      '81%-95%',
    ]);
  });

  it('is a change from one value to another when "to" joins them', () => {
    expect(values('ZorbNet raises accuracy on ZorbSet (42.75% to 46.75%).')).toEqual(['42.75%', '46.75%']);
  });
});
