import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions, looksLikeShortForm, matchLongForm } from '../../../extract/acronyms.js';
import { extractPaper } from '../../../extract/index.js';
import { splitSentences } from '../../../extract/text.js';

describe('acronym definitions', () => {
  it('finds "Long Form (LF)"', () => {
    const defs = findAcronymDefinitions(splitSentences('We propose Sparse Token Routing (STR) for speed.'));
    expect(defs).toMatchObject([{ short: 'STR', long: 'Sparse Token Routing' }]);
  });

  it('finds "LF (long form)"', () => {
    const defs = findAcronymDefinitions(
      splitSentences('We build on HRM (hierarchical routing memory) here.'),
    );
    expect(defs).toMatchObject([{ short: 'HRM', long: 'hierarchical routing memory' }]);
  });

  it('accepts mixed-case and plural short forms, rejects non-acronyms', () => {
    expect(looksLikeShortForm('DoC')).toBe(true);
    expect(looksLikeShortForm('GNNs')).toBe(true);
    expect(looksLikeShortForm('up to 45%')).toBe(false);
    expect(matchLongForm('XYZ', 'the results of a simple test')).toBe(-1);
  });

  it('turns a coined definition into one entity with the long form as alias', () => {
    const out = extractPaper({
      id: 'a',
      title: null,
      abstract: 'We propose Sparse Token Routing (STR), a new method. STR is fast.',
    });
    const str = out.entities.find((e) => e.name === 'STR');
    expect(str).toMatchObject({ type: 'Method', role: 'proposed', aliases: ['Sparse Token Routing'] });
    expect(str?.mentions).toEqual(expect.arrayContaining(['STR', 'Sparse Token Routing']));
  });

  it('attaches a listed technique acronym to its canonical name', () => {
    const out = extractPaper({
      id: 'a',
      title: null,
      abstract: 'We apply reinforcement learning (RL) to planning. RL helps.',
    });
    expect(out.entities.find((e) => e.type === 'Technique')).toMatchObject({
      name: 'reinforcement learning',
      aliases: ['RL'],
    });
  });

  it('treats generic class acronyms as no entity', () => {
    const out = extractPaper({
      id: 'a',
      title: null,
      abstract: 'Large language models (LLMs) are popular. LLMs hallucinate.',
    });
    expect(out.entities).toEqual([]);
  });

  it('types by the noun after the definition and the head of the long form', () => {
    const out = extractPaper({
      id: 'a',
      title: null,
      abstract: 'We release the Clinical Notes Evaluation Suite (CNES) benchmark for testing.',
    });
    expect(out.entities.find((e) => e.name === 'CNES')?.type).toBe('Benchmark');
  });
});
