// Rules from a fifty-second round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../extract/text.js';
import { entity, run } from '../../helpers/extract.js';

describe('a period a paste glued to a capitalised name', () => {
  it('ends the sentence, so the name stands alone', () => {
    const abstract =
      'Multi-hop pipelines suffer from error propagation.ZorbRAG first plans the hops and then answers on HotpotQA.';
    expect(splitSentences(abstract).map((s) => s.text)).toEqual([
      'Multi-hop pipelines suffer from error propagation.',
      'ZorbRAG first plans the hops and then answers on HotpotQA.',
    ]);
    expect(entity(abstract, 'ZorbRAG')?.type).toBe('Method');
    expect(run(abstract).entities.some((e) => e.name.includes('.'))).toBe(false);
  });

  it('but identifiers, web addresses and abbreviations keep theirs', () => {
    const text =
      'We patch torch.nn.Module in code at github.Com/Zorb and compare, e.g.Zorb, with etc.Blix here.';
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('a title name glossed with its acronym', () => {
  it('is the paper’s own thing', () => {
    const title = 'Safety-Guided Zorb (SGZ): A Unified Framework for Negative Guidance';
    const abstract =
      'Diffusion models can produce unsafe images. We evaluate on several safe generation settings.';
    expect(entity(abstract, 'SGZ', title)?.role).toBe('proposed');
  });

  it('but a name that only opens the long form is not', () => {
    const title = 'ZORB Tunnel Data (ZTD): A Benchmark Dataset for Defect Detection';
    const abstract = 'This paper introduces a new dataset of tunnel images. We evaluate YOLOv8 on it.';
    expect(entity(abstract, 'YOLOv8', title)?.role).toBe('used');
    expect(entity(abstract, 'ZORB', title)).toBeUndefined();
  });
});
