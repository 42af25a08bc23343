// Rules from a twenty-fourth round (the task an abstract opens on, data listed after an evaluation verb in a
// proposal sentence, data sets joined by "and" or listed in parentheses, collections and families, plural acronyms,
// verbs before measures, quantization settings, assessment tasks); every sentence here is invented, the Zorb names
// made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf } from '../../helpers/extract.js';

describe('the task an abstract opens on', () => {
  it('counts a listed task that is the subject of the first sentence', () => {
    const abstract =
      'Temporal reasoning in legal texts is important for case analysis. We propose ZorbLaw, a retrieval framework that improves accuracy by 4.1% on ZorbStatutes.';
    expect(namesOf(abstract, 'Task')).toContain('temporal reasoning');
  });

  it('counts an unlisted task defined by an apposition in the first sentence', () => {
    const abstract =
      "Glyph affordance reasoning, the inference of a glyph's uses from its strokes, is fundamental to reading. We propose ZorbGlyph, which improves accuracy by 6.2% on ZorbScript.";
    expect(namesOf(abstract, 'Task')).toContain('glyph affordance reasoning');
  });

  it('does not read an unlisted understanding that opens the abstract as a task', () => {
    const abstract =
      'Zorbic understanding remains brittle in omni-modal models. We present ZorbOmni, which improves accuracy by 3.1% on ZorbPhys.';
    expect(namesOf(abstract, 'Task')).toEqual([]);
  });

  it('keeps how well a task is done out of its name', () => {
    const abstract =
      'Accurate zorbic canopy segmentation is crucial for forestry. We propose ZorbCanopy, which improves mIoU by 3.3% on ZorbTrees.';
    expect(namesOf(abstract, 'Task')).toContain('zorbic canopy segmentation');
    expect(namesOf(abstract, 'Task')).not.toContain('accurate zorbic canopy segmentation');
  });

  it('does not read a clause opener or an adverb as part of a task', () => {
    const abstract =
      'While test-time reasoning helps, it costs tokens. We propose ZorbThink, which cuts tokens by 30% on ZorbMath.';
    expect(namesOf(abstract, 'Task')).toEqual([]);
  });

  it('does not count a listed task that only modifies the subject of the first sentence', () => {
    const abstract =
      'Instruction-following image editing models are expected to change only the named region. We propose ZorbEdit, which improves fidelity by 2.1 points on ZorbEditBench.';
    expect(namesOf(abstract, 'Task')).not.toContain('instruction following');
  });

  it('does not count a listed task named later in a background sentence', () => {
    const abstract =
      'Large language models have recently improved machine translation for many languages. We propose ZorbPrune, which halves latency on ZorbServe.';
    expect(namesOf(abstract, 'Task')).not.toContain('machine translation');
  });
});

describe('data sets named where a paper proposes', () => {
  it('types unknown names listed after "benchmark ... on" in a proposal sentence as data', () => {
    const abstract =
      'We introduce ZorbHate, a new Lithuanian hate speech corpus, and benchmark six encoders (potion, e5) on ZorbHate, QuuxToxic, and BlipSuperset using a unified pipeline.';
    expect(entity(abstract, 'QuuxToxic')?.type).toBe('Benchmark');
    expect(entity(abstract, 'BlipSuperset')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZorbHate')?.role).toBe('proposed');
  });

  it('types both of two data sets joined by "and" after "datasets,"', () => {
    const abstract =
      'We present ArtZOI, a method for hand-object reconstruction. To facilitate evaluation, we also contribute two new datasets, ArtZOI-RGBD and ArtZOI-Wild.';
    expect(entity(abstract, 'ArtZOI-RGBD')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ArtZOI-Wild')?.type).toBe('Benchmark');
  });
});

describe('collections', () => {
  it('types a collection of data as data', () => {
    const abstract =
      'We present ZorbMed, a clinical language model. We also built the MediZorb collection, a synthetic dataset of 2.5 million instructions.';
    expect(entity(abstract, 'MediZorb')?.type).toBe('Benchmark');
  });

  it('types a collection or suite of models as models', () => {
    const abstract =
      'This report presents Zorbwan, a comprehensive and open suite of video foundation models designed for video generation.';
    expect(entity(abstract, 'Zorbwan')?.type).toBe('Model');
    const family = 'We introduce Nile-Zorb-4B, 3x4B-A6B, and 12B, a collection of LLMs for Egyptian dialect.';
    expect(entity(family, 'Nile-Zorb-4B')?.type).toBe('Model');
  });

  it('types a family or series of models, named in the plural, as a model with its version', () => {
    const series =
      'In this report, we introduce ZorLaMo 2, a series of Japanese-focused large language models featuring a hybrid architecture.';
    expect(entity(series, 'ZorLaMo 2')?.type).toBe('Model');
    const family = 'We introduce ZorBix, a family of open-weight LLMs trained on code.';
    expect(entity(family, 'ZorBix')?.type).toBe('Model');
  });
});

describe('plural acronyms', () => {
  it('does not name a class of things written as a plural acronym', () => {
    const abstract =
      'ZorbGround augments the cognitive scope of VLMs beyond pre-defined ZLTs and improves accuracy by 3.2% on ZorbRef.';
    expect(entity(abstract, 'ZLTs')).toBeUndefined();
  });
});

describe('verbs before measures', () => {
  it('does not take a verb in its base form into a measure', () => {
    const abstract =
      'Zorb forms ensure accuracy, reliability, and validity of results. We propose ZorbCRF, which can enhance diagnostic accuracy by 4.2% on ZorbCases.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).not.toContain('ensure accuracy');
    expect(metrics).not.toContain('enhance diagnostic accuracy');
    expect(metrics).toContain('diagnostic accuracy');
  });
});

describe('plain words among data names', () => {
  it('reads a capitalised word listed with coined names before "benchmarks" as one of them', () => {
    const abstract =
      'We propose ZorbFT. We evaluate ZorbFT using the ZW, GLZL, and Navo benchmarks and improve accuracy by 5%.';
    expect(entity(abstract, 'Navo')?.type).toBe('Benchmark');
  });

  it('reads the plain names listed in parentheses right after "datasets"', () => {
    const abstract =
      'We propose ZorbKG. ZorbKG outperforms strong baselines on two datasets (Zimmune and Zlung), achieving 27.45% and 59.64% accuracy.';
    expect(entity(abstract, 'Zimmune')?.type).toBe('Benchmark');
    expect(entity(abstract, 'Zlung')?.type).toBe('Benchmark');
    const examples =
      'We propose ZorbVis. Evaluations across diverse benchmarks (e.g., Zaze, ZSP, and Zudoku) reach 92.1% accuracy.';
    for (const name of ['Zaze', 'ZSP', 'Zudoku']) expect(entity(examples, name)?.type).toBe('Benchmark');
    const commas =
      'Experiments on three multi-platform datasets (Zeibo-12, CrossZorb-15, NewsZorb-8) show that ZorbAF reaches an ARI of 0.8.';
    for (const name of ['Zeibo-12', 'CrossZorb-15', 'NewsZorb-8'])
      expect(entity(commas, name)?.type).toBe('Benchmark');
    const languages =
      'We propose ZorbMT and test it on two corpora (English and Chinese), improving BLEU by 2.1.';
    expect(entity(languages, 'English')).toBeUndefined();
  });

  it('still reads languages before "datasets" as languages', () => {
    const abstract =
      'We evaluate ZorbMT on the ZorbA, ZorbB and Spanish corpora and the English and Chinese datasets.';
    expect(entity(abstract, 'Spanish')).toBeUndefined();
    expect(entity(abstract, 'English')).toBeUndefined();
  });
});

describe('quantization settings', () => {
  it('does not name bit widths of weights and activations', () => {
    const abstract =
      'We propose ZorbQ. Our W4A4 model achieves 76.63% on ScienceQA, surpassing the W4A16 baseline and W8A8KV4 models.';
    for (const setting of ['W4A4', 'W4A16', 'W8A8KV4']) expect(entity(abstract, setting)).toBeUndefined();
  });
});

describe('assessment tasks', () => {
  it('reads a title-case assessment after "for" in a title as the task', () => {
    const title =
      'ZorbJudge: Large-Scale Label Quality Assessment for Zorbic Skill Assessment via a Judge Model';
    const abstract = 'We propose ZorbJudge, which improves accuracy by 4.2% on ZorbSkills.';
    expect(namesOf(abstract, 'Task', title)).toContain('zorbic skill assessment');
  });
});
