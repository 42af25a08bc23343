// Rules from a fifty-sixth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, resultOf, values } from '../../helpers/extract.js';

describe('an acronym a value is read in', () => {
  it('is a measure right after a value: "0.737 ZQM on ..."', () => {
    const abstract = 'ZorbRank-4B further achieves 0.737 ZQM on ZorbMem, on par with far larger rerankers.';
    expect(entity(abstract, 'ZQM')?.type).toBe('Metric');
    expect(resultOf(abstract, '0.737')?.metric).toBe('ZQM');
  });

  it('is a measure set equal to a value: "ZRR=53.2%"', () => {
    const abstract =
      'Our full pipeline achieves ZRR=53.2% and F1=61.6%, compared to a single-pass baseline of ZRR=43.1%.';
    expect(entity(abstract, 'ZRR')?.type).toBe('Metric');
    expect(resultOf(abstract, '43.1%')?.metric).toBe('ZRR');
  });

  it('is a measure a change is in: "a 12.5 % increase in ZTR"', () => {
    const abstract =
      'Across online A/B tests, ZorbAd achieves a 12.5 % increase in ZTR and an 8.3 % increase in ZVR while keeping novelty.';
    expect(entity(abstract, 'ZTR')?.type).toBe('Metric');
    expect(entity(abstract, 'ZVR')?.type).toBe('Metric');
    expect(resultOf(abstract, '8.3 %')?.metric).toBe('ZVR');
  });

  it('lets a listed two-letter metric count without its long form there', () => {
    const abstract = 'ZorbRAG reaches EM=53.2% on ZorbHop, and fixed hybrid retrieval adds +1.8 EM.';
    expect(entity(abstract, 'exact match')).toMatchObject({ type: 'Metric', aliases: ['EM'] });
    expect(resultOf(abstract, '1.8')?.metric).toBe('exact match');
  });

  it('but not a system the text defined: "discriminative model (DM) ... DM = 0.91"', () => {
    const abstract =
      'A fine-tuned discriminative model (DM) and a VLM were compared. Median F1-scores: VLM = 0.89, DM = 0.91.';
    expect(entity(abstract, 'DM')?.type).not.toBe('Metric');
  });

  it('nor an acronym after a version number: "Zorblet Opus 4.6 ZUA"', () => {
    const abstract =
      'The best-performing agent (Zorblet Opus 4.6 ZUA) achieves only 36.3 percent task success.';
    expect(entity(abstract, 'ZUA')?.type).not.toBe('Metric');
  });

  it('nor a unit or a substance: "74.49 HU", "100% H2"', () => {
    const abstract =
      'ZorbCT reaches a mean absolute error of 74.49 HU. Turbines that burn 100% H2 need new combustors.';
    expect(entity(abstract, 'HU')).toBeUndefined();
    expect(entity(abstract, 'H2')).toBeUndefined();
  });

  it('nor an acronym that goes on into a longer name: "in the ZIUO safe score"', () => {
    const abstract = 'ZorbGuard achieves a 16.17% improvement in the ZIUO safe score compared to ZorbBase.';
    expect(entity(abstract, 'ZIUO')?.type).not.toBe('Metric');
  });
});

describe('well-known names', () => {
  it('reads "+5% CUB" as the birds data set, NFE as a measure and a Flash-Thinking tier as one model', () => {
    const abstract =
      'ZorbDiff needs fewer NFEs than diffusion samplers. Gemini 2.0 Flash-Thinking and ZorbCls gain +5% CUB, +2% Food-101.';
    expect(entity(abstract, 'CUB-200-2011')).toMatchObject({ type: 'Benchmark', aliases: ['CUB'] });
    expect(entity(abstract, 'NFE')?.type).toBe('Metric');
    expect(entity(abstract, 'Gemini 2.0 Flash-Thinking')?.type).toBe('Model');
  });
});

describe('a short form that keeps two words of its long form', () => {
  it('names the whole: "Shared Backbone Proximal Policy Optimization (Shared Backbone PPO)"', () => {
    const abstract =
      'This paper proposes a Shared Backbone Zorbic Policy Optimization (Shared Backbone ZPO) algorithm for drone swarms. Shared Backbone ZPO outperforms ZPO.';
    expect(entity(abstract, 'Shared Backbone ZPO')).toMatchObject({
      type: 'Method',
      role: 'proposed',
      aliases: ['Shared Backbone Zorbic Policy Optimization'],
    });
  });
});

describe('results', () => {
  it('reads the share of items a system got done: "completed 43% of tasks", "on 26% of them"', () => {
    const abstract =
      'The best agent on ZorbBench, ZorbAgent, completed 43% of tasks and took an unintended harmful action on 26% of them.';
    expect(values(abstract)).toEqual(expect.arrayContaining(['43%', '26%']));
  });

  it('but not a share of items a model was trained on', () => {
    const abstract = 'We fine-tuned ZorbLM on 10% of them and it completed the remaining problems.';
    expect(values(abstract)).not.toContain('10%');
  });

  it('gives each side of a compared pair to its own system, as an absolute score: "(71.8 vs 61.5)"', () => {
    const abstract =
      'ZorbLM outperformed ZorbBERT in weighted macro F1-score (71.8 vs 61.5) and achieved higher accuracy (81.9 vs 81.6).';
    expect(resultOf(abstract, '71.8')).toMatchObject({ subject: 'ZorbLM', kind: 'absolute' });
    expect(resultOf(abstract, '61.5')).toMatchObject({ subject: 'ZorbBERT', kind: 'absolute' });
    expect(resultOf(abstract, '81.6')).toMatchObject({ subject: 'ZorbBERT', kind: 'absolute' });
  });

  it('but leaves the other side of a pair unnamed when no system was beaten', () => {
    const abstract = 'ZorbLM reaches a macro F1-score of 71.8 versus 61.5 on ZorbQA.';
    expect(resultOf(abstract, '61.5')?.subject).toBeNull();
  });

  it('reads an N-point change with words between: "a 3-point aggregate benchmark gain"', () => {
    const abstract =
      'The curriculum ordering alone yields a 3-point aggregate benchmark gain over the reversed ZorbMix.';
    expect(values(abstract)).toContain('3-point');
  });
});

describe('a variant named after the short form it extends', () => {
  it('is its own method, not the long form of the short form: "random-phase ZWS (ZWS-RP)"', () => {
    const abstract =
      'Zorbic Wave Splatting (ZWS) has recently emerged as a holography paradigm. In this work, we propose random-phase ZWS (ZWS-RP), which supports random phase.';
    expect(entity(abstract, 'ZWS-RP')).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(entity(abstract, 'ZWS')?.aliases).not.toContain('ZWS-RP');
  });
});

describe('the short form of a phenomenon', () => {
  it('names no entity, whichever rule reads it: "an effect we call the ... (AZEL)"', () => {
    const abstract =
      'Models shift toward the prevailing polarity, an effect we call the accumulated zorb effect on model judgments (AZEL).';
    expect(entity(abstract, 'AZEL')).toBeUndefined();
  });

  it('nor one the word "phenomenon" follows: "the Posterior Zorbic Attenuation (PZA) phenomenon"', () => {
    const abstract =
      'We identify the Posterior Zorbic Attenuation (PZA) phenomenon. We propose Zorbic Contrastive Decoding (ZCD) to mitigate it.';
    expect(entity(abstract, 'PZA')).toBeUndefined();
    expect(entity(abstract, 'ZCD')).toMatchObject({ type: 'Method', role: 'proposed' });
  });
});

describe('short forms of plain words', () => {
  it('names nothing: "(background, BG)", "Natural Language (NL)", "ground truth (GT)"', () => {
    const abstract =
      'ZorbRec models the surrounding context (background, BG) against the ground truth (GT). We substitute Natural Language (NL) with a compact logic.';
    expect(entity(abstract, 'BG')).toBeUndefined();
    expect(entity(abstract, 'GT')).toBeUndefined();
    expect(entity(abstract, 'NL')).toBeUndefined();
  });
});

describe('a list of metrics after a dash', () => {
  it('holds the measures: "three behavioral metrics--abstention rate, zorbic consistency, and answer rate"', () => {
    const abstract =
      'To measure this, we propose three behavioral metrics--abstention rate, zorbic consistency, and answer rate.';
    expect(entity(abstract, 'abstention rate')).toMatchObject({ type: 'Metric', role: 'proposed' });
    expect(entity(abstract, 'answer rate')).toMatchObject({ type: 'Metric', role: 'proposed' });
    expect(entity(abstract, 'metrics--abstention rate')).toBeUndefined();
  });

  it('but an aside between dashes holds none', () => {
    const abstract =
      'Existing assessments -- using landmarks or similarity metrics -- are often slow, unreliable, and computationally intensive.';
    expect(entity(abstract, 'unreliable')).toBeUndefined();
    expect(entity(abstract, 'computationally intensive')).toBeUndefined();
  });
});

describe('roles', () => {
  it('makes a technique the work does without mentioned: "even without fine-tuning"', () => {
    const abstract = 'ZorbRec improves the accuracy of supervised models even without fine-tuning.';
    expect(entity(abstract, 'fine-tuning')?.role).toBe('mentioned');
  });

  it('but one the work also applies stays used', () => {
    const abstract = 'We apply fine-tuning to ZorbLM on ZorbQA. ZorbRec also helps without fine-tuning.';
    expect(entity(abstract, 'fine-tuning')?.role).toBe('used');
  });

  it('reads "comparisons with X" as a comparison', () => {
    const abstract =
      'Comparisons with maximum likelihood estimation (MLE) demonstrate that ZorbBayes improves uncertainty representation.';
    expect(entity(abstract, 'maximum likelihood estimation')?.role).toBe('compared');
  });
});
