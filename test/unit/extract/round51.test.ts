// Rules from a fifty-first round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { unmark } from '../../../extract/text.js';
import { entity, resultOf, roleOf, run } from '../../helpers/extract.js';

describe('a comparison with baselines on a data set', () => {
  it('reads what the comparison runs on as a data set', () => {
    const abstract = 'We study dense matching. We compare our matcher against ZorbMatch on ZorbPairs.';
    expect(entity(abstract, 'ZorbPairs')?.type).toBe('Benchmark');
    expect(roleOf(abstract, 'ZorbMatch')).toBe('compared');
  });

  it('but not a comparison with no object after it', () => {
    const abstract = 'We study dense matching. Prior matchers are compared and ZorbMatch runs on ZorbChip.';
    expect(entity(abstract, 'ZorbChip')?.type).not.toBe('Benchmark');
  });
});

describe('a group apposition after a pair of names', () => {
  it('types both names', () => {
    const abstract =
      'We present Zorb-2.6 and Blix-2.6, a family of models for agents. Zorb-2.6 answers at once, ' +
      'whereas Blix-2.6 reasons longer.';
    expect(entity(abstract, 'Zorb-2.6')?.type).toBe('Model');
    expect(entity(abstract, 'Blix-2.6')?.type).toBe('Model');
    expect(roleOf(abstract, 'Zorb-2.6')).toBe('proposed');
  });

  it('but a single group noun after one name types only that name', () => {
    const abstract = 'We propose ZorbAlign and evaluate it on ZorbNet, a family of models for agents.';
    expect(entity(abstract, 'ZorbAlign')?.type).toBe('Method');
  });
});

describe('a model part after a name', () => {
  it('says model', () => {
    const abstract =
      'We upgrade the Zorb-2.0 base model through post-training, and distil the ZorbPro teacher model ' +
      'into it. The result beats Qwen3-8B on GSM8K.';
    expect(entity(abstract, 'Zorb-2.0')?.type).toBe('Model');
    expect(entity(abstract, 'ZorbPro')?.type).toBe('Model');
  });

  it('but not for a short acronym, more often a piece of a longer name', () => {
    const abstract = 'We fine-tune a ZB 26B A4B teacher model and distil it into a student.';
    expect(entity(abstract, 'A4B')).toBeUndefined();
  });
});

describe('a score that changes', () => {
  it('reports both ends of the change', () => {
    const abstract = 'We propose ZorbFlow. ZorbFlow raises the ZorbEval score from 63 to 92 over ZorbBase.';
    expect(resultOf(abstract, '63')).toBeDefined();
    expect(resultOf(abstract, '92')).toBeDefined();
  });

  it('but not a count that changes', () => {
    const abstract = 'We propose ZorbFlow. ZorbFlow grows the ZorbEval pool from 63 to 92 prompts.';
    expect(resultOf(abstract, '63')).toBeUndefined();
  });
});

describe('the model-editing baselines and the intraclass correlation', () => {
  it('are known', () => {
    const abstract =
      'ZorbEdit extends the meta-objective of MEND [29] and beats ROME and MEMIT on ZorbFacts. Using ' +
      'intraclass correlation coefficients (ICC), we find that ZorbEdit is stable.';
    expect(entity(abstract, 'MEND')?.type).toBe('Method');
    expect(roleOf(abstract, 'ROME')).toBe('compared');
    expect(entity(abstract, 'ICC')?.type).toBe('Metric');
  });

  it("but a paper's own long form that reads as no measure is its own", () => {
    const abstract =
      'To resolve this, we propose Multi-Cue Consistency (MCC), which shifts the constraint. MCC ' +
      'outperforms ZorbCC on ZorbSet.';
    expect(entity(abstract, 'MCC')?.type).toBe('Method');
    expect(roleOf(abstract, 'MCC')).toBe('proposed');
  });

  it('and a listed measure spelled out is still that measure', () => {
    const abstract = 'We propose ZorbGen, which reduces the Fréchet Inception Distance (FID) on ZorbSet.';
    expect(entity(abstract, 'FID')?.type).toBe('Metric');
    expect(roleOf(abstract, 'FID')).toBe('used');
  });
});

describe('a listed name the paper gives to its own new thing', () => {
  it('is proposed', () => {
    const abstract =
      'We address personality detection by proposing EAGLE, a novel framework that injects knowledge. ' +
      'EAGLE outperforms ZorbPersona on ZorbSet.';
    expect(roleOf(abstract, 'EAGLE')).toBe('proposed');
  });

  it('but not when it ends a longer name or sits in parentheses', () => {
    const abstract =
      'We introduce Dyadic Mamba, a novel approach to motion. Experiments using RGB-Depth (KITTI), a ' +
      'novel annotated dataset, follow.';
    expect(roleOf(abstract, 'Mamba')).not.toBe('proposed');
    expect(roleOf(abstract, 'KITTI')).not.toBe('proposed');
  });

  it('nor when the apposition is a record it sets', () => {
    const abstract =
      'We propose ZorbPRA, a process reward agent. Experiments show that ZorbPRA achieves 80.8% accuracy ' +
      'on MedQA with Qwen3-4B, a new state of the art at the 4B scale.';
    expect(roleOf(abstract, 'Qwen3-4B')).toBe('used');
  });
});

describe('examples of defences, attacks, solvers and agents', () => {
  it('are no data sets', () => {
    const abstract =
      'We evaluate ZorbGuard on safety benchmarks, where it consistently outperforms state-of-the-art ' +
      'defenses such as ZorbShield and ZorbKey, and beats solvers like ZorbSolve.';
    expect(entity(abstract, 'ZorbKey')?.type).toBe('Method');
    expect(roleOf(abstract, 'ZorbKey')).toBe('compared');
    expect(entity(abstract, 'ZorbSolve')?.type).not.toBe('Benchmark');
  });

  it('while a list of data sets still is one', () => {
    const abstract = 'ZorbGuard outperforms baselines on benchmarks such as ZorbHarm and ZorbJail.';
    expect(entity(abstract, 'ZorbJail')?.type).toBe('Benchmark');
  });
});

describe('what a decimal or a percentage is "of"', () => {
  it('is a measure', () => {
    const abstract =
      'Experiments on two data sets show the strength of our method, with an ZSTR of 0.0562 on ZorbME ' +
      'and 0.2000 on ZorbLV.';
    expect(entity(abstract, 'ZSTR')?.type).toBe('Metric');
    expect(resultOf(abstract, '0.0562')?.metric).toBe('ZSTR');
  });

  it('but a count is not', () => {
    const abstract = 'We train a ZorbNet of 50 layers on ZorbSet and beat ZorbBase.';
    expect(entity(abstract, 'ZorbNet')?.type).not.toBe('Metric');
  });
});

describe('the head model and the talking-head sets', () => {
  it('are known', () => {
    const abstract =
      'We rig ZorbHead to a FLAME mesh and embed words with ELMo. On VFHQ/HDTF cross-domain zero-shot, ' +
      'ZorbHead surpasses ZorbAvatar by +1.5 dB PSNR.';
    expect(entity(abstract, 'FLAME')?.type).toBe('Model');
    expect(entity(abstract, 'ELMo')?.type).toBe('Model');
    expect(entity(abstract, 'VFHQ')?.type).toBe('Benchmark');
    expect(entity(abstract, 'HDTF')?.type).toBe('Benchmark');
  });
});

describe('names with a dotted release', () => {
  it('take a trillion-parameter size', () => {
    const abstract =
      'We propose ZorbPop, a framework for stable training of Zorb-2.6-1T and Blix-1T on large data.';
    expect(entity(abstract, 'Zorb-2.6-1T')?.type).toBe('Model');
    expect(entity(abstract, 'Blix-1T')?.type).toBe('Model');
  });

  it('leave the next name of a proposal list proposed', () => {
    const abstract = 'In this report, we present Blix-2.6 and ZorbAlpha, two models for agents.';
    expect(roleOf(abstract, 'ZorbAlpha')).toBe('proposed');
  });

  it('and a first name ending in "ing" does too', () => {
    const abstract = 'In this report, we present Ling-2.6 and Blix-2.6, two models for agents.';
    expect(roleOf(abstract, 'Blix-2.6')).toBe('proposed');
  });

  it('while a gerund between the names still turns the clause', () => {
    const abstract = 'We present ZorbAlpha using ZorbBase and ZorbGamma, a family of tools, for agents.';
    expect(roleOf(abstract, 'ZorbGamma')).not.toBe('proposed');
  });
});

describe('bandwidth, model size and storage', () => {
  it('are costs a method cuts', () => {
    const abstract =
      'We propose ZorbEye. ZorbEye reduces bandwidth by around 98% and cuts model size by 40% on ZorbSet.';
    expect(entity(abstract, 'bandwidth')?.type).toBe('Metric');
    expect(entity(abstract, 'model size')?.type).toBe('Metric');
  });

  it('but not where nothing is measured', () => {
    const abstract = 'We propose ZorbEye for high bandwidth links. ZorbEye beats ZorbCam on ZorbSet.';
    expect(entity(abstract, 'bandwidth')).toBeUndefined();
  });
});

describe('two coined names joined by a slash', () => {
  it('are two names of one type', () => {
    const abstract =
      'We propose ZorbEye. On ZorbFace/BlixTalk cross-domain zero-shot, ZorbEye surpasses ZorbAvatar by ' +
      '+1.5 dB PSNR.';
    expect(entity(abstract, 'ZorbFace')?.type).toBe('Benchmark');
    expect(entity(abstract, 'BlixTalk')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZorbFace/BlixTalk')).toBeUndefined();
  });

  it('but a name written with a slash stays whole', () => {
    const abstract = 'We propose ZorbSum and test it on ZorbCNN/ZB and on CNN/DailyMail.';
    expect(entity(abstract, 'CNN/DailyMail')?.type).toBe('Benchmark');
  });
});

describe('capitalised words closing a list item after a listed data set', () => {
  it('name its subset', () => {
    const abstract =
      'We propose ZorbRAG. It was evaluated on five benchmarks: ZorbTime v2, HaluEval General, MMLU Global ' +
      'Facts, and TruthfulQA.';
    expect(entity(abstract, 'HaluEval General')?.type).toBe('Benchmark');
    expect(entity(abstract, 'MMLU Global Facts')?.type).toBe('Benchmark');
    expect(entity(abstract, 'HaluEval')).toBeUndefined();
  });

  it('but not a split, nor words that go on', () => {
    const abstract = 'We propose ZorbSQL. It leads on Spider Dev, and MMLU Results show more gains.';
    expect(entity(abstract, 'Spider')?.type).toBe('Benchmark');
    expect(entity(abstract, 'MMLU')?.type).toBe('Benchmark');
  });
});

describe('a LaTeX tie before emphasis', () => {
  it('reads as a space once the emphasis is off', () => {
    expect(unmark('We introduce~\\textsc{Zorb}, a method.').text).toBe('We introduce Zorb, a method.');
  });

  it('joins the word to the name the emphasis held', () => {
    const abstract =
      'We introduce~\\textsc{Zorb2Vec}, a novel approach that decomposes any dataset into domains. ' +
      '\\textsc{Zorb2Vec} improves performance by 2.8% on ZorbQA.';
    const title = 'Zorb2Vec: Vectorizing Datasets to Find the Best Data Mixture';
    expect(entity(abstract, 'Zorb2Vec', title)?.type).toBe('Method');
    expect(entity(abstract, 'Zorb2Vec', title)?.role).toBe('proposed');
  });
});

describe('the evidence of a sentence that opens with emphasis', () => {
  it('quotes the markup that opens it', () => {
    const abstract = 'We propose ZorbSum. \\textsc{ZorbSum} improves ROUGE-L by 2.8% on ZorbNews.';
    expect(run(abstract).results[0]?.evidence).toBe(
      '\\textsc{ZorbSum} improves ROUGE-L by 2.8% on ZorbNews.',
    );
  });
});
