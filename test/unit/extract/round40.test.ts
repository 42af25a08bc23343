// Rules from a fortieth round: platforms as data sources, speculative-decoding and token metrics, dimension lists.
// Every sentence here is invented and the Zorb names made up; the platforms and metrics are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf } from '../../helpers/extract.js';

describe('a platform the data comes from', () => {
  it('is a data source when a plural noun is drawn from it or gathered on it', () => {
    expect(
      entity('ZorbCoder is trained on coding challenges from Stack Overflow.', 'Stack Overflow'),
    ).toMatchObject({
      type: 'Benchmark',
      role: 'used',
    });
    expect(entity('We cluster 1,200 expressors on Reddit into four personas.', 'Reddit')).toMatchObject({
      type: 'Benchmark',
    });
  });

  it('is a data source when it names a benchmark', () => {
    expect(
      entity('On a balanced Twitter benchmark, ZorbDetect separates bots from people.', 'Twitter'),
    ).toMatchObject({
      type: 'Benchmark',
    });
  });

  it('is no data source when models come from its company or a list is released on it', () => {
    expect(namesOf('We use pretrained models from Facebook and Google.', 'Benchmark')).toEqual([]);
    expect(
      namesOf('We keep a list of papers on GitHub: https://github.com/zorb/papers.', 'Benchmark'),
    ).toEqual([]);
  });
});

describe('a metric of cost or speed', () => {
  it('names the acceptance rate of speculative decoding and the token cost of an agent', () => {
    expect(
      namesOf(
        'ZorbDraft raises acceptance rates of speculative decoding and cuts token cost.',
        'Metric',
      ).sort(),
    ).toEqual(['acceptance rate', 'token cost']);
  });
});

describe('a list of dimensions', () => {
  it('of a named quality, after a benchmark verb, lists measured qualities', () => {
    const abstract =
      'ZorbMed benchmarks LLMs across three dimensions of trustworthiness: truthfulness, fairness, and privacy.';
    expect(namesOf(abstract, 'Metric').sort()).toEqual(['fairness', 'privacy', 'truthfulness']);
  });
});

describe('a long form that marks its acronym by case', () => {
  it('may open with a lower-case word whose last letter is the capital', () => {
    const abstract = 'We propose a dual-patH composItional coNtextualized neTwork (HINT) for matching.';
    expect(entity(abstract, 'HINT')).toMatchObject({
      aliases: ['dual-patH composItional coNtextualized neTwork'],
    });
    expect(namesOf(abstract, 'Method')).toEqual(['HINT']);
  });

  it('spells a hyphenated all-caps name across its parts', () => {
    const abstract =
      'We propose ZORB-LLM-OPT, a ZOned Reasoning Bridge for LLM-assisted OPTimization, for planning.';
    expect(namesOf(abstract, 'Method')).toEqual(['ZORB-LLM-OPT']);
  });
});

describe('a DNA sequence model', () => {
  it('is a listed model, a variant suffix included, and the molecules it reads are no names', () => {
    const abstract =
      'Across foundation models (Caduceus-Ph, HyenaDNA, Enformer), ZorbProbe finds elements enriched for brain eQTLs and mRNA responses.';
    expect(namesOf(abstract, 'Model').sort()).toEqual(['Caduceus-Ph', 'Enformer', 'HyenaDNA']);
    expect(namesOf(abstract, 'Method')).toEqual(['ZorbProbe']);
  });
});

describe('a listed problem library or exam', () => {
  it('is a benchmark', () => {
    const abstract =
      'We rephrase well-known CSPLib problems and compare ZorbMed against MedQA, USMLE self-assessment exams, and VQA-RAD.';
    expect(namesOf(abstract, 'Benchmark').sort()).toEqual(['CSPLib', 'MedQA', 'USMLE', 'VQA-RAD']);
  });
});

describe('an apposition naming a data set', () => {
  it('after a pair of names describes both when its noun is plural', () => {
    const abstract =
      'We introduce Zorb-OR and Qux-NRM, the first comprehensive benchmarks for optimization modelling.';
    expect(namesOf(abstract, 'Benchmark').sort()).toEqual(['Qux-NRM', 'Zorb-OR']);
  });

  it('before a spelled-out name and its acronym types both as the data set', () => {
    const abstract =
      'We build a cold-start dataset, Zorb Chain-of-Zoom (ZCZ), which covers diverse zooming regimes.';
    expect(entity(abstract, 'ZCZ')).toMatchObject({ type: 'Benchmark', aliases: ['Zorb Chain-of-Zoom'] });
  });
});

describe('a general algorithm family', () => {
  it('is a technique, also under its acronym', () => {
    const abstract =
      'Tail components are isolated via Singular Value Decomposition (SVD), beyond the Neural Tangent Kernel (NTK) regime.';
    expect(namesOf(abstract, 'Technique').sort()).toEqual([
      'neural tangent kernel',
      'singular value decomposition',
    ]);
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });

  it('gives way to a listed model the paper spells out under the same acronym', () => {
    const abstract = 'We use Stable Video Diffusion (SVD) with ControlNet; SVD animates images.';
    expect(entity(abstract, 'Stable Video Diffusion')).toMatchObject({ type: 'Model' });
    expect(namesOf(abstract, 'Technique')).toEqual([]);
  });
});

describe('a value with a spread', () => {
  it('is reported without the spread, with the unit the spread carries', () => {
    const abstract =
      'Across 20 seeds, the Spearman correlation of ZorbWorth reaches rho = 0.89 +/- 0.02, and ZorbNet reaches a PSNR of 32.9 +/- 0.4 dB on Zorb-QA.';
    expect(resultOf(abstract, '0.89')).toMatchObject({ metric: 'Spearman correlation' });
    expect(resultOf(abstract, '32.9 dB')).toMatchObject({ metric: 'PSNR' });
  });
});

describe('a count of items a system got right', () => {
  it('is an outcome written as a fraction or as "N of M" before the items', () => {
    const abstract =
      'A silent version bump is detected by ZorbGuard in 60/60 runs, and a prompt change is attributed on 110 of 120 runs.';
    expect(resultOf(abstract, '60/60')).toMatchObject({ kind: 'absolute' });
    expect(resultOf(abstract, '110 of 120')).toMatchObject({ kind: 'absolute' });
  });

  it('is no count inside a metric name such as mAP@50:95 of 0.77', () => {
    const abstract = 'ZorbDet reaches an mAP@50:95 of 0.77 on COCO.';
    expect(resultOf(abstract, '0.77')).toMatchObject({ subject: 'ZorbDet' });
  });
});
