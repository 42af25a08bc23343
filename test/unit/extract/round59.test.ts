// Rules from a fifty-ninth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, values } from '../../helpers/extract.js';

describe('lengths in metres', () => {
  it('are outcomes after an error measure: "RMSEs of 2.54 m and 5.75 m", "a bias of 0.41 m"', () => {
    const abstract =
      'ZorbHeight reaches a mean bias of 0.41 m and root mean square errors (RMSEs) of 2.54 m and 5.75 m on the two Zorb sites.';
    expect(values(abstract)).toEqual(expect.arrayContaining(['0.41 m', '2.54 m', '5.75 m']));
    expect(resultOf(abstract, '2.54 m')?.metric).toBe('RMSE');
  });

  it('but a range or a resolution in metres is a setting: "perception up to 250 meters", "10 m imagery"', () => {
    const abstract =
      'ZorbSense extends perception to 250 meters and maps canopy height from 10 m imagery, improving mAP by 4.1%.';
    const found = values(abstract);
    expect(found).toContain('4.1%');
    expect(found.some((v) => /\bm(?:eters)?$/.test(v))).toBe(false);
  });

  it('and a count in millions is no length: "from 25.85M to 6.85M parameters"', () => {
    const abstract = 'ZorbPrune cuts the error and reduces parameters from 25.85M to 6.85M.';
    expect(values(abstract).some((v) => /M$/.test(v))).toBe(false);
  });
});

describe('a number in math with its unit after it', () => {
  it('keeps the math and the unit as written: "by $9$ points"', () => {
    const abstract = 'ZorbChart improves data accuracy by $9$ points on ZorbDocs.';
    expect(values(abstract)).toContain('$9$ points');
  });

  it('and a minus inside the math makes it a drop: "$-3.01$ pp"', () => {
    const abstract = 'Under ZorbShift the selection rate of ZorbLM changes by $-3.01$ pp on ZorbHire.';
    expect(resultOf(abstract, '$-3.01$ pp')?.kind).toBe('reduction');
  });
});

describe('areas and volumes', () => {
  it('are no names: "500 km2", "20 cm3"', () => {
    const abstract = 'ZorbMap covers 500 km2 of forest and measures 20 cm3 samples.';
    expect(entity(abstract, 'km2')).toBeUndefined();
    expect(entity(abstract, 'cm3')).toBeUndefined();
    expect(entity(abstract, 'ZorbMap')?.type).toBe('Method');
  });
});

describe('the lexicon', () => {
  it('knows THUMOS14, CBAM and Hymba', () => {
    const abstract =
      'ZorbTAD adds a convolutional block attention module (CBAM), beats Hymba and reaches 67.2% mAP in THUMOS14.';
    expect(entity(abstract, 'THUMOS14')?.type).toBe('Benchmark');
    expect(entity(abstract, 'CBAM')?.type).toBe('Method');
    expect(entity(abstract, 'Hymba')?.type).toBe('Model');
  });
});

describe('a task in the title', () => {
  it('may end in Navigation, Diagnosis, Grounding, Manipulation or Rectification', () => {
    const abstract = 'We propose ZorbNav, an agent that follows instructions in unseen houses.';
    const tasks = (title: string): string[] => namesOf(abstract, 'Task', title);
    expect(tasks('ZorbNav: Memory Maps for Object Goal Navigation')).toContain('object goal navigation');
    expect(tasks('ZorbNav: Retrieval for Rare Disease Diagnosis')).toContain('rare disease diagnosis');
    expect(tasks('ZorbNav: Attention for Temporal Video Grounding')).toContain('temporal video grounding');
    expect(tasks('ZorbNav: Priors for Bimanual Manipulation')).toContain('bimanual manipulation');
    expect(tasks('ZorbNav: Flows for Document Image Rectification')).toContain(
      'document image rectification',
    );
  });
});

describe("a part of the paper's system named as the subject of what it does", () => {
  const abstract =
    'Streaming video strains memory. We introduce ZorbStream, a training-free framework for streaming video. Causal Zorb Reduction imposes a fixed per-frame budget. Given a query, a Zorb Graph Retriever constructs a candidate graph. Meanwhile, Trace-Prior RL enforces order. Stage A filters frames.';

  it('is a proposed method after the proposal: "Causal Zorb Reduction imposes ...", "a Zorb Graph Retriever constructs ..."', () => {
    expect(entity(abstract, 'Causal Zorb Reduction')?.role).toBe('proposed');
    expect(entity(abstract, 'Zorb Graph Retriever')?.role).toBe('proposed');
  });

  it('but not before the proposal, nor with a listed name inside, nor a bare label', () => {
    const before =
      'Dynamic Zorb Allocation assigns queries poorly. We introduce ZorbStream, a framework for video.';
    expect(entity(before, 'Dynamic Zorb Allocation')).toBeUndefined();
    expect(entity(abstract, 'Trace-Prior RL')).toBeUndefined();
    expect(entity(abstract, 'Stage A')).toBeUndefined();
  });

  it('nor a phrase opened by a preposition, a plural or a language: "Via Markov ...", "Talking Zorbs generates"', () => {
    const text =
      'We introduce ZorbStream, a framework for video. Via Markov analysis it bounds delay. Meanwhile, Talking Zorbs generates frames. Simplified Chinese uses fewer strokes.';
    expect(entity(text, 'Via Markov')).toBeUndefined();
    expect(entity(text, 'Talking Zorbs')).toBeUndefined();
    expect(entity(text, 'Simplified Chinese')).toBeUndefined();
  });
});

describe('measures coordinated with a listed one', () => {
  it('are read along the whole list, in a sentence about metrics: "the accuracy, utility, and compactness of ..."', () => {
    const abstract =
      'ZorbSeek comes with fine-grained metrics about the accuracy, utility, and compactness of its outcomes.';
    for (const name of ['accuracy', 'utility', 'compactness'])
      expect(entity(abstract, name)?.type).toBe('Metric');
  });
});

describe('a place in a competition', () => {
  it('is a result: "securing second place", "ranks 3rd overall ... and 2nd on agentic benchmarks"', () => {
    expect(
      values('ZorbSLA reaches an RMSE of 0.375 on ZorbCup, securing second place in the competition.'),
    ).toContain('second');
    const ranks = values(
      'ZorbLM ranks 3rd overall among all evaluated models and 2nd on agentic benchmarks.',
    );
    expect(ranks).toEqual(expect.arrayContaining(['3rd', '2nd']));
  });

  it('but a place that only labels a solution is not: "our second-place solution"', () => {
    expect(values('We describe our second-place solution to ZorbCup.')).toEqual([]);
  });
});

describe('an amount of money', () => {
  it('is a result where the sentence speaks of cost: "\\$0.00487 per answer", "$42 training cost", "217 USD"', () => {
    const found = values(
      'ZorbAgent reaches a cost of only \\$0.00487 per correct answer. ZorbTune needs a $42 training cost. The full ZorbBench run costs 217 USD. Training ZorbLM cost $630M.',
    );
    expect(found).toEqual(expect.arrayContaining(['\\$0.00487', '$42', '217 USD', '$630M']));
  });

  it('but math is no money, and neither is a sum without a cost: "$5$ steps", "$10 \\times 3$", "a $5 billion market"', () => {
    expect(values('ZorbNet cuts its cost with $5$ steps and a $10 \\times 3$ grid.')).toEqual([]);
    expect(values('ZorbNet serves a $5 billion market.')).toEqual([]);
    expect(values('Tuning only ZorbNet halves its error rate ($-$23.9\\%) on ZorbQA.')).toContain(
      '$-$23.9\\%',
    );
  });
});

describe('an order of magnitude', () => {
  it('is a result as a change: "an order of magnitude less inference time", "by two orders of magnitude"', () => {
    expect(
      resultOf(
        'ZorbFM matches ZorbDDIM with roughly an order of magnitude less inference time.',
        'an order of magnitude',
      )?.kind,
    ).toBe('reduction');
    expect(values('ZorbNet reduces latency by two orders of magnitude.')).toContain(
      'two orders of magnitude',
    );
  });

  it('but not as a size or a span: "an order of magnitude larger complexity than existing datasets"', () => {
    expect(
      values(
        'ZorbCAD offers an order of magnitude larger complexity than existing datasets, and ZorbNet improves accuracy.',
      ),
    ).toEqual([]);
    expect(values('The ZorbNet models span four orders of magnitude in size.')).toEqual([]);
  });
});

describe('a value after a list of benchmarks', () => {
  it('holds across them, on none alone: "Across dialogue (ZorbBench), code (HumanEval), and math (GSM8K), ... by 7.4%"', () => {
    const abstract =
      'Across dialogue (ZorbBench), code (HumanEval), and math (GSM8K), ZorbGTO increases acceptance length by 7.4% over EAGLE-3.';
    expect(resultOf(abstract, '7.4%')?.benchmark).toBeNull();
  });

  it('but a value after its own benchmark keeps it: "..., and on GSM8K an accuracy of 90%"', () => {
    const abstract =
      'On HumanEval and MATH, ZorbGTO reaches an accuracy of 50%, and on GSM8K an accuracy of 90%.';
    expect(resultOf(abstract, '90%')?.benchmark).toBe('GSM8K');
  });
});

describe('the object of an improving verb', () => {
  it('leaves the gain to the improver when words in math stand before "by": "of Qwen3VL-4B on the $V^*$ benchmark by"', () => {
    const abstract =
      'For instance, ZorbSPARC improves the accuracy of Qwen3VL-4B on the $V^*$ VQA benchmark by 6.7 percentage points.';
    expect(resultOf(abstract, '6.7 percentage points')?.subject).toBe('ZorbSPARC');
  });
});

describe('the technique lexicon', () => {
  it('knows the 3D CNN as its own technique and the combinatorial bandit', () => {
    const abstract = 'ZorbVid trains a 3D CNN on clips and schedules them with a combinatorial bandit.';
    expect(entity(abstract, '3D convolutional neural network')?.aliases).toContain('3D CNN');
    expect(entity(abstract, 'combinatorial bandit')?.type).toBe('Technique');
  });
});

describe('what a study is of', () => {
  it('is not the paper\'s own: "This paper presents a controlled empirical study of ZorbVIO behavior"', () => {
    const abstract =
      'XR headsets rely on ZorbVIO for pose tracking. This paper presents a controlled empirical study of ZorbVIO behavior under degraded sensing.';
    expect(entity(abstract, 'ZorbVIO')?.role).toBe('used');
  });
});

describe('a title task opened by a gerund', () => {
  it('is a task when the gerund names a thing: "Enhancing Rating Prediction with ..."', () => {
    const abstract = 'We study how language models read reviews.';
    expect(namesOf(abstract, 'Task', 'Enhancing Rating Prediction with Zorb Reviews')).toContain(
      'rating prediction',
    );
  });
});

describe('moderation services', () => {
  it('are named systems, so methods: the Perspective API and the OpenAI Moderation API', () => {
    const abstract = 'ZorbGuard screens prompts with the OpenAI Moderation API and the Perspective API.';
    expect(entity(abstract, 'Perspective API')?.type).toBe('Method');
    expect(entity(abstract, 'OpenAI Moderation API')?.type).toBe('Method');
  });
});

describe('a named test or exam', () => {
  it('that models sit is data: "the Zorb Reading Test (ZRT)"; a statistical test is not: "Likelihood Ratio Test (LRT)"', () => {
    const abstract =
      'Models score high on the Zorb Reading Test (ZRT). We check ZRT scores with a Likelihood Ratio Test (LRT).';
    expect(entity(abstract, 'ZRT')?.type).toBe('Benchmark');
    expect(entity(abstract, 'LRT')?.type).not.toBe('Benchmark');
  });
});

describe('a plural noun before a past verb', () => {
  it('is no part of the system named as a subject: "Native Zorbish speakers demonstrated ..."', () => {
    const abstract =
      'We propose ZorbVocab, a vocabulary test. Native Zorbish speakers demonstrated larger vocabularies than others.';
    expect(entity(abstract, 'Native Zorbish')).toBeUndefined();
  });
});
