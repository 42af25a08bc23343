// Rules from a twenty-eighth round (a loose metric list running into its clause, mixed-case acronyms of plain domain
// terms, Title Case long forms of things measured or treated); every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

describe('a loose metric list that runs into the clause after it', () => {
  it('reads its last item as the listed measure that opens it', () => {
    const out = run(
      'Zorb scoring is hard. Traditional metrics like precision and recall often fail to account for the ' +
        'variability in expert judgments of Zorb cases.',
    );
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toContain('recall');
    expect(metrics.some((m) => /often/.test(m))).toBe(false);
  });
});

describe('mixed-case acronyms of plain domain terms', () => {
  it('does not take a term of the domain for a method', () => {
    const out = run(
      'ZorbScope crops regions of zorbiness (RoZ) from functional near-zorb spectroscopy (fNZS) recordings. ' +
        'ZorbScope tracks each RoZ over fNZS windows.',
    );
    const names = out.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain('RoZ');
    expect(names).not.toContain('fNZS');
  });

  it('keeps a built part named in lower case', () => {
    const out = run(
      'ZorbNet integrates a lightweight causal zorb learner (CaZL) and a contrastive quux loss (CQLoss). ' +
        'CaZL and CQLoss help.',
    );
    const typeOf = (acronym: string) =>
      out.entities.find((e) => e.name === acronym || e.aliases.includes(acronym))?.type;
    expect(typeOf('CaZL')).toBe('Method');
    expect(typeOf('CQLoss')).toBe('Method');
  });

  it('keeps a system the text names after the acronym', () => {
    const out = run('This letter proposes a multi-text zorb transmission (Multi-ZT) system that uses a VLM.');
    expect(out.entities.some((e) => e.name === 'Multi-ZT' && e.type === 'Method')).toBe(true);
  });
});

describe('Title Case long forms of things measured or treated', () => {
  it('does not take a volume, a range or a telescope for a method', () => {
    const out = run(
      'Delineating the Zorbic Target Volume (ZTV) is essential. Quux Dynamic Range (QDR) scenes and the ' +
        'Zorb Horizon Telescope (ZHT) data are hard; ZorbSeg segments ZTV.',
    );
    const names = out.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain('ZTV');
    expect(names).not.toContain('QDR');
    expect(names).not.toContain('ZHT');
  });
});
