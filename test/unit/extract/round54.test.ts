// Rules from a fifty-fourth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, run } from '../../helpers/extract.js';

describe('a listed mixed-case name written in capitals', () => {
  it('is the paper’s own thing when an apposition presents it', () => {
    const abstract =
      'We propose REACT, a retrieval framework for multi-hop questions. REACT improves recall.';
    expect(entity(abstract, 'REACT')).toMatchObject({ name: 'REACT', role: 'proposed', type: 'Method' });
  });

  it('takes its type from the apposition, not from the listed name', () => {
    const abstract =
      'We propose VISA, a data-free auditing approach for occupancy world models. VISA finds errors.';
    expect(entity(abstract, 'VISA')).toMatchObject({ role: 'proposed', type: 'Method' });
  });

  it('stays the listed thing in a paper that also writes the listed form', () => {
    const abstract =
      'We compare with ReAct on ALFWorld. We propose REACT, a retrieval framework for multi-hop questions.';
    expect(entity(abstract, 'ReAct')?.role).toBe('used');
  });
});

describe('a coined word read first that heads a longer proposed name', () => {
  it('gives way to the whole name the apposition describes', () => {
    const title = 'Shuffle the Context: RoPE-Zorbed Self-Distillation for Long-Context Adaptation';
    const abstract =
      'We propose RoPE-Zorbed Self-Distillation, a training regularizer that improves positional robustness.';
    expect(entity(abstract, 'RoPE-Zorbed Self-Distillation', title)?.role).toBe('proposed');
    expect(entity(abstract, 'RoPE-Zorbed', title)).toBeUndefined();
  });

  it('is an alias of a name that closes with a kind noun', () => {
    const title = 'ZTA Scan Tool: A RAG-Based Tool With Minimalistic Input';
    const abstract =
      'This paper introduces the ZTA Scan Tool, a RAG-based self-assessment tool with minimalistic input.';
    expect(entity(abstract, 'ZTA Scan Tool', title)).toMatchObject({ role: 'proposed', aliases: ['ZTA'] });
  });

  it('but a plain word is no alias', () => {
    const title = 'Plain Corpus: The Largest Collection of Ethical Data';
    const abstract = 'We introduce Plain Corpus, the largest open dataset for language model pre-training.';
    expect(entity(abstract, 'Plain Corpus', title)).toMatchObject({ name: 'Plain Corpus', aliases: [] });
  });
});

describe('what the authors introduce as their means', () => {
  it('is proposed: "we advance ... by introducing X"', () => {
    const abstract =
      'In this work, we further advance the state of normalizing flow models by introducing iterative ZorbFlow (iZorbFlow). Unlike diffusion models, iZorbFlow keeps a likelihood objective.';
    expect(entity(abstract, 'iZorbFlow')?.role).toBe('proposed');
  });
});

describe('a name cited to its authors', () => {
  it('is their work, not the paper’s', () => {
    const abstract = 'We build our agents on a prompt optimizer called ZORBO (Shao et al., 2025).';
    expect(entity(abstract, 'ZORBO')?.role).toBe('used');
  });

  it('is not left proposed as a whole when its name has several words', () => {
    const abstract =
      'We start with a particular contrastive method called the Zorbic Contrastive Loss (HaoChen et al., 2021), and we convert it into a more general non-contrastive form.';
    expect(entity(abstract, 'Zorbic Contrastive Loss')?.role).toBe('used');
  });
});

describe('a second proposal verb of the authors', () => {
  it('proposes a name whose kind an apposition gives, new or not', () => {
    const abstract =
      'Motivated by this finding, we construct a zorbic knowledge graph as mapping augmentation and propose ZorbBoost, an inference-time enhancement framework achieving consistent improvement.';
    expect(entity(abstract, 'ZorbBoost')?.role).toBe('proposed');
  });
});

describe('what the authors’ means is built to construct', () => {
  it('is theirs when an apposition says it is data', () => {
    const abstract =
      'To mitigate the scarcity of mixed-modal data, we introduce a four-stage automated pipeline for generation and filtering, leveraging web documents to construct ZorbQA, a dataset comprising diverse question-answer pairs.';
    expect(entity(abstract, 'ZorbQA')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('a bare model name called a family', () => {
  it('groups the checkpoints the paper lists, even in the same sentence', () => {
    const abstract =
      'Across benchmarks on LLaVA and Qwen families, ZorbQuant keeps accuracy (e.g., LLaVA-1.5-7B: 70.1 vs. 66.8 on SQA; Qwen2-VL-2B: 76.9 vs. 72.6 on MMBench).';
    expect(entity(abstract, 'LLaVA')).toBeUndefined();
    expect(entity(abstract, 'Qwen')).toBeUndefined();
    expect(entity(abstract, 'LLaVA-1.5-7B')?.aliases).toContain('LLaVA');
  });
});

describe('a model family written with "series"', () => {
  it('has that name too', () => {
    const abstract = 'We evaluate ZorbAttack on the DeepSeek series and the Llama series of models.';
    expect(entity(abstract, 'DeepSeek')?.aliases).toContain('DeepSeek series');
    expect(entity(abstract, 'Llama')?.aliases).toContain('Llama series');
  });
});

describe('scores given respectively', () => {
  it('are the measure named before them, and nobody’s when what they are "of" names no system', () => {
    const abstract =
      'We propose ZorbSLA, a spoken-language assessment system. ZorbSLA scores an RMSE of 0.375. For comparison, the RMSEs of the top-ranked, third-ranked, and official baseline systems are 0.364, 0.384, and 0.444, respectively.';
    const listed = run(abstract).results.filter((r) => ['0.364', '0.384', '0.444'].includes(r.value));
    expect(listed.map((r) => [r.value, r.metric, r.subject])).toEqual([
      ['0.364', 'RMSE', null],
      ['0.384', 'RMSE', null],
      ['0.444', 'RMSE', null],
    ]);
  });

  it('belong each to the system it is "of"', () => {
    const abstract = 'The RMSEs of ZorbNet and ZorbGAN are 0.364 and 0.384, respectively.';
    const bySubject = run(abstract).results.map((r) => [r.subject, r.value]);
    expect(bySubject).toEqual([
      ['ZorbNet', '0.364'],
      ['ZorbGAN', '0.384'],
    ]);
  });
});

describe('coordinated subjects of an outcome verb', () => {
  it('share a value written further on in the clause', () => {
    const abstract =
      'ZorbPose and ZorbSap achieve the best translation performance (BLEU ~11.5), outperforming the ZorbPipe baseline.';
    const subjects = run(abstract)
      .results.filter((r) => r.value === '11.5')
      .map((r) => r.subject);
    expect(subjects.sort()).toEqual(['ZorbPose', 'ZorbSap']);
  });
});

describe('values written in words', () => {
  it('reads a multiplier and a share in words as outcomes', () => {
    expect(
      run('ZorbRender renders four times faster than sorted rasterization.').results.map((r) => r.value),
    ).toEqual(['four times']);
    expect(
      run('ZorbTune reduces the ethical entropy by roughly eighty percent.').results.map((r) => r.value),
    ).toEqual(['eighty percent']);
  });

  it('drops the "+" that says "over" ("300+ FPS" is 300 FPS)', () => {
    expect(run('ZorbSim runs at 300+ FPS on a commodity GPU.').results.map((r) => r.value)).toEqual([
      '300 FPS',
    ]);
  });

  it('but not one that sizes data or a model', () => {
    expect(run('ZorbSet provides six times more categories than ZorbOld.').results).toEqual([]);
    expect(run('ZorbNet needs ten times fewer parameters than ZorbBig.').results).toEqual([]);
  });
});

describe('field knowledge added this round', () => {
  it('knows ERA5 and the telephone speech corpora as data', () => {
    const abstract = 'ZorbCast is trained on ERA5 reanalysis; ZorbASR is tested on Switchboard and CALLHOME.';
    for (const name of ['ERA5', 'Switchboard', 'CALLHOME'])
      expect(entity(abstract, name)?.type).toBe('Benchmark');
  });

  it('knows the T5 and chat-model rerankers as models and RankGPT as a method', () => {
    const abstract = 'ZorbRank is compared with monoT5, RankZephyr and RankGPT on passage reranking.';
    expect(entity(abstract, 'monoT5')?.type).toBe('Model');
    expect(entity(abstract, 'RankZephyr')?.type).toBe('Model');
    expect(entity(abstract, 'RankGPT')?.type).toBe('Method');
  });

  it('knows named classical algorithms as methods', () => {
    const abstract =
      'ZorbAlign extends the Smith-Waterman algorithm, and ZorbFlow refines the Lucas-Kanade method with the Levenberg-Marquardt algorithm.';
    for (const name of ['Smith-Waterman algorithm', 'Lucas-Kanade method', 'Levenberg-Marquardt algorithm'])
      expect(entity(abstract, name)?.type).toBe('Method');
  });

  it('knows the WHU-Hi scenes and Pile-CC as data, PHATE and Data Shapley as methods', () => {
    const abstract =
      'ZorbSpec is tested on WHU-Hi LongKou and WHU-Hi HongHu; ZorbLM is pretrained on Pile-CC, embedded with PHATE and valued with Data Shapley.';
    for (const name of ['WHU-Hi-LongKou', 'WHU-Hi-HongHu', 'Pile-CC'])
      expect(entity(abstract, name)?.type).toBe('Benchmark');
    for (const name of ['PHATE', 'Data Shapley']) expect(entity(abstract, name)?.type).toBe('Method');
  });

  it('reads F1-micro as micro F1', () => {
    const abstract = 'ZorbPoem reaches 0.60 F1-micro on the ZorbVerse corpus.';
    expect(entity(abstract, 'micro F1')?.type).toBe('Metric');
  });
});
