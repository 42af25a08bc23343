// Rules from a fifty-fifth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, run } from '../../helpers/extract.js';

describe('data the authors collect', () => {
  it('is theirs: "we collect a new dataset, X"', () => {
    const abstract =
      'To test image-to-3D models on flat-colored images, we collect a new dataset, Zorb-2D, with over 100 samples.';
    expect(entity(abstract, 'Zorb-2D')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('"the paper" as the authors', () => {
  it('proposes what it introduces, as "this paper" does', () => {
    const abstract =
      'To address this issue, the paper introduces a dataset, Zarp-V, containing 7200 program-generated images.';
    expect(entity(abstract, 'Zarp-V')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('but "the work contributes" is not read so', () => {
    const abstract =
      'The work contributes to opinion analysis by introducing a privacy preserving framework. Latent Zorbic Allocation (LZA) was applied to identify topics.';
    expect(entity(abstract, 'LZA')?.role).not.toBe('proposed');
  });
});

describe('well-known networks, measures and corpora', () => {
  it('types released segmentation and audio networks as models', () => {
    const abstract =
      'ZorbSeg fine-tunes a SegFormer decoder on YAMNet audio embeddings, beating Mask2Former.';
    expect(entity(abstract, 'SegFormer')?.type).toBe('Model');
    expect(entity(abstract, 'YAMNet')?.type).toBe('Model');
    expect(entity(abstract, 'Mask2Former')?.type).toBe('Model');
  });

  it('reads MedAE as the median absolute error and DCLM-Baseline as data', () => {
    const abstract =
      'ZorbTok is pretrained on DCLM-Baseline and reaches a median absolute error (MedAE) of 2.1.';
    expect(entity(abstract, 'MedAE')).toMatchObject({ type: 'Metric' });
    expect(entity(abstract, 'DCLM-Baseline')?.type).toBe('Benchmark');
  });
});

describe('known procedures and generic acronyms', () => {
  it('reads personalized PageRank and set-of-marks prompting as methods, an out-of-memory error as nothing', () => {
    const abstract =
      'Long videos often lead to Out-of-Memory (OOM) errors. ZorbRAG refines retrieval with personalized pagerank (PPR) and employs set-of-marks prompting with MLLMs.';
    expect(entity(abstract, 'Personalized PageRank')).toMatchObject({ type: 'Method', aliases: ['PPR'] });
    expect(entity(abstract, 'Set-of-Mark prompting')?.type).toBe('Method');
    expect(entity(abstract, 'OOM')).toBeUndefined();
  });
});

describe('an acronym used as a measure', () => {
  it('is the measure the amount is in', () => {
    const abstract =
      'ZorbNav restores navigation, reducing CVR by 19.26% and boosting TC by 5.97% over the ZorbBase baseline.';
    expect(entity(abstract, 'CVR')?.type).toBe('Metric');
    expect(entity(abstract, 'TC')?.type).toBe('Metric');
    const results = run(abstract).results.map((r) => [r.value, r.metric]);
    expect(results).toEqual([
      ['19.26%', 'CVR'],
      ['5.97%', 'TC'],
    ]);
  });

  it('is a measure when the text calls it a metric, even after its long form read as a method', () => {
    const abstract =
      'We evaluate segmentation with the Euler characteristic difference (ED). The ED metric uncovered topological differences. We propose the Zorbic Relative Correct Keypoints (ZRCK). Our ZRCK metric allows accurate evaluation of keypoints.';
    expect(entity(abstract, 'ED')?.type).toBe('Metric');
    expect(entity(abstract, 'ZRCK')).toMatchObject({ type: 'Metric', role: 'proposed' });
  });

  it('but not one whose long form names a method', () => {
    const abstract =
      'We introduce the Zorb Vectors Method (ZVM) for plant disease scoring. We find that our ZVM metric beats logistic regression.';
    expect(entity(abstract, 'ZVM')?.type).toBe('Method');
  });

  it('but a defined acronym keeps the type its long form gives it', () => {
    const abstract =
      'We propose Zorbic Token Routing (ZTR). Applied to ZorbNet, it improves ZTR by 3.1% on ZorbQA.';
    expect(entity(abstract, 'ZTR')?.type).toBe('Method');
  });
});

describe('well-known evaluation sets', () => {
  it('types stereo benchmarks and puzzle environments as data', () => {
    const abstract =
      'ZorbStereo runs on Middlebury and MPI Sintel; ZorbRL is evaluated on Sokoban and FrozenLake, and ZorbGS on Tanks&Temples and Deep Blending.';
    for (const name of ['Middlebury', 'MPI Sintel', 'Sokoban', 'FrozenLake', 'Deep Blending'])
      expect(entity(abstract, name)?.type).toBe('Benchmark');
    expect(entity(abstract, 'Tanks and Temples')?.aliases).toContain('Tanks&Temples');
  });
});

describe('more ways the authors present their own data', () => {
  it('a numbered contribution: "We (i) constructed X, a dataset"', () => {
    const abstract =
      'We (i) constructed ZorbHealth, a multilingual dataset from Wikipedia; (ii) analyzed cross-lingual coverage.';
    expect(entity(abstract, 'ZorbHealth')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('what the approach centres on: "Central to this approach is X, a dataset"', () => {
    const abstract =
      'Central to this approach is ZorbFragments, a Wikipedia-scale dataset of image-text fragments.';
    expect(entity(abstract, 'ZorbFragments')?.role).toBe('proposed');
  });

  it('a data set built after gathering its material: "we collected ... and constructed the X dataset"', () => {
    const abstract =
      'We collected UAV RGB imagery of field-grown saplings and constructed the Zoplar-leaf dataset, containing 1,202 branches.';
    expect(entity(abstract, 'Zoplar-leaf')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('a change written as an "N-point" gain or drop', () => {
  it('is a result with its kind', () => {
    const abstract =
      'ZorbTune yields a 5-point increase in accuracy on ZorbQA and a 2-point drop in BLEU on ZorbMT.';
    expect(run(abstract).results.map((r) => [r.value, r.metric, r.kind])).toEqual([
      ['5-point', 'accuracy', 'improvement'],
      ['2-point', 'BLEU', 'reduction'],
    ]);
  });

  it('but an N-point scale is no result', () => {
    expect(run('Raters scored ZorbChat answers on a 5-point Likert scale.').results).toEqual([]);
  });
});

describe('the kind of a change', () => {
  it('reads a change noun after a run of coordinated values for each of them', () => {
    const kinds = run('ZorbDet yields 1.9% and 2.7% increases in mAP.').results.map((r) => r.kind);
    expect(kinds).toEqual(['improvement', 'improvement']);
  });

  it('reads a degradation as a reduction', () => {
    expect(run('ZorbNet incurs only a 0.4 pp degradation.').results[0]?.kind).toBe('reduction');
  });

  it('but scores listed before a comma stay what they are', () => {
    const kinds = run(
      'On ZorbSum, ZorbSumm achieves F1 scores of 57.58 and 63.05, surpassing zero-shot baselines.',
    ).results.map((r) => r.kind);
    expect(kinds).toEqual(['absolute', 'absolute']);
  });
});

describe('a stray space after a decimal point', () => {
  it('neither ends the sentence nor cuts the value', () => {
    const { results } = run('ZorbDet reaches 85. 89% mAP@50 on ZorbSet. It is fast.');
    expect(results.map((r) => [r.value.replace(/\s/g, ''), r.evidence])).toEqual([
      ['85.89%', 'ZorbDet reaches 85. 89% mAP@50 on ZorbSet.'],
    ]);
  });
});

describe('programming languages and operation counts', () => {
  it('are no methods, and multiply-adds are a measure', () => {
    const abstract =
      'ZorbFuzz mutates JavaScript and TypeScript programs; ZorbConv needs only 58.87M MAdds on ZorbSet.';
    expect(entity(abstract, 'JavaScript')).toBeUndefined();
    expect(entity(abstract, 'TypeScript')).toBeUndefined();
    expect(entity(abstract, 'MAdds')?.type).toBe('Metric');
  });
});

describe('a short form that keeps the first word of its long form', () => {
  it('names the proposed thing whole, not the listed method it builds on', () => {
    const abstract =
      'We propose Training-Free Group Relative Policy Optimization (Training-Free GRPO), a cost-effective solution. Training-Free GRPO outperforms models fine-tuned with GRPO.';
    expect(entity(abstract, 'Training-Free GRPO')).toMatchObject({
      role: 'proposed',
      aliases: ['Training-Free Group Relative Policy Optimization'],
    });
    expect(entity(abstract, 'GRPO')?.role).not.toBe('proposed');
  });

  it('but a kind the sentence only names is no new name', () => {
    const abstract =
      'Research on Embodied Artificial Intelligence (Embodied AI) is growing; ZorbArm is evaluated on bimanual tasks.';
    expect(entity(abstract, 'Embodied AI')).toBeUndefined();
  });
});
