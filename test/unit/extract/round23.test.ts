// Rules from a twenty-third round (LaTeX ties, operation counts as measures, title-case index and coefficient
// measures, data sets a measured value is reached on, parts introduced in the passive, measure words that are not
// measures, tasks narrowed by a domain, cut-offs, editions written once, counted data, title appositions); every
// sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run } from '../../helpers/extract.js';

describe('LaTeX ties', () => {
  it('reads a tie before a parenthesis as a space', () => {
    const abstract = 'We fine-tune ZorbLM3~(3B) with GRPO and raise its pass rate from 11.1% to 33.3%.';
    expect(entity(abstract, 'ZorbLM3')).toBeDefined();
    expect(run(abstract).entities.filter((e) => e.name.includes('~'))).toEqual([]);
  });

  it('defines an acronym across a tie and quotes the input as written', () => {
    const abstract = 'We propose Zorbic Alignment Tuning~(ZAT), which reaches 71.2% accuracy on ZorbQA.';
    const zat = entity(abstract, 'ZAT');
    expect(zat?.aliases).toContain('Zorbic Alignment Tuning');
    expect(run(abstract).entities.flatMap((e) => e.evidence)).toContain(abstract);
  });
});

describe('measures', () => {
  it('counts GFLOPs as a measure with the value it comes with', () => {
    const abstract = 'ZorbNet reaches 92.1% mIoU on ZorbSeg with only 3.80 GFLOPs.';
    expect(namesOf(abstract, 'Metric')).toContain('GFLOPs');
    expect(resultOf(abstract, '3.80 GFLOPs')?.metric).toBe('GFLOPs');
  });

  it('types a title-case long form headed by index or coefficient as a measure', () => {
    const abstract =
      'We propose two new measures, the Zorb Specialization Index (ZSI) and the Zorb Alignment Coefficient (ZAC).';
    expect(entity(abstract, 'ZSI')?.type).toBe('Metric');
    expect(entity(abstract, 'ZAC')?.type).toBe('Metric');
  });
});

describe('data sets a measured value is reached on', () => {
  it('types every name listed after "N% accuracy on" as a benchmark, in a proposal sentence too', () => {
    const abstract =
      'We propose ZorbRF, a framework that uses an emotion analyzer achieving over 70% accuracy on ZorbEmo, Blix140, and QuxDialog to score feedback.';
    for (const name of ['ZorbEmo', 'Blix140', 'QuxDialog'])
      expect(entity(abstract, name)?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZorbRF')?.role).toBe('proposed');
  });

  it('leaves names after a value in something that is not a measure alone', () => {
    const abstract =
      'We propose ZorbRF, which spends 70% fewer tokens on ZorbPlan and QuxPlan to plan routes.';
    expect(entity(abstract, 'ZorbPlan')?.type).not.toBe('Benchmark');
  });
});

describe('parts introduced in the passive', () => {
  it('names a title-case phrase that "is introduced to" do something after the proposal', () => {
    const abstract =
      'We propose ZorbRM, a self-training framework for reward models. Moreover, the Zorb-Aware Critique Reward is introduced to assess consistency across critiques.';
    const part = entity(abstract, 'Zorb-Aware Critique Reward');
    expect(part?.type).toBe('Method');
    expect(part?.role).toBe('proposed');
  });
});

describe('measure words that are not measures', () => {
  it('does not read a verb ending in "rate" after a listed measure as a measure', () => {
    const abstract =
      'The results, which achieved 81.2 percent precision and 77.3 percent recall, demonstrate that ZorbNet works.';
    expect(namesOf(abstract, 'Metric')).toEqual(['precision', 'recall']);
  });

  it('does not read a hyphenated measure before a noun as a measure', () => {
    const abstract = 'ZorbPrune uses inference-time layer pruning and reaches 81% accuracy on ZorbQA.';
    expect(namesOf(abstract, 'Metric')).not.toContain('inference time');
    expect(namesOf('ZorbPrune cuts inference time by 40% on ZorbQA.', 'Metric')).toContain('inference time');
  });

  it('types a coined title-case coefficient that quantifies something as a measure', () => {
    const abstract =
      'We introduce ZorbNet. We further propose a Zorb Alignment Coefficient to robustly quantify cross-lingual consistency.';
    expect(entity(abstract, 'Zorb Alignment Coefficient')?.type).toBe('Metric');
  });
});

describe('tasks narrowed by a domain or a modality', () => {
  it('keeps the domain word before a listed task', () => {
    const abstract = 'We evaluate ZorbQA models on legal question answering and 3D instance segmentation.';
    const tasks = namesOf(abstract, 'Task');
    expect(tasks).toContain('legal question answering');
    expect(tasks).toContain('3D instance segmentation');
  });

  it('does not take an evaluative word into the task', () => {
    const abstract = 'We evaluate ZorbNet on real-world software engineering and robust question answering.';
    const tasks = namesOf(abstract, 'Task');
    expect(tasks).not.toContain('real-world software engineering');
    expect(tasks).not.toContain('robust question answering');
  });
});

describe('cut-offs, offsets and data sources', () => {
  it('reads a COCO-style range cut-off as part of the measure, not a value', () => {
    const abstract = 'ZorbDet gains 11.4% in mAP@0.5:0.95 on ZorbParts.';
    expect(namesOf(abstract, 'Metric')).toContain('mAP@0.5:0.95');
    expect(resultOf(abstract, '0.95')).toBeUndefined();
  });

  it('does not read a letter plus a count as a name', () => {
    const abstract = 'ZorbMarket models price limits and T+1 settlement for every asset.';
    expect(entity(abstract, 'T+1')).toBeUndefined();
  });
});

describe('editions written once', () => {
  it('splits two editions after one benchmark name into two benchmarks', () => {
    const names = namesOf('We evaluate ZorbCoder on ZorbBench-v5/v6 and ZorbQA.', 'Benchmark');
    expect(names).toContain('ZorbBench-v5');
    expect(names).toContain('ZorbBench-v6');
  });

  it('keeps one benchmark when the two editions are written differently', () => {
    expect(namesOf('We evaluate ZorbCoder on ZorbBench-5/v6.', 'Benchmark')).not.toContain('ZorbBench-5');
  });
});

describe('data glossed by a hyphenated count', () => {
  it('types a name glossed by "(2,268-record ...)" as a benchmark', () => {
    const abstract =
      'We release ZorbCorp (2,268-record closed-form RL pool) and ZorbOlym (500-problem held-out eval).';
    expect(entity(abstract, 'ZorbCorp')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZorbOlym')?.type).toBe('Benchmark');
  });
});

describe('a title apposition read up to a preposition', () => {
  it('does not type a name by a noun after "for" in its title', () => {
    const title = 'ZorbDAG: Typed Skill Graphs for LLM Skill Selection';
    expect(
      entity('We present ZorbDAG, which models relationships between skills.', 'ZorbDAG', title)?.type,
    ).toBe('Method');
  });

  it('still types a name by the head noun of its title', () => {
    const title = 'ZorbSet: A Large-Scale Multilingual Dataset for Speech Instruction Tuning';
    expect(entity('We release ZorbSet to the community.', 'ZorbSet', title)?.type).toBe('Benchmark');
  });
});
