// Rules from a sixth round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run, entity, namesOf, values } from '../../helpers/extract.js';

describe('types', () => {
  it('keeps a checkpoint with a parameter count a model whatever noun introduces it', () => {
    const abstract =
      'We present Zorb-VLJ-3B, a four-phase curriculum learning framework for report generation.';
    expect(entity(abstract, 'Zorb-VLJ-3B')).toMatchObject({ type: 'Model', role: 'proposed' });
    // A mixture's expert count and active parameters are parameter counts too.
    expect(entity('We release Blix-Chat-3x4B-A6B for two scripts.', 'Blix-Chat-3x4B-A6B')?.type).toBe(
      'Model',
    );
  });

  it('reads LoRA as a method and Gaussian splatting as a technique', () => {
    const abstract =
      'We fine-tune with low-rank adaptation (LoRA) and build on 3D Gaussian Splatting (3DGS).';
    expect(entity(abstract, 'LoRA')?.type).toBe('Method');
    expect(entity(abstract, '3D Gaussian splatting')?.type).toBe('Technique');
  });

  it('knows text embedding encoders as models', () => {
    const abstract =
      'We compare three retrievers (BGE-Large, MedCPT, E5-Mistral-7B) for demonstration selection.';
    for (const name of ['BGE-Large', 'MedCPT', 'E5-Mistral-7B'])
      expect(entity(abstract, name)?.type).toBe('Model');
  });

  it('types a coined name the text calls a metric as a metric', () => {
    expect(entity('We propose FidScore, a new metric for coverage.', 'FidScore')).toMatchObject({
      type: 'Metric',
      role: 'proposed',
    });
    expect(entity('We report the CovRate metric on all tasks.', 'CovRate')?.type).toBe('Metric');
    // "metric" as an adjective of a longer noun phrase, and a title's "Score", do not.
    expect(entity('We introduce Semi-ZD, a novel metric depth estimation framework.', 'Semi-ZD')?.type).toBe(
      'Method',
    );
    expect(
      entity('We edit images faster.', 'ZDS', 'ZDS: Frequency-Aware Denoising Score for Editing')?.type,
    ).toBe('Method');
  });

  it('reads a run of capitalised words before a data noun as one benchmark', () => {
    const abstract =
      'On the Zorbian Toxic Comment benchmark, our model attains 96.0% accuracy. We also use the Blix Question ' +
      'Answering Dataset and the Large Language Model dataset.';
    const names = namesOf(abstract, 'Benchmark');
    expect(names).toEqual(
      expect.arrayContaining(['Zorbian Toxic Comment', 'Blix Question Answering Dataset']),
    );
    expect(names).not.toContain('Comment');
    // Type nouns describe the data; they do not name it.
    expect(names.some((n) => /Model/.test(n))).toBe(false);
  });

  it('does not read an English prefix on a listed name as a new model', () => {
    const out = run('We apply intra-ViT token compression and post-ViT merging.');
    expect(out.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['intra-ViT']));
    expect(out.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['post-ViT']));
  });

  it('does not read title-cased praise as a name', () => {
    expect(
      entity('Zorbit outperforms State-Of-The-Art methods on web tasks.', 'State-Of-The-Art'),
    ).toBeUndefined();
  });
});

describe('combinations and naming', () => {
  it('splits a combination of listed or defined names into its parts', () => {
    const abstract =
      'We propose AXPO (Agent eXplorative Policy Optimization). SFT+AXPO outperforms SFT+GRPO and SFT-to-GRPO ' +
      'training.';
    const names = run(abstract).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['AXPO', 'GRPO', 'supervised fine-tuning']));
    expect(names.filter((n) => n.includes('+') || n.includes('-to-'))).toEqual([]);
  });

  it('reads "a strategy that we call X" as naming the contribution', () => {
    const abstract =
      'In this paper we present a fine-tuning strategy that we call ZorbQA, which reduces errors.';
    expect(entity(abstract, 'ZorbQA')).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('reads a presented version of a listed family as the contribution', () => {
    const abstract =
      'We present a preview version of DeepSeek-V9 series, including DeepSeek-V9-Pro and DeepSeek-V9-Flash.';
    expect(entity(abstract, 'DeepSeek-V9')?.role).toBe('proposed');
  });
});

describe('roles', () => {
  it('does not read a hyphenated "prior" as a background cue', () => {
    const abstract =
      'This work introduces Zorb-DETR, a compact framework built around the Zorb Boundary Attention Module (ZBAM). ' +
      'ZBAM embeds boundary, contrast and center-prior cues into multi-scale features.';
    expect(entity(abstract, 'ZBAM')?.role).toBe('proposed');
  });
});

describe('lists of datasets and contributions', () => {
  it('reads the items after "datasets," as benchmarks when they form a list', () => {
    const abstract =
      'Evaluation on four recent underwater datasets, UZIS, UZIS10K, USZ10K, and USZ16K, shows leading accuracy. ' +
      'On three datasets, ZorbNet achieves the best results.';
    const out = run(abstract);
    for (const name of ['UZIS', 'UZIS10K', 'USZ10K', 'USZ16K'])
      expect(out.entities.find((e) => e.name === name)?.type).toBe('Benchmark');
    // One name after the comma is the subject of the clause, not an item.
    expect(out.entities.find((e) => e.name === 'ZorbNet')?.type).not.toBe('Benchmark');
  });

  it('reads the items a contribution participle introduces as proposed', () => {
    const abstract =
      'This paper extends judging across modalities by introducing two benchmarks, ZorbTask and ZorbJudge, ' +
      'to evaluate assistants.';
    expect(entity(abstract, 'ZorbTask')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
    expect(entity(abstract, 'ZorbJudge')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
    // What the method is built from is used, not introduced.
    expect(
      entity(
        'We propose a framework called Zorbit by introducing facial action units (FAUs) as cues.',
        'FAUs',
      )?.role,
    ).not.toBe('proposed');
  });

  it('knows detectors and sentence encoders as models', () => {
    const abstract = 'We compare Faster R-CNN, Mask R-CNN and Sentence-BERT (SBERT) features.';
    for (const name of ['Faster R-CNN', 'Mask R-CNN', 'SBERT'])
      expect(entity(abstract, name)?.type).toBe('Model');
    // Each form of a listed family root starts a checkpoint name.
    expect(entity('We fine-tune SBERT-large on the pairs.', 'SBERT-large')?.type).toBe('Model');
  });
});

describe('changes from one value to another', () => {
  const abstract =
    'For the evaluation metrics, ZSIM and EMSIM increases from 82.48% to 89.74%, 66.24% to 78.88% on Blix, and ' +
    'ZLD decreases from 14.79 to 14.63 on Grid. We see relative increases from 5% to 9% on all tasks.';

  it('splits each change into its before and after values, also for plain scores and listed pairs', () => {
    const found = values(abstract);
    expect(found).toEqual(
      expect.arrayContaining(['82.48%', '89.74%', '66.24%', '78.88%', '14.79', '14.63', '5% to 9%']),
    );
    expect(found).not.toContain('82.48% to 89.74%');
  });

  it('reads what rises or falls from one number to another as a metric, not what it is measured on', () => {
    const out = run(abstract);
    for (const name of ['ZSIM', 'EMSIM', 'ZLD'])
      expect(out.entities.find((e) => e.name === name)?.type).toBe('Metric');
    expect(out.entities.find((e) => e.name === 'Blix')?.type).not.toBe('Metric');
  });
});

describe('metrics named by how results are reported', () => {
  it('reads the later items of a list of gains as metrics', () => {
    const abstract =
      'Zorbit improves counterfactual validity by up to 0.51, counterfactual accuracy by up to 0.47, and ' +
      'explanation entailment by 0.64.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toEqual(
      expect.arrayContaining([
        'counterfactual validity',
        'counterfactual accuracy',
        'explanation entailment',
      ]),
    );
    // Without an outcome verb a list of "X by N" is no list of gains.
    expect(
      run(
        'We group papers by venue, topic modelling by 2020, and citation counting by 2021.',
      ).entities.filter((e) => e.type === 'Metric'),
    ).toEqual([]);
  });

  it('reads "achieves a mean X of N" and "(X 0.79)" as metrics, with common names in lower case', () => {
    const out = run(
      'On ZorbBench, Zorbit achieves a mean Percentile Rank of 71.8%. We verify 50 samples (inter-rater agreement ' +
        '0.79-0.84). Blix achieved a mean Average Precision of 88.3%.',
    );
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toEqual(expect.arrayContaining(['percentile rank', 'inter-rater agreement', 'mAP']));
  });

  it('drops praise before a measure and does not read a verb as part of its name', () => {
    const metrics = namesOf(
      'Zorbit achieves the highest accuracy of 95.1% on ZorbBench, cuts latency by 20%, reduces memory ' +
        'consumption by 30%.',
      'Metric',
    );
    expect(metrics).not.toContain('highest accuracy');
    expect(metrics.some((m) => m.startsWith('reduces'))).toBe(false);
  });
});

describe('parts of the contribution', () => {
  it('reads methods that open the sentences after "we propose three methods" as proposed', () => {
    const abstract =
      'We study voting across 17 assistants. We propose three family-aware methods. Zorb Family Voting (ZFV) ' +
      'aggregates within families before voting. QualZ, a training-free method weighting models by calibration, ' +
      'beats calibrated voting. Learned Zorb Scoring (LZS) trains a classifier to re-rank answers.';
    for (const name of ['ZFV', 'QualZ', 'LZS']) expect(entity(abstract, name)?.role).toBe('proposed');
  });

  it('reads a part the proposed framework introduces as proposed, not one it integrates', () => {
    const abstract =
      'Furthermore, we propose the Zorb Refinement Network (ZRNet), a framework that introduces a Temporal Zorb ' +
      'Alignment (TZA) module.';
    expect(entity(abstract, 'TZA')?.role).toBe('proposed');
    const integrated =
      'We propose ZorbDet, a detector that integrates ODZConv and LSZA attention for small objects.';
    expect(entity(integrated, 'ODZConv')?.role).not.toBe('proposed');
  });

  it('knows common losses, resampling methods and NLP libraries', () => {
    const abstract = 'We add SMOTE for minority classes and focal loss, and parse text with spaCy.';
    for (const name of ['SMOTE', 'focal loss', 'spaCy']) expect(entity(abstract, name)?.type).toBe('Method');
  });
});
