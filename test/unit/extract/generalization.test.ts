// Rules added after a held-out check on corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run, entity, values } from '../../helpers/extract.js';
import { matchLongForm } from '../../../extract/acronyms.js';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { cutAdjectiveTail, isCoinedWord, shapeOf } from '../../../extract/names.js';

const lex = buildLexicon();
const names = (abstract: string, title: string | null = null) =>
  run(abstract, title).entities.map((e) => `${e.type}:${e.name}`);

describe('acronym long forms', () => {
  it('drops organisations and venues ("World Zorb Organization (WZO)")', () => {
    const out = names('Under the World Zorb Organization (WZO) rules, vessels report every WZO incident.');
    expect(out.some((n) => n.includes('WZO'))).toBe(false);
  });

  it('types a "... Problem (ACR)" as a task', () => {
    expect(
      entity(
        'The Maximum Zorb Cover Problem (MZCP) is hard. We solve MZCP instances fast.',
        'maximum zorb cover problem',
      ),
    ).toMatchObject({ type: 'Task', aliases: expect.arrayContaining(['MZCP']) });
  });

  it('types a long form headed by LLM as a model', () => {
    expect(entity('We revisit the encoder-decoder LLM (EDLM) at scale. EDLM is strong.', 'EDLM')?.type).toBe(
      'Model',
    );
  });

  it('types a lower-case "... generation (ACR)" as a task', () => {
    expect(
      entity(
        'We propose FixIt, a refiner for style-preserving generation (SPG) of images.',
        'style-preserving generation',
      )?.type,
    ).toBe('Task');
  });

  it('types a conversion "X to Y (X2Y)" as a task, reading the 2 as "to"', () => {
    expect(matchLongForm('NL2SHP', 'Natural Language to Shapes ')).toBe(0);
    expect(
      entity(
        'We add reasoning to the Natural Language to Shapes (NL2SHP) pipeline.',
        'natural language to shapes',
      )?.type,
    ).toBe('Task');
  });

  it('keeps a generic term inside a task long form from being a separate task', () => {
    const out = names('We host the Multi-View Instance Segmentation (MVIS) challenge with 40 teams.');
    expect(out).toContain('Task:multi-view instance segmentation');
    expect(out).not.toContain('Task:instance segmentation');
  });

  it('does not propose an ingredient named in "a X (ACR) based system"', () => {
    expect(
      entity('This paper introduces a Zorb Filtering (ZF) based system for sensor simulation.', 'ZF')?.role,
    ).not.toBe('proposed');
  });
});

describe('name shapes', () => {
  it('accepts a short lower-case prefix before a capitalised word (nvBench-style)', () => {
    expect(isCoinedWord('zqBench', lex)).toBe(true);
  });

  it('reads a family name with a "v" version (YOLOv8s) as a known model', () => {
    expect(shapeOf('YOLOv8s', lex)).toMatchObject({ type: 'Model', known: true });
  });

  it('cuts "-pretrained" and "-initialized" tails', () => {
    expect(cutAdjectiveTail('ZRB1-pretrained')).toBe('ZRB1');
    expect(cutAdjectiveTail('ZRB1-initialized')).toBe('ZRB1');
  });

  it('types a listed dataset with a prefix and a size as a dataset, not a model', () => {
    expect(shapeOf('Recap-DataComp-1B', lex)?.type).toBe('Benchmark');
  });

  it('types a "-Challenge" name as a benchmark', () => {
    expect(shapeOf('ZorbSeg-Challenge', lex)?.type).toBe('Benchmark');
  });
});

describe('typing by context', () => {
  it('reads "a family of vision encoders" as a model', () => {
    expect(
      entity(
        'We fill this gap with ZorbVision, a fully-open, cost-effective family of vision encoders.',
        'ZorbVision',
      )?.type,
    ).toBe('Model');
  });

  it('reads a type noun right before a name ("framework, Zorb-RR")', () => {
    const abstract =
      'We propose the first retrieval framework, Zorb-RR, which queries notes. Evaluation on public benchmarks demonstrates Zorb-RR gains.';
    expect(entity(abstract, 'Zorb-RR')?.type).toBe('Method');
  });

  it('does not read "we benchmark X" as a list of benchmarks', () => {
    expect(
      entity('In this work, we benchmark recurrent ZorbDet on the QuuxEvent set.', 'ZorbDet')?.type,
    ).not.toBe('Benchmark');
  });

  it('continues a challenge name with a roman numeral', () => {
    expect(entity('Our method ranked third in the AutoZorb III challenge.', 'AutoZorb III')?.type).toBe(
      'Benchmark',
    );
  });

  it('continues a listed dataset with an upper-case version', () => {
    expect(entity('We pretrain on RedPajama V1 for a week.', 'RedPajama V1')?.type).toBe('Benchmark');
  });

  it('drops an undefined all-capital abbreviation nothing types ("radar and RF")', () => {
    expect(names('We evaluate pipelines spanning RGB, infrared, audio, radar, and RF.').join()).not.toContain(
      'RF',
    );
  });

  it('does not propose a bare abbreviation from the title', () => {
    expect(
      names('An automated ZFM scan maps domain walls.', 'Domain Walls via Automated ZFM').join(),
    ).not.toContain('ZFM');
  });
});

describe('proposal patterns', () => {
  it('proposes what the paper\'s system "implements"', () => {
    const abstract =
      'We introduce ZorBit, a planner. ZorBit implements Twin-Path Routing: a router and a critic.';
    expect(entity(abstract, 'Twin-Path Routing')?.role).toBe('proposed');
  });

  it('proposes a coined part named as a sentence subject after the contribution sentence', () => {
    const abstract =
      'We present Quuxa, a model for physics. To inject knowledge, we build a data engine with two parts. ZorbMap maps objects to attributes.';
    expect(entity(abstract, 'ZorbMap')?.role).toBe('proposed');
  });

  it('reads a name in _emphasis_ after "introduce"', () => {
    expect(entity('We thus introduce the _Zorb Lens_, extending earlier probes.', 'Zorb Lens')?.role).toBe(
      'proposed',
    );
  });

  it("merges a title acronym spelled out by the rest of the title with the abstract's definition", () => {
    const out = run(
      'We present the KITE (Knowledge In Text Evaluation) Dataset, consisting of annotated pages.',
      'KITED -- Knowledge In Text Evaluation Dataset',
    );
    const benchmarks = out.entities.filter((e) => e.type === 'Benchmark');
    expect(benchmarks).toHaveLength(1);
    expect(benchmarks[0]?.aliases).toContain('KITED');
  });

  it('never proposes a listed technique ("we propose integrating chain-of-thought")', () => {
    expect(
      entity('We propose integrating Chain-of-Thought (CoT) reasoning into the pipeline.', 'chain-of-thought')
        ?.role,
    ).not.toBe('proposed');
  });

  it('skips a title-case compound that only the title uses', () => {
    expect(names('We synthesise images.', 'Ultra-Soft-Field to Hard Zorb Synthesis').join()).not.toContain(
      'Ultra',
    );
  });

  it('skips a title prefix that is a clause ("Data Is Not Enough")', () => {
    expect(
      names(
        'The mantra "Data Is Not Enough" guides this system.',
        'Data Is Not Enough: A Dataflow System',
      ).join(),
    ).not.toContain('Data Is Not Enough');
  });
});

describe('metrics', () => {
  it('does not count enumeration markers or model sizes as measurements', () => {
    const out = names(
      'Our approach adds (4) a set of auxiliary training losses, including a consistency loss, to keep coherence.',
    );
    expect(out).not.toContain('Metric:loss');
    expect(
      names('Ablations show that it generalizes to 3B models, with insights on backbone sensitivity.'),
    ).not.toContain('Metric:sensitivity');
  });

  it('does not read "loss of" as the loss metric', () => {
    expect(names('Accuracy drops by 50%, with loss of state tracking.')).not.toContain('Metric:loss');
  });

  it('does not read adjectives before "score" as metric names', () => {
    const out = names('Given an accurate score, error falls by 5%, even with inexact scores.');
    expect(out.some((n) => /accurate score|inexact score/.test(n))).toBe(false);
  });

  it('keeps a listed metric phrase whole ("length-controlled win rate")', () => {
    const out = names('It gives a 6% relative improvement in length-controlled win rate on AlpacaEval 2.0.');
    expect(out).toContain('Metric:length-controlled win rate');
    expect(out).not.toContain('Metric:win rate');
  });
});

describe('tasks', () => {
  it('reads "on X and Y tasks"', () => {
    const out = names(
      'We evaluate on stance classification and rumour source detection tasks across two datasets.',
    );
    expect(out).toContain('Task:rumour source detection');
  });

  it('cuts a leading qualifier from a task at the start of a title', () => {
    expect(names('We segment polyps.', 'Accurate Polyp Segmentation in Zorb Imaging')).toContain(
      'Task:polyp segmentation',
    );
  });

  it('does not name a task by its out-of-distribution split', () => {
    expect(names('It reaches 41.4% accuracy on out-of-distribution reasoning tasks.').join()).not.toContain(
      'out-of-distribution reasoning',
    );
  });
});

describe('roles', () => {
  it('keeps a metric used when the sentence compares with existing approaches', () => {
    const abstract =
      'Extensive evaluations demonstrate that ZorbPrune delivers higher accuracy than existing pruning approaches while minimizing inference latency.';
    expect(entity(abstract, 'inference latency')?.role).toBe('used');
  });

  it('reads a colon list after a baseline cue as compared', () => {
    const abstract =
      'ZorbSeg outperforms four baseline models spanning CNNs, transformers, and hybrids: QuuxNet, FooNet, and BarNet.';
    expect(entity(abstract, 'QuuxNet')?.role).toBe('compared');
    expect(entity(abstract, 'BarNet')?.role).toBe('compared');
  });

  it('reads "a X variant as a baseline" as compared', () => {
    expect(entity('We use a non-recurrent QuuxDet variant as a baseline.', 'QuuxDet')?.role).toBe('compared');
  });

  it('makes what a survey reviews mentioned', () => {
    const abstract =
      'This survey examines the anti-drone domain, detailing methodologies such as self-supervised learning and reinforcement learning.';
    expect(entity(abstract, 'reinforcement learning')?.role).toBe('mentioned');
  });
});

describe('results', () => {
  it('does not read an enumeration marker as a value', () => {
    expect(values('It adds (5) a drafting strategy, and improves accuracy by 2.5x.')).toEqual(['2.5x']);
  });

  it('keeps baseline values and listed values after an accepted one', () => {
    expect(
      values('Our model achieves a BERTScore of 0.77 for summarization (vs. 0.74), 0.68 for Q&A (vs. 0.58).'),
    ).toEqual(['0.77', '0.74', '0.68', '0.58']);
  });

  it('reads a decimal right before a metric name', () => {
    expect(values('The best recurrent model reaches 0.285 mAP50 on the validation split.')).toContain(
      '0.285',
    );
  });
});

describe('more long forms and names', () => {
  it('rejects a clause as an acronym long form ("confidence is more discriminative (AUARC)")', () => {
    expect(matchLongForm('AUARC', 'aggregated confidence is substantially more discriminative ')).toBe(-1);
  });

  it('keeps a task the paper frames as new a task ("a new task, called ...")', () => {
    const abstract = 'We propose a new task, called Reasoning-based Zorb Tracking (RZT). RZT is hard.';
    expect(entity(abstract, 'reasoning-based zorb tracking')?.type).toBe('Task');
  });

  it('types a capitalised "... Generation (ACR)" as a task', () => {
    const abstract =
      'LLMs show promise in Radiology Note Generation (RNG), yet data is scattered. We study RNG at scale.';
    expect(entity(abstract, 'radiology note generation')?.type).toBe('Task');
  });

  it('names "ACR Challenge" a benchmark after the acronym is defined', () => {
    const abstract =
      'We study Zorb Object Tracking (ZOT). We construct ZOT Challenge, a tracking benchmark. Experiments on the ZOT Challenge benchmark show gains.';
    expect(entity(abstract, 'ZOT Challenge')?.type).toBe('Benchmark');
  });

  it('keeps a dated edition of a defined benchmark as its own entity', () => {
    const abstract =
      'We use the Zorb Lesion Benchmark (ZoLB) labels. Experiments on ZoLB 2020 and ZoLB 2021 show gains.';
    expect(names(abstract)).toEqual(expect.arrayContaining(['Benchmark:ZoLB 2020', 'Benchmark:ZoLB 2021']));
  });

  it('skips a compound of defined acronyms and generic words ("FL-LLM")', () => {
    const abstract =
      'We use Federated Learning (FL) for training. We cut the overhead in FL-LLM tuning by 30%.';
    expect(names(abstract).join()).not.toContain('FL-LLM');
  });

  it('types "a framework, called X" by its noun even when an evaluation list precedes a later mention', () => {
    const abstract =
      'We propose an evolutionary jailbreak framework, called ZE-CoT. Experiments across models and datasets show the proposed ZE-CoT works.';
    expect(entity(abstract, 'ZE-CoT')?.type).toBe('Method');
  });

  it('reads a name in \\emph{} after "introduce"', () => {
    expect(
      entity('We introduce \\emph{Zorb Score Functions}, which map preferences.', 'Zorb Score Functions')
        ?.role,
    ).toBe('proposed');
  });

  it('does not read "to ensure accuracy" as a metric named "ensure accuracy"', () => {
    expect(
      names('Such systems need checks to ensure accuracy and reliability in 2 of 3 cases.').join(),
    ).not.toContain('ensure accuracy');
  });

  it('does not read "the losses X incurs" as the loss metric', () => {
    expect(names('Accuracy rises by 3% and recovers the losses debate incurs.')).not.toContain('Metric:loss');
  });

  it('reads a LaTeX times sign as a unit', () => {
    expect(values('It achieves up to 12.9$\\times$ inference speedup over standard decoding.')).toEqual([
      '12.9$\\times$',
    ]);
  });
});

describe('held-out follow-ups', () => {
  it('reads a parenthesised list after "benchmarks" as benchmarks', () => {
    const abstract =
      'Extensive evaluation on clinical benchmarks (ZAST and QuuxFall) demonstrates strong results.';
    expect(entity(abstract, 'ZAST')?.type).toBe('Benchmark');
    expect(entity(abstract, 'QuuxFall')?.type).toBe('Benchmark');
  });

  it('reads "X 2026 shared task" as a benchmark named with its year', () => {
    expect(
      entity(
        'This paper describes our submission to the ZorbCausal 2026 shared task on finance.',
        'ZorbCausal 2026',
      )?.type,
    ).toBe('Benchmark');
  });

  it('cuts a "-selected" tail', () => {
    expect(cutAdjectiveTail('TF-IDF-selected')).toBe('TF-IDF');
  });
});
