// Rules from an eleventh round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run, values } from '../../helpers/extract.js';

describe("coined Title-Case names of the authors' own parts", () => {
  it("takes a Title-Case phrase with a method head in a sentence of the authors' doing as proposed", () => {
    const abstract =
      'We study zorb routing. To enable fast decoding, we implement a Hybrid Zorbing Engine which switches modes. ' +
      'We identify a hacking issue, which we mitigate through a Double Zorb Loss.';
    expect(entity(abstract, 'Hybrid Zorbing Engine')).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(entity(abstract, 'Double Zorb Loss')).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('does not take places, phenomena or the generic kind in capitals for methods', () => {
    const abstract =
      'We collect walks in the English Lake District and we identify the Covariance Zorb Trap and a ' +
      'Thinking-Zorbing Gap. The pipeline combines machine learning and Large Language Models.';
    const methods = namesOf(abstract, 'Method');
    expect(methods).not.toContain('English Lake District');
    expect(methods).not.toContain('Covariance Zorb Trap');
    expect(methods).not.toContain('Thinking-Zorbing Gap');
    expect(methods).not.toContain('Large Language Models');
  });

  it('reads what a paper names as its key contribution as proposed', () => {
    const abstract =
      'We study people search. A key contribution is Zorbic Grounded Verification, a relevance pipeline that ' +
      'checks criteria. Our core innovation lies in the Twin Zorb Router, which routes tokens.';
    expect(entity(abstract, 'Zorbic Grounded Verification')).toMatchObject({
      type: 'Method',
      role: 'proposed',
    });
    expect(entity(abstract, 'Twin Zorb Router')).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('reads numbered key features and a part glossed in parentheses, but not a numbered kind of task', () => {
    const abstract =
      'We introduce three key features: (1) Zorb Group, which provides collaboration; and (2) Collective Zorb ' +
      'Evolution, which enables growth. We propose ZRA-EE, which skips layers via Spatio-Zorbic Aggregation ' +
      '(replacing the token). Its coverage has two key features: (1) Coarse-to-Fine Tasks: we split generation.';
    const methods = namesOf(abstract, 'Method');
    for (const name of ['Zorb Group', 'Collective Zorb Evolution', 'Spatio-Zorbic Aggregation'])
      expect(methods).toContain(name);
    expect(methods).not.toContain('Coarse-to-Fine Tasks');
  });
});

describe('compared methods named in a list of baselines', () => {
  it('reads Title-Case items after "baselines such as" as compared methods', () => {
    const abstract =
      'Zorbit-X outperforms existing baselines such as Learn Then Zorb, Conformal Zorb Control, and dilation-based ' +
      'methods on ZorbSet.';
    expect(entity(abstract, 'Learn Then Zorb')).toMatchObject({ type: 'Method', role: 'compared' });
    expect(entity(abstract, 'Conformal Zorb Control')).toMatchObject({ type: 'Method', role: 'compared' });
  });
});

describe('measures named by how a result is reported', () => {
  it('finds an error measure that is lowest, improved over others by an amount, or resulted in', () => {
    const abstract =
      'We propose Zorbit-X. Zorbit-X achieves the lowest reconstruction error on ZorbSet, improving mean ' +
      'altitude error over two baselines by 29.6%. The old judge drifted, resulting in a calibration error of ' +
      'as much as 17.7%.';
    const metrics = namesOf(abstract, 'Metric');
    for (const name of ['reconstruction error', 'altitude error', 'calibration error'])
      expect(metrics).toContain(name);
    expect(resultOf(abstract, '29.6%')).toMatchObject({ metric: 'altitude error' });
  });

  it('does not take praise or a changed thing for part of a measure', () => {
    const abstract =
      'We propose Zorbit-X. Early trials of Zorbit-X yielded a commendable accuracy of 84 percent. Zorbit-X lifts ' +
      'the curated corpus over the base model by 18.3 pp on ZorbQA.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toContain('accuracy');
    expect(metrics).not.toContain('commendable accuracy');
    expect(metrics).not.toContain('curated corpus');
  });
});

describe('tokens that are no entities', () => {
  it('skips a symbol given a value and a licence, but keeps a metric given a value', () => {
    const abstract =
      'Zorbit-X tracks ethics (correlation rZT = -0.81, p < 0.001) and leads in all 3 metrics (ZorbBLEU = 63.9, ' +
      'BLEU-4 = 20.7, COMET = 0.62). We ' +
      'release ZorbSet under the CC-BY-NC-4.0 licence.';
    const names = run(abstract).entities.map((e) => e.name);
    expect(names).not.toContain('rZT');
    expect(names).not.toContain('CC-BY-NC-4.0');
    expect(entity(abstract, 'ZorbBLEU')?.type).toBe('Metric');
  });
});

describe('lexicon of field knowledge', () => {
  it('matches a listed lower-case form of a capitalised name', () => {
    expect(entity('Zorbit-X is calibrated against deep ensembles on ZorbQA.', 'Deep Ensembles')?.type).toBe(
      'Method',
    );
  });

  it('lists classic learning and inference techniques', () => {
    const abstract =
      'Zorbit-X combines pseudo-labeling and self-training for unsupervised domain adaptation, decodes with ' +
      'belief propagation and a conditional random field, and plans with model predictive control.';
    const techniques = namesOf(abstract, 'Technique');
    for (const name of [
      'pseudo-labeling',
      'self-training',
      'unsupervised domain adaptation',
      'belief propagation',
      'conditional random field',
      'model predictive control',
    ])
      expect(techniques).toContain(name);
  });

  it('knows late-interaction retrievers and text-to-image scores', () => {
    const abstract =
      'Zorbit-X retrieves pages with ColQwen2.5 and ColPali and is scored with VQAScore and TIFA.';
    expect(entity(abstract, 'ColQwen2.5')?.type).toBe('Model');
    expect(entity(abstract, 'ColPali')?.type).toBe('Model');
    expect(entity(abstract, 'VQAScore')?.type).toBe('Metric');
    expect(entity(abstract, 'TIFA')?.type).toBe('Metric');
  });
});

describe('results written beside what they score', () => {
  it('reads a leaderboard of names with values in parentheses and a score of a number', () => {
    const abstract =
      'We introduce ZorbQA, a benchmark for thermodynamics. The leaderboard is led by GPT-5.4 (93.1%) and ' +
      'Gemini 3.1 Pro (92.5%). Zorbit-14B reaches a score of 74.2, rivaling much larger models such as o3-mini ' +
      '(74.5) and DeepSeek-R1 (74.9).';
    const results = run(abstract).results;
    const subjectOf = (value: string) => results.find((r) => r.value === value)?.subject;
    expect(subjectOf('93.1%')).toBe('GPT-5.4');
    expect(subjectOf('92.5%')).toBe('Gemini 3.1 Pro');
    expect(subjectOf('74.2')).toBe('Zorbit-14B');
    expect(subjectOf('74.5')).toBe('o3-mini');
    expect(subjectOf('74.9')).toBe('DeepSeek-R1');
  });

  it('does not read the digits inside a metric name as a value', () => {
    const abstract = 'Zorbit-X improves mAP50 and mAP50:95 by 2.9 and 3.4 percentage points on ZorbSet.';
    expect(values(abstract)).toContain('2.9');
    expect(values(abstract)).not.toContain('95');
  });

  it('does not read a long form across an earlier parenthesis', () => {
    const abstract = 'Zorbit-X reaches an AUC of 99.5% (ZorbSet-v2), and an F1 of 98.9% (ZorbSet-v2).';
    for (const e of run(abstract).entities) for (const m of e.mentions) expect(m).not.toMatch(/[()]/);
    expect(values(abstract)).toContain('98.9%');
  });
});

describe('what a title says a name is', () => {
  it('takes a title "X: A Benchmark for ..." over a listed method of the same name', () => {
    const result = run(
      'We introduce STAR, a dataset of star fields. Models trained on STAR improve PSNR by 2 dB.',
      'STAR: A Benchmark for Astronomical Star Fields Super-Resolution',
    );
    const star = result.entities.find((e) => e.name === 'STAR');
    expect(star).toMatchObject({ type: 'Benchmark', role: 'proposed' });
    expect(result.entities.map((e) => e.name)).not.toContain('STaR');
  });

  it('types released word vectors and video encoders as models', () => {
    const abstract =
      'We compare GloVe and fastText embeddings with VideoMAE-v2 and OWSM v3.1 features on ZorbQA.';
    for (const name of ['GloVe', 'fastText', 'OWSM v3.1']) expect(entity(abstract, name)?.type).toBe('Model');
    expect(run(abstract).entities.find((e) => e.name.startsWith('VideoMAE'))?.type).toBe('Model');
  });
});

describe('model-name grammar', () => {
  it('reads local-runtime tags with a size after a colon as checkpoints', () => {
    const abstract = 'We run llama3.1:8b, qwen2.5:7b and gemma3:4b locally on ZorbQA.';
    for (const name of ['llama3.1:8b', 'qwen2.5:7b', 'gemma3:4b'])
      expect(entity(abstract, name)?.type).toBe('Model');
  });
});
