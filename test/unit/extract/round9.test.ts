// Rules from a ninth round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, run } from '../../helpers/extract.js';

const typeOf = (abstract: string, name: string) => entity(abstract, name)?.type;

describe('benchmarks typed by how the text uses them', () => {
  it('reads "on X" after a reported gain as a benchmark, even without an evaluation word', () => {
    const abstract =
      'Latent messages help, for example rising from 27.0% to 54.0% on ZRB-5 and from 1.0% to 9.0% on Blix24.';
    expect(typeOf(abstract, 'ZRB-5')).toBe('Benchmark');
    expect(typeOf(abstract, 'Blix24')).toBe('Benchmark');
  });

  it('does not let an earlier "e.g." make the name an example of methods', () => {
    const abstract =
      'With extensive experiments we show the value of our method, e.g., +3% over general fine-tuning methods on ZorbFact.';
    expect(typeOf(abstract, 'ZorbFact')).toBe('Benchmark');
  });

  it('reads the earlier names under one plural data noun as benchmarks', () => {
    const abstract = 'Our model gains +3.1% over its base on subsets of the ZORBLINK and QuxEval benchmarks.';
    expect(typeOf(abstract, 'ZORBLINK')).toBe('Benchmark');
    expect(typeOf(abstract, 'QuxEval')).toBe('Benchmark');
  });

  it('reads what a count of samples comes from as data, but not what cases are routed from', () => {
    const abstract =
      'On 100 videos from ZB-Kitchens and QX-Kitchens, our planner raises action coverage by 45%.';
    expect(typeOf(abstract, 'ZB-Kitchens')).toBe('Benchmark');
    expect(typeOf(abstract, 'QX-Kitchens')).toBe('Benchmark');
    expect(
      typeOf(
        'Our pipeline routes low-confidence cases from ZorbNER to the LLM, raising F1 by 4%.',
        'ZorbNER',
      ),
    ).not.toBe('Benchmark');
  });

  it('reads a name before "subset" as data', () => {
    expect(typeOf('On a 130-task ZorbDomain subset, our index needs 30 LLM calls.', 'ZorbDomain')).toBe(
      'Benchmark',
    );
  });

  it('types an acronym by the noun after its parenthesised long form', () => {
    expect(typeOf('We study posts using the Z4SA (Zorb for Sentiment Analysis) dataset.', 'Z4SA')).toBe(
      'Benchmark',
    );
    expect(
      typeOf(
        'We introduce ZAREX (Zorb-schema EXtraction), a benchmark for evaluating multimodal models on forms.',
        'ZAREX',
      ),
    ).toBe('Benchmark');
  });

  it('does not read hardware or the examples of applications as benchmarks', () => {
    expect(
      typeOf('On Zorbon K1684 edge devices, our detector runs at 135 FPS with 2% lower mAP.', 'K1684'),
    ).not.toBe('Benchmark');
    expect(
      typeOf('Gains of 12% in downstream applications such as ZLAM and video repair show its value.', 'ZLAM'),
    ).not.toBe('Benchmark');
  });
});

describe('names that continue', () => {
  it('keeps a minor version glued to a listed model and a listed variant word after it', () => {
    const names = run('We evaluate DeepSeek V3.2 and Llama 4 Scout on three seeds.').entities.map(
      (e) => e.name,
    );
    expect(names).toEqual(expect.arrayContaining(['DeepSeek V3.2', 'Llama 4 Scout']));
    expect(names).not.toContain('DeepSeek-V3');
  });

  it('continues a coined method name with a marked version but not with a bare number', () => {
    expect(entity('We release ZorbNet V2 for land cover mapping.', 'ZorbNet V2')).toBeDefined();
    expect(entity('ZorbNet 2 times faster than before.', 'ZorbNet')).toBeDefined();
  });

  it('starts no apposition at the comma that closes an opening phrase', () => {
    const abstract = 'On 200 clips from ZorbKitchens, our method boosts action coverage by 45%.';
    expect(typeOf(abstract, 'ZorbKitchens')).toBe('Benchmark');
  });
});

describe('what a system spends, as a measure', () => {
  const metrics = (abstract: string) => namesOf(abstract, 'Metric');

  it('reads the measure after a value and a comparative', () => {
    expect(metrics('ZorbAgent solves 66.7% of tasks at 5.7x higher token cost per solution.')).toContain(
      'token cost',
    );
    expect(metrics('ZorbSel keeps 93% of the capability at 11x lower cost.')).toContain('cost');
    expect(metrics('ZorbAgent uses 60% fewer tokens than its baseline.')).toContain('tokens');
    expect(metrics('ZorbMix needs 2% additional compute overhead per step.')).toContain('compute overhead');
  });

  it('reads what a system reduces by a value, and a value before a cost reduction', () => {
    expect(metrics('ZorbSel cuts API cost by 45%.')).toContain('API cost');
    expect(metrics('ZorbServe reduces the communication overheads by 30%.')).toContain(
      'communication overhead',
    );
    expect(metrics('Accuracy is matched at 85% cost reduction.')).toContain('cost');
  });

  it('does not take function words or verbs as modifiers of a measure', () => {
    expect(
      metrics('ZorbServe is 2x faster than the cost of its rival, at 3x lower than the cost.'),
    ).not.toContain('than the cost');
    const names = metrics(
      'Domains requiring factual accuracy are hard; ZorbQA reaches 71% factual accuracy.',
    );
    expect(names).toContain('factual accuracy');
    expect(names).not.toContain('requiring factual accuracy');
  });
});

describe('narrowed techniques', () => {
  const techniques = (abstract: string) => namesOf(abstract, 'Technique');

  it('names the variant a modifier makes of an open technique', () => {
    // Round 38: a bit width is a setting of quantization, not a variant of it; annotators name the technique.
    expect(techniques('We apply vocabulary pruning and 4-bit quantization to the model.')).toEqual(
      expect.arrayContaining(['vocabulary pruning', 'quantization']),
    );
    expect(techniques('We combine pruning with cross-modal knowledge distillation.')).toContain(
      'cross-modal knowledge distillation',
    );
    expect(techniques('Candidates are ordered by pairwise reranking.')).toContain('pairwise reranking');
  });

  it('names a reinforcement learning setting and an operation on the KV cache', () => {
    expect(techniques('We study offline reinforcement learning for trading.')).toContain(
      'offline reinforcement learning',
    );
    expect(techniques('ZorbKV performs KV cache eviction under a budget.')).toContain('KV cache eviction');
  });

  it('gives a single variant the bare mentions of its head', () => {
    const names = techniques('Token pruning cuts cost; pruning is cheap.');
    expect(names).toContain('token pruning');
    expect(names).not.toContain('pruning');
  });

  it('does not take a verb, an adjective of quality or a setting outside the list as a variant', () => {
    const names = techniques(
      'We combine pruning with efficient quantization, and end-to-end reinforcement learning trains the rest.',
    );
    expect(names).toEqual(expect.arrayContaining(['pruning', 'quantization', 'reinforcement learning']));
    expect(names.some((n) => /combine|efficient|end-to-end/.test(n))).toBe(false);
  });
});

describe('listed phrases and coined names', () => {
  it('does not read a coined name run together with inner capitals as a listed lower-case phrase', () => {
    const entities = run(
      'We propose KernelFusion, a zero-shot method. Kernel fusion of GPU operators is orthogonal.',
    ).entities;
    expect(entities.find((e) => e.name === 'KernelFusion')?.type).toBe('Method');
    expect(entities.find((e) => e.name === 'kernel fusion')?.type).toBe('Technique');
  });
});

describe('names given after a type noun', () => {
  it('reads a single plain word named after a type noun as a proposed name of that type', () => {
    const kuwa = entity(
      'We trained a tiny model with 1.5 billion parameters named Zorwain by injecting Arabic into it.',
      'Zorwain',
    );
    expect(kuwa?.type).toBe('Model');
    expect(kuwa?.role).toBe('proposed');
    expect(entity('We present a new dataset named Zorbplay, which holds task plans.', 'Zorbplay')?.type).toBe(
      'Benchmark',
    );
  });

  it('does not take the first word of a longer name, or a so-called name', () => {
    const names = run(
      'We propose a method called Prune and Merge. This so-called Zorbformer is old.',
    ).entities.map((e) => e.name);
    expect(names).not.toContain('Prune');
    expect(names).not.toContain('Zorbformer');
  });
});
