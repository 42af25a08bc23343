// Rules from a nineteenth round (measures after "an improvement in", counts a model spends, outcome ratios and their
// acronyms, memory only as a cost, techniques inside compounds, longer list items, releases written once, proposed
// names); every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run } from '../../helpers/extract.js';

describe('measures named by how results are reported', () => {
  it('ends the measure after "an improvement in" before its preposition', () => {
    const abstract =
      'ZorbGen achieves a 32% improvement in glyph alignment on ZorbBench and a 25% reduction in routing delay for pipelines.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toEqual(expect.arrayContaining(['glyph alignment', 'routing delay']));
    expect(resultOf(abstract, '32%')?.metric).toBe('glyph alignment');
  });

  it('still needs a measure head once the phrase is cut', () => {
    const metrics = namesOf('ZorbGen gives a 12% increase in tool retrieval for agents.', 'Metric');
    expect(metrics).not.toContain('tool retrieval');
  });

  it('names a plural rate in the singular', () => {
    const metrics = namesOf('ZorbGuard brings a 20% reduction in refusal rates on ZorbSafe.', 'Metric');
    expect(metrics).toContain('refusal rate');
    expect(metrics).not.toContain('refusal rates');
  });

  it('reads a qualified count of parameters a method saves as a measure, like a cost', () => {
    const abstract = 'ZorbTune matches full fine-tuning while reducing trainable parameters by 31.66%.';
    expect(namesOf(abstract, 'Metric')).toContain('trainable parameters');
    expect(resultOf(abstract, '31.66%')?.metric).toBe('trainable parameters');
  });
});

describe('outcome ratios and their acronyms', () => {
  it('keeps the value of a named outcome ratio, but not a mixing ratio', () => {
    const abstract =
      'Over 900 trading days, ZorbTrader achieves a Sharpe ratio of 1.51 and a cumulative return of 44.1%.';
    expect(resultOf(abstract, '1.51')?.metric).toBe('Sharpe ratio');
    expect(
      resultOf('ZorbMix is trained with a mixing ratio of 0.5 and improves accuracy.', '0.5'),
    ).toBeUndefined();
  });

  it('reads an undefined acronym spelled by one measure of the paper as that measure', () => {
    const { entities } = run(
      'ZorbTrader achieves a cumulative return of 44.1%, ranking first on CR and SR among baselines, with the best ' +
        'Sharpe ratio. It runs on AR/VR headsets with a lower acceptance rate.',
    );
    const cr = entities.find((e) => e.name === 'cumulative return');
    expect(cr?.aliases).toContain('CR');
    expect(entities.find((e) => e.name === 'Sharpe ratio')?.aliases).toContain('SR');
    expect(entities.find((e) => e.name === 'CR')).toBeUndefined();
    expect(entities.find((e) => e.name === 'acceptance rate')?.aliases ?? []).not.toContain('AR');
  });
});

describe('proposed names', () => {
  it('types a long form after "a metric called" as a metric', () => {
    const { entities } = run(
      'We propose a metric called Number of Zorbs (NofZ) to rate tasks, and a framework called Zorb Routing (ZR).',
    );
    expect(entities.find((e) => e.name === 'NofZ')?.type).toBe('Metric');
    expect(entities.find((e) => e.name === 'ZR')?.type).toBe('Method');
  });

  it('reads a proposed long form headed by "Council" as the method, not an institution', () => {
    const method = entity(
      'We propose Zorb Regime Council (ZRC), a cooperative multi-agent decision system for portfolios.',
      'ZRC',
    );
    expect(method?.type).toBe('Method');
    expect(method?.role).toBe('proposed');
    expect(method?.aliases).toContain('Zorb Regime Council');
    expect(namesOf('The World Zorb Council (WZC) publishes yearly guidance.', 'Method')).not.toContain('WZC');
  });
});

describe('lists after a plural data noun', () => {
  it('reads items of three words and a "(namely," opener', () => {
    const abstract =
      'Evaluations on four hard benchmarks (Zorb Last Exam, Zorb-Bench Lite, ZorbComp, and FrontierZorb) show gains. ' +
      'Citations are verified against two scholarly databases (namely, ZorbRef and OpenZorb).';
    const benchmarks = namesOf(abstract, 'Benchmark');
    expect(benchmarks).toEqual(expect.arrayContaining(['FrontierZorb', 'ZorbRef', 'OpenZorb']));
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });
});

describe('listed measures that name something else', () => {
  it('takes memory as a measure only where it is spent or saved', () => {
    expect(
      namesOf(
        'ZorbMem adds long-term memory and a shared memory to agents, and improves accuracy by 4%.',
        'Metric',
      ),
    ).not.toContain('memory');
    expect(namesOf('ZorbQuant reduces memory by 40% and improves accuracy by 2%.', 'Metric')).toContain(
      'memory',
    );
  });

  it('skips a time of use, a dependence, a requirement and an objective', () => {
    const metrics = namesOf(
      'ZorbSel operates at inference time, lowers sensitivity to prompt wording, meets latency requirements, and ' +
        'changes the loss function, improving accuracy by 3%.',
      'Metric',
    );
    expect(metrics).toContain('accuracy');
    for (const name of ['inference time', 'sensitivity', 'latency', 'loss'])
      expect(metrics).not.toContain(name);
    expect(
      namesOf(
        'ZorbSel cuts inference time by 30% and reaches a sensitivity of 92.1% with 40 ms latency.',
        'Metric',
      ),
    ).toEqual(expect.arrayContaining(['inference time', 'sensitivity', 'latency']));
  });
});

describe('techniques inside compounds', () => {
  it('does not read the tail of a lower-case compound as the listed technique', () => {
    const techniques = namesOf(
      'ZorbAlign improves cross-domain generalization by 9% and uses a self-supervised fine-tuning stage.',
      'Technique',
    );
    expect(techniques).not.toContain('domain generalization');
    expect(techniques).not.toContain('supervised fine-tuning');
  });

  it('keeps a technique after a word that only says how much of it', () => {
    const techniques = namesOf(
      'We apply soft-prompt tuning and compare it with full-fine-tuning.',
      'Technique',
    );
    expect(techniques).toEqual(expect.arrayContaining(['prompt tuning', 'fine-tuning']));
  });
});

describe('releases written once', () => {
  it('reads two release numbers after one family name as two models', () => {
    const models = namesOf(
      'Reasoning models (e.g., OpenAI o1/o3) are strong. We fine-tune Qwen2/2.5 and GPT-4/4o on ZorbQA.',
      'Model',
    );
    expect(models).toEqual(expect.arrayContaining(['OpenAI o3', 'Qwen2', 'Qwen2.5', 'GPT-4', 'GPT-4o']));
    expect(models).not.toContain('Qwen2/2.5');
  });
});
