// Rules from a thirty-ninth round: metrics written in LaTeX math, and levels a value exceeds.
// Every sentence here is invented and the Zorb names made up; the models, metrics and benchmarks are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf } from '../../helpers/extract.js';

describe('a metric written in LaTeX math', () => {
  it('is the listed metric when a qualifier stands before the math, and keeps the whole math as its spelling', () => {
    const abstract = 'ZorbNER reaches a macro $F_1$ of $0.81$ on CoNLL-2003.';
    expect(entity(abstract, 'macro F1')).toMatchObject({ type: 'Metric', aliases: ['macro $F_1$'] });
    expect(resultOf(abstract, '0.81')).toMatchObject({ metric: 'macro F1', subject: 'ZorbNER' });
  });

  it('is the listed metric when the math is followed by the word scores', () => {
    const abstract =
      'With ZorbNER, the $F_1$ scores do not exceed $0.57$ on the hardest split of CoNLL-2003.';
    expect(namesOf(abstract, 'Metric')).toEqual(['F1']);
    expect(resultOf(abstract, '0.57')).toMatchObject({ metric: 'F1', kind: 'absolute' });
  });
});

describe('a plain score', () => {
  it('in a falling sequence "from A over B down to C" is an outcome at each step', () => {
    const abstract =
      'Performance in terms of macro F1 degrades from 0.45 over 0.26 down to 0.09 as the shift grows.';
    for (const value of ['0.45', '0.26', '0.09'])
      expect(resultOf(abstract, value)).toMatchObject({ metric: 'macro F1' });
  });

  it('a model exceeds is a level it reached, while gains exceeding a number of points are gains', () => {
    expect(resultOf('On CoNLL-2003, ZorbNER models exceed 0.75 in micro F1.', '0.75')).toMatchObject({
      metric: 'micro F1',
      kind: 'absolute',
    });
    expect(
      resultOf('ZorbNER improves accuracy on MMLU, with gains exceeding 18 points.', '18 points'),
    ).toMatchObject({
      kind: 'improvement',
    });
  });

  it('after "whereas" and a second subject named in parentheses is that subject\'s score on the same measure', () => {
    const abstract =
      'On CoNLL-2003, closed models exceed 0.75 in micro F1, whereas the strongest open model (Qwen-8B) achieves performance around 0.56.';
    expect(resultOf(abstract, '0.56')).toMatchObject({ subject: 'Qwen-8B', metric: 'micro F1' });
  });

  it('after "improving over" is the baseline it improves on, not a result of the subject', () => {
    const abstract = 'ZorbFuse reaches 0.439 AUPRC, improving over 0.405 for the contextual scorer.';
    expect(resultOf(abstract, '0.405')).toBeUndefined();
  });
});

describe('measures and techniques', () => {
  it('knows Monte Carlo estimation as a technique, which its defined acronym names', () => {
    const abstract =
      'Exact Monte Carlo (MC) estimation needs many samples, so ZorbSearch bounds the risk at the cost of 20 MC samples.';
    expect(entity(abstract, 'Monte Carlo')).toMatchObject({ type: 'Technique', aliases: ['MC'] });
    expect(namesOf(abstract, 'Method')).not.toContain('MC');
  });

  it('reads a coined Title-Case Indicator that quantifies something as a metric', () => {
    const abstract =
      'The proposed architecture integrates several LLMs to extract traces from letters and compute a Zorb Conformance Indicator to quantify compliance within the event log.';
    expect(entity(abstract, 'Zorb Conformance Indicator')).toMatchObject({ type: 'Metric' });
  });

  it('reads no metrics in evaluated dimensions that are all abilities', () => {
    const abstract =
      'ZorbEval evaluates agents along five dimensions: perception, planning, reflection, execution, and evaluation.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
    expect(
      namesOf(
        'ZorbEval evaluates answers along three dimensions: fluency, coherence, and relevance.',
        'Metric',
      ),
    ).toEqual(['fluency', 'coherence', 'relevance']);
  });
});

describe('a multiplying verb', () => {
  it('is a value beside a measure, a gain unless it halves', () => {
    expect(
      resultOf('ZorbSeg reaches mIoU scores doubling those of earlier methods.', 'doubling'),
    ).toMatchObject({
      metric: 'mIoU',
      kind: 'improvement',
    });
    expect(resultOf('A doubling in tokens results in quadrupled training cost.', 'quadrupled')).toMatchObject(
      {
        kind: 'improvement',
      },
    );
    expect(resultOf('ZorbTune nearly halves perplexity on WikiText-103.', 'halves')).toMatchObject({
      kind: 'reduction',
    });
  });

  it('is no value in a schedule or a doubling time', () => {
    expect(
      resultOf('We train with AdamW (learning rate = 0.001, halved every 25k steps).', 'halved'),
    ).toBeUndefined();
    expect(
      resultOf('Context windows grew fast (doubling time ~14 months), and accuracy rose.', 'doubling'),
    ).toBeUndefined();
  });
});

describe('an apposition', () => {
  it('is typed by the head of its noun phrase, not by a type noun that modifies the words after it', () => {
    expect(
      entity('We present ZORB-MIPS, a combined tool pose and segmentation dataset.', 'ZORB-MIPS'),
    ).toMatchObject({
      type: 'Benchmark',
      role: 'proposed',
    });
  });

  it('may hold up to seven describing words before its noun', () => {
    const abstract =
      'We construct ZorbAgent-SR130K, the first large-scale UAV-satellite collaborative multi-view spatial reasoning dataset.';
    expect(entity(abstract, 'ZorbAgent-SR130K')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('keeps its first noun before "and" or a participle that takes an object', () => {
    expect(
      entity('We present ZorbLogic, a data synthesis framework and dataset for logic.', 'ZorbLogic')?.type,
    ).toBe('Method');
    expect(
      entity(
        'We present ZorbAudio, a practical framework built upon a pretrained segmentation model.',
        'ZorbAudio',
      )?.type,
    ).toBe('Method');
  });
});

describe('a dash glued to a name', () => {
  it('separates the name from the words before it, while a doubled hyphen between letters joins a name', () => {
    const abstract =
      'We test ZorbMeta on three large language models (LLMs)--GPT-5, DeepSeek-V3, and Mistral-7B.';
    expect(namesOf(abstract, 'Model')).toEqual(
      expect.arrayContaining(['GPT-5', 'DeepSeek-V3', 'Mistral-7B']),
    );
    expect(namesOf('Luxical combines sparse TF--IDF features with a small network.', 'Method')).toEqual([
      'TF-IDF',
    ]);
  });
});

describe('software libraries', () => {
  it('knows LiteLLM as a library (a Method), not a model, despite its LLM suffix', () => {
    expect(entity('ZorbDesk routes requests to several providers through LiteLLM.', 'LiteLLM')?.type).toBe(
      'Method',
    );
  });
});
