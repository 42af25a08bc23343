// Rules from a fifty-fourth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity } from '../../helpers/extract.js';

describe('a listed mixed-case name written in capitals', () => {
  it('is the paper’s own thing when an apposition presents it', () => {
    const abstract =
      'We propose REACT, a retrieval framework for multi-hop questions. REACT improves recall.';
    expect(entity(abstract, 'REACT')).toMatchObject({ name: 'REACT', role: 'proposed', type: 'Method' });
  });

  it('takes its type from the apposition, not from the listed name', () => {
    const abstract =
      'We propose VISA, a data-free auditing approach for occupancy world models. VISA finds errors.';
    expect(entity(abstract, 'VISA')).toMatchObject({ role: 'proposed', type: 'Method' });
  });

  it('stays the listed thing in a paper that also writes the listed form', () => {
    const abstract =
      'We compare with ReAct on ALFWorld. We propose REACT, a retrieval framework for multi-hop questions.';
    expect(entity(abstract, 'ReAct')?.role).toBe('used');
  });
});
