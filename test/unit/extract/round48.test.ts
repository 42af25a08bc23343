// Rules from a forty-eighth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { matchLongForm } from '../../../extract/acronyms.js';
import { entity, roleOf, run } from '../../helpers/extract.js';

describe('an acronym whose digit counts the words of one capital', () => {
  const longForm = (short: string, before: string) => {
    const at = matchLongForm(short, before);
    return at < 0 ? undefined : before.slice(at).trim();
  };

  it('spells the words by the capital before the digit', () => {
    expect(longForm('ZS3', 'we build the Zorb Spatial Sampling System ')).toBe(
      'Zorb Spatial Sampling System',
    );
    expect(longForm('T5', 'we use the Text-to-Text Transfer Transformer ')).toBe(
      'Text-to-Text Transfer Transformer',
    );
  });

  it('or by the capital after it', () => {
    expect(longForm('ZI3CL', 'a Zorb Instance and Contour Consistency Contrastive Learning ')).toBe(
      'Zorb Instance and Contour Consistency Contrastive Learning',
    );
  });

  it('lets joining words go unspelled rather than spell with them', () => {
    expect(longForm('A3Z', 'we introduce Anchor Alignment and Adaptive Zorbing ')).toBe(
      'Anchor Alignment and Adaptive Zorbing',
    );
  });

  it('needs whole words to spell it', () => {
    expect(longForm('A3B', 'we present ZorbVL-R1, a 30B ')).toBeUndefined();
    expect(longForm('Z3M', 'semantic features across ZLMs for zorb-supervised learning ')).toBeUndefined();
  });

  it('makes the long form an alias of the name', () => {
    const zs = entity('We propose the Zorb Spatial Sampling System (ZS3) for zorb tracking.', 'ZS3');
    expect(zs?.aliases).toContain('Zorb Spatial Sampling System');
    expect(zs?.role).toBe('proposed');
  });
});

describe('a defined name the text says is proposed, in the passive', () => {
  it('is proposed', () => {
    const abstract =
      'Zorb segmentation is hard. Specifically, a Zorb Boundary Refinement Module (ZBRM) is designed, which sharpens ' +
      'zorb edges. Furthermore, a zorb-aware contour decoder (ZCD) is proposed to recover thin parts.';
    expect(entity(abstract, 'ZBRM')?.role).toBe('proposed');
    expect(entity(abstract, 'ZCD')?.role).toBe('proposed');
  });

  it('keeps a learning name the paper coins a method', () => {
    const abstract =
      'Specifically, a Zorb Instance Consistency Contrastive Learning (ZICCL) pre-training framework is presented, ' +
      'which improves zorb segmentation.';
    expect(entity(abstract, 'ZICCL')?.type).toBe('Method');
  });

  it('is not what others proposed, nor what a thing is designed to do', () => {
    const abstract =
      'Zorb Gradient Matching (ZGM) was proposed by earlier work. Zorb-Oriented Dialogue (ZOD) systems are designed ' +
      'to answer questions. Then, a zorb method based on zorb convex relaxation (ZCR) is proposed. We study ZorbNet.';
    expect(entity(abstract, 'ZGM')?.role).not.toBe('proposed');
    expect(entity(abstract, 'ZOD')?.role).not.toBe('proposed');
    expect(entity(abstract, 'ZCR')?.role).not.toBe('proposed');
  });

  it('leaves a task posed that way a task', () => {
    const abstract =
      'Cross-Domain Few-Shot Zorb Segmentation (CD-FSZS) is proposed to transfer segmentation to new domains. We ' +
      'present ZorbSeg for it.';
    expect(entity(abstract, 'cross-domain few-shot zorb segmentation')?.type).toBe('Task');
  });
});

describe('released networks the field fine-tunes and compares with', () => {
  it('are models', () => {
    const abstract =
      'We train ZorbGen with a StyleGAN2-ADA generator and compare it with TimeChat and VideoChat2 on ZorbBench; ' +
      'keypoints come from ViTPose and HRNet-W48.';
    for (const name of ['StyleGAN2-ADA', 'TimeChat', 'VideoChat2', 'ViTPose', 'HRNet-W48'])
      expect(entity(abstract, name)?.type).toBe('Model');
  });
});

describe('names under one data noun, each with a short gloss', () => {
  it('are data sets, both proposed when a proposal verb takes them', () => {
    const abstract =
      'We construct ZorbRaw (large-scale) and ZorbCurated (refined) datasets, and evaluate ZorbNet on them.';
    for (const name of ['ZorbRaw', 'ZorbCurated']) {
      expect(entity(abstract, name)?.type).toBe('Benchmark');
      expect(entity(abstract, name)?.role).toBe('proposed');
    }
  });

  it('types a used one too', () => {
    const abstract = 'We train ZorbNet on the Zorb-CXR (chest) dataset and report accuracy.';
    expect(entity(abstract, 'Zorb-CXR')?.type).toBe('Benchmark');
  });
});

describe('a framework "to evaluate" something', () => {
  it('is an evaluation framework, so data', () => {
    const abstract =
      'We introduce the Zorb Recognition In-Context (ZORBIC) framework to evaluate instruction following. We ' +
      'evaluate state-of-the-art LLMs on ZORBIC.';
    expect(entity(abstract, 'ZORBIC')?.type).toBe('Benchmark');
  });

  it('is not one built to diagnose and fix errors', () => {
    const abstract =
      'We propose the Zorb Error Checklist (ZEC) framework to systematically diagnose and mitigate tool errors.';
    expect(entity(abstract, 'ZEC')?.type).toBe('Method');
  });
});

describe('the time a system takes', () => {
  it('is a measure', () => {
    const abstract =
      'ZorbQ significantly reduces the detection time for zorb anomalies and keeps the processing time low.';
    expect(entity(abstract, 'detection time')?.type).toBe('Metric');
    expect(entity(abstract, 'processing time')?.type).toBe('Metric');
  });

  it('is not when something happens', () => {
    const abstract = 'At detection time, ZorbMark scores each trace; during generation time it embeds a key.';
    expect(entity(abstract, 'detection time')).toBeUndefined();
    expect(entity(abstract, 'generation time')).toBeUndefined();
  });
});

describe('a training objective named after a measure', () => {
  it('is not the measure', () => {
    const abstract =
      'We train ZorbSeg with a Dice loss and an SSIM loss, and add a Pearson correlation loss.';
    expect(run(abstract).entities.filter((e) => e.type === 'Metric')).toEqual([]);
  });

  it('unlike a drop in a measure', () => {
    expect(entity('ZorbQuant reaches 4x compression with no accuracy loss.', 'accuracy')?.type).toBe(
      'Metric',
    );
  });
});

describe('a venue', () => {
  it('is no name of a method', () => {
    const abstract =
      'This paper describes our ZorbSpeech system submitted to the INTERSPEECH 2026 challenge and ICRA.';
    expect(run(abstract).entities.map((e) => e.name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/INTERSPEECH|ICRA/)]),
    );
  });
});

describe('a comparison verb with its object between it and "to" or "with"', () => {
  it('compares what comes after', () => {
    const abstract =
      'We propose ZorbAug. We compared different augmentation strategies to a traditional oversampling method ' +
      '(ZorbMote). We also compare ZorbAug with ZorbMix on ZorbSet.';
    expect(roleOf(abstract, 'ZorbMote')).toBe('compared');
    expect(roleOf(abstract, 'ZorbMix')).toBe('compared');
  });

  it('does not compare a purpose or what the comparison is run with', () => {
    const abstract =
      'We propose ZorbDraft. We compare three strategies to improve zorb decoding, and we compare sequential ' +
      'fine-tuning with joint fine-tuning using Zorb-7B.';
    expect(roleOf(abstract, 'Zorb-7B')).not.toBe('compared');
  });
});

describe('the class of video LLMs', () => {
  it('is no name', () => {
    const abstract =
      'VideoLLMs struggle with long videos. We propose ZorbPrune, which makes VideoLLM inference faster.';
    expect(run(abstract).entities.map((e) => e.name)).toEqual(['ZorbPrune']);
  });
});

describe('a list an evaluation instrument assesses', () => {
  it('lists measures, known or not', () => {
    const abstract =
      'We introduce ZorbEdit. We further establish an evaluation protocol to assess instruction fulfillment, ' +
      'modification scope, and zorb coherence.';
    for (const name of ['instruction fulfillment', 'modification scope'])
      expect(entity(abstract, name)?.type).toBe('Metric');
  });

  it('not abilities', () => {
    const abstract =
      'We introduce ZorbRxBench and design evaluation protocols to assess both open-book and closed-book reasoning.';
    expect(run(abstract).entities.filter((e) => e.type === 'Metric')).toEqual([]);
  });
});

describe('a Title Case name before a schedule, loss or objective', () => {
  it('is a part the paper proposes', () => {
    const abstract =
      'We study zorb splatting. We therefore propose a Progressive Zorb Decay schedule that sharpens opacities, ' +
      'and a Zorb Concept-Consistency loss.';
    expect(roleOf(abstract, 'Progressive Zorb Decay')).toBe('proposed');
    expect(roleOf(abstract, 'Zorb Concept-Consistency')).toBe('proposed');
  });
});

describe('a measure "of" a value', () => {
  it('is read in the later items of what was achieved', () => {
    const abstract =
      'ZorbNet achieves a rank correlation of 0.86 and a linear correlation of 0.95 on ZorbSet.';
    expect(entity(abstract, 'linear correlation')?.type).toBe('Metric');
  });

  it('is read after "has"', () => {
    const abstract = 'The trained Zorb policy has a safety-violation probability of 3.5% over the horizon.';
    expect(entity(abstract, 'safety-violation probability')?.type).toBe('Metric');
  });
});

describe('qualities a method "excels in"', () => {
  it('are measures', () => {
    const abstract =
      'We propose Zorb2Next. Experiments show Zorb2Next excels in visual consistency and text fidelity.';
    expect(entity(abstract, 'visual consistency')?.type).toBe('Metric');
    expect(entity(abstract, 'text fidelity')?.type).toBe('Metric');
  });
});

describe('two adjectives sharing one measure head in a claimed list', () => {
  it('are two measures', () => {
    const abstract = 'We propose ZorbSplat. ZorbSplat achieves better geometric and photometric consistency.';
    expect(entity(abstract, 'geometric consistency')?.type).toBe('Metric');
    expect(entity(abstract, 'photometric consistency')?.type).toBe('Metric');
  });
});

describe('the plural of a short form defined as something generic', () => {
  it('is as generic', () => {
    const abstract =
      'We leverage weak prior angle-of-zorb (AoZ) statistics. Two scans estimate the elevation and azimuth AoZs.';
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('AoZs');
  });
});

describe('a measure the paper says it proposes', () => {
  it('is a proposed metric', () => {
    const abstract =
      'We propose ZorbNoise. Additionally, we propose an answerability metric that employs a judge model to assess ' +
      'recovery, and we introduce a new zorbicity score to evaluate drift.';
    expect(entity(abstract, 'answerability')?.role).toBe('proposed');
    expect(entity(abstract, 'zorbicity score')?.role).toBe('proposed');
  });

  it('is not a kind of measure, a verb, an internal score or a description before its name', () => {
    const abstract =
      'We design a simple evaluation metric. We propose a method to measure zorbs. We introduce a token importance ' +
      'score to prune tokens. We propose a novel efficient zero-shot metric called Zorb Span Confidence.';
    expect(
      run(abstract)
        .entities.filter((e) => e.type === 'Metric' && e.role === 'proposed')
        .map((e) => e.name),
    ).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/evaluation|method|token importance|efficient/)]),
    );
  });
});

describe('speeds a system is measured by', () => {
  it('are measures', () => {
    const abstract =
      'ZorbGS improves rendering speed and training speed, and serves 120 requests per second.';
    for (const name of ['rendering speed', 'training speed', 'requests per second'])
      expect(entity(abstract, name)?.type).toBe('Metric');
  });
});

describe('a fused depth or size after a model family', () => {
  it('is still the family', () => {
    const abstract = 'We fine-tune ResNet50V2 and EfficientNetB0 on ZorbSet.';
    expect(entity(abstract, 'ResNet50V2')?.type).toBe('Model');
    expect(entity(abstract, 'EfficientNetB0')?.type).toBe('Model');
  });
});

describe('section headings of structured abstracts and imaging terms', () => {
  it('are no names', () => {
    const abstract =
      'BACKGROUND: Zorb scans are hard. METHODS: We convert sRGB images and T1w scans. CONCLUSIONS: ZorbNet helps.';
    expect(run(abstract).entities.map((e) => e.name)).toEqual(['ZorbNet']);
  });
});

describe('released checkpoints of pathology, radiology, vision and NER models', () => {
  it('are models', () => {
    const abstract =
      'We compare ZorbPath with Virchow2 and MAIRA-2, and fine-tune SqueezeNet and GLiNER on ZorbSet.';
    for (const name of ['Virchow2', 'MAIRA-2', 'SqueezeNet', 'GLiNER'])
      expect(entity(abstract, name)?.type).toBe('Model');
  });
});

describe('coined names listed beside a known benchmark', () => {
  it('are benchmarks', () => {
    const abstract = 'We introduce ZorbAgent. We compare with GSM8K, ZorbCity and ZorbRubrics.';
    expect(entity(abstract, 'ZorbCity')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZorbRubrics')?.type).toBe('Benchmark');
  });

  it('unless two names meet only at a comma', () => {
    const abstract = 'We propose ZorbFlow. For ImageNet, ZorbFlow attains competitive fidelity.';
    expect(entity(abstract, 'ZorbFlow')?.type).toBe('Method');
  });
});

describe('coined names listed beside known models', () => {
  it('are models', () => {
    const abstract = 'We introduce ZorbAgent. We compare with GPT-4o, ZorbChat and Llama-3-8B.';
    expect(entity(abstract, 'ZorbChat')?.type).toBe('Model');
  });
});

describe('an all-capital token joined by underscores', () => {
  it('is an action token or a label, never an entity', () => {
    const abstract =
      'We extend the action space of ZorbMT with adaptive actions: SENTENCE_CUT, DROP and PARTIAL_SUMMARIZATION. ' +
      'Labels are VISIBLY_TRUE or CANNOT_ASSESS.';
    expect(run(abstract).entities.map((e) => e.name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/_/)]),
    );
  });
});
