// Rules from a fifty-seventh round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, resultOf, values } from '../../helpers/extract.js';

describe('the metric a value is given in', () => {
  it('is the nearest one the words tie it to, not the first the paper named: "0.91 AP at IoU 0.5"', () => {
    const abstract =
      'ZorbDet reaches 0.62 mAP over IoU thresholds. It is strong for coarse boxes, with 0.91 AP at IoU 0.5.';
    expect(resultOf(abstract, '0.91')?.metric).toBe('average precision');
  });

  it('is one the value is "in" before one merely nearer: "a 1.7% loss in BD-rate"', () => {
    const abstract = 'ZorbCodec saves 31.4% of the bits with only a 1.7% loss in BD-rate.';
    expect(resultOf(abstract, '1.7%')?.metric).toBe('BD-rate');
  });

  it('may follow the value after describing words: "0.583 overall top-1 class-wise mAP"', () => {
    const abstract =
      'The best ZorbDet model achieves 0.583 overall top-1 class-wise mAP on the held-out volumes.';
    expect(resultOf(abstract, '0.583')?.metric).toBe('mAP');
  });

  it('is shared by values coordinated before it: "with 0.557 and 0.466 mAP"', () => {
    const abstract = 'ZorbDet outperforms the frozen and trainable variants with 0.557 and 0.466 mAP.';
    expect(resultOf(abstract, '0.557')?.metric).toBe('mAP');
    expect(resultOf(abstract, '0.466')?.metric).toBe('mAP');
  });

  it('but a unit or a changing verb is no describing word: "7.3 s latency", "tau=0.7 reduces errors"', () => {
    const abstract =
      'ZorbAgent reaches a 96.6% success rate at 7.3 s latency. Thresholding at tau=0.7 reduces error rate from 0.97 to 0.88.';
    expect(values(abstract)).not.toContain('7.3');
    expect(values(abstract)).not.toContain('0.7');
  });

  it('nor is "per": "a cost of only \\$0.005 per correct answer-cutting cost by 45.2%"', () => {
    const abstract =
      'ZorbAgent reaches a cost of pass of only \\$0.005 per correct answer-cutting cost by 45.2%.';
    expect(values(abstract)).not.toContain('0.005');
  });

  it('and a thousands separator is no list of values: "24,396 quality scores"', () => {
    const abstract = 'ZorbQA holds 8,132 images with 24,396 mean opinion scores across three dimensions.';
    expect(values(abstract)).toEqual([]);
  });
});

describe('operating points and thresholds', () => {
  it('are no results: "AP at IoU 0.1", "recall of 0.93 at an FPR of 0.01"', () => {
    const abstract =
      'ZorbDet achieves 0.9649 AP at IoU 0.1 and 0.1552 AP at IoU 0.7. ZorbVer reaches a recall of 0.93 at an FPR of 0.01.';
    expect(values(abstract)).toEqual(['0.9649', '0.1552', '0.93']);
  });

  it('nor is the far end of a range of thresholds: "IoU thresholds from 0.1 to 0.7"', () => {
    const abstract = 'ZorbDet achieves 0.58 mAP over IoU thresholds from 0.1 to 0.7.';
    expect(values(abstract)).toEqual(['0.58']);
  });
});

describe('values given "respectively"', () => {
  it('take the metrics of a list as long, in order', () => {
    const abstract =
      'ZorbSeg achieves recall, precision and F1 values of 0.879, 0.909 and 0.934, respectively.';
    expect(resultOf(abstract, '0.879')?.metric).toBe('recall');
    expect(resultOf(abstract, '0.909')?.metric).toBe('precision');
    expect(resultOf(abstract, '0.934')?.metric).toBe('F1');
  });

  it('take the benchmarks of a list as long, in order', () => {
    const abstract = 'ZorbAgent achieves 98.85% and 94.10% accuracy on ZorbQA and ZorbCLI, respectively.';
    expect(resultOf(abstract, '98.85%')?.benchmark).toBe('ZorbQA');
    expect(resultOf(abstract, '94.10%')?.benchmark).toBe('ZorbCLI');
  });

  it('go through the names again when the values come in groups: "0.91, 0.88 (CT) and 0.93, 0.90 (MR)"', () => {
    const abstract =
      'ZorbSeg reaches precision and recall values of 0.91, 0.88 (CT) and 0.93, 0.90 (MR), respectively.';
    expect(resultOf(abstract, '0.93')?.metric).toBe('precision');
    expect(resultOf(abstract, '0.90')?.metric).toBe('recall');
  });
});

describe("an apposition after a maker's possessive", () => {
  it('says what the name is: "Zorbal, Zorb\'s first reasoning model"', () => {
    const abstract =
      "We introduce Zorbal, Zorb's first reasoning model, trained with reinforcement learning alone.";
    expect(entity(abstract, 'Zorbal')).toMatchObject({ type: 'Model', role: 'proposed' });
  });
});

describe('clustering and correlation measures', () => {
  it('knows the V-measure and the Davies-Bouldin index, and reads "Spearman $ρ\\simeq 0.2-0.8$"', () => {
    const abstract =
      'ZorbClust reaches near-perfect clustering (V-measure: 0.958) and a Davies-Bouldin index of 1.82. Its rankings agree with human ones (Spearman $ρ\\simeq 0.2-0.8$).';
    expect(resultOf(abstract, '0.958')?.metric).toBe('V-measure');
    expect(resultOf(abstract, '1.82')?.metric).toBe('Davies-Bouldin index');
    expect(resultOf(abstract, '0.2-0.8')?.metric).toBe('Spearman correlation');
  });
});

describe('a list of metrics in parentheses', () => {
  it('names metrics: "across multiple metrics (zorb fidelity, pose plausibility, and movement economy)"', () => {
    const abstract =
      'Experiments show gains over vanilla models across multiple metrics (zorb fidelity, pose plausibility, and movement economy).';
    expect(entity(abstract, 'zorb fidelity')?.type).toBe('Metric');
    expect(entity(abstract, 'movement economy')?.type).toBe('Metric');
  });

  it('but not kinds of metrics: "metrics (n-gram, embedding and judge-based metrics)"', () => {
    const abstract =
      'ZorbQA is scored with three families of metrics (n-gram, embedding and judge-based metrics).';
    expect(entity(abstract, 'embedding')).toBeUndefined();
  });
});

describe('a family written as a family beside one of its checkpoints', () => {
  it('is a model of its own: "four from the Claude family ... Claude Opus 4.6"', () => {
    const abstract =
      'We evaluate eight models, four from the Claude family and four from the GPT family. The best model, Claude Opus 4.6, reaches only 80.3% accuracy on ZorbBench.';
    expect(entity(abstract, 'Claude')?.type).toBe('Model');
    expect(entity(abstract, 'Claude Opus 4.6')?.aliases).not.toContain('Claude');
  });

  it('but a bare family name in another sentence is still that checkpoint', () => {
    const abstract =
      'We evaluate Claude Opus 4.6 on ZorbBench. Lower temperatures help Claude on the hardest questions.';
    expect(entity(abstract, 'Claude Opus 4.6')?.aliases).toContain('Claude');
  });
});

describe('a name opened by a resolution', () => {
  it('is a name: "we propose 8KZorb, a new benchmark"', () => {
    const abstract =
      'Current benchmarks need no 8K perception, which motivates us to propose 8KZorb, a new benchmark of image QA.';
    expect(entity(abstract, '8KZorb')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('a value after a beaten system', () => {
  it('is the winner\'s past a comma or "and": "a 14.5% gain over A, and a 3.2% gain over B"', () => {
    const abstract =
      'We propose ZorbVL, a vision-language model. ZorbVL outperforms all previous models, including a 14.5% improvement over GPT-4o, and a 3.2% improvement and 2.96x speedup over Qwen2-VL.';
    expect(resultOf(abstract, '3.2%')?.subject).toBe('ZorbVL');
    expect(resultOf(abstract, '2.96x')?.subject).toBe('ZorbVL');
  });

  it('but not one in parentheses after another name: "higher than T5 (34.89%) and better than Brainy (35.69%)"', () => {
    const abstract =
      'We propose ZorbTrans. ZorbTrans reaches a ROUGE-1 score of 38.00%, up to 9% higher than T5 (34.89%) and 3% better than Brainy (35.69%).';
    expect(resultOf(abstract, '35.69%')?.subject).not.toBe('ZorbTrans');
  });
});

describe('GPU memory', () => {
  it('keeps "usage" as an alias: "reduces GPU memory usage by 73.25%"', () => {
    const abstract = 'ZorbTune reduces GPU memory usage by up to 73.25% on ZorbSpeech.';
    expect(entity(abstract, 'GPU memory')?.aliases).toContain('GPU memory usage');
  });
});

describe('a hyphen standing for a dash', () => {
  it('ends a name before the sentence goes on: "Llama3-8B-demonstrate that", "ZorbBench-particularly in"', () => {
    const abstract =
      'Experiments on various LLMs-including Qwen2.5-1.5B and Llama3-8B-demonstrate that ZorbBraces helps. Models struggle with ZorbBench-particularly in recognizing hazards.';
    expect(entity(abstract, 'Llama3-8B')?.type).toBe('Model');
    expect(entity(abstract, 'ZorbBench')?.type).toBe('Benchmark');
  });
});

describe('praise before a measure', () => {
  it('is no part of its name: "a fast turnaround time", "19.5% faster time-to-competence"', () => {
    const abstract =
      'ZorbViz achieves a fast turnaround time of 2 hours. ZorbCoach achieves 19.50% faster time-to-competence than prior curricula.';
    expect(entity(abstract, 'turnaround time')?.type).toBe('Metric');
    expect(resultOf(abstract, '19.50%')?.metric).toBe('time-to-competence');
  });
});

describe('a technique the title names', () => {
  it('is used even when baselines built on it are compared: "... outperforms existing RAG methods"', () => {
    const title = 'Latent Zorbing for Retrieval-Augmented Generation';
    const abstract =
      'Retrieval-Augmented Generation (RAG) has become a standard approach for enhancing language models. We propose ZorbRAG, a unified framework in which one model retrieves and generates. Experiments show that ZorbRAG outperforms existing RAG methods.';
    expect(entity(abstract, 'retrieval-augmented generation', title)?.role).toBe('used');
  });
});

describe('what efficiency is counted in', () => {
  it('names token consumption, token count and trainable parameters as metrics', () => {
    const abstract =
      'ZorbRAG cuts token consumption by 15% and token count by half, while ZorbTune needs 75% fewer trainable parameters than LoRA.';
    expect(entity(abstract, 'token usage')?.aliases).toContain('token consumption');
    expect(entity(abstract, 'token count')?.type).toBe('Metric');
    expect(entity(abstract, 'trainable parameters')?.type).toBe('Metric');
  });
});

describe('a value that says "faster"', () => {
  it('takes no guessed metric that is not a time or a speed: "3.6-5 times faster with only 0.43B trainable parameters"', () => {
    const abstract =
      'ZorbWorld outperforms the strongest baselines while running 3.6-5 times faster with only 0.43B trainable parameters.';
    expect(resultOf(abstract, '3.6-5 times')?.metric).toBeNull();
  });

  it('but keeps one that is: "reduces latency and runs 2.9x faster"', () => {
    const abstract = 'ZorbServe reduces latency and runs 2.9x faster than the baseline.';
    expect(resultOf(abstract, '2.9x')?.metric).toBe('latency');
  });
});

describe('tails and data sets', () => {
  it('cut "-fine-tuned" whole and a dash-joined "despite", and know BLiMP and PKU-SafeRLHF as data', () => {
    const abstract =
      'Embeddings from a LoRA-fine-tuned ZorbLM help. ZorbCode beats Mistral 123B-despite its size. We evaluate on BLiMP and PKU-SafeRLHF.';
    expect(entity(abstract, 'LoRA')?.type).toBe('Method');
    expect(entity(abstract, 'LoRA-fine')).toBeUndefined();
    expect(entity(abstract, 'Mistral 123B-despite')).toBeUndefined();
    expect(entity(abstract, 'BLiMP')?.type).toBe('Benchmark');
    expect(entity(abstract, 'PKU-SafeRLHF')?.type).toBe('Benchmark');
  });
});

describe('agent memory systems', () => {
  it('are known methods: "outperforming MemGPT, A-Mem and Zep"', () => {
    const abstract = 'ZorbMem outperforms memory baselines such as MemGPT, A-Mem and Zep on ZorbChat.';
    for (const name of ['MemGPT', 'A-Mem', 'Zep']) expect(entity(abstract, name)?.type).toBe('Method');
  });
});

describe('a frequency', () => {
  it('is a setting: "(28 GHz and 3.5 GHz, both line-of-sight)", unless reached: "achieves at least 10 GHz"', () => {
    const abstract =
      'Results across propagation scenarios (28 GHz and 3.5 GHz, both line-of-sight) show that ZorbChan improves accuracy by 4.1%. The ZorbCell achieves at least 10 GHz read operations.';
    expect(values(abstract)).toEqual(['4.1%', '10 GHz']);
  });
});

describe('a range of negative values', () => {
  it('is one result, a drop when in points: "(-1.6 to -6.8pp)", "rho = -0.50 to -0.56"', () => {
    const abstract =
      'Smaller planners hurt ZorbAgent (-1.6 to -6.8pp) while larger ones help. ZorbScore correlates with severity (rho = -0.50 to -0.56, p < 2e-4).';
    expect(values(abstract)).toEqual(['-1.6 to -6.8pp', '-0.50 to -0.56']);
    expect(resultOf(abstract, '-1.6 to -6.8pp')?.kind).toBe('reduction');
  });

  it('while a negative level stays absolute: "an average return of -8%"', () => {
    const abstract = 'The best performing agent achieves an average return of -8% on ZorbBet.';
    expect(resultOf(abstract, '-8%')?.kind).toBe('absolute');
  });
});

describe('an acronym between a change and its noun', () => {
  it('is a metric: "a 13-point ZRR improvement"', () => {
    const abstract =
      'ZorbUQ beats supervised baselines, achieving up to a 13-point ZRR improvement at negligible cost.';
    expect(entity(abstract, 'ZRR')?.type).toBe('Metric');
    expect(resultOf(abstract, '13-point')?.metric).toBe('ZRR');
  });
});

describe('pretraining corpora', () => {
  it('are data: "surpassing DCLM and FineWeb-Edu"', () => {
    const abstract =
      'Models trained on ZorbWeb score higher across 18 benchmarks, surpassing DCLM and FineWeb-Edu.';
    expect(entity(abstract, 'DCLM')?.type).toBe('Benchmark');
    expect(entity(abstract, 'FineWeb-Edu')?.type).toBe('Benchmark');
  });
});

describe('the "Text2SQL" spelling', () => {
  it('names the text-to-SQL task, not a benchmark: "on Text2SQL benchmark; BIRD"', () => {
    const abstract =
      'ZorbSQL achieves state-of-the-art execution accuracy on Text2SQL benchmark; BIRD, outperforming baselines.';
    expect(entity(abstract, 'Text2SQL')).toBeUndefined();
    expect(entity(abstract, 'text-to-SQL')?.aliases).toContain('Text2SQL');
  });
});

describe('technique families from the hand check', () => {
  it('knows soft prompts, prototype learning, case-based reasoning and 3D morphable models', () => {
    const abstract =
      'ZorbFace trains soft prompts, moves from softmax to prototype learning, adds case-based reasoning and augments a base 3D Morphable Model (3DMM).';
    for (const name of ['soft prompt', 'prototype learning', 'case-based reasoning', '3D morphable model'])
      expect(entity(abstract, name)?.type).toBe('Technique');
  });
});

describe('a level a system keeps', () => {
  it('is absolute: "surpasses baselines while maintaining 75 FPS"', () => {
    const abstract =
      'ZorbFace surpasses state-of-the-art methods while maintaining 75 FPS real-time rendering.';
    expect(resultOf(abstract, '75 FPS')?.kind).toBe('absolute');
  });
});

describe('future work', () => {
  it('mentions what it names: "promising research directions such as ... self-refinement"', () => {
    const abstract =
      'We propose ZorbProof. Our findings highlight promising research directions such as theorem-guided reasoning and self-refinement.';
    expect(entity(abstract, 'self-refinement')?.role).toBe('mentioned');
  });
});
