// Rules from a thirty-eighth round: LaTeX ties inside names and values.
// Every sentence here is invented and the Zorb names made up; the models, metrics and benchmarks are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run, values } from '../../helpers/extract.js';
import { unmark } from '../../../extract/text.js';

describe('a LaTeX tie', () => {
  it('reads as a space between the words of a name, which keeps its written spelling as an alias', () => {
    const abstract =
      'ZorbTune improves chat quality on AlpacaEval~2.0 over Claude~3.5~Sonnet and Llama-2~13B.';
    expect(entity(abstract, 'AlpacaEval 2.0')).toMatchObject({
      type: 'Benchmark',
      aliases: ['AlpacaEval~2.0'],
      mentions: ['AlpacaEval~2.0'],
    });
    expect(namesOf(abstract, 'Model')).toEqual(expect.arrayContaining(['Claude 3.5 Sonnet', 'Llama-2 13B']));
  });

  it('joins a value to the metric after it', () => {
    const abstract = 'ZorbTrack reaches 76.86~HOTA on KITTI.';
    expect(resultOf(abstract, '76.86')).toMatchObject({ subject: 'ZorbTrack', metric: 'HOTA' });
  });

  it('stays between two numbers, where it is a range, and after a macro, which stands for a name', () => {
    expect(unmark('3~5x faster').text).toBe('3~5x faster');
    expect(unmark('2.01x~3.81x faster').text).toBe('2.01x~3.81x faster');
    expect(unmark('\\method~outperforms Zorb~2').text).toBe('\\method~outperforms Zorb 2');
  });

  it("names HOTA's association accuracy as a metric", () => {
    const abstract = 'ZorbTrack improves by +2.63~HOTA and +3.62~AssA on KITTI.';
    expect(resultOf(abstract, '3.62')).toMatchObject({ metric: 'AssA' });
  });
});

describe('an acronym', () => {
  it('may be set in small capitals, reading as Title Case, when its long form marks its letters', () => {
    const abstract =
      'We introduce ZOrbit Reasoning with Bridged infOrmation ({\\sc Zorbo}), a new framework for tabular reasoning. {\\sc Zorbo} is simple.';
    expect(entity(abstract, 'Zorbo')).toMatchObject({
      type: 'Method',
      role: 'proposed',
      aliases: ['ZOrbit Reasoning with Bridged infOrmation'],
    });
    // The one other entity is the task it is for, tabular reasoning.
    expect(run(abstract).entities.map((e) => e.name)).toEqual(['Zorbo', 'table reasoning']);
  });
});

describe('a list of models', () => {
  it("may follow its noun's acronym and domain", () => {
    const abstract =
      'Vision-Language Models (VLMs) in histopathology, such as ZORBIT and QuxNet, show strong zero-shot transfer.';
    expect(namesOf(abstract, 'Model')).toEqual(['ZORBIT', 'QuxNet']);
  });

  it('may follow a counted plural of LLMs after a bare comma, but not an uncounted one', () => {
    expect(namesOf('Our experiments on two VLMs, ZORBIT and QuxNet, reveal gains.', 'Model')).toEqual([
      'ZORBIT',
      'QuxNet',
    ]);
    expect(
      namesOf(
        'We explore two paradigms to utilize LLMs, i.e., ZorbInspire and ZorbPredict, for planning.',
        'Model',
      ),
    ).toEqual([]);
  });
});

describe('a benchmark', () => {
  it('continues with a Roman edition numeral', () => {
    expect(namesOf('We take part in the BioCreative IX shared task.', 'Benchmark')).toEqual([
      'BioCreative IX',
    ]);
  });
});

describe('a task', () => {
  it('is one the paper ran when its sentence scores it, even in a contrast clause', () => {
    const abstract =
      'We introduce ZorbMoral, a multilingual dataset of moral rationales. While LLMs perform well in hate speech detection (F1 up to 0.836), their moral predictions are weak.';
    expect(namesOf(abstract, 'Task')).toContain('hate speech detection');
  });

  it('stays background in a contrast clause that scores nothing', () => {
    const abstract =
      'We introduce ZorbMoral, a multilingual dataset of moral rationales. While LLMs perform well in hate speech detection, their moral predictions are weak.';
    expect(namesOf(abstract, 'Task')).not.toContain('hate speech detection');
  });
});

describe('the technique lexicon', () => {
  it('reads latent diffusion alone and inside a latent diffusion transformer', () => {
    expect(namesOf('ZorbGen improves over latent diffusion on CelebA.', 'Technique')).toEqual([
      'latent diffusion model',
    ]);
    expect(namesOf('ZorbGen generates the scene with a latent diffusion transformer.', 'Technique')).toEqual([
      'diffusion transformer',
    ]);
  });
});

describe('a data set name', () => {
  it('may be capitalised parts closed by a count of samples, and is proposed when the paper released it', () => {
    const abstract =
      'Leveraging our newly released dataset, Zorb-Doc-55K, which combines 55K scanned pages, we train ZorbRL.';
    expect(entity(abstract, 'Zorb-Doc-55K')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('is no bound on a number written like one', () => {
    const abstract =
      'ZorbVesselNet: An Ultra-Lightweight Sub-100K Parameter Network for Vessel Segmentation.';
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('Sub-100K');
  });
});

describe('a defined name', () => {
  it('is proposed by an apposition after its parenthesis', () => {
    const abstract =
      'These two factors build the Zorb Robustness Score (ZRS), a novel metric which quantifies the stability of a fact.';
    expect(entity(abstract, 'ZRS')).toMatchObject({ type: 'Metric', role: 'proposed' });
  });
});

describe('a result value', () => {
  it('may follow a contrasting subject after an accepted value written alike', () => {
    const abstract =
      'We propose the Zorb Robustness Score (ZRS). Smaller models report a ZRS of 0.76, larger ones 0.93.';
    expect(values(abstract)).toEqual(['0.76', '0.93']);
  });

  it('is not a number written differently after such a subject', () => {
    const abstract =
      'We propose the Zorb Robustness Score (ZRS). Smaller models report a ZRS of 0.76, larger ones 12.';
    expect(values(abstract)).toEqual(['0.76']);
  });
});

describe('a data noun after a name', () => {
  it('may follow a modifier and a short acronym', () => {
    const abstract = 'On actions from the ZORBa embodied AI dataset, our framework achieves 90% recall.';
    expect(entity(abstract, 'ZORBa')?.type).toBe('Benchmark');
  });
});

describe('a measure', () => {
  it('is R2 written plainly before a bounded value', () => {
    const abstract = 'Zorb features reconstruct embeddings with high fidelity (R2 up to 0.941).';
    expect(resultOf(abstract, '0.941')).toMatchObject({ metric: 'R^2' });
  });

  it('is a cost reduced by more than a value', () => {
    const abstract = 'ZorbSpec reduces communication overhead by more than 96% compared with baselines.';
    expect(resultOf(abstract, '96%')).toMatchObject({ metric: 'communication overhead', kind: 'reduction' });
  });

  it('is not a cost a background sentence says methods incur', () => {
    const abstract = 'Existing approaches incur substantial communication overhead. We propose ZorbFed.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('a list of measured qualities', () => {
  it('names metrics when two of its items are qualities an output is judged by', () => {
    const abstract =
      'We develop ZorbScore, a unified benchmark measuring visual quality, temporal quality, action controllability, and physical rule understanding.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['visual quality', 'temporal quality', 'action controllability']),
    );
  });

  it('names nothing when it lists topics', () => {
    const abstract =
      'We develop ZorbScore, a unified benchmark measuring visual reasoning, spatial memory and planning.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('a name after an opening contrast', () => {
  it("is the paper's own, not compared, when the contrast is a phrase of its own", () => {
    const abstract =
      'We propose a framework for structured weight sharing across transformer layers. Unlike complex methods requiring distillation or architectural changes, ZASA (Zorb Atom Sharing in Attention) operates as a drop-in replacement.';
    expect(entity(abstract, 'ZASA')?.role).toBe('proposed');
  });

  it('is compared when it is one of the contrasted', () => {
    const abstract =
      'Unlike large language models such as GPT-3.5, Mistral-7B, and Llama-2, our pipeline employs small fine-tuned models.';
    expect(entity(abstract, 'Mistral-7B')?.role).toBe('compared');
  });

  it('is compared when two words before it are its apposition', () => {
    const abstract =
      'We present ZorbRelief V2. In contrast to its predecessor, ZorbRelief V1, which was trained on synthetic data, ZorbRelief V2 uses real data.';
    expect(entity(abstract, 'ZorbRelief V1')?.role).toBe('compared');
  });
});

describe('a part named after an ordinal', () => {
  it('is proposed after the contribution sentence, even before "uses"', () => {
    const abstract =
      'We propose ZorbSORT, a simple online tracker with two key innovations. First, the Memory-assisted Zorb filter (MeZF) uses memory-augmented neural networks to compensate for mismatches. Second, the Motion-adaptive IoU (Mo-IoU) adaptively expands the matching space.';
    expect(entity(abstract, 'MeZF')?.role).toBe('proposed');
  });
});

describe('a bare task', () => {
  it('is the one qualified form of it the paper names', () => {
    const title = 'ZorbDoc: Deferred Ingestion for Visual-Dense Document Question Answering';
    const abstract =
      'Existing pipelines answer questions poorly. On question answering over three benchmarks, ZorbDoc improves accuracy by 9%.';
    const tasks = run(abstract, title).entities.filter((e) => e.type === 'Task');
    expect(tasks.map((e) => e.name)).toEqual(['document question answering']);
    expect(tasks[0]?.aliases).toContain('question answering');
  });

  it('stays its own task beside two qualified forms', () => {
    const abstract =
      'We evaluate ZorbQA on visual question answering and biomedical question answering, and on question answering in general.';
    expect(namesOf(abstract, 'Task')).toContain('question answering');
  });
});

describe('a listed benchmark', () => {
  it('is read with a slipped lower-case first letter or an asterisk in its name', () => {
    const abstract = 'We evaluate ZorbNet on imageNet-1K and on V*Bench, using occupations from O*NET.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(['ImageNet-1K', 'V*Bench', 'O*NET']);
  });

  it('is not read from a lower-case word that only ends like a listed name', () => {
    expect(namesOf('We scale the zorbNet backbone.', 'Benchmark')).toEqual([]);
  });
});

describe('a specific named algorithm', () => {
  it('is a method, not a technique family, however it is written', () => {
    const abstract =
      'We train ZorbPolicy with rectified flow and Gumbel-Softmax and compare it with Q-learning and Tree of Thoughts (ToT).';
    // The paper defines ToT, so the acronym is the name (guidelines, convention 14).
    expect(namesOf(abstract, 'Method')).toEqual(
      expect.arrayContaining(['rectified flow', 'Gumbel-Softmax', 'Q-learning', 'ToT']),
    );
    expect(namesOf(abstract, 'Technique')).toEqual([]);
  });
});

describe('a written value', () => {
  it('may be a score on a scale written with a decimal point, or a percentage in math mode', () => {
    expect(values('ZorbGen reaches a mean rating of 4.77/5.0 from annotators.')).toEqual(['4.77/5.0']);
    expect(values('ZorbNet attains a test accuracy of 93.7$\\%$, surpassing VGG-16.')).toEqual(['93.7$\\%$']);
  });

  it('is not two decimals of two measures joined by a slash', () => {
    expect(values('ZorbQA reaches SROCC/PLCC of 0.884/0.8765 on ZorbIQ.')).not.toContain('0.884/0.8765');
  });
});

describe('a bound on a metric', () => {
  it('is its value', () => {
    expect(resultOf('Zorb predictions of moral sentiment are weak (F1 < 0.35).', '0.35')).toMatchObject({
      metric: 'F1',
    });
  });
});

describe('points of a named measure', () => {
  it('may be macro-F1 points', () => {
    expect(values('ZorbSteer boosts performance by ~30 Macro-F1 points over baselines.')).toEqual([
      '30 Macro-F1 points',
    ]);
  });
});

describe('memory', () => {
  it('is no cost when it names a kind of memory a system keeps', () => {
    const abstract =
      'Across three long-horizon memory benchmarks, ZorbMem improves answer quality over graph-structured memory and tree-structured memory baselines, using concept-aware memory.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('a comparison cue', () => {
  it('ends at a participle after a comma, which opens a clause of its own', () => {
    const abstract =
      'Experiments show that ZorbPO significantly outperforms state-of-the-art baselines, achieving average gains of 24% on Qwen2.5-3B.';
    expect(entity(abstract, 'Qwen2.5-3B')?.role).toBe('used');
  });

  it('runs on through "including"', () => {
    const abstract = 'ZorbPO outperforms strong baselines, including GRPO and DAPO, on three benchmarks.';
    expect(entity(abstract, 'DAPO')?.role).toBe('compared');
  });
});

describe('a mixed-case name followed by its spelled-out form', () => {
  it('takes the form as its alias, with the Title Case words right after the spelled letters', () => {
    const abstract =
      'We propose ZoRGen, a Zorb-Reinforced Generative Augmentation Framework for emotion perception.';
    expect(run(abstract).entities.filter((e) => e.type === 'Method')).toEqual([
      expect.objectContaining({
        name: 'ZoRGen',
        role: 'proposed',
        aliases: ['Zorb-Reinforced Generative Augmentation Framework'],
      }),
    ]);
  });

  it('stops before a preposition and an acronym after the form', () => {
    const abstract = 'We propose ZrACE, a Zorbative Approach to Confidence Elicitation for LLMs.';
    expect(entity(abstract, 'ZrACE')?.aliases).toEqual(['Zorbative Approach to Confidence Elicitation']);
  });
});

describe('qualities a result is claimed in', () => {
  it('are metrics when they are qualities or listed measures', () => {
    expect(
      namesOf(
        'Experiments show that ZorbPTS achieves state-of-the-art fidelity and controllability in driving scenes.',
        'Metric',
      ),
    ).toEqual(['fidelity', 'controllability']);
    expect(
      namesOf(
        "Blinded human evaluation by radiologists confirms ZorbFinder's superior clinical utility, completeness, and accuracy.",
        'Metric',
      ),
    ).toEqual(expect.arrayContaining(['completeness', 'accuracy']));
  });

  it('are no metrics when they are generic strengths', () => {
    expect(namesOf('ZorbNet achieves superior robustness and efficiency on edge devices.', 'Metric')).toEqual(
      [],
    );
  });
});
