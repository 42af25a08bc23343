// Rules from a forty-fifth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

describe('a phenomenon the paper names', () => {
  it('is no entity, nor is its short name, however it is spelled', () => {
    const abstract =
      'We discover a novel phenomenon termed Zorbic Alignment Collapse (ZAC), and a second phenomenon ' +
      'we call Zorb Drift (ZD3+). Building on ZAC and ZD3+, we propose ZorbFix, a new alignment method.';
    expect(run(abstract).entities.map((e) => e.name)).toEqual(['ZorbFix']);
  });
});
