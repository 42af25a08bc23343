// Rules from a thirty-second round (a participle after a name's comma, lists a colon or dash opens after a data
// noun, examples of architectures); every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

const typeOf = (out: ReturnType<typeof run>, name: string) => out.entities.find((e) => e.name === name)?.type;

describe('a participle after the comma that follows a name', () => {
  it('opens a clause about the name, so the noun it governs does not type the name', () => {
    const out = run(
      'We release a new benchmark dataset, Zorbiva, probing LLM compliance with privacy rules in dialogue.',
    );
    expect(typeOf(out, 'Zorbiva')).toBe('Benchmark');
  });

  it('says nothing of what a system is when it reports an outcome', () => {
    const out = run(
      'In this paper we present ZorbRender, a Gaussian representation for volumetric video. Experiments confirm the ' +
        'robustness of ZorbRender, setting a new benchmark for free-viewpoint playback.',
    );
    expect(typeOf(out, 'ZorbRender')).toBe('Method');
  });
});

describe('examples of architectures or networks', () => {
  it('are methods, not the data of an evaluation sentence', () => {
    const out = run(
      'Experiments on the Zorb-Kidney dataset show that ZorbUnet outperforms architectures such as QuxNet, ' +
        'BlixUnet, and Zorb-CENet on every split.',
    );
    for (const name of ['QuxNet', 'BlixUnet', 'Zorb-CENet']) expect(typeOf(out, name)).not.toBe('Benchmark');
  });
});
