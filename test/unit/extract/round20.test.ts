// Rules from a twentieth round (long forms written with hyphens after their acronym, list items and the comma after
// them, systems listed after "methods such as", data nouns after a definition, measures and values after "by" and
// "in", field knowledge, checkpoints with their backbone, titles that benchmark, counted samples, named parts, metrics
// a paper introduces, what the authors call theirs, durations and baselines in comparisons); every sentence here is
// invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf } from '../../helpers/extract.js';

describe('acronym definitions', () => {
  it('reads a hyphenated long form in parentheses after its acronym', () => {
    const zorp = entity(
      'We present ZORP (Zap-Orbit-Rise-Pulse), a framework for emotional reasoning.',
      'ZORP',
    );
    expect(zorp?.aliases).toContain('Zap-Orbit-Rise-Pulse');
    expect(zorp?.role).toBe('proposed');
  });

  it('types a defined name by the data noun after its modifiers', () => {
    const abstract =
      'We extend the foundational ZOOL (Zap of Out of Label) anomaly detection benchmark with descriptions.';
    expect(entity(abstract, 'ZOOL')?.type).toBe('Benchmark');
  });
});

describe('list items', () => {
  it('reads an unknown name between two benchmarks of a list as a benchmark', () => {
    const abstract = 'Across EmoBench, ZAQEU, and EQ-Bench, ZorbCal improves emotional reasoning by 22%.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(expect.arrayContaining(['EmoBench', 'ZAQEU', 'EQ-Bench']));
  });

  it('starts no apposition at the comma after the last item of an opening list', () => {
    const abstract = 'Across EmoBench, ZaqBench, and EQ-Bench, our method improves emotional reasoning.';
    expect(entity(abstract, 'EQ-Bench')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZaqBench')?.type).toBe('Benchmark');
  });

  it('starts no apposition at a comma followed by a conjunction', () => {
    const abstract =
      'We test on EmoBench, ZaqBench, and EQ-Bench, and our method improves emotional reasoning by 22%.';
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });

  it('keeps bare acronyms listed after "methods such as", but not after "coding systems such as"', () => {
    const abstract =
      'Existing methods such as ZIAL, ZDIAL, and ZommNet enable message passing but lack interpretability.';
    expect(namesOf(abstract, 'Method')).toEqual(expect.arrayContaining(['ZIAL', 'ZDIAL', 'ZommNet']));
    const coding = 'Coding systems such as ZCD, Zondo, and ZTC lack coverage of rare diseases.';
    expect(namesOf(coding, 'Method')).not.toContain('ZTC');
  });
});

describe('measures and values after "by"', () => {
  it('gives each value after "by" the measure before it, a signed one included', () => {
    const abstract =
      'ZorbSeg boosts gIoU by +8.2% and cIoU by +5.8%, and lowers LPIPS by -0.016 over ZorbBase.';
    expect(resultOf(abstract, '8.2%')?.metric).toBe('gIoU');
    expect(resultOf(abstract, '5.8%')?.metric).toBe('cIoU');
    expect(resultOf(abstract, '-0.016')?.metric).toBe('LPIPS');
  });

  it('reads the measure after "by 40.7% in", and the system that surpasses as the subject', () => {
    const abstract =
      'ZorbVid surpasses recent ZV2A models by 40.7% in controllability and 12.5% in perceptual quality.';
    expect(resultOf(abstract, '40.7%')).toMatchObject({ subject: 'ZorbVid', metric: 'controllability' });
    expect(resultOf(abstract, '12.5%')).toMatchObject({ subject: 'ZorbVid', metric: 'perceptual quality' });
    expect(namesOf('ZorbCls beats ZorbBase by 3% in multi-label classification.', 'Metric')).not.toContain(
      'multi-label classification',
    );
  });

  it('keeps a percentage cut-off in the name of a rate', () => {
    const abstract = 'With gains of +0.19 AUC and +40%p TPR@1% on 17 languages, ZorbMark is robust.';
    expect(namesOf(abstract, 'Metric')).toContain('TPR@1%');
    expect(resultOf(abstract, '1%')).toBeUndefined();
  });
});

describe('field knowledge', () => {
  it('knows driving datasets by their short names and diffusion releases by theirs', () => {
    const abstract =
      'ZorbDet sets a new state of the art on KITTI, Waymo, and Argoverse 2. Sweeps on SD1.5 and SD3.5 agree.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(
      expect.arrayContaining(['KITTI', 'Waymo Open Dataset', 'Argoverse 2']),
    );
    expect(namesOf(abstract, 'Model')).toEqual(
      expect.arrayContaining(['Stable Diffusion 1.5', 'Stable Diffusion 3.5']),
    );
  });

  it('reads classifier-free guidance as a technique', () => {
    expect(entity('ZorbGen disables classifier-free guidance (CFG).', 'classifier-free guidance')?.type).toBe(
      'Technique',
    );
  });
});

describe('names of checkpoints, benchmarks and data', () => {
  it('joins a release and the backbone it was trained with into one checkpoint', () => {
    const models = namesOf(
      'Accuracy drops on CLIP ViT-L/14 and on ZorbCLIP. We also probe SigLIP ViT-SO400M.',
      'Model',
    );
    expect(models).toEqual(expect.arrayContaining(['CLIP ViT-L/14', 'SigLIP ViT-SO400M']));
    expect(models).not.toContain('ViT-L/14');
  });

  it('takes no plural of a listed capital for a verb ("CLIP is")', () => {
    expect(namesOf('We use CLIP. CLIP is strong at retrieval.', 'Metric')).not.toContain('CLIP-I');
  });

  it('reads the name before a title\'s "Benchmarking ..." as a benchmark', () => {
    const abstract =
      'Most hand benchmarks use static objects. We release ZynaHOI-10M, a large-scale benchmark.';
    expect(
      entity(abstract, 'ZynaHOI', 'ZynaHOI: Benchmarking Hand-Object Interaction for Moving Targets')?.type,
    ).toBe('Benchmark');
  });

  it('reads a name glossed by a count of samples as data', () => {
    const abstract = 'We release ZorbNotes (300 expert-authored responses and 150 expert judgments).';
    expect(entity(abstract, 'ZorbNotes')?.type).toBe('Benchmark');
  });
});

describe('measures a result changes', () => {
  it('reads "7.80% higher precision than" as the measure, "half-precision" still as a format', () => {
    const abstract = 'ZorbTrack achieves 8.40% higher AUC and 7.80% higher precision than ZorbBase.';
    expect(resultOf(abstract, '7.80%')?.metric).toBe('precision');
    expect(namesOf('ZorbQ trains at lower precision and in half-precision.', 'Metric')).toEqual([]);
  });

  it('reads a measure head after "average" changed by an amount', () => {
    const abstract =
      'ZorbCo improves average reward by 35.4% and gives an improvement of 1.56x in mean latency.';
    expect(resultOf(abstract, '35.4%')?.metric).toBe('reward');
    expect(resultOf(abstract, '1.56x')?.metric).toBe('latency');
    expect(namesOf('ZorbSim obtains an average score of 87 points by 3 teams.', 'Metric')).not.toContain(
      'score',
    );
  });

  it('knows AP as average precision, but not as the tail of a coined name', () => {
    const abstract =
      'ZorbDet improves the final AP by 6.9% on MS-COCO. We also use ZVP-AP to position views.';
    expect(resultOf(abstract, '6.9%')?.metric).toBe('average precision');
    expect(entity(abstract, 'ZVP-AP')?.type).toBe('Method');
  });
});

describe('the measure of something', () => {
  it('reads "improves the feasibility of generated ideas by 20%" as a change in feasibility', () => {
    const abstract = 'Metadata improves the feasibility of generated ideas by 20% in ZorbIdea.';
    expect(resultOf(abstract, '20%')?.metric).toBe('feasibility');
  });
});

describe("named parts of the paper's system", () => {
  it('takes the words of a listed name or an acronym into a part named around them', () => {
    expect(
      namesOf('We introduce a lightweight Zorblight Adapter for residual enhancement.', 'Method'),
    ).toEqual(['Zorblight Adapter']);
    expect(namesOf('Finally, we propose the MCP Zorbpilot Agent, a multi-step agent.', 'Method')).toContain(
      'MCP Zorbpilot Agent',
    );
    expect(namesOf('We study the UK General Elections of 2024.', 'Method')).toEqual([]);
  });

  it('reads a part after an article and a hyphenated modifier', () => {
    expect(entity('We introduce a two-stage Zorb Guard using a fine-tuned SLM.', 'Zorb Guard')?.role).toBe(
      'proposed',
    );
  });
});

describe('metrics a paper introduces', () => {
  it('reads the unlisted measures after "we propose ... metrics measuring" as proposed', () => {
    const abstract =
      'We study persona simulation. We propose an evaluation framework with four complementary metrics measuring ' +
      'zorb similarity, factual consistency, and accuracy.';
    expect(entity(abstract, 'zorb similarity')?.role).toBe('proposed');
    expect(entity(abstract, 'factual consistency')?.role).toBe('proposed');
    expect(entity(abstract, 'accuracy')?.role).toBe('used');
  });
});

describe('what the authors call theirs', () => {
  it('reads "our X" and "X, our benchmark for ..." as proposed, not "compared to X, our model achieves"', () => {
    const abstract =
      'We evaluate ZorbStitch on ZosEval, our benchmark for position-based generation. Our Qwen2.5-32B-Instruct-ZorbDecorator ' +
      'reaches 87.4% accuracy. Compared to ZorbFormer, our model achieves better segmentation.';
    expect(entity(abstract, 'ZosEval')?.role).toBe('proposed');
    expect(entity(abstract, 'Qwen2.5-32B-Instruct-ZorbDecorator')?.role).toBe('proposed');
    expect(entity(abstract, 'ZorbFormer')?.role).not.toBe('proposed');
  });
});

describe('values of a comparison', () => {
  it('reads a duration in two units as one value, and the one after "compared to" as the baseline\'s', () => {
    const abstract =
      'ZorbRec reduces runtime by 95% on ZorbFC (23 minutes 36 seconds compared to 454 minutes 12 seconds).';
    expect(resultOf(abstract, '23 minutes 36 seconds')?.subject).toBe('ZorbRec');
    expect(resultOf(abstract, '454 minutes 12 seconds')?.subject).toBeNull();
    expect(resultOf(abstract, '36 seconds')).toBeUndefined();
  });

  it('gives a value "achieved by" a system to that system', () => {
    const abstract =
      'ZorbGPT reaches 98.12% classification accuracy on leaf images, compared to 96.88% achieved by ResNet-50.';
    expect(resultOf(abstract, '96.88%')?.subject).toBe('ResNet-50');
  });
});
