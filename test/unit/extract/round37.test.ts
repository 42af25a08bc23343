// Rules from a thirty-seventh round: benchmark names and the values compared with "versus".
// Every sentence here is invented and the Zorb names made up; the metrics and benchmarks are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf } from '../../helpers/extract.js';

describe('a benchmark name', () => {
  it('keeps its type with a "+" edition mark', () => {
    const abstract =
      'We introduce ZorbBench. Our benchmark comprises two splits: ZorbBench+ with 300 tasks derived from real use cases, and ZorbBench-Neo with 302 synthesized tasks.';
    expect(entity(abstract, 'ZorbBench+')?.type).toBe('Benchmark');
  });

  it('is read through a capitalised gloss in parentheses inside its apposition', () => {
    const abstract =
      'We introduce ZAPC-CG, the Zorbish Adaptive Policy Communication (Central Government) Corpus, the first open dataset of zorbish policy directives.';
    expect(entity(abstract, 'ZAPC-CG')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('is not a compound adjective before a data noun', () => {
    const abstract =
      'No open Zorbish-specific benchmark compares speech systems. We evaluate on the India-aware benchmark.';
    expect(namesOf(abstract, 'Benchmark')).toEqual([]);
  });

  it('is not a language and region code after it', () => {
    const abstract = 'We benchmark 12 systems on Common Voice ga-IE and FLEURS ga-IE.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(['Common Voice', 'FLEURS']);
  });

  it('may be a plain capitalised word listed beside a data set the lexicon knows', () => {
    const abstract = 'Experiments on the Spider and Zorb benchmarks show that ZorbSQL generalizes.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(expect.arrayContaining(['Spider', 'Zorb']));
  });

  it('is no plain capitalised word listed with other plain words', () => {
    const abstract = 'Experiments on the English and Zorbish datasets show that our parser generalizes.';
    expect(namesOf(abstract, 'Benchmark')).toEqual([]);
  });
});

describe('a hyphenated "-SQL" name', () => {
  it('names a method, not a data set', () => {
    const abstract =
      'We propose ZorbTE-SQL to enhance text-to-SQL generation with self-enhanced reasoning traces.';
    expect(entity(abstract, 'ZorbTE-SQL')).toMatchObject({ type: 'Method', role: 'proposed' });
  });
});

describe('a mapping between kinds of data', () => {
  it('names no method when one end is an acronym or a plain word', () => {
    const abstract =
      'ZorbISP learns RAW-to-RGB mappings and EMG-to-pose regression on the Zorbs-to-Words dataset.';
    expect(namesOf(abstract, 'Method')).toEqual(['ZorbISP']);
    expect(namesOf(abstract, 'Benchmark')).toEqual(['Zorbs-to-Words']);
  });
});

describe('a value compared with "versus"', () => {
  it('is read before the word as well as after it', () => {
    const abstract =
      'On a global pool of candidates, ZorbRank achieves Recall@200 of 0.7047 versus 0.5969 for the baseline.';
    expect(resultOf(abstract, '0.7047')).toMatchObject({ metric: 'Recall@200', subject: 'ZorbRank' });
  });
});

describe('measures the field names', () => {
  it('reads a Sharpe ratio and a valid efficiency score', () => {
    const abstract =
      'ZorbTrader achieves a holdout Sharpe of 1.87. ZorbSQL reports 59.02 VES, the valid efficiency score (VES), on the dev set.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['Sharpe ratio', 'valid efficiency score']),
    );
  });

  it("reads Fleiss's kappa with its possessive", () => {
    const abstract = "Inter-annotator agreement on ZorbSet achieves a Fleiss's kappa of 0.86.";
    expect(namesOf(abstract, 'Metric')).toContain("Fleiss' kappa");
  });
});

describe('techniques the field names', () => {
  it('reads tracking-by-detection, saliency maps and Kolmogorov-Arnold networks', () => {
    const abstract =
      'ZorbTrack follows tracking-by-detection, explains its choices with saliency maps, and replaces MLPs with Kolmogorov-Arnold Networks.';
    expect(namesOf(abstract, 'Technique')).toEqual(
      expect.arrayContaining(['tracking-by-detection', 'saliency map', 'Kolmogorov-Arnold network']),
    );
  });
});

describe('an acronym the paper never defines', () => {
  it("is the short form of the paper's own Title Case name with those initials", () => {
    const abstract =
      'We propose Deep Zorb Discovery, an agent that searches segmented video clips. Our DZD agent plans on its current observation.';
    const dzd = entity(abstract, 'DZD');
    expect(dzd).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(dzd?.aliases).toContain('Deep Zorb Discovery');
    expect(namesOf(abstract, 'Method')).toEqual(['DZD']);
  });
});

describe('the parts of a new whole', () => {
  it('are new data when the whole is a benchmark suite, listed between dashes', () => {
    const abstract =
      'We introduce ZorbLLMBench, a benchmark suite comprising three complementary components -- ZorbQuery, ZorbCodeBench, and FoamZorb -- designed to evaluate LLMs.';
    for (const name of ['ZorbQuery', 'FoamZorb'])
      expect(entity(abstract, name)).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('are new methods when the whole is a system', () => {
    const abstract =
      'We develop ZARSE, a novel system with two synergistic components: ZARCHITECT, which optimizes JSON schemas, and ZCOPE, which implements reflection-based extraction.';
    expect(entity(abstract, 'ZARCHITECT')).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(entity(abstract, 'ZCOPE')).toMatchObject({ type: 'Method', role: 'proposed' });
  });
});

describe('listed names joined by a slash', () => {
  it('are each mentioned', () => {
    const abstract =
      'On a 20,000-example COCO/Flickr30K annotation pool, ZorbVL reaches a staircase score of 53.01.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(expect.arrayContaining(['COCO', 'Flickr30k']));
    expect(namesOf(abstract, 'Method')).toEqual(['ZorbVL']);
  });
});

describe('a listed benchmark with a split or difficulty word', () => {
  it('is a variant of that benchmark', () => {
    const abstract = 'ZorbVL also transfers to SugarCrepe-clean with 86.03 object accuracy.';
    expect(entity(abstract, 'SugarCrepe-clean')?.type).toBe('Benchmark');
  });
});

describe('measures of cost and of topics', () => {
  it('reads inference cost, topic coherence and purity', () => {
    const abstract =
      'ZorbTopic achieves substantial improvements in topic coherence and purity while cutting inference cost by 40%.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['topic coherence', 'purity', 'inference cost']),
    );
  });
});

describe('kinds of question answering the field names', () => {
  it('keep their qualifier', () => {
    const abstract =
      'Knowledge-intensive question answering is central to LLMs. Table understanding is key to tasks such as table-based question answering. We study biomedical question answering.';
    expect(namesOf(abstract, 'Task')).toEqual(
      expect.arrayContaining([
        'knowledge-intensive question answering',
        'table question answering',
        'biomedical question answering',
      ]),
    );
  });
});

describe('a signed decimal right after a measure', () => {
  it('is its value', () => {
    const abstract =
      'Compared with ZorbTMP, ZorbVSR boosts perceptual quality (LPIPS +0.095) while reducing latency.';
    expect(resultOf(abstract, '0.095')).toMatchObject({ metric: 'LPIPS' });
  });
});
