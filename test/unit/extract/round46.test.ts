// Rules from a forty-sixth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf } from '../../helpers/extract.js';

describe('a placeholder macro beside named parts of the system', () => {
  const title = 'Zorb-Mem: Question-Guided Memory for Video Reasoning';
  const abstract =
    'We propose \\ours, a memory framework. \\ours keeps a Fine-Grained Zorb Bank and a Coarse Zorb Bank. ' +
    'Experiments on Zorb-Bench show that \\ours achieves the best accuracy.';

  it('is a mention of the system the title names', () => {
    expect(entity(abstract, 'Zorb-Mem', title)?.aliases).toContain('\\ours');
    expect(namesOf(abstract, 'Method', title)).not.toContain('\\ours');
  });
});
