// Rules from a fifty-eighth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, roleOf, run, values } from '../../helpers/extract.js';

describe('a defined short form', () => {
  it('names no method when its long form is a language, a modality, a device or an institution', () => {
    const abstract =
      'We fine-tune ZorbNet on Modern Standard Arabic (MSA) and cardiac MRI (CMR) scans taken with a Wide Angle Camera (WAC) at the Zorb National Laboratory (ZNL). ZorbNet handles MSA, CMR and WAC data.';
    for (const name of ['MSA', 'CMR', 'WAC', 'ZNL']) expect(entity(abstract, name)).toBeUndefined();
    expect(entity(abstract, 'ZorbNet')?.type).toBe('Method');
  });

  it('nor when its long form is a generic term: "the pre-training (PT) stage"', () => {
    const abstract = 'ZorbWarm runs before the pre-training (PT) stage and helps during PT.';
    expect(entity(abstract, 'PT')).toBeUndefined();
  });

  it('nor does its capitalised form in the title: "Few-Shot Cryo-ET Particle Picking"', () => {
    const abstract =
      'Cryo-electron tomography (cryo-ET) images cells. We propose ZorbPick, which finds particles in cryo-ET volumes.';
    const title = 'ZorbPick: Few-Shot Cryo-ET Particle Picking';
    expect(entity(abstract, 'Cryo-ET', title)).toBeUndefined();
    expect(entity(abstract, 'cryo-ET', title)).toBeUndefined();
  });

  it('but one the paper makes is its method: "we propose Zorb Discrepancy Tomography (ZDT)"', () => {
    const abstract = 'We propose Zorb Discrepancy Tomography (ZDT), a detector of machine text. ZDT is fast.';
    expect(entity(abstract, 'ZDT')?.role).toBe('proposed');
  });

  it('still names one whose long form only qualifies its head: "Zorb Autoencoder for Transient Imaging (ZATI)"', () => {
    const abstract =
      'We propose the Zorb Autoencoder for Transient Imaging (ZATI). ZATI recovers sharp frames.';
    expect(entity(abstract, 'ZATI')?.type).toBe('Method');
  });
});

describe('a minus written as math', () => {
  it('is the value\'s own sign: "halves it ($-$23.9\\%)"', () => {
    const abstract = 'Tuning only ZorbNet halves its error rate ($-$23.9\\%) on ZorbQA.';
    expect(resultOf(abstract, '$-$23.9\\%')?.kind).toBe('reduction');
  });

  it('but the dash between two numbers is no sign: "gains of 1$-$2\\%"', () => {
    const abstract = 'ZorbNet yields accuracy gains of 1$-$2\\% on ZorbQA.';
    expect(values(abstract).some((v) => v.startsWith('$-$'))).toBe(false);
  });
});

describe('a parenthesis glued to a name', () => {
  it('glosses it: "Llama-3.1-8B(16GB)" and "GPT-4o(mini)" are Llama-3.1-8B and GPT-4o', () => {
    const abstract = 'We compare Llama-3.1-8B(16GB) with GPT-4o(mini) on ZorbQA.';
    expect(namesOf(abstract, 'Model')).toEqual(expect.arrayContaining(['Llama-3.1-8B', 'GPT-4o']));
    expect(namesOf(abstract, 'Model').some((n) => n.includes('('))).toBe(false);
  });

  it('but a group or a function is no gloss: "SE(3)", "R_KT(s)"', () => {
    const abstract = 'ZorbPolicy acts in SE(3) and bounds the redundancy R_KT(s) of every string.';
    expect(entity(abstract, 'SE')).toBeUndefined();
    expect(entity(abstract, 'R_KT')).toBeUndefined();
  });
});

describe('known techniques and methods', () => {
  it('include robustness and regularisation paradigms', () => {
    const abstract =
      'ZorbCert applies randomized smoothing and consistency regularization, guided by the Information Bottleneck principle, and compares with distributionally robust optimization (DRO) and Group DRO.';
    for (const name of [
      'randomized smoothing',
      'consistency regularization',
      'information bottleneck',
      'distributionally robust optimization',
    ])
      expect(entity(abstract, name)?.type).toBe('Technique');
    expect(entity(abstract, 'Group DRO')?.type).toBe('Method');
  });

  it('include the model-merging baselines', () => {
    const abstract =
      'We compare ZorbMerge with three merging methods (Task Arithmetic, TIES, and DARE-TIES).';
    expect(entity(abstract, 'TIES-Merging')?.aliases).toContain('TIES');
  });
});

describe('a defined short form whose long form ends in a listed measure', () => {
  it('is a measure: "the peak age of information (PAoI)", "Weighted Word Error Rate (WWER)"', () => {
    const abstract =
      'We characterize the peak age of information (PAoI) of ZorbNet. ZorbNet lowers the Weighted Word Error Rate (WWER) by 20%.';
    expect(entity(abstract, 'PAoI')?.type).toBe('Metric');
    expect(entity(abstract, 'WWER')?.type).toBe('Metric');
  });

  it('but not one used for a purpose: "Adaptive Computation Time (ACT) for compute allocation"', () => {
    const abstract =
      'ZorbViT loops one block, augmented with Adaptive Computation Time (ACT) for spatial compute allocation.';
    expect(entity(abstract, 'ACT')?.type).toBe('Method');
  });
});

describe('known measures', () => {
  it('include kappa written alone', () => {
    const abstract = 'ZorbLM achieved kappa values of 0.98 for detection and 0.71 for location.';
    expect(resultOf(abstract, '0.98')?.metric).toBe("Cohen's kappa");
  });

  it('include the age of information', () => {
    const abstract = 'ZorbSched lowers the average age of information (AoI) by 31% on ZorbNet traces.';
    expect(entity(abstract, 'age of information')?.type).toBe('Metric');
  });

  it('include the GPU hours a system costs', () => {
    const abstract = 'ZorbRoute reduces GPU-hours by 31-42% on ZorbTrace.';
    expect(entity(abstract, 'GPU hours')?.type).toBe('Metric');
    expect(resultOf(abstract, '31-42%')?.metric).toBe('GPU hours');
  });

  it('include the Elo rating, in any of its spellings', () => {
    const abstract =
      'ZorbChess reaches an Elo of 2593, and we rank ZorbJudge outputs with attribute-specific ELO scores.';
    const elo = entity(abstract, 'Elo rating');
    expect(elo?.type).toBe('Metric');
    expect(elo?.aliases).toEqual(expect.arrayContaining(['Elo', 'ELO scores']));
    expect(resultOf(abstract, '2593')?.metric).toBe('Elo rating');
  });
});

describe('what the paper makes', () => {
  it('includes a counted list after two verbs: "we curate and release two new benchmarks: A for X and B for Y"', () => {
    const abstract =
      'We curate and release two new hand-annotated benchmarks: ZorbFactBench for claim verification and ZorbFactQA for evaluating factuality.';
    expect(entity(abstract, 'ZorbFactBench')?.role).toBe('proposed');
    expect(entity(abstract, 'ZorbFactQA')?.role).toBe('proposed');
  });

  it('includes the data set it produces: "we produce the Zorb-Net dataset"', () => {
    const abstract =
      'We crawl online tutorials into trajectory data, through which we produce the Zorb-Net dataset containing 143K trajectories.';
    expect(entity(abstract, 'Zorb-Net')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('includes a short form it spells out as something other than the listed one: "Spatial Ancestral Chains (SAC)"', () => {
    const abstract =
      'We propose WorldZorb, a framework comprising Temporal Zorb Trees (TZT) that enable coarse-to-fine optimization, and Spatial Ancestral Chains (SAC) that query ancestral structure.';
    expect(entity(abstract, 'SAC')?.role).toBe('proposed');
  });

  it('but not a listed model spelled out in its own words: "Segment Anything Model 2 (SAM2)"', () => {
    const abstract = 'We build ZorbTrack on Segment Anything Model 2 (SAM2) and compare it with SAM2 alone.';
    expect(entity(abstract, 'SAM2')).toMatchObject({ type: 'Model', role: 'used' });
  });
});

describe('a plain capitalised word before a capitalised data noun', () => {
  it('names a corpus with the noun: "builds an Instruction Corpus"', () => {
    const abstract = 'ZorbRet builds an Instruction Corpus by grouping similar training questions.';
    expect(entity(abstract, 'Instruction Corpus')?.type).toBe('Benchmark');
  });

  it('but a dataset is named by the word alone: "the Zorbish Dataset"', () => {
    const abstract = 'We evaluate ZorbRet on the Zorbish Dataset.';
    expect(entity(abstract, 'Zorbish')?.type).toBe('Benchmark');
  });
});

describe('what a paper does without', () => {
  it('is mentioned, with two words between: "without any additional fine-tuning"', () => {
    expect(roleOf('ZorbNet adapts to new domains without any additional fine-tuning.', 'fine-tuning')).toBe(
      'mentioned',
    );
  });
});

describe('a decimal an outcome verb reaches', () => {
  it('is a result on a leaderboard or test set too: "reached 0.9452 on the public leaderboard"', () => {
    const abstract =
      'Our best ZorbRAG run reached 0.9452 on the public leaderboard and 0.9598 on the private leaderboard.';
    expect(values(abstract)).toEqual(['0.9452', '0.9598']);
  });
});

describe("a team paper's title", () => {
  it('names the campaign it took part in as a benchmark: "ZorbTeam at LeZorbi-2025: ..."', () => {
    const title = 'ZorbTeam at LeZorbi-2025: Retrieval for Tables';
    const out = run('We describe ZorbRet, our system for table question answering.', title);
    expect(out.entities.find((e) => e.name === 'LeZorbi-2025')).toMatchObject({
      type: 'Benchmark',
      role: 'used',
    });
  });

  it('but not a conference it appears at: "ZorbWorkshop at CVPR 2025: ..."', () => {
    const title = 'ZorbWorkshop at CVPR 2025: The Zorb Vision Workshop';
    const out = run('We report on the fifth ZorbWorkshop and its mentoring program.', title);
    expect(out.entities.find((e) => e.name.startsWith('CVPR'))).toBeUndefined();
  });
});

describe('the gain over a list of beaten systems', () => {
  it('is the winner\'s: "ZorbStyle surpasses A and B by 6.05% and 4.51% respectively"', () => {
    const abstract = 'ZorbStyle surpasses FRESCO and ControlVideo by 6.05% and 4.51% respectively.';
    expect(resultOf(abstract, '6.05%')?.subject).toBe('ZorbStyle');
    expect(resultOf(abstract, '4.51%')?.subject).toBe('ZorbStyle');
  });

  it('but coordinated subjects still share theirs: "ZorbA and ZorbB improve by 5%"', () => {
    const abstract = 'ZorbA and ZorbB improve accuracy by 5% on ZorbQA.';
    expect(resultOf(abstract, '5%')?.subject).toBe('ZorbB');
  });
});

describe('the time a system takes', () => {
  it('is a result: "finishes in 20--30 minutes", "requiring 2.95 seconds per patient"', () => {
    const abstract =
      'ZorbAnnot finishes in 20--30 minutes. ZorbIR retrieves relevant trials while requiring 2.95 seconds per patient.';
    expect(values(abstract)).toEqual(['20--30 minutes', '2.95 seconds']);
  });

  it('but not a duration a setting is given in: "trained for 20 hours"', () => {
    expect(values('ZorbNet is trained for 20 hours on eight GPUs.')).toEqual([]);
  });
});

describe('a title task', () => {
  it('may be a stylization or an imputation: "ZorbStyle: Video Stylization via ..."', () => {
    const out = run(
      'We propose ZorbStyle, a multi-agent system.',
      'ZorbStyle: Video Stylization via Agent Reflection',
    );
    expect(out.entities.find((e) => e.name === 'video stylization')?.type).toBe('Task');
  });
});
