// Rules from a forty-ninth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, resultOf, roleOf, run } from '../../helpers/extract.js';

describe('a measure a value is stated with', () => {
  const abstract =
    'We propose ZorbScore. Its single number predicts the gains of ZorbNet, with a zorb rank correlation of 0.86 ' +
    'and a zorb linear correlation of 0.95.';

  it('names the measure of the first value and of a later item', () => {
    expect(resultOf(abstract, '0.86')?.metric).toBe('zorb rank correlation');
    expect(resultOf(abstract, '0.95')?.metric).toBe('zorb linear correlation');
  });

  it('is not a setting the method was run with', () => {
    const run =
      'We propose ZorbNet. ZorbNet is trained with a zorb learning rate of 0.001 and a mask ratio of 0.75.';
    expect(entity(run, 'zorb learning rate')).toBeUndefined();
    expect(entity(run, 'mask ratio')).toBeUndefined();
  });

  it('keeps the capital of the person a measure is named after', () => {
    const abstract =
      'We propose ZorbNet. ZorbNet agrees with experts, with a Spearman zorb correlation of 0.71.';
    expect(resultOf(abstract, '0.71')?.metric).toBe('Spearman zorb correlation');
  });
});

describe('a name others made earlier', () => {
  it('is not the paper’s own when a sentence says it was proposed before', () => {
    const abstract =
      'To address these limits, Fast Zorb Anything (FastZorb) was proposed, achieving real-time segmentation. ' +
      'However, FastZorb often yields jagged edges. This paper introduces a refinement approach to smooth the edges ' +
      'of FastZorb.';
    expect(roleOf(abstract, 'FastZorb')).toBe('used');
  });

  it('still is when the title names it as the paper’s own', () => {
    const abstract = 'ZorbFix was developed to smooth masks. ZorbFix runs in real time on edge devices.';
    expect(entity(abstract, 'ZorbFix', 'ZorbFix: Smoothing Masks in Real Time')?.role).toBe('proposed');
  });
});

describe('a listed short form the paper defines as its own new name', () => {
  it('names the new thing, not the listed one', () => {
    const abstract =
      'We propose Pathways of Thoughts (PoT), an inference-stage method for any language model. PoT outperforms ' +
      'strong baselines.';
    const pot = entity(abstract, 'PoT');
    expect(pot?.type).toBe('Method');
    expect(pot?.role).toBe('proposed');
    expect(pot?.aliases).toContain('Pathways of Thoughts');
  });

  it('but a lower-case kind the new thing is one of stays the listed kind', () => {
    const abstract =
      'We propose ZorbFormer, a novel end-to-end spiking nerual network (SNN) architecture for zorb recognition.';
    expect(entity(abstract, 'SNN')).toBeUndefined();
    expect(entity(abstract, 'spiking neural network')?.type).toBe('Technique');
  });

  it('but a listed measure the method improves stays that measure', () => {
    const abstract = 'Our proposed ZorbVAR improves Frechet Inception Distance (FID) from 10.83 to 3.58.';
    expect(entity(abstract, 'FID')?.role).not.toBe('proposed');
  });
});

describe('lexicon entries of this round', () => {
  it('knows serving measures, one-language BERTs and video benchmarks', () => {
    const abstract =
      'We propose ZorbServe. ZorbServe improves SLO attainment by 2x on MMVU, and a Pars Bert classifier reached a ' +
      '79.87 Macro F-score.';
    expect(entity(abstract, 'SLO attainment')?.type).toBe('Metric');
    expect(entity(abstract, 'MMVU')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ParsBERT')?.type).toBe('Model');
    expect(entity(abstract, 'macro F1')?.aliases).toContain('Macro F-score');
  });

  it('knows detectors, human-centric models, chest X-ray data and prompt optimizers', () => {
    const abstract =
      'We propose ZorbDet. ZorbDet beats FCOS on Open-I and Who&When, using Sapiens features and MIPROv2 prompts.';
    const found = run(abstract).entities.map((e) => [e.type, e.name]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Method', 'FCOS'],
        ['Benchmark', 'Open-I'],
        ['Benchmark', 'Who&When'],
        ['Model', 'Sapiens'],
        ['Method', 'MIPROv2'],
      ]),
    );
  });

  it('knows the statistics and times studies report', () => {
    const abstract =
      'We propose ZorbTutor. Two lessons showed benefits with standardized effect sizes of 0.28 and 0.33, and ' +
      'ZorbTutor cut task completion time by 12%.';
    expect(entity(abstract, 'effect size')?.type).toBe('Metric');
    expect(entity(abstract, 'completion time')?.type).toBe('Metric');
  });
});

describe('field words that name nothing', () => {
  it('reads no method in a norm, a degree of freedom, an operating system, a wireless link or a rule shape', () => {
    const abstract =
      'We propose ZorbNet. ZorbNet beats SotA methods and uses an l2 penalty on 6 DoF poses. It runs on any OS ' +
      'over WiFi with IF-THEN rules, and improves mF1 and clDice on PrimeKG.';
    const found = run(abstract).entities.map((e) => [e.type, e.name]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Metric', 'mF1'],
        ['Metric', 'clDice'],
        ['Benchmark', 'PrimeKG'],
      ]),
    );
    for (const word of ['SotA', 'l2', 'DoF', 'OS', 'WiFi', 'IF-THEN'])
      expect(found.map(([, name]) => name)).not.toContain(word);
  });
});

describe('question-answering task acronyms', () => {
  it('are tasks, not benchmarks, and a virtual machine is no name', () => {
    const abstract =
      'We propose ZorbNet. Experiments on four KGQA benchmarks and 9,000 MCQA items show gains; agents run in a VM.';
    const found = run(abstract).entities.map((e) => [e.type, e.name]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Task', 'knowledge graph question answering'],
        ['Task', 'multiple-choice question answering'],
      ]),
    );
    expect(found.filter(([type]) => type === 'Benchmark')).toEqual([]);
    expect(found.map(([, name]) => name)).not.toContain('VM');
  });
});

describe('a plain word the paper introduces and says what it does', () => {
  it('is a proposed name when used again', () => {
    const abstract =
      'We introduce Meerkar, which combines clustering with agentic search to find violations. Meerkar finds ' +
      'sparse failures.';
    expect(roleOf(abstract, 'Meerkar')).toBe('proposed');
  });

  it('is too weak once', () => {
    expect(
      entity('We introduce Fusion, which combines clustering with agentic search.', 'Fusion'),
    ).toBeUndefined();
  });
});
