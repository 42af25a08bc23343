// Rules from a fifth round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run, entity, values } from '../../helpers/extract.js';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { fold } from '../../../extract/text.js';

describe('tasks', () => {
  it("keeps tasks named in a sentence whose subject is the paper's own system", () => {
    const abstract =
      'We present Zorbkit, a toolkit for offline document work. The toolkit provides pipelines for document parsing, ' +
      'named entity recognition and summarization.';
    expect(entity(abstract, 'summarization')?.type).toBe('Task');
    expect(entity(abstract, 'named entity recognition')?.type).toBe('Task');
  });

  it('drops the same tasks in a background sentence', () => {
    const abstract =
      'Prior toolkits offer summarization for cloud users. We present Zorbkit, which runs offline on a laptop.';
    expect(entity(abstract, 'summarization')).toBeUndefined();
  });

  it('knows field task names from the Papers with Code list', () => {
    const lex = buildLexicon();
    for (const task of ['video inpainting', 'community detection', 'deepfake detection'])
      expect(lex.entries.get(fold(task))?.some((e) => e.type === 'Task')).toBe(true);
    expect(
      entity('We evaluate Zorbnet on video inpainting and report strong results.', 'video inpainting')?.type,
    ).toBe('Task');
    // A task from that broad list counts only where the paper says it works on it.
    expect(
      entity('Prior detectors struggle with video inpainting artifacts in the wild.', 'video inpainting'),
    ).toBeUndefined();
  });

  it('types a challenge named after its task by its dated editions', () => {
    const abstract =
      'Masks come from standard Kidney Zorb Segmentation (KiZS) annotations. ' +
      'Experiments on KiZS 2021 and KiZS 2023 show that Zorbnet outperforms five baselines.';
    const out = run(abstract).entities;
    expect(out.find((e) => e.name === 'KiZS 2021')?.type).toBe('Benchmark');
    expect(out.find((e) => e.name === 'KiZS')?.type).toBe('Benchmark');
  });

  it('keeps a task acronym a task when only "the KZ dataset" follows it', () => {
    const abstract =
      'Kidney zorb segmentation (KZS) is hard. We release a KZS dataset of 900 scans and evaluate Zorbnet on it.';
    expect(entity(abstract, 'kidney zorb segmentation')?.type).toBe('Task');
  });
});

describe('lists after a plural type noun', () => {
  it('types the items of "corpora (A, B, and C)" as benchmarks', () => {
    const out = run(
      'Zorb-QA is built from four open corpora (QUX-6, MELB, TalkSet, and BLOMP) and has 9,000 items.',
    );
    for (const name of ['QUX-6', 'MELB', 'TalkSet', 'BLOMP'])
      expect(out.entities.find((e) => e.name === name)?.type).toBe('Benchmark');
  });

  it('types the items of "language models such as A and B" as models', () => {
    expect(
      entity('We test language models such as Zorb-7B and QuxLM-2 on three tasks.', 'QuxLM-2')?.type,
    ).toBe('Model');
  });

  it('does not take a bare variant word for a model ("(v1.5, XL, and v3)")', () => {
    expect(entity('We apply ZorbAdapt to Stable Diffusion models (v1.5, XL, and v3).', 'XL')).toBeUndefined();
  });
});

describe('result values', () => {
  it('reads values inside LaTeX math', () => {
    expect(
      values('Zorbit improves FID from $62.7$ to $31.6$ and reaches up to $5.5\\times$ speedup.'),
    ).toEqual(['62.7', '31.6', '5.5\\times']);
  });

  it('reads a before-and-after pair of plain decimals that ends a sentence', () => {
    expect(
      values('Augmentation helps most in the low-resource setting, improving F1 from 0.61 to 0.70.'),
    ).toEqual(['0.61', '0.70']);
  });

  it('reads every end of a reported change, however far from the metric', () => {
    expect(
      values(
        'Mean validation loss decreased from 8.3552 at initialization to 2.7996 near 4 million tokens, but increased to 3.9010 by the end.',
      ),
    ).toEqual(['8.3552', '2.7996', '3.9010']);
  });

  it('reads values in a sentence that names its metric without an outcome verb', () => {
    expect(values('Sensitivity was high for common classes (Z-1a 92.7%, Z-2 69.2%).')).toEqual([
      '92.7%',
      '69.2%',
    ]);
  });

  it('reads point differences, ranges with a double hyphen and a spaced percent sign', () => {
    expect(values('An ablation attributes +9.4 pp to the scaffold and +0.9 pp to critique.')).toEqual([
      '9.4 pp',
      '0.9 pp',
    ]);
    expect(
      values('Maintenance rates were 91.7--100.0% in lab settings but dropped to 6.7--18.3% in the field.'),
    ).toEqual(['91.7--100.0%', '6.7--18.3%']);
    expect(
      values(
        'Zorbit beats self-consistency (77.7%) and reaches a 14.0-percentage-point gain, at 2.22 % MAPE.',
      ),
    ).toEqual(['77.7%', '14.0-percentage-point', '2.22 %']);
  });

  it('leaves confidence intervals out', () => {
    expect(
      values('The system achieved 76.0% accuracy (95% CI, 72.1%-79.6%) versus 57.5% for clinicians.'),
    ).toEqual(['76.0%', '57.5%']);
  });
});

describe("names of the paper's own parts", () => {
  it('reads Title-Case names of parts listed by number', () => {
    const abstract =
      'Our design integrates three core components: (1) Twin Zorb Routing: processes two streams, ' +
      '(2) Squeezed Quxal Enhancer: a calibration module, and (3) Data Collection: crawled pages.';
    expect(entity(abstract, 'Twin Zorb Routing')?.role).toBe('proposed');
    expect(entity(abstract, 'Squeezed Quxal Enhancer')?.type).toBe('Method');
    expect(entity(abstract, 'Data Collection')).toBeUndefined();
  });

  it("reads a Title-Case name used by the paper's own method in running text", () => {
    const abstract =
      'We introduce ZorbEdit, which employs Isotropic Zorb Alignment to minimize drift and Layered Quxal Fusion to ' +
      'smooth training.';
    expect(entity(abstract, 'Isotropic Zorb Alignment')).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(entity(abstract, 'Layered Quxal Fusion')?.type).toBe('Method');
  });

  it('leaves Title-Case modifiers, task names and background phrases alone', () => {
    const abstract =
      'We propose a Zorb Service scenario model trained with Monte Carlo rollouts on the Quxal Admission Problem, ' +
      'a classic puzzle. Prior work studied Graph Zorbing.';
    const found = run(abstract).entities.map((e) => e.name);
    for (const name of ['Zorb Service', 'Quxal Admission Problem', 'Graph Zorbing'])
      expect(found).not.toContain(name);
    // Monte Carlo is the listed technique, never a name of the paper's own.
    expect(entity(abstract, 'Monte Carlo')?.type).toBe('Technique');
  });

  it('types a title acronym by its apposition and keeps it proposed ("we present BARD, a ... framework")', () => {
    const out = run(
      'In this work, we present ZARD, a simple bridging framework that converts an autoregressive VLM.',
      'ZARD: Zipping AutoRegressive and Diffusion Vision-Language Models',
    ).entities;
    expect(out.find((e) => e.name === 'ZARD')).toMatchObject({ type: 'Method', role: 'proposed' });
    // A title's inner capital on a word the abstract writes in lower case is emphasis.
    expect(out.find((e) => e.name === 'AutoRegressive')).toBeUndefined();
  });

  it('takes the head noun of an apposition, not a type noun modifying it', () => {
    expect(
      entity('We introduce ZorbFuse, a novel LLM post-training framework for dialogue.', 'ZorbFuse')?.type,
    ).toBe('Method');
    expect(
      entity(
        'We present Q3-SLU, a new multimodal large language model (MLLM) benchmark for speech.',
        'Q3-SLU',
      ),
    ).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });
});

describe('name shapes', () => {
  it('reads a digit-first coined name ("3DZorbVideo")', () => {
    expect(
      entity('This work introduces 3DZorbVideo, a training-free pipeline for video.', '3DZorbVideo')?.role,
    ).toBe('proposed');
  });

  it('types a lower-case qualified metric acronym as a metric ("cpWER")', () => {
    expect(entity('Zorbit lowers cpWER by 12% on meetings.', 'cpWER')?.type).toBe('Metric');
  });

  it('types a name with a benchmark part as a benchmark ("ZorbBench-GPT")', () => {
    expect(entity('On ZorbBench-GPT, accuracy climbs from 64.6% to 78.6%.', 'ZorbBench-GPT')?.type).toBe(
      'Benchmark',
    );
  });

  it('does not read a listed capitalised family in all capitals as that family ("BARD" is not "Bard")', () => {
    expect(entity('We propose BARD, a bridging framework for fast decoding.', 'BARD')?.type).toBe('Method');
    expect(entity('We compare our agent with Bard on four tasks.', 'Bard')?.type).toBe('Model');
  });
});

describe('scheme categories and family releases', () => {
  it('drops three or more codes of one scheme ("ZR-1a", "ZR-2", "ZR-3c")', () => {
    const out = run(
      'Categories showed high sensitivity (ZR-1b 100%, ZR-1a 92.7%, ZR-3a 87.5%, ZR-2 69.2%).',
    ).entities;
    expect(out.filter((e) => e.name.startsWith('ZR-'))).toEqual([]);
  });

  it('names a listed family\'s release defined by an acronym by its full form ("Stable Diffusion 3 (SD3)")', () => {
    expect(
      entity(
        'On Stable Diffusion 3 (SD3), ZorbFlow improves FID. We fine-tune SD3 further.',
        'Stable Diffusion 3',
      ),
    ).toMatchObject({ type: 'Model', aliases: ['SD3'] });
  });

  it('does not read a long form that merely opens with a family word as a release ("Flux-Invariant ... (FISR)")', () => {
    expect(entity('We propose Flux-Invariant Zorb Resolution (FIZR) for telescopes.', 'FIZR')?.type).toBe(
      'Method',
    );
  });
});

describe('more name shapes and contexts', () => {
  it('needs a cue before an undefined all-caps word of up to eight letters is a name', () => {
    const out = run('Each request maps to ANSWER, CLARIFY or ABSTAIN, and Zorbit picks one.').entities.map(
      (e) => e.name,
    );
    for (const name of ['ANSWER', 'CLARIFY', 'ABSTAIN']) expect(out).not.toContain(name);
  });

  it('does not read LaTeX text commands glued to a number as names', () => {
    expect(
      run('We train a \\textasciitilde30B-parameter model with GRPO.').entities.map((e) => e.name),
    ).toEqual(['GRPO']);
  });

  it('does not take a score after a benchmark for its edition', () => {
    const out = run('Zorbit sets new results (ZorbTrack-DAVIS 73.8, QuxPoints-Bench 61.3) on both.').entities;
    expect(out.map((e) => e.name)).not.toContain('ZorbTrack-DAVIS 73.8');
    expect(out.find((e) => e.name === 'QuxPoints-Bench')?.type).toBe('Benchmark');
  });

  it('joins a coined name and a following "Bench" into a benchmark', () => {
    expect(entity('MindZorb reaches the best score on DeepZorb Bench.', 'DeepZorb Bench')?.type).toBe(
      'Benchmark',
    );
  });

  it('types a coined word ending in a model family as a model ("FinBERT")', () => {
    expect(entity('We compare with ZorbBERT on sentiment data.', 'ZorbBERT')?.type).toBe('Model');
  });

  it('does not type the items after "crop models (e.g. ...)" as ML models', () => {
    expect(
      entity('Process-based crop models (e.g. ZSSAT, QPSIM) need calibration. We propose ZorbPINN.', 'QPSIM')
        ?.type,
    ).not.toBe('Model');
  });

  it('does not take Title-Case words inside parentheses for names', () => {
    const out = run(
      'We propose ZATCH (Controllable Zorb Detection with Contextualized Clustering and Layered Generation), a framework.',
    ).entities.map((e) => e.name);
    expect(out).not.toContain('Contextualized Clustering');
    expect(out).not.toContain('Layered Generation');
  });
});

describe('benchmarks named in parentheses', () => {
  it('names a benchmark by the code after its lower-case description', () => {
    const out = run(
      'Experiments on a multi-domain customer dialogue benchmark (ZSTC-12) show gains.',
    ).entities;
    expect(out.find((e) => e.name === 'ZSTC-12')).toMatchObject({ type: 'Benchmark', aliases: [] });
  });

  it('types a code in parentheses after "benchmark" as a benchmark, but not one after "model"', () => {
    expect(entity('We introduce a new reasoning benchmark (ZQB) with 500 items.', 'ZQB')?.type).toBe(
      'Benchmark',
    );
    expect(entity('Our final model (ZLM v2) outperforms the base model.', 'ZLM v2')?.type).not.toBe('Model');
  });
});

describe('more result values', () => {
  it('reads a value whose metric follows it ("an improvement of 0.1927 in mIoU")', () => {
    expect(values('The segmentation achieves an improvement of 0.1927 in mIoU over prior methods.')).toEqual([
      '0.1927',
    ]);
  });

  it('reads signed values, compared pairs, counted wins and LaTeX-spaced units', () => {
    expect(values('Point trackers gain ground ($+33.5\\%$ on ZorbPoints vs. QuxTracker).')).toEqual([
      '33.5\\%',
    ]);
    expect(values('Zorbit significantly outperforms QuxTracker on ZorbPoints 61.3 vs 54.2.')).toEqual([
      '61.3',
      '54.2',
    ]);
    expect(values('Zorbit wins on eleven of twelve pairs, with average scores of 25.63~dB PSNR.')).toEqual([
      'eleven of twelve',
      '25.63~dB',
    ]);
  });

  it('keeps a range of gains as one result but splits a before-and-after pair', () => {
    expect(
      values('It achieves relative improvements from 57.8% to 80.6% over the strongest baseline.'),
    ).toEqual(['57.8% to 80.6%']);
    expect(values('Accuracy improves from 42.75% to 46.75% with Zorbit.')).toEqual(['42.75%', '46.75%']);
  });
});

describe('metric cut-offs, statistics and dataset sizes', () => {
  it('keeps a cut-off written after a metric ("recall@1", "mAP\\@0.50") and pairs the value with it', () => {
    const out = run('We report recall@1 of 81.2% and a mAP\\@0.50 of 0.91 on the test split.');
    expect(out.entities.filter((e) => e.type === 'Metric').map((e) => e.name)).toEqual([
      'recall@1',
      'mAP\\@0.50',
    ]);
    expect(out.results.map((r) => [r.metric, r.value])).toEqual([
      ['recall@1', '81.2%'],
      ['mAP\\@0.50', '0.91'],
    ]);
  });

  it('reads values after "is", correlation statistics and ranges with units on both ends', () => {
    expect(values('Our best FID performance is 15.7, 22.35, and 17.52.')).toEqual(['15.7', '22.35', '17.52']);
    expect(values('Correlations are strong (r = 0.82), unlike Linear Regression (R = 0.943).')).toEqual([
      '0.82',
      '0.943',
    ]);
    expect(values('ZorbNet accelerates inference by 1.29$\\times$ - 2.79$\\times$.')).toEqual([
      '1.29$\\times$ - 2.79$\\times$',
    ]);
  });

  it('types a name sized in thousands as a dataset ("ZVVO_1k")', () => {
    expect(
      entity('A subset of 1,000 frames, referred to as ZVVO_1k, was annotated by hand.', 'ZVVO_1k')?.type,
    ).toBe('Benchmark');
  });
});

describe('memory and precision as measures', () => {
  it('does not read memory as a component or precision as a number format as metrics', () => {
    const names = (abstract: string) => run(abstract).entities.map((e) => e.name);
    expect(
      names('Agents use external memory systems and a temporal memory, and we report 91% accuracy.'),
    ).not.toContain('memory');
    expect(
      names('Weights are mapped to lower-precision integers while accuracy stays at 91%.'),
    ).not.toContain('precision');
    expect(names('Zorbit reduces GPU memory and memory by 40% while keeping 91% precision.')).toContain(
      'precision',
    );
  });
});

describe('tasks a paper frames and assessments', () => {
  it('types a name introduced as "a novel task" as a task', () => {
    expect(
      entity(
        'We introduce Dense Zorb Captioning, a novel task that localizes actions.',
        'dense zorb captioning',
      )?.type,
    ).toBe('Task');
  });

  it('does not read a double-hyphen compound as a name ("participant--ZLS")', () => {
    expect(
      run('We measure participant--ZLS alignment with 90% agreement.').entities.map((e) => e.name),
    ).not.toContain('participant--ZLS');
  });
});

describe('technique long forms', () => {
  it('widens an acronym long form to a listed paradigm ("offline reinforcement learning (RL)")', () => {
    expect(
      entity(
        'Zorbit uses walkthroughs for offline reinforcement learning (RL) to instill skills.',
        'offline reinforcement learning',
      ),
    ).toMatchObject({ type: 'Technique', aliases: ['RL'] });
  });

  it('types a learning paradigm the paper did not coin as a technique', () => {
    expect(
      entity(
        'Federated Zorb Learning (FZL) has emerged as a promising framework for hospitals.',
        'federated zorb learning',
      )?.type,
    ).toBe('Technique');
  });
});

describe('proposal cues', () => {
  it('reads "This research introduces" and "Our approach introduces" as contributions', () => {
    expect(
      entity(
        'This research introduces the ZorbAI-Resilience framework, an optimization approach.',
        'ZorbAI-Resilience',
      )?.role,
    ).toBe('proposed');
    expect(
      entity(
        'Our approach introduces an Attention-Guided Zorb Filter that adapts.',
        'Attention-Guided Zorb Filter',
      )?.role,
    ).toBe('proposed');
  });

  it('keeps a compound of generic acronyms the paper introduces by name ("We further propose SSM-VLA")', () => {
    expect(entity('We further propose SSM-VLA, an end-to-end VLA framework.', 'SSM-VLA')?.role).toBe(
      'proposed',
    );
  });

  it('does not read a coinage with inner capitals as a listed plain word ("BLenDeR" is not "Blender")', () => {
    expect(entity('We introduce BLenDeR, a diffusion sampling method.', 'BLenDeR')?.role).toBe('proposed');
  });
});

describe('parts listed in parentheses', () => {
  it("reads the named parts of the paper's system in parentheses", () => {
    const abstract =
      'We present MindZR, a deep research agent. The core of MindZR is a three-agent architecture ' +
      '(Planning Agent, Zorb Agent, and Report Agent) and a training pipeline.';
    for (const name of ['Planning Agent', 'Zorb Agent', 'Report Agent'])
      expect(entity(abstract, name)).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('leaves parenthesized lists in background sentences alone', () => {
    expect(
      entity(
        'Earlier systems use a fixed architecture (Planning Agent, Report Agent) without feedback.',
        'Planning Agent',
      ),
    ).toBeUndefined();
  });
});

describe('dataset parts, model suffixes and knowledge bases', () => {
  it('types a family-opened name with a dataset part as a dataset', () => {
    expect(
      entity(
        'We release Nemotron-Zorb-Safety-Dataset-V2 for training guards.',
        'Nemotron-Zorb-Safety-Dataset-V2',
      )?.type,
    ).toBe('Benchmark');
  });

  it('types coinages ending in Model or LM as models', () => {
    expect(
      entity('We fine-tune ZorbModel and compare it with QuxLM on ICT questions.', 'ZorbModel')?.type,
    ).toBe('Model');
  });

  // Round 38: a specific named prompting method is a Method (guidelines, convention 17), as annotators tag it.
  it('knows Tree of Thoughts as a method and DBpedia as a data source', () => {
    const out = run(
      'We compare Tree-of-Thoughts (ToT) prompting with our planner on questions over DBpedia.',
    ).entities;
    expect(out.find((e) => e.name === 'ToT')?.type).toBe('Method');
    expect(out.find((e) => e.name === 'DBpedia')?.type).toBe('Benchmark');
  });
});

describe('the type a paper gives its contribution', () => {
  it('outweighs the shape of the name in every other mention ("ZorbWorld, a framework")', () => {
    const abstract =
      'We introduce ZorbWorld, a framework that builds a property graph. ZorbWorld extracts entities. ' +
      'On the QuxVQA benchmark, ZorbWorld improves accuracy by 37.5%. ZorbWorld also helps on QuxBench.';
    expect(entity(abstract, 'ZorbWorld', 'ZorbWorld: Empowering Models with Graphs')).toMatchObject({
      type: 'Method',
      role: 'proposed',
    });
  });
});

describe('values around arrows and fit statistics', () => {
  it('reads both ends of a change written with an arrow', () => {
    expect(values('Accuracy improves over the full-context baseline (0.050 -> 0.382).')).toEqual([
      '0.050',
      '0.382',
    ]);
  });

  it('reads fit statistics written with a prefix ("adj-R^2=0.899")', () => {
    expect(values('We fit a regression (R^2=0.916, adj-R^2=0.899) to the runs.')).toEqual(['0.916', '0.899']);
  });
});

describe('prompting paradigms and full model names', () => {
  it('types Tree of Thoughts as a method, also in a title', () => {
    expect(
      entity(
        'We use ToT reasoning.',
        'Tree of Thoughts',
        'Structured Reasoning with Tree-of-Thoughts for Zorb Problems',
      )?.type,
    ).toBe('Method');
  });

  it('keeps "Model" and a version after a listed multi-word model', () => {
    expect(
      entity('Tracking uses Segment Anything Model 2.1 masks.', 'Segment Anything Model 2.1')?.type,
    ).toBe('Model');
  });
});

describe("parts introduced by the paper's own system", () => {
  it('makes coined parts that the proposed system employs or introduces proposed', () => {
    const abstract =
      'We propose ZAD-R1, a detector. ZAD-R1 employs a two-stage training strategy: the Perception Zorb Supervised ' +
      'Fine-Tuning (PZ-SFT) stage utilizes a curated dataset (Expert-ZD) for training.';
    expect(entity(abstract, 'PZ-SFT')?.role).toBe('proposed');
    expect(entity(abstract, 'Expert-ZD')?.role).toBe('proposed');
  });

  it('makes the name given to "the resulting dataset" proposed', () => {
    const abstract =
      'We translate a safety corpus into eight languages. The resulting dataset, Zorb-Safety-Multilingual-v1, has 386,661 samples.';
    expect(entity(abstract, 'Zorb-Safety-Multilingual-v1')?.role).toBe('proposed');
  });

  it('leaves what the system is compared with or trained on alone', () => {
    const abstract =
      'We propose ZAD-R1, a detector. ZAD-R1 is trained on QuxSet-9K and outperforms BlimpNet by 4%.';
    expect(entity(abstract, 'BlimpNet')?.role).toBe('compared');
    expect(entity(abstract, 'QuxSet-9K')?.role).not.toBe('proposed');
  });
});

describe("releases and parts of the paper's own models", () => {
  it('makes a new release of a listed family proposed when the paper presents it', () => {
    const abstract =
      'We present DeepSeek-V9-Pro, a mixture-of-experts language model with 1.6T parameters. ' +
      'DeepSeek-V9-Pro incorporates a hybrid attention that combines Compressed Zorb Attention (CZA) with sparse routing.';
    expect(entity(abstract, 'DeepSeek-V9-Pro')?.role).toBe('proposed');
    expect(entity(abstract, 'CZA')?.role).toBe('proposed');
  });

  it('does not propose a listed family checkpoint the paper only evaluates or lists', () => {
    expect(
      entity('Our approach offers robustness, elevating the Qwen3-235B model by 8 points.', 'Qwen3-235B')
        ?.role,
    ).not.toBe('proposed');
    expect(
      entity('We train and release SAEs on four models (CLIP, SigLIP, SigLIP2, and AIMv2).', 'SigLIP2')?.role,
    ).not.toBe('proposed');
  });

  it('reads a stage named after an article and before "step" as a part', () => {
    const abstract =
      'Our method operates through four stages: (1) a Zorb Question Rephrase step that paraphrases questions; ' +
      '(2) an Answer Augment step where answers are rewritten.';
    expect(entity(abstract, 'Zorb Question Rephrase')?.role).toBe('proposed');
  });

  it('makes a second named contribution in apposition proposed ("combined with the ZA (ZA), a framework")', () => {
    const abstract =
      'We introduce Cross-Zorb Verification (CZV), a black-box method, combined with the Hierarchical Zorb Architecture (HZA), a multi-agent analysis framework that limits bias.';
    expect(entity(abstract, 'HZA')?.role).toBe('proposed');
  });
});

describe('LaTeX math read like plain text', () => {
  it('judges a value inside $...$ exactly as the same value written plainly', () => {
    for (const [latex, plain] of [
      [
        'It trains only ${\\sim}5\\%$ of the backbone parameters.',
        'It trains only ~5% of the backbone parameters.',
      ],
      [
        'DeCE correlates with experts ($r=0.78$) better than BLEU ($r=0.12$).',
        'DeCE correlates with experts (r=0.78) better than BLEU (r=0.12).',
      ],
    ] as const)
      expect(values(latex).length).toBe(values(plain).length);
    expect(values('It trains only ${\\sim}5\\%$ of the backbone parameters.')).toEqual([]);
  });
});
