// Rules from a forty-first round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, values } from '../../helpers/extract.js';

describe('a participle before a measure', () => {
  it('acts on the measure or judges it and is no part of its name', () => {
    expect(
      namesOf('With more data, ZorbNet reaches an outstanding accuracy of 97.1% on ZorbSet.', 'Metric'),
    ).toEqual(['accuracy']);
    expect(
      namesOf('Longer training of ZorbNet keeps pushing accuracy above 90% on ZorbSet.', 'Metric'),
    ).toEqual(['accuracy']);
    expect(namesOf('ZorbDet achieves promising detection accuracy of 71.5% on ZorbCity.', 'Metric')).toEqual([
      'detection accuracy',
    ]);
  });

  it('still names a measure by the activity it is taken on', () => {
    expect(
      namesOf('ZorbTrack improves tracking accuracy by 4.2% and cuts running time by 30%.', 'Metric'),
    ).toEqual(expect.arrayContaining(['tracking accuracy', 'running time']));
  });
});

describe('a range in parentheses', () => {
  it('is one result when a hyphen joins its ends', () => {
    expect(values('ZorbAttack reaches high attack success rates (81%-95%) on ten agents.')).toEqual([
      '81%-95%',
    ]);
  });

  it('is a change from one value to another when "to" joins them', () => {
    expect(values('ZorbNet raises accuracy on ZorbSet (42.75% to 46.75%).')).toEqual(['42.75%', '46.75%']);
  });
});

describe('a data noun after a preposition', () => {
  it('does not make the name before it data', () => {
    expect(entity('We test Zorb-7B across several benchmarks.', 'Zorb-7B')).toMatchObject({
      type: 'Model',
    });
    expect(entity('We test the ZORBIX triplet dataset with ZorbNet.', 'ZORBIX')).toMatchObject({
      type: 'Benchmark',
    });
  });
});

describe('a web address broken after a slash', () => {
  it('goes on in the next word, which names nothing', () => {
    expect(
      namesOf('We evaluate ZorbRAG on four datasets. Code: https://github.com/ zorbuser/ZorbRAG.', 'Method'),
    ).toEqual(['ZorbRAG']);
  });
});

describe('a participle after a quality', () => {
  it('closes a clause and names no measure', () => {
    expect(
      namesOf(
        'Using the enhanced semantic depth offered by the third dimension in 3D scans, ZorbNet models shape.',
        'Metric',
      ),
    ).toEqual([]);
  });
});

describe('what a new dataset is built from', () => {
  it('is data the paper uses, not its contribution', () => {
    const text =
      'We present the ZorbSeg dataset, constructed by augmenting annotations of ZOC-cls, Z2SA, and ZUVA.';
    for (const name of ['ZOC-cls', 'Z2SA', 'ZUVA'])
      expect(entity(text, name)).toMatchObject({ type: 'Benchmark', role: 'used' });
    expect(entity(text, 'ZorbSeg')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('an apposition after a name the title read', () => {
  it('says what the name is', () => {
    expect(
      entity(
        'In this paper, we introduce ZorbEval, an automated metric grounded in learning theory, to evaluate slides.',
        'ZorbEval',
        'ZorbEval: An Automated Metric for Knowledge Acquisition in Multimedia Learning',
      ),
    ).toMatchObject({ type: 'Metric', role: 'proposed' });
    expect(
      entity(
        'We further propose Zorb-ViQA, a video language model that adapts a large language model using a gated module.',
        'Zorb-ViQA',
        'Zorb-ViQA: Learning to Anticipate Surgical Events through Gated Cross-Attention',
      ),
    ).toMatchObject({ type: 'Model', role: 'proposed' });
  });

  it('takes two coordinated describing words as one', () => {
    expect(
      entity(
        'We introduce ZorbSea, the first large-scale and fine-grained underwater segmentation dataset with 255 categories.',
        'ZorbSea',
      ),
    ).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('a language model long form', () => {
  it('names a method when the apposition calls it one', () => {
    expect(
      entity(
        'This paper introduces the Elastic Zorb Language Model (EZLM), a novel architecture search method for compact models.',
        'EZLM',
      ),
    ).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(
      entity('We release the Zorbic Language Model (ZLM), a 7B model for Zorbic text.', 'ZLM'),
    ).toMatchObject({ type: 'Model' });
  });
});

describe('a list of evaluation criteria', () => {
  it('is read after a rubric spanning it', () => {
    expect(
      namesOf(
        'We score 12 models with a 20-criterion rubric spanning factual accuracy, completeness, safety, and clarity.',
        'Metric',
      ),
    ).toEqual(expect.arrayContaining(['completeness', 'safety', 'clarity']));
  });

  it('is read after criteria or sub-attributes and a colon', () => {
    expect(
      namesOf(
        'ZorbIQA predicts the mean opinion score and four sub-attributes: lightness, color fidelity, noise level, and naturalness.',
        'Metric',
      ),
    ).toEqual(expect.arrayContaining(['lightness', 'color fidelity', 'naturalness']));
  });
});

describe('qualities a result is claimed in', () => {
  it('are read after "facilitates better" up to the comparison', () => {
    expect(
      namesOf(
        'ZorbFace facilitates better intra-identity consistency and inter-identity separability than prior generators.',
        'Metric',
      ),
    ).toEqual(['intra-identity consistency', 'inter-identity separability']);
  });
});

describe('a model class in capitals', () => {
  it('names no method', () => {
    expect(
      namesOf('It turns out that the Vision-Language-Action models gain from ZorbTune.', 'Method'),
    ).toEqual(['ZorbTune']);
  });
});

describe('a dated challenge', () => {
  it('is a benchmark named with its year', () => {
    expect(
      namesOf('ZorbIQ won second place in the QoMEZ 2026 Grand Challenge on image quality.', 'Benchmark'),
    ).toEqual(['QoMEZ 2026 Grand Challenge']);
    expect(namesOf('ZorbIQ won second place in the QoMEZ 2026 Grand Challenge.', 'Method')).toEqual([
      'ZorbIQ',
    ]);
  });
});

describe('a model before "Vision Transformer"', () => {
  it('is the model; the words after it name its architecture', () => {
    expect(
      namesOf('ZorbFont fine-tunes a pre-trained SigLIP2 Vision Transformer with LoRA.', 'Model'),
    ).toEqual(['SigLIP2']);
  });
});

describe('a bound on a correlation', () => {
  it('is a result when it is a decimal, not when it is a condition', () => {
    expect(values('Fertility rankings of ZorbTok agree across registers (rho > 0.97).')).toEqual(['0.97']);
    expect(values('A variance inequality gives sufficient conditions for kappa > 0 in ZorbFlow.')).toEqual(
      [],
    );
  });
});

describe('data the paper says it contributes', () => {
  it('is proposed after "our key innovation is"', () => {
    expect(
      entity('Our key innovation is ZORBUS, a large-scale dataset of annotated videos.', 'ZORBUS'),
    ).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('is proposed when its own pipeline forms it', () => {
    expect(
      entity('Applied to 8,211 papers, it produced 13,672 QAs, forming the ZorbQA-S dataset.', 'ZorbQA-S'),
    ).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('the sides of a trade-off', () => {
  it('are measures when one of them is a known measure', () => {
    expect(
      namesOf(
        'We evaluate ZorbSCI on graph tasks, showing the trade-offs between accuracy and computational cost.',
        'Metric',
      ),
    ).toEqual(['accuracy', 'computational cost']);
  });

  it('name nothing when neither is a measure', () => {
    expect(namesOf('ZorbRL balances the trade-off between exploration and exploitation.', 'Metric')).toEqual(
      [],
    );
  });
});

describe('similarity measures between representations', () => {
  it('are metrics', () => {
    expect(
      namesOf(
        'We compare the layers of ZorbNet with centered kernel alignment (CKA) and DreamSim.',
        'Metric',
      ),
    ).toEqual(expect.arrayContaining(['CKA', 'DreamSim']));
    expect(namesOf('ZorbAct is tested on NTU RGB+D 60 and PKU-MMD.', 'Benchmark')).toContain('PKU-MMD');
  });
});

describe('a setting word before a listed task', () => {
  it('narrows the task the paper works on', () => {
    const abstract =
      'We propose ZorbNet for human video generation and weakly supervised semantic segmentation.';
    expect(namesOf(abstract, 'Task')).toEqual(
      expect.arrayContaining(['human video generation', 'weakly supervised semantic segmentation']),
    );
  });
});

describe('a setting word before a task from the broad list', () => {
  it('narrows it too', () => {
    expect(namesOf('We propose ZorbMo for human motion generation from text.', 'Task')).toContain(
      'human motion generation',
    );
  });
});
