// Rules from a fifty-third round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity } from '../../helpers/extract.js';

describe('a listed name with a plus after it', () => {
  it('is a new release of the same kind', () => {
    const abstract =
      'ZorbPPO reaches the best tail-task score on the Meta-World+ benchmark with fewer parameters.';
    expect(entity(abstract, 'Meta-World+')?.type).toBe('Benchmark');
  });

  it('and a listed method with one stays a method', () => {
    const abstract = 'We explain the ZorbNet classifier with Grad-CAM++ saliency maps on brain MRI scans.';
    expect(entity(abstract, 'Grad-CAM++')?.type).toBe('Method');
  });
});
