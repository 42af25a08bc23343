import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../extract/index.js';
import { entity } from '../../helpers/extract.js';

describe('proposed-name patterns', () => {
  it('"we propose X, a ..." marks X proposed', () => {
    expect(
      entity('We propose ZenoPlan, a planner for robots. ZenoPlan beats PPO.', 'ZenoPlan'),
    ).toMatchObject({
      type: 'Method',
      role: 'proposed',
    });
  });

  it('"X, a benchmark for ..." types X as a benchmark', () => {
    expect(entity('We introduce ToolTrek, a benchmark for tool agents.', 'ToolTrek')).toMatchObject({
      type: 'Benchmark',
      role: 'proposed',
    });
  });

  it('finds Title Case names after a proposal verb', () => {
    expect(
      entity('We propose Adaptive Lattice Search, which prunes plans early.', 'Adaptive Lattice Search'),
    ).toMatchObject({
      type: 'Method',
      role: 'proposed',
    });
  });

  it('takes a title prefix "X: ..." as the proposed name', () => {
    expect(entity('Our method is fast.', 'Quokka', 'Quokka: Fast Planning for Robots')).toMatchObject({
      role: 'proposed',
    });
  });

  it('does not take a phrase title prefix as a name', () => {
    expect(
      extractPaper({ id: 'p', title: 'Less is More: On Data', abstract: 'We study data.' }).entities,
    ).toEqual([]);
  });

  it('merges a checkpoint with its size-less short form', () => {
    const e = entity('Our model, Pico-Zorb-7B, is strong. Pico-Zorb also generalizes.', 'Pico-Zorb-7B');
    expect(e?.aliases).toEqual(['Pico-Zorb']);
  });

  it('reads multi-word model names with versions and variants', () => {
    const out = extractPaper({
      id: 'p',
      title: null,
      abstract: 'We compare with Claude 3.5 Sonnet and Qwen 2.5 on MMLU.',
    });
    expect(out.entities.filter((e) => e.type === 'Model').map((e) => e.name)).toEqual([
      'Claude 3.5 Sonnet',
      'Qwen 2.5',
    ]);
  });

  it('extends a listed benchmark by its variant word', () => {
    expect(entity('We evaluate on SWE-bench Verified.', 'SWE-bench Verified')?.type).toBe('Benchmark');
  });

  it('types coined names listed after "evaluated on" as benchmarks', () => {
    expect(entity('Experiments on ZetaMath and OmegaLogic show gains.', 'OmegaLogic')?.type).toBe(
      'Benchmark',
    );
  });

  it('finds metrics from how results are phrased', () => {
    const out = extractPaper({
      id: 'p',
      title: null,
      abstract: 'Our method improves plan validity by 12% and yields a 5% increase in goal completion.',
    });
    expect(
      out.entities
        .filter((e) => e.type === 'Metric')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['goal completion', 'plan validity']);
  });

  it('extends metric heads with a noun modifier and aliases "average X"', () => {
    const out = extractPaper({
      id: 'p',
      title: null,
      abstract: 'We report grounding accuracy and average accuracy on FooBench.',
    });
    const names = out.entities.filter((e) => e.type === 'Metric').map((e) => [e.name, e.aliases]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['grounding accuracy', []],
        ['accuracy', ['average accuracy']],
      ]),
    );
  });
});

describe('context rules', () => {
  it('types an evaluation framework as a benchmark', () => {
    expect(
      entity('We propose the ZORBA framework for evaluating planners. ZORBA is hard.', 'ZORBA')?.type,
    ).toBe('Benchmark');
  });

  it('reads the noun after a year, which joins the name: "the KESTREL 2017 dataset"', () => {
    expect(entity('We train on the KESTREL 2017 dataset.', 'KESTREL 2017')?.type).toBe('Benchmark');
  });

  it('finds task phrases in titles after "for"', () => {
    const out = extractPaper({
      id: 't',
      title: 'Zed: Sparse Graphs for Tissue Report Classification',
      abstract: 'We study graphs.',
    });
    expect(out.entities.find((e) => e.type === 'Task')?.name).toBe('tissue report classification');
  });

  it('names metrics by a noun before rate or score in measuring sentences', () => {
    const out = extractPaper({ id: 't', title: null, abstract: 'ZenoPlan lowers the refusal rate by 12%.' });
    expect(out.entities.find((e) => e.type === 'Metric')?.name).toBe('refusal rate');
  });

  it('makes the checkpoint of a proposed method proposed', () => {
    const out = extractPaper({
      id: 't',
      title: null,
      abstract: 'We present Zorbix, a training recipe. Our Zorbix-8B model is strong.',
    });
    expect(out.entities.find((e) => e.name === 'Zorbix-8B')).toMatchObject({
      type: 'Model',
      role: 'proposed',
    });
  });
});

describe('lexicon case and ambiguity rules', () => {
  it('does not read the words "Rest" or "map" as ReST or mAP', () => {
    const out = extractPaper({
      id: 'c',
      title: 'Missing the Rest: A Study',
      abstract: 'We map inputs to outputs.',
    });
    expect(out.entities).toEqual([]);
  });

  it('counts a two-letter acronym alias only when the long form is used', () => {
    const alone = extractPaper({
      id: 'c',
      title: null,
      abstract: 'We test languages (ES, DE) with our tool.',
    });
    expect(alone.entities.filter((e) => e.type === 'Technique')).toEqual([]);
    const both = extractPaper({
      id: 'c',
      title: null,
      abstract: 'We apply evolution strategies. ES scales well.',
    });
    expect(both.entities.find((e) => e.type === 'Technique')).toMatchObject({
      name: 'evolution strategies',
      aliases: ['ES'],
    });
  });
});

describe('listed multi-word names and list contexts', () => {
  it('finds listed multi-word models with their version', () => {
    expect(entity('We guide Stable Diffusion v1.5 with a teacher.', 'Stable Diffusion v1.5')?.type).toBe(
      'Model',
    );
  });

  it('does not read examples of methods as benchmarks', () => {
    const out = extractPaper({
      id: 'l',
      title: null,
      abstract: 'ZenoPlan exceeds prior methods, including QuillOpt and BramPO, on MMLU in our experiments.',
    });
    expect(out.entities.filter((e) => e.type === 'Benchmark').map((e) => e.name)).toEqual(['MMLU']);
  });

  it('ignores LaTeX math macros but keeps coined macros', () => {
    const out = extractPaper({
      id: 'l',
      title: null,
      abstract: 'We propose \\ourtool. It scores $92.2 \\pm 2.4\\%$ accuracy.',
    });
    expect(out.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['\\ourtool', 'accuracy']));
    expect(out.entities.map((e) => e.name)).not.toContain('\\pm');
    expect(out.results.map((r) => r.value)).toEqual(['92.2\\%']);
  });
});

describe('canonical names of listed entities', () => {
  it('merges a listed acronym and its long form into one entity', () => {
    const out = extractPaper({
      id: 'g',
      title: null,
      abstract: 'We build on 3D Gaussian Splatting. Unlike NeRF, 3DGS renders fast.',
    });
    const gs = out.entities.filter((e) => e.name === '3D Gaussian splatting');
    expect(gs).toHaveLength(1);
    expect(gs[0]?.type).toBe('Technique');
    expect(gs[0]?.aliases).toEqual(['3DGS']);
  });

  it('does not read a capitalised "Named" as a naming cue', () => {
    const out = extractPaper({
      id: 'g',
      title: null,
      abstract: 'Named Entity Recognition (NER) is a core task. We improve it.',
    });
    expect(out.entities.map((e) => [e.type, e.name])).toEqual([['Task', 'named entity recognition']]);
  });
});

describe('task contexts', () => {
  it('reads "research on X" and the items of a task list as tasks', () => {
    const out = extractPaper({
      id: 'k',
      title: null,
      abstract:
        'Research on rumor clustering is scarce. We test downstream tasks, including lesion boundary segmentation, image inpainting and guided generation.',
    });
    expect(out.entities.filter((e) => e.type === 'Task').map((e) => e.name)).toEqual([
      'rumor clustering',
      'lesion boundary segmentation',
      'image inpainting',
    ]);
  });

  it('drops the verb that opens a title task phrase', () => {
    const out = extractPaper({
      id: 'k',
      title: 'Zed: Advancing Violence Detection',
      abstract: 'We study it.',
    });
    expect(out.entities.filter((e) => e.type === 'Task').map((e) => e.name)).toEqual(['violence detection']);
  });
});
