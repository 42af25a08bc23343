// Rules from a twenty-fifth round (a measure named after a stated amount of change; scores glued to names, a list's
// "etc." ending a sentence, web addresses and GPUs, releases with sizes after a space, variants named by the proposal's
// stem, suites described at length, makers before models, reasoning tasks defined by acronyms, result subjects, R2);
// every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, run } from '../../helpers/extract.js';

describe('a measure named after a stated amount of change', () => {
  it('reads what a counted reduction or increase is "in" as a metric, counts included', () => {
    const abstract =
      'ZorbCache achieves a 73% reduction in redundant lookups and a 41% increase in zorbic fidelity on ZorbServe.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['redundant lookups', 'zorbic fidelity']),
    );
  });

  it('stops the measure before what it is compared with', () => {
    const abstract = 'ZorbPack yields an 80% reduction in output size compared to ZorbZip on ZorbFiles.';
    expect(namesOf(abstract, 'Metric')).toContain('output size');
  });

  it('does not read the progress on a task as a measure', () => {
    const abstract = 'ZorbLong brings a 12% improvement in hour-long zorbic understanding on ZorbVid.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });

  it('needs the amount: an uncounted reduction in a plural is not a measure', () => {
    const abstract = 'ZorbCache leads to a reduction in redundant lookups on ZorbServe by 12%.';
    expect(namesOf(abstract, 'Metric')).not.toContain('redundant lookups');
  });
});

describe('names written next to other text', () => {
  it('cuts a score glued to a name off the name', () => {
    const abstract = 'ZorbAgent outperforms GPT-4.1(+5.36%) and ZorbNet(+2.1%) on ZorbBench.';
    const models = namesOf(abstract, 'Model');
    expect(models).toContain('GPT-4.1');
    expect(models.some((n) => n.includes('('))).toBe(false);
    expect(namesOf(abstract, 'Method')).toContain('ZorbNet');
  });

  it('does not cut a group written with its dimension ("SE(3)")', () => {
    const abstract = 'We propose a two-step SE(3) pose estimation method evaluated on ZorbPose.';
    expect(namesOf(abstract, 'Method')).not.toContain('SE');
  });

  it('ends a sentence at a list\'s "etc." before a capital word', () => {
    const abstract =
      'ZorbVOS covers fog, snow, shadows, etc. We benchmark 20 segmentation methods on ZorbVOS and observe drops of 25.5%.';
    expect(namesOf(abstract, 'Benchmark')).not.toContain('We');
  });

  it('reads neither a web address nor a GPU as a name', () => {
    const abstract =
      'ZorbRail, available at data.zorb-rail.de/dataset/zorbrail, runs in 48 seconds on an NVIDIA A100-SXM4-40 GB GPU.';
    const names = [
      ...namesOf(abstract, 'Method'),
      ...namesOf(abstract, 'Model'),
      ...namesOf(abstract, 'Benchmark'),
    ];
    expect(names.some((n) => n.includes('/'))).toBe(false);
    expect(names.some((n) => n.startsWith('A100'))).toBe(false);
  });

  it('keeps a release and its size written after a space ("Qwen 2.5-32B")', () => {
    const abstract =
      'We fine-tune Qwen 2.5-32B and Llama 3.1-8B-Instruct on ZorbMath, improving accuracy by 3.2%.';
    expect(namesOf(abstract, 'Model')).toEqual(
      expect.arrayContaining(['Qwen 2.5-32B', 'Llama 3.1-8B-Instruct']),
    );
  });
});

describe("variants named by the proposal's own stem", () => {
  it('reads "Zorbard-GUI" and "Zorbard-Claw" beside a proposed Zorbard as proposed methods', () => {
    const abstract =
      'We present Zorbard, an open-source framework for agent training. Zorbard-GUI trains a computer-use agent. Zorbard-Claw targets personal assistants and achieves 59.6% pass@3 on ZorbEval.';
    expect(namesOf(abstract, 'Method')).toEqual(expect.arrayContaining(['Zorbard-GUI', 'Zorbard-Claw']));
  });

  it('never takes a variant out of a web address', () => {
    const abstract =
      'We present Zorbard, a framework for agent training that improves accuracy by 3.1% on ZorbEval. Demos are at https://zorb.github.io/Zorbard-Demo/.';
    expect(namesOf(abstract, 'Method')).not.toContain('Zorbard-Demo');
  });
});

describe('a suite of models described at length', () => {
  it('types a suite of models as a model through long descriptions and a glossed acronym', () => {
    const abstract =
      'We present Zorb-MoE, a suite of fully open multilingual sparse Mixture-of-Experts (MoE) models. Zorb-MoE improves accuracy by 3.1% on ZorbBench.';
    expect(entity(abstract, 'Zorb-MoE')?.type).toBe('Model');
  });

  it('does not read a counted collection of items as a group of that noun', () => {
    const abstract =
      'We curate ZorbTools, a diverse and deployable collection of 70 servers and 527 tools, to evaluate agents; ZorbAgent reaches 81% agreement on it.';
    expect(entity(abstract, 'ZorbTools')?.type).not.toBe('Method');
  });
});

describe('a model named with its maker', () => {
  it('keeps the maker written before a model in its name, the bare form as an alias', () => {
    const abstract =
      'We compare ZorbAgent with OpenAI o4-mini and Amazon Zorbnova Pro on ZorbBench, reaching 61.2% accuracy; o4-mini trails by 3.1%.';
    const o4 = entity(abstract, 'OpenAI o4-mini');
    expect(o4?.type).toBe('Model');
    expect(o4?.aliases).toContain('o4-mini');
    expect(namesOf(abstract, 'Model')).not.toContain('o4-mini');
  });
});

describe('a reasoning or reconstruction task defined by an acronym', () => {
  it('types a lower-case "... reasoning (X)" the paper does not introduce as a task', () => {
    const abstract =
      'Abstract zorbic reasoning (AZR) remains hard for language models. We propose ZorbSolve, which improves accuracy by 5.2% on ZorbMatrices.';
    expect(namesOf(abstract, 'Task')).toContain('abstract zorbic reasoning');
    expect(namesOf(abstract, 'Method')).not.toContain('AZR');
  });

  it('keeps a reasoning method that a technique word qualifies', () => {
    const abstract =
      'We compare ZorbSolve with knowledge-augmented zorbic reasoning (KAZR) and improve accuracy by 5.2% on ZorbMatrices.';
    expect(namesOf(abstract, 'Task')).not.toContain('knowledge-augmented zorbic reasoning');
  });
});

describe('results name only what the output holds', () => {
  it('never gives a result a subject that is not an extracted entity', () => {
    const abstract =
      'Evaluations using lag-based RMSE/R2 show stable results for ZorbCast, with R2 = 0.65 and RMSE of 0.3 on ZorbClimate.';
    const { entities, results } = run(abstract);
    const names = new Set(entities.flatMap((e) => [e.name, ...e.aliases]));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) if (r.subject !== null) expect(names.has(r.subject)).toBe(true);
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['R^2', 'RMSE']));
  });

  it('reads Jaccard, FActScore and the KS statistic as metrics', () => {
    const abstract =
      'ZorbSeg surpasses ZorbBase by 1.43% Jaccard on ZorbAtria, and a FactScore-based reward lowers the KS statistic by 0.2.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['Jaccard index', 'FActScore', 'KS statistic']),
    );
  });
});
