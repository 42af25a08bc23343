// Rules from an eighteenth round (checkpoint sizes written once, a maker before a family, nested tasks, metrics
// joined by "by", techniques done without); every sentence here is invented, and the Zorb names are made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run, values } from '../../helpers/extract.js';

describe('checkpoints', () => {
  it('reads two sizes written after one family name as two checkpoints', () => {
    const models = namesOf(
      'On Qwen3-VL 4B/8B, ZorbFix improves robustness. Gemma 3 4B / 27B reach 100%.',
      'Model',
    );
    expect(models).toEqual(
      expect.arrayContaining(['Qwen3-VL 4B', 'Qwen3-VL 8B', 'Gemma 3 4B', 'Gemma 3 27B']),
    );
    expect(models).not.toContain('Qwen3-VL');
  });

  it('reads a second size after "and -" as the same model at that size, but not a count of data', () => {
    const models = namesOf(
      'We transfer to LLaVA-1.5-7B and -13B. The corpus trained Llama-2-7B and 13B tokens.',
      'Model',
    );
    expect(models).toContain('LLaVA-1.5-13B');
    expect(models).not.toContain('Llama-2-13B');
  });

  it("reads a maker's name before a family as part of a known checkpoint", () => {
    const model = entity(
      'Six variants of Meta-Llama-3.1-8B are fine-tuned on zorb corpora.',
      'Meta-Llama-3.1-8B',
    );
    expect(model?.type).toBe('Model');
    expect(model?.role).not.toBe('proposed');
  });

  it('keeps a "-SQL" model a model, its instruction variant proposed with it, and compared baselines methods', () => {
    const { entities } = run(
      'We introduce ZORB-SQL, a lightweight text-to-SQL model built upon Gemma 2B. The instruction-tuned variant, ' +
        'ZORB-SQL Instruct, achieves 66.8% accuracy, outperforming baselines such as IRNet and ZORBYSQL.',
      'ZORB-SQL: A Novel Text-to-SQL Model',
    );
    const find = (name: string) => entities.find((e) => e.name === name);
    expect(find('ZORB-SQL')?.type).toBe('Model');
    expect(find('ZORB-SQL Instruct')).toMatchObject({ type: 'Model', role: 'proposed' });
    expect(find('ZORBYSQL')?.type).toBe('Method');
  });

  it('types the items of a model list after a clause that follows them by the list', () => {
    const abstract =
      'Experiments across three foundation models, including VGGT, $\\pi^3$, and ZorbAnything, demonstrate that ' +
      'our approach improves depth estimation.';
    expect(entity(abstract, 'ZorbAnything')?.type).toBe('Model');
  });
});

describe('tasks and techniques', () => {
  it('reads a task inside a longer task of the paper as a mention of the longer one', () => {
    const tasks = namesOf(
      'Long video understanding is costly. ZorbFocus rethinks long-video understanding as evidence search.',
      'Task',
      'ZorbFocus: Sampling for Long Video Understanding',
    );
    expect(tasks).toContain('long video understanding');
    expect(tasks).not.toContain('video understanding');
  });

  it('knows standard techniques of calibration, optimisation, estimation and neuromorphic computing', () => {
    const techniques = namesOf(
      'We calibrate ZorbNet with temperature scaling, train its spiking neural network (SNN) with teacher forcing, ' +
        'and solve the maximum a posteriori estimation with dual ascent. A core set of entities is kept.',
      'Technique',
    );
    expect(techniques).toEqual(
      expect.arrayContaining([
        'temperature scaling',
        'spiking neural network',
        'teacher forcing',
        'maximum a posteriori estimation',
        'dual ascent',
      ]),
    );
    // "core set" is a set of entities, not coreset selection.
    expect(techniques).not.toContain('coreset selection');
  });

  it('does not take a technique the method does without ("finetuning-free") as used', () => {
    const techniques = namesOf(
      'We propose ZorbGuide, a finetuning-free and backpropagation-free sampler for zorb images.',
      'Technique',
    );
    expect(techniques).not.toContain('fine-tuning');
    expect(techniques).not.toContain('backpropagation');
  });
});

describe('metrics', () => {
  it('gives a value after "by" the metric before it, not the next one', () => {
    const abstract =
      'ZorbDrop reduces prompt token consumption by 21.6% and completion token consumption by 18.4%.';
    expect(resultOf(abstract, '21.6%')?.metric).toBe('prompt token consumption');
    expect(resultOf(abstract, '18.4%')?.metric).toBe('completion token consumption');
    // A metric the value names itself still wins.
    const named = 'ZorbFuse enhances our fusion baseline by 1.48% in mIoU.';
    expect(resultOf(named, '1.48%')?.metric).toBe('mIoU');
  });

  it('knows field-standard measures of robustness, depth, speech, grading and text-to-SQL', () => {
    const metrics = namesOf(
      'ZorbNet reaches the best worst-group accuracy and clean accuracy, 66.8% test-suite accuracy, QWK of 0.80, ' +
        'a 9.1% gain in SIM-O and an 11.6% lower SqRel.',
      'Metric',
    );
    expect(metrics).toEqual(
      expect.arrayContaining([
        'worst-group accuracy',
        'clean accuracy',
        'test-suite accuracy',
        'QWK',
        'SIM-O',
        'SqRel',
      ]),
    );
  });
});

describe('what a defined name is', () => {
  it('reads "Long Form (ACR) aims to ..." as the task, unless a system word heads it', () => {
    const task = entity(
      'Zorbic Image Manipulation (ZIM) aims to evoke emotions through edits. We introduce ZIM-Bench.',
      'zorbic image manipulation',
      'ZIM-Bench: Benchmarking Zorbic Image Manipulation',
    );
    expect(task?.type).toBe('Task');
    const system = entity(
      'Zorbic Fusion Network (ZFN) aims to fuse views. We introduce ZFN-Bench.',
      'ZFN',
      'ZFN-Bench: Benchmarking Zorbic Fusion Network',
    );
    expect(system?.type).toBe('Method');
  });

  it('reads a data set named after its task ("the ... (ACR) benchmark") as a benchmark', () => {
    const benchmark = entity(
      'We derive traces from the Multi-Hop Question Answering (MHQA) benchmark.',
      'MHQA',
    );
    expect(benchmark?.type).toBe('Benchmark');
  });

  it('reads a family name with a count in thousands as its data, not a checkpoint', () => {
    expect(entity('We select data from LLaVA-665K for ZorbTune.', 'LLaVA-665K')?.type).toBe('Benchmark');
    expect(entity('We evaluate Yi-34B-200K on long inputs.', 'Yi-34B-200K')?.type).toBe('Model');
  });

  it('takes a generic "AI copilot" for no named product', () => {
    const names = run(
      'We present ZorbGen, an LLM-driven copilot for drafting.',
      'ZorbGen: An AI Copilot for Drafting',
    ).entities.map((e) => e.name);
    expect(names).not.toContain('GitHub Copilot');
  });

  it('takes no special token in angle brackets for a name', () => {
    const { entities } = run(
      'We train on data annotated with our proposed method, which includes long and short paths and a special ' +
        '<ZORB> token. We then use the <ZORB> token to skip steps.',
    );
    expect(entities.map((e) => e.name)).not.toContain('ZORB');
  });
});

describe('results', () => {
  it('reads a number in math with its unit after it, and no year as the start of a range', () => {
    expect(values('ZorbPDE improves over the strongest baseline by $14.2$ percentage points.')).toContain(
      '$14.2$ percentage points',
    );
    const shares = values('The share rose from 47% in Q1 2023 to 51% in Q1 2025.');
    expect(shares).toContain('51%');
    expect(shares.some((v) => v.startsWith('2023'))).toBe(false);
  });

  it('reads the share of cost, overhead or parameters a method gets by with, and power, as outcomes', () => {
    const found = values(
      'ZorbBrief improves QA by 4.67% while requiring only 23% of its computational overhead and tuning at most ' +
        '0.22% of the model parameters, drawing 0.565 mW.',
    );
    expect(found).toEqual(expect.arrayContaining(['23%', '0.22%', '0.565 mW']));
    // Data a method was trained on is a budget.
    expect(values('ZorbTune improves accuracy by 3% when trained on 10% of the data.')).not.toContain('10%');
  });

  it('reads a share of cases and a score above a threshold beside its metric as outcomes', () => {
    expect(values('ZorbRank was preferred in 52.1% of cases, outperforming prior work.')).toContain('52.1%');
    expect(values('Raters reach inter-rater agreements above 0.90.')).toContain('0.90');
  });
});
