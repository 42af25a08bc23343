// Rules from a thirty-sixth round: platforms as named data sources.
// Every sentence here is invented and the Zorb names made up; the platforms are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { entity, namesOf } from '../../helpers/extract.js';

describe('a platform the data comes from', () => {
  it('is a data source before what is taken from it', () => {
    const abstract = 'We study zorb myths using 4,000 Reddit posts and their replies.';
    expect(entity(abstract, 'Reddit')).toMatchObject({ type: 'Benchmark', role: 'used' });
  });

  it('is a data source after a collection verb', () => {
    const abstract = 'We build ZorbSet, with clips collected from YouTube and scored by annotators.';
    expect(entity(abstract, 'YouTube')).toMatchObject({ type: 'Benchmark', role: 'used' });
  });

  it('names nothing where the paper only hosts its code or lists platforms', () => {
    const abstract =
      'Misinformation spreads on platforms such as TikTok and YouTube. Our code is available on GitHub.';
    expect(namesOf(abstract, 'Benchmark')).toEqual([]);
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });
});

describe('a capitalised compound opening a measure', () => {
  it('keeps its first letter', () => {
    const abstract = 'ZorbTrack shows a 70% relative improvement in Zorb-Object Tracking Accuracy.';
    expect(namesOf(abstract, 'Metric')).toEqual(['zorb-object tracking accuracy']);
  });
});

describe('a numbered part named in Title Case', () => {
  it('is proposed before any verb it does, after an adjective', () => {
    const abstract =
      'We propose ZorbKE. ZorbKE combines modular components into a pipeline: (1) the Zorb Initiator spots missing facts, (2) a lightweight Fact Gatherer collects documents, and (3) the Zorb Ranker orders them.';
    expect(namesOf(abstract, 'Method')).toEqual(
      expect.arrayContaining(['Zorb Initiator', 'Fact Gatherer', 'Zorb Ranker']),
    );
    expect(entity(abstract, 'Fact Gatherer')?.role).toBe('proposed');
  });
});

describe('counted parts of the proposed system after a part verb', () => {
  const abstract =
    'We propose ZorbFT, a fine-tuning approach. ZorbFT integrates factual signals via two core mechanisms: Zorb Anchor Data Augmentation, enriching training data with anchors; and Fact-Aware Instruction Tuning, embedding these cues into instructions.';

  it('are proposed methods, even when glossed by a participle and closed by semicolons', () => {
    expect(namesOf(abstract, 'Method')).toEqual(
      expect.arrayContaining(['Zorb Anchor Data Augmentation', 'Fact-Aware Instruction Tuning']),
    );
    expect(entity(abstract, 'Fact-Aware Instruction Tuning')?.role).toBe('proposed');
  });

  it('keep the type another rule read', () => {
    const bench =
      'We present ZorbBench. ZorbBench consists of two main components: ZorbQA, an English question-answering benchmark with 3,000 questions; and ZorbCorpus, a large corpus.';
    expect(entity(bench, 'ZorbQA')?.type).toBe('Benchmark');
  });
});

describe('what a benchmark covers or a method suppresses', () => {
  it('names no method', () => {
    const abstract =
      'We introduce ZorbBench, a benchmark covering three core dimensions: Semantic Zorbs, Paralinguistic Cues, and Ambient Sound.';
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });

  it('names no method when it is a kind of hallucination', () => {
    const abstract =
      'Despite advances in LVLMs, Zorb Hallucination (ZH) remains a persistent challenge. We introduce ZorbFix, an advanced method to suppress ZH.';
    expect(namesOf(abstract, 'Method')).toEqual(['ZorbFix']);
  });
});

describe('a unit of compute', () => {
  it('names no method', () => {
    const abstract =
      'We propose ZorbVAE. Adapting it costs only 5 H100-days, versus 200 A100-hours from scratch.';
    expect(namesOf(abstract, 'Method')).toEqual(['ZorbVAE']);
  });
});

describe('a challenge named again without its noun', () => {
  it('is one benchmark', () => {
    const abstract =
      'We evaluate on the ZorbSeg 2020 Challenge and the ZorbTrack Challenge. On ZorbSeg 2020, our model reaches a Dice score of 0.83.';
    expect(namesOf(abstract, 'Benchmark').sort()).toEqual(['ZorbSeg 2020 Challenge', 'ZorbTrack Challenge']);
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });
});

describe('techniques the field names often', () => {
  it('are listed', () => {
    const abstract =
      'ZorbNet replaces softmax attention with depthwise convolution and adds early exiting; a forced alignment step labels the audio.';
    expect(namesOf(abstract, 'Technique')).toEqual(
      expect.arrayContaining([
        'softmax attention',
        'depthwise convolution',
        'early exiting',
        'forced alignment',
      ]),
    );
  });
});
