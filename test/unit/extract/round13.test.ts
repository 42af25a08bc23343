// Rules from a thirteenth round (a new independently annotated proxy set and the result subjects of all of them);
// every sentence here is invented, and the Zorb names are made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run } from '../../helpers/extract.js';

/** The subject of the result with this value. */
const subjectOf = (abstract: string, value: string) => resultOf(abstract, value)?.subject;

describe('long forms that spell their acronym with capitals', () => {
  it('reads "NAME, Long Form" where the long form marks the letters by case', () => {
    const abstract = 'We propose ZORWEX, ZORbing the Web for EXpansion, a method to enrich documents.';
    expect(entity(abstract, 'ZORWEX')).toMatchObject({
      type: 'Method',
      role: 'proposed',
      aliases: ['ZORbing the Web for EXpansion'],
    });
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('ZORbing');
  });

  it('skips the article before the long form', () => {
    const abstract =
      'We propose ZRAVE, a Zorbic Ranking Approach for explainable VErification, that checks claims.';
    expect(entity(abstract, 'ZRAVE')?.aliases).toEqual([
      'Zorbic Ranking Approach for explainable VErification',
    ]);
    expect(namesOf(abstract, 'Method')).not.toContain('VErification');
  });

  it('reads "Long Form (NAME)" with Title Case capitals between the marked letters', () => {
    const abstract =
      'We propose ZORBositional Atomic-to-Complex Visual Capability Tuning (ZORBACT), which trains models.';
    expect(entity(abstract, 'ZORBACT')?.aliases).toContain(
      'ZORBositional Atomic-to-Complex Visual Capability Tuning',
    );
    expect(namesOf(abstract, 'Method')).not.toContain('ZORBositional');
  });

  it('keeps a long form whose head names nothing when its capitals spell the name', () => {
    const abstract =
      'We propose the first baseline for REal-Time Zorbic INpainting on Edge Devices (RETZINED).';
    expect(entity(abstract, 'RETZINED')?.aliases).toEqual(['REal-Time Zorbic INpainting on Edge Devices']);
    expect(namesOf(abstract, 'Method')).not.toContain('INpainting');
  });

  it('reads the spelled form after a title name', () => {
    const title = 'BADZR: Bundle Adjustment Diffusion Conditioned by ZRadients for Floor Plans';
    const names = run('We propose BADZR, a model for floor plans.', title).entities.map((e) => e.name);
    expect(names).toContain('BADZR');
    expect(names).not.toContain('ZRadients');
  });

  it('does not take a coined name that holds the whole acronym for its long form', () => {
    const abstract =
      'Recently, we proposed ZDCformer to incorporate the Zorbable Descriptive Convolution (ZDC) into ViT.';
    expect(entity(abstract, 'ZDC')?.aliases).toEqual(['Zorbable Descriptive Convolution']);
  });
});

describe('well-known names', () => {
  it('types released foundation models as models and test sets as benchmarks', () => {
    const abstract =
      'We compare against TimesFM, GraphCast, MedSAM and UI-TARS-1.5-7B, and evaluate on Set14, Urban100, ' +
      'LIBERO, HumanML3D and FLORES-200.';
    const models = namesOf(abstract, 'Model');
    for (const name of ['TimesFM', 'GraphCast', 'MedSAM', 'UI-TARS-1.5-7B']) expect(models).toContain(name);
    const benchmarks = namesOf(abstract, 'Benchmark');
    for (const name of ['Set14', 'Urban100', 'LIBERO', 'HumanML3D', 'FLORES-200'])
      expect(benchmarks).toContain(name);
  });

  it('keeps an edition of a listed test set apart from the first one', () => {
    const benchmarks = namesOf('We evaluate on LOL-v2 and ManiSkill2.', 'Benchmark');
    expect(benchmarks).toEqual(expect.arrayContaining(['LOL-v2', 'ManiSkill2']));
  });
});

describe('result subjects', () => {
  const intro = 'We introduce Zorbot, a novel real-to-sim approach. ';

  it('gives the gain to the system that improves another, not to the one improved', () => {
    const abstract =
      intro + 'Zorbot improved the in-domain performance of Octo by 7.2% and OpenVLA by 21.8% on average.';
    expect(subjectOf(abstract, '7.2%')).toBe('Zorbot');
    expect(subjectOf(abstract, '21.8%')).toBe('Zorbot');
  });

  it('keeps the improved system its own starting value', () => {
    const abstract = intro + 'On GSM8K, Zorbot improves Llama-3-8B from 75.6% to 87.2% in accuracy.';
    expect(subjectOf(abstract, '75.6%')).toBe('Llama-3-8B');
    expect(subjectOf(abstract, '87.2%')).toBe('Zorbot');
  });

  it('gives the margin over a beaten model to the one that beats it', () => {
    const abstract =
      intro +
      'On ZorbVQA, Zorbot improves the reasoning performance of Qwen2.5-7B by 37.5%, outperforming GPT-4o by 13.0%. ' +
      'Zorbot reaches 82.3% success rate, outperforming GPT-4o (+40.3%) and OpenAI-o3 (+18.3%).';
    expect(subjectOf(abstract, '13.0%')).toBe('Zorbot');
    expect(subjectOf(abstract, '40.3%')).toBe('Zorbot');
    expect(subjectOf(abstract, '18.3%')).toBe('Zorbot');
  });

  it('does not give a value to the model it was reached on', () => {
    const abstract =
      intro +
      'Zorbot achieves attack success rates of 75.08% on MiniGPT-4, 85.84% on LLaVA and 81.00% on Qwen-VL.';
    expect(subjectOf(abstract, '85.84%')).toBe('Zorbot');
    expect(subjectOf(abstract, '81.00%')).toBe('Zorbot');
  });

  it('does not give a value to the backbone a method runs with', () => {
    const abstract =
      intro +
      'Zorbot achieves 0.382 accuracy with Qwen2.5-7B. With Llama-3-8B, it reaches an 82.3% success rate.';
    expect(subjectOf(abstract, '0.382')).toBe('Zorbot');
    expect(subjectOf(abstract, '82.3%')).toBe('Zorbot');
  });

  it('still gives the gain to a method a base model is trained with', () => {
    const abstract = intro + 'Training a Llama-3-8B model with Zorbot results in a 28.6% gain in win rate.';
    expect(subjectOf(abstract, '28.6%')).toBe('Zorbot');
  });
});

describe('a starting value', () => {
  it('belongs to no one when the baseline it measures is unnamed', () => {
    const abstract =
      'We introduce Zorbplan, a novel planning framework. Zorbplan demonstrates state-of-the-art performance on the ' +
      'ZorbTravel benchmark, improving the final pass rate from 23.3% to 44.4% over its best alternative.';
    expect(subjectOf(abstract, '23.3%')).toBeNull();
    expect(subjectOf(abstract, '44.4%')).toBe('Zorbplan');
  });

  it('is not a range', () => {
    const abstract =
      'We introduce Zorbplan, a novel planning framework. Experiments across many plant disease datasets of varying ' +
      'scales show that Zorbplan reaches test accuracies ranging from 80% to over 99%.';
    expect(subjectOf(abstract, '80%')).toBe('Zorbplan');
  });
});
