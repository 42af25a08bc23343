// Rules from a forty-sixth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, roleOf, run, values } from '../../helpers/extract.js';

describe('a placeholder macro beside named parts of the system', () => {
  const title = 'Zorb-Mem: Question-Guided Memory for Video Reasoning';
  const abstract =
    'We propose \\ours, a memory framework. \\ours keeps a Fine-Grained Zorb Bank and a Coarse Zorb Bank. ' +
    'Experiments on Zorb-Bench show that \\ours achieves the best accuracy.';

  it('is a mention of the system the title names', () => {
    expect(entity(abstract, 'Zorb-Mem', title)?.aliases).toContain('\\ours');
    expect(namesOf(abstract, 'Method', title)).not.toContain('\\ours');
  });
});

describe('the last of a list of numbered items', () => {
  it('is not a score read after "and"', () => {
    const abstract =
      'ZorbNER reaches F1 scores of 0.91, 0.88, and 0.85 on Subtasks 1, 2, and 3, respectively.';
    expect(values(abstract)).toEqual(['0.91', '0.88', '0.85']);
  });
});

describe('how much larger another model is', () => {
  it('is not a result', () => {
    const abstract =
      'ZorbNet reaches 71.2% accuracy on ZorbQA, outperforming models up to $20\\times$ larger and the 9x larger Zorb-L.';
    expect(values(abstract)).toEqual(['71.2%']);
  });
});

describe('chrF++', () => {
  it('is a measure of its own beside chrF', () => {
    const abstract = 'ZorbMT reaches 35.2 chrF++ and 30.1 chrF on the Zorb test set.';
    expect(namesOf(abstract, 'Metric')).toEqual(expect.arrayContaining(['chrF++', 'chrF']));
    expect(resultOf(abstract, '35.2')?.metric).toBe('chrF++');
  });
});

describe('a gain written as how many times larger', () => {
  it('is a result after "by"', () => {
    const abstract =
      'ZorbBP scales up the maximum sequence length by 2.8-5.5 times larger than checkpointing.';
    expect(values(abstract)).toEqual(['2.8-5.5 times']);
  });
});

describe('evaluators, simulators and an evaluation campaign', () => {
  it('are known by name and kind', () => {
    const abstract =
      'ZorbJudge beats G-Eval and RAGAS. ZorbBot runs on ROS2 and is tested in Gazebo and Isaac Sim. ' +
      'ZorbAlign is evaluated on tasks of the Ontology Alignment Evaluation Initiative (OAEI).';
    const names = run(abstract).entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Method:G-Eval',
        'Method:RAGAS',
        'Method:ROS 2',
        'Benchmark:Gazebo',
        'Benchmark:Isaac Sim',
        'Benchmark:OAEI',
      ]),
    );
  });
});

describe('Title-Case words before a known name with a restrictive relative clause', () => {
  it("name the paper's own version", () => {
    const abstract =
      'To this end, we introduce a Gradual Zorb Q-Former that injects LiDAR features step by step.';
    expect(entity(abstract, 'Gradual Zorb Q-Former')?.role).toBe('proposed');
  });
});

describe('a finding that one thing is larger than another', () => {
  it('stays a result', () => {
    const abstract =
      'Zorb anchor effects are 2.5x larger than severe image degradation, which increases the bias.';
    expect(values(abstract)).toEqual(['2.5x']);
  });
});

describe('a larger quantity a method allows', () => {
  it('stays a result', () => {
    const abstract =
      'ZorbKV lets the model run with an 2x larger batch size and improves throughput by 9.3x.';
    expect(values(abstract)).toEqual(['2x', '9.3x']);
  });
});

describe('a failure mode or an effect the paper names', () => {
  it('is no entity, in the abstract or at the head of the title', () => {
    const title = 'Zorbic Drift Under Reasoning: How Budgets Induce Overconfidence';
    const abstract =
      'We identify a failure mode termed Quux Collapse, where detectors degenerate. We call this phenomenon Zorbic ' +
      'Drift Under Reasoning (ZDUR). We introduce ZorbStop, a stopping rule.';
    expect(run(abstract, title).entities.map((e) => e.name)).toEqual(['ZorbStop']);
  });
});

describe('a new name introduced to quantify something', () => {
  it('is a measure', () => {
    const abstract =
      'We propose the Critical Zorb Radius (CZR) to quantify the stability of the loss landscape.';
    expect(entity(abstract, 'CZR')?.type).toBe('Metric');
  });

  it('stays a method when its head names a part of a system', () => {
    const abstract = 'ZorbRL employs a Semantic Zorb Estimator (SZE) to quantify the difficulty of samples.';
    expect(entity(abstract, 'SZE')?.type).toBe('Method');
  });
});

describe('a coined name with a data noun after it in the title', () => {
  it('is that name, a benchmark', () => {
    const title = 'Beyond Answers: ZORBAL Benchmark for Transparent Reasoning';
    const abstract =
      'We introduce **ZORBAL**, a diagnostic benchmark with 6,372 instances. Models score low on it.';
    const found = run(abstract, title).entities.filter((e) => e.type !== 'Task' && e.type !== 'Technique');
    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual(['Benchmark:ZORBAL']);
  });
});

describe("a measure the paper's own work is said to change", () => {
  it('is a metric without a number', () => {
    const abstract =
      'We propose ZorbGPT. ZorbGPT trains on shorter windows, resulting in cheaper training and higher throughput.';
    expect(namesOf(abstract, 'Metric')).toEqual(['throughput']);
  });

  it('is no metric in a sentence about others', () => {
    const abstract = 'Existing caches suffer from increased latency. We propose ZorbCache for video models.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('a report about its own work', () => {
  it('uses the examples it lists', () => {
    const abstract =
      'This report extends the ZorbNSR framework by introducing node merging using contextual embeddings (e.g., Sentence-BERT) and entailment checks with NLI classifiers (e.g., RoBERTa).';
    expect(roleOf(abstract, 'Sentence-BERT')).toBe('used');
    expect(roleOf(abstract, 'RoBERTa')).toBe('used');
  });
});

describe('a name read as data by what is around it', () => {
  it('is a benchmark when counted items of it follow', () => {
    const abstract = 'To probe robustness, we compile 50 ZorbCode problems and craft three perturbations.';
    expect(entity(abstract, 'ZorbCode')?.type).toBe('Benchmark');
  });

  it('is a benchmark when it holds a task', () => {
    const abstract = 'Our method focuses on the QuuxReg task in Zorb2Reg 2025 and achieved first place.';
    expect(entity(abstract, 'Zorb2Reg 2025')?.type).toBe('Benchmark');
  });
});

describe('a new task the paper poses', () => {
  it('is a task, whatever the words of its long form', () => {
    const abstract =
      'We focus on a new task: Evaluation of Zorbs of Rendering (EZR). We describe the data pipeline.';
    expect(run(abstract).entities.map((e) => `${e.type}:${e.name}`)).toEqual([
      'Task:evaluation of zorbs of rendering',
    ]);
  });

  it('is a task when it is called so', () => {
    const abstract = 'This paper introduces a new task called Zorbic Scene Narration (ZSN) and a baseline.';
    expect(entity(abstract, 'zorbic scene narration')?.type).toBe('Task');
  });
});

describe('a change in micrometres with a setting after its first end', () => {
  it('keeps the unit, and both ends are absolute', () => {
    const abstract =
      'The distance estimation error of ZorbNet improved from 284 $μm$ (OPMI only) to 33 $μm$ (multimodal).';
    expect(values(abstract)).toEqual(['284 $μm$', '33 $μm$']);
    expect(resultOf(abstract, '284 $μm$')?.kind).toBe('absolute');
  });
});

describe('a numbered list right after the proposal verb', () => {
  it('proposes every item', () => {
    const abstract =
      'To train and evaluate at scale, we introduce (i) Zorb-4K, 26 hours of footage, (ii) QuuxRob-300, a one-hour ' +
      'interaction set, and (iii) BlimBench, a three-track benchmark.';
    expect(roleOf(abstract, 'QuuxRob-300')).toBe('proposed');
    expect(roleOf(abstract, 'BlimBench')).toBe('proposed');
  });
});

describe('pose studios, simulators, game frameworks and operating systems', () => {
  it('are known by name and kind', () => {
    const abstract =
      'We evaluate ZorbPose on CMU Panoptic, ZorbNav in the Habitat 2.0 simulator, and ZorbPlay in the General Video ' +
      'Game AI (GVGAI) framework and Ludii, on macOS laptops.';
    const names = run(abstract).entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Benchmark:CMU Panoptic',
        'Benchmark:Habitat 2.0',
        'Benchmark:GVGAI',
        'Benchmark:Ludii',
      ]),
    );
    expect(names.some((x) => x.endsWith(':macOS'))).toBe(false);
  });
});

describe('power in watts and speed in frames per second', () => {
  it('are values with their units', () => {
    const abstract =
      'ZorbYOLO reaches a classification accuracy of 99%, with a power consumption of 3.5W and a processing speed of 9 frames per second (FPS).';
    expect(values(abstract)).toEqual(['99%', '3.5W', '9 frames per second']);
  });
});

describe('a Title-Case description in apposition that spells the name', () => {
  it('is its long form, and names no generic technique inside it', () => {
    const abstract =
      'We introduce UNIZE, a Unified Semantic Zorbic Transformer for 3D scene understanding. UNIZE sets a new state of the art.';
    expect(entity(abstract, 'UNIZE')?.aliases).toEqual(['Unified Semantic Zorbic Transformer']);
    expect(namesOf(abstract, 'Technique')).toEqual([]);
  });
});

describe("a described name that opens the title name's long form", () => {
  it('is the same entity', () => {
    const title = 'MV-ZSM: Multi-View Zorb Space Modeling for 3D Human Pose Estimation';
    const abstract =
      'We introduce a novel Multi-View Zorb Space Modeling framework, named MV-ZSM, for estimating keypoints. MV-ZSM generalizes well.';
    expect(namesOf(abstract, 'Method', title)).toEqual(['MV-ZSM']);
  });
});

describe('a name in parentheses after a kind of model', () => {
  it('is a model', () => {
    const abstract =
      'ZorbVQA integrates a Vietnamese OCR model (ZorbTextSpotter) and a pretrained language model (ZorbT5) for answering.';
    expect(namesOf(abstract, 'Model')).toEqual(expect.arrayContaining(['ZorbTextSpotter', 'ZorbT5']));
  });
});

describe('where items of data come from', () => {
  it('is a data source', () => {
    const abstract =
      'ZorbNet is trained on images from ZorbLeaf and tested on questions drawn from the QuuxExam.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(expect.arrayContaining(['ZorbLeaf', 'QuuxExam']));
  });

  it('is not the first word of a longer source, nor a generator', () => {
    const abstract =
      'ZorbNet uses images from the ZAA weather camera network and samples generated from ZorbGen.';
    expect(namesOf(abstract, 'Benchmark')).toEqual([]);
  });
});

describe("a benchmark's dated edition", () => {
  it('takes in the bare name', () => {
    const abstract =
      'To address the registration challenges in Zorb2Reg 2025, a registration method is proposed. It focuses on the QuuxReg task in Zorb2Reg 2025.';
    const found = run(abstract).entities.filter((e) => e.name.startsWith('Zorb2Reg'));
    expect(found.map((e) => `${e.type}:${e.name}`)).toEqual(['Benchmark:Zorb2Reg 2025']);
  });
});

describe('a measure of some things in a list of evaluation dimensions', () => {
  it('is that measure', () => {
    const abstract =
      'We evaluate ZorbAudit along three dimensions: accuracy, calibration of confidence estimates, and inter-model agreement.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['accuracy', 'calibration', 'inter-model agreement']),
    );
  });
});

describe('a named split of data in apposition', () => {
  it('is a benchmark', () => {
    const abstract = 'We release Zorb17k, a training set of 17,000 prompts, and train ZorbLM on it.';
    expect(entity(abstract, 'Zorb17k')?.type).toBe('Benchmark');
  });
});

describe('a data noun, a comma and an article before a defined name', () => {
  it('makes the name a benchmark', () => {
    const abstract =
      'We release a new corpus, the Multilingual Zorbic Value Survey (MZVS), which comprises human-translated questions.';
    expect(entity(abstract, 'MZVS')?.type).toBe('Benchmark');
  });
});

describe('models a gain was measured on, after "as well as"', () => {
  it('are used', () => {
    const abstract =
      'Zorb scoring outperforms random selection on our trained models as well as three closed LLMs (Quux-3B, Zorb-4o-mini) with 16.4% relative improvement.';
    expect(roleOf(abstract, 'Quux-3B')).toBe('used');
  });
});

describe('a model both sides of a comparison run with', () => {
  it('is used', () => {
    const abstract = 'Compared to standard retrieval with Zorb-7B, ZorbSeR achieves +37.91 higher F1.';
    expect(roleOf(abstract, 'Zorb-7B')).toBe('used');
  });
});
