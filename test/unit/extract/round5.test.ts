// Rules from a fifth round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../extract/index.js';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { fold } from '../../../extract/text.js';

const run = (abstract: string, title: string | null = null) => extractPaper({ id: 'r5', title, abstract });
const entity = (abstract: string, name: string, title: string | null = null) =>
  run(abstract, title).entities.find((e) => e.name === name);
const values = (abstract: string) => run(abstract).results.map((r) => r.value);

describe('tasks', () => {
  it("keeps tasks named in a sentence whose subject is the paper's own system", () => {
    const abstract =
      'We present Zorbkit, a toolkit for offline document work. The toolkit provides pipelines for document parsing, ' +
      'named entity recognition and summarization.';
    expect(entity(abstract, 'summarization')?.type).toBe('Task');
    expect(entity(abstract, 'named entity recognition')?.type).toBe('Task');
  });

  it('drops the same tasks in a background sentence', () => {
    const abstract =
      'Prior toolkits offer summarization for cloud users. We present Zorbkit, which runs offline on a laptop.';
    expect(entity(abstract, 'summarization')).toBeUndefined();
  });

  it('knows field task names from the Papers with Code list', () => {
    const lex = buildLexicon();
    for (const task of ['video inpainting', 'community detection', 'deepfake detection'])
      expect(lex.entries.get(fold(task))?.some((e) => e.type === 'Task')).toBe(true);
    expect(
      entity('We evaluate Zorbnet on video inpainting and report strong results.', 'video inpainting')?.type,
    ).toBe('Task');
  });

  it('types a challenge named after its task by its dated editions', () => {
    const abstract =
      'Masks come from standard Kidney Zorb Segmentation (KiZS) annotations. ' +
      'Experiments on KiZS 2021 and KiZS 2023 show that Zorbnet outperforms five baselines.';
    const out = run(abstract).entities;
    expect(out.find((e) => e.name === 'KiZS 2021')?.type).toBe('Benchmark');
    expect(out.find((e) => e.name === 'KiZS')?.type).toBe('Benchmark');
  });

  it('keeps a task acronym a task when only "the KZ dataset" follows it', () => {
    const abstract =
      'Kidney zorb segmentation (KZS) is hard. We release a KZS dataset of 900 scans and evaluate Zorbnet on it.';
    expect(entity(abstract, 'kidney zorb segmentation')?.type).toBe('Task');
  });
});

describe('lists after a plural type noun', () => {
  it('types the items of "corpora (A, B, and C)" as benchmarks', () => {
    const out = run(
      'Zorb-QA is built from four open corpora (QUX-6, MELB, TalkSet, and BLIMP) and has 9,000 items.',
    );
    for (const name of ['QUX-6', 'MELB', 'TalkSet', 'BLIMP'])
      expect(out.entities.find((e) => e.name === name)?.type).toBe('Benchmark');
  });

  it('types the items of "models such as A and B" as models', () => {
    expect(entity('We test models such as Zorb-7B and QuxLM-2 on three tasks.', 'QuxLM-2')?.type).toBe(
      'Model',
    );
  });

  it('does not take a bare variant word for a model ("(v1.5, XL, and v3)")', () => {
    expect(entity('We apply ZorbAdapt to Stable Diffusion models (v1.5, XL, and v3).', 'XL')).toBeUndefined();
  });
});

describe('result values', () => {
  it('reads values inside LaTeX math', () => {
    expect(
      values('Zorbit improves FID from $62.7$ to $31.6$ and reaches up to $5.5\\times$ speedup.'),
    ).toEqual(['62.7', '31.6', '5.5\\times']);
  });

  it('reads a before-and-after pair of plain decimals that ends a sentence', () => {
    expect(
      values('Augmentation helps most in the low-resource setting, improving F1 from 0.61 to 0.70.'),
    ).toEqual(['0.61', '0.70']);
  });

  it('reads every end of a reported change, however far from the metric', () => {
    expect(
      values(
        'Mean validation loss decreased from 8.3552 at initialization to 2.7996 near 4 million tokens, but increased to 3.9010 by the end.',
      ),
    ).toEqual(['8.3552', '2.7996', '3.9010']);
  });

  it('reads values in a sentence that names its metric without an outcome verb', () => {
    expect(values('Sensitivity was high for common classes (Z-1a 92.7%, Z-2 69.2%).')).toEqual([
      '92.7%',
      '69.2%',
    ]);
  });

  it('reads point differences, ranges with a double hyphen and a spaced percent sign', () => {
    expect(values('An ablation attributes +9.4 pp to the scaffold and +0.9 pp to critique.')).toEqual([
      '9.4 pp',
      '0.9 pp',
    ]);
    expect(
      values('Maintenance rates were 91.7--100.0% in lab settings but dropped to 6.7--18.3% in the field.'),
    ).toEqual(['91.7--100.0%', '6.7--18.3%']);
    expect(
      values(
        'Zorbit beats self-consistency (77.7%) and reaches a 14.0-percentage-point gain, at 2.22 % MAPE.',
      ),
    ).toEqual(['77.7%', '14.0-percentage-point', '2.22 %']);
  });

  it('leaves confidence intervals out', () => {
    expect(
      values('The system achieved 76.0% accuracy (95% CI, 72.1%-79.6%) versus 57.5% for clinicians.'),
    ).toEqual(['76.0%', '57.5%']);
  });
});
