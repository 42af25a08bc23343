// Rules from a twelfth round (a hand check of corpus abstracts and independently annotated ones); every sentence
// here is invented.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, run, values } from '../../helpers/extract.js';

describe('how a paper introduces its own thing', () => {
  it('takes a single-word name that an apposition describes', () => {
    const abstract = 'We propose Zorbax, a novel fine-tuning framework that adapts MLLMs. Zorbax wins.';
    expect(entity(abstract, 'Zorbax')).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('lets the apposition type the name over later contexts', () => {
    const abstract =
      'We propose Zorbzi, a large language model designed for history. Through a novel learning strategy, ' +
      'Zorbzi shows strong alignment.';
    expect(entity(abstract, 'Zorbzi')).toMatchObject({ type: 'Model', role: 'proposed' });
  });

  it('reads a name after a description and a comma, small words included', () => {
    const abstract =
      'This paper introduces a novel approach, Zorb-Guided Sparse Routing, which constrains attention. ' +
      'We introduce a new method, Act from Zorbic Feedback, which refines models.';
    expect(entity(abstract, 'Zorb-Guided Sparse Routing')).toMatchObject({
      type: 'Method',
      role: 'proposed',
    });
    expect(entity(abstract, 'Act from Zorbic Feedback')).toMatchObject({ role: 'proposed' });
  });

  it('does not read an enumeration after a colon as a name', () => {
    const abstract = 'We propose a two-stage approach: First, we embed each utterance with an encoder.';
    expect(namesOf(abstract, 'Method')).not.toContain('First');
  });

  it('reads a name given in parentheses after a short description', () => {
    const abstract =
      'We propose a novel LLM-based framework with two-sided checks (Zorb-Checker) for optimization modeling. ' +
      'We present a dataset of chest scans (CXR-9Z) for triage.';
    expect(entity(abstract, 'Zorb-Checker')).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(entity(abstract, 'CXR-9Z')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
  });

  it('does not read a clause, a list or an existing resource before parentheses as the description', () => {
    const abstract =
      'We introduce a strategy that maximizes mutual zorbity (MZ-Info) between views. We present a framework ' +
      'detailing core modules and a maturity roadmap (L0-L4). We extend a recently-introduced dataset for video ' +
      'summarization (ZorbXum) with captions.';
    const proposed = run(abstract)
      .entities.filter((e) => e.role === 'proposed')
      .map((e) => e.name);
    expect(proposed).not.toContain('MZ-Info');
    expect(proposed).not.toContain('L0-L4');
    expect(proposed).not.toContain('ZorbXum');
  });

  it('keeps a bare version number in a name an apposition describes', () => {
    const abstract =
      'In this paper, we introduce Zorb2Web 2, a benchmark of 130 realistic tasks. Altogether, Zorb2Web 2 ' +
      'provides a rigorous foundation.';
    expect(entity(abstract, 'Zorb2Web 2')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
    expect(namesOf(abstract, 'Method')).not.toContain('Zorb2Web');
  });

  it('reads a new edition of a listed benchmark that the paper introduces as proposed', () => {
    const abstract = 'We evaluate on GSM8K and MMLU. We introduce GSM8K 2, a benchmark of harder problems.';
    expect(entity(abstract, 'GSM8K 2')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
    expect(entity(abstract, 'GSM8K')).toMatchObject({ role: 'used' });
  });

  it('keeps a described long name and its short form in parentheses as one entity', () => {
    const abstract =
      'We introduce a new synthetic dataset, Zorbic Interactive Rolling (Zirror), which pairs statements with ' +
      'images. Zirror is large.';
    const found = run(abstract).entities;
    expect(found.find((e) => e.name === 'Zirror')).toMatchObject({
      type: 'Benchmark',
      role: 'proposed',
      aliases: ['Zorbic Interactive Rolling'],
    });
    expect(found.map((e) => e.name)).not.toContain('Zorbic Interactive Rolling');
  });

  it('reads the items of a list of new modules as proposed', () => {
    const abstract =
      'The proposed method incorporates two novel modules: zorbic perception aggregator (ZPA) and channel ' +
      'zorb weaving (CZW). Specifically, ZPA integrates texture details.';
    expect(entity(abstract, 'ZPA')).toMatchObject({ role: 'proposed' });
    expect(entity(abstract, 'CZW')).toMatchObject({ role: 'proposed' });
  });

  it('reads an objective the paper derives as proposed', () => {
    const abstract =
      'Theoretically, we derive an Anchored Zorb Evidence Bound (AZEB) objective for training.';
    expect(entity(abstract, 'AZEB')).toMatchObject({ role: 'proposed' });
    expect(
      run('We derive insights from the Zorbnet results.').entities.some((e) => e.role === 'proposed'),
    ).toBe(false);
  });

  it('reads a name in a list of listed methods as one of them, not as the contribution', () => {
    const abstract =
      'We introduce ZorbAug, a benchmark for augmentation. We evaluate Mixup, ZOCO, CutMix and AugMix with ' +
      'ResNet-50. We show that ZOCO yields the greatest gain.';
    expect(entity(abstract, 'ZOCO')).toMatchObject({ type: 'Method', role: 'used' });
  });
});

describe('types from what a name says it is', () => {
  it('types an evaluation-headed long form by the noun after it', () => {
    const method =
      'We introduce ZRSE (Zorb Reward with Staged Evaluation), a reinforcement learning framework that ' +
      'intervenes at a mid-level.';
    const benchmark =
      'We introduce Zorb Game Evaluation (ZGE), a game-based evaluation framework designed to assess ' +
      'visual reasoning.';
    expect(entity(method, 'ZRSE')).toMatchObject({ type: 'Method' });
    expect(entity(benchmark, 'ZGE')).toMatchObject({ type: 'Benchmark' });
  });

  it('does not read a capitalised word as a checkpoint of a family listed in capitals', () => {
    const abstract = 'We propose a novel framework with two-sided checks (Opt-Zorbifier) for modeling.';
    expect(entity(abstract, 'Opt-Zorbifier')).toMatchObject({ type: 'Method' });
    expect(entity('We fine-tune gpt-oss-20b on zorb data.', 'gpt-oss-20b')).toMatchObject({ type: 'Model' });
  });

  it('types a discovery long form as a task', () => {
    const abstract =
      'Generalized Zorb Discovery (GZD) seeks to identify novel categories. We propose ZorbNet, a simple GZD ' +
      'approach.';
    expect(entity(abstract, 'generalized zorb discovery')).toMatchObject({ type: 'Task' });
  });
});

describe('lexicon of field knowledge', () => {
  it('accepts every listed casing of a name', () => {
    expect(entity('We train on WikiText-103 text.', 'WikiText-103')).toMatchObject({ type: 'Benchmark' });
    expect(entity('We train on Wikitext-103 text.', 'WikiText-103')).toMatchObject({ type: 'Benchmark' });
    expect(entity('We evaluate on EPIC-Kitchens-100 clips.', 'EPIC-KITCHENS-100')).toMatchObject({
      type: 'Benchmark',
    });
  });

  it('knows augmentation methods, open-vocabulary detectors and error measures', () => {
    const abstract =
      'We combine Grounding DINO and OWLv2 detections with MixUp and AugMix and report NMSE and F2 score.';
    expect(entity(abstract, 'Grounding DINO')).toMatchObject({ type: 'Model' });
    expect(entity(abstract, 'OWLv2')).toMatchObject({ type: 'Model' });
    expect(entity(abstract, 'Mixup')).toMatchObject({ type: 'Method' });
    expect(entity(abstract, 'AugMix')).toMatchObject({ type: 'Method' });
    expect(entity(abstract, 'NMSE')).toMatchObject({ type: 'Metric' });
    expect(entity(abstract, 'F2')).toMatchObject({ type: 'Metric' });
  });
});

describe('names built on a model family', () => {
  it("reads a family's Title-Case technique as a method, but keeps a family's product or version a model", () => {
    const abstract =
      'Prior work studies Sparse Attention, and DeepSeek Sparse Attention combines segments. We compare with ' +
      'Llama Guard and Llama 3 Instruct.';
    expect(entity(abstract, 'DeepSeek Sparse Attention')).toMatchObject({ type: 'Method' });
    expect(entity(abstract, 'Llama Guard')).toMatchObject({ type: 'Model' });
    expect(entity(abstract, 'Llama 3 Instruct')).toMatchObject({ type: 'Model' });
  });

  it('keeps an architecture the paper calls a model a method', () => {
    const abstract = 'We propose an Asymmetrical Zorb State Space Model (ZorbMamba) to cut costs.';
    expect(entity(abstract, 'ZorbMamba')).toMatchObject({ type: 'Method', role: 'proposed' });
  });
});

describe('knowledge bases as data sources', () => {
  it('types named knowledge bases and biomedical vocabularies as benchmarks', () => {
    const abstract =
      'The pipeline pairs hierarchies (OpenCyc, Wikidata) with property graphs (ConceptNet, UMLS) and maps ' +
      'terms to WordNet synsets and MedDRA terms.';
    for (const name of ['OpenCyc', 'ConceptNet', 'UMLS', 'WordNet', 'MedDRA'])
      expect(entity(abstract, name)).toMatchObject({ type: 'Benchmark' });
  });
});

describe('measures in an evaluated list', () => {
  it('reads qualities listed with a known measure after an evaluating verb', () => {
    const abstract = 'We design an assessment module evaluating clarity, zorbness, and factual accuracy.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toContain('clarity');
    expect(metrics).toContain('zorbness');
  });

  it('needs a known measure in the list', () => {
    const abstract = 'We design an assessment module evaluating clarity, zorbness, and style.';
    expect(namesOf(abstract, 'Metric')).not.toContain('clarity');
  });
});

describe('results', () => {
  it('reads a decimal right after a metric name, but not a threshold', () => {
    const result = run(
      'On ZorbNet-256, Zorbify attains FID 2.16, and sFID 8.07 with fewer parameters.',
    ).results;
    expect(result).toContainEqual(expect.objectContaining({ value: '2.16', metric: 'FID' }));
    expect(result).toContainEqual(expect.objectContaining({ value: '8.07', metric: 'sFID' }));
    expect(values('We report mAP at IoU 0.5 threshold.')).toEqual([]);
  });

  it('keeps units of energy, compute and throughput and a metric named before points', () => {
    const abstract =
      'Zorbify saves 1093 kWh per day, reaches 1038 TOPS with a throughput of 32.08 images/s, and improves ' +
      'the baseline by 18.5 Dice points.';
    expect(values(abstract)).toEqual(
      expect.arrayContaining(['1093 kWh', '1038 TOPS', '32.08 images/s', '18.5 Dice points']),
    );
  });

  it('gives a value the subject named right after "for"', () => {
    const abstract =
      'Path-based ZorbSim and ZorbLin perform moderately, with F1 scores of 0.36 for ZorbSim and 0.28 for ZorbLin.';
    const result = run(abstract).results;
    expect(result).toContainEqual(expect.objectContaining({ value: '0.36', subject: 'ZorbSim' }));
    expect(result).toContainEqual(expect.objectContaining({ value: '0.28', subject: 'ZorbLin' }));
  });

  it('reads a signed gain before a metric with a modifier', () => {
    const abstract =
      'On BIRD, ZorbSQL-3B reaches 82.87% F1, outperforming the best baseline by +16.21 in Soft F1.';
    expect(values(abstract)).toContain('16.21');
  });
});
