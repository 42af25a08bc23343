// Rules from a seventh round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run, entity, namesOf, values } from '../../helpers/extract.js';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { shapeOf } from '../../../extract/names.js';

const names = (abstract: string, title: string | null = null) =>
  run(abstract, title).entities.map((e) => e.name);

describe('types', () => {
  it('reads a year with a letter as an edition, not a parameter count', () => {
    const lex = buildLexicon();
    expect(shapeOf('ZorbNet-2014T', lex)?.type).not.toBe('Model');
    expect(shapeOf('ZorbNet-14T', lex)?.type).toBe('Model');
    expect(entity('We evaluate Zorbic on the PHOENIX-2014T dataset.', 'PHOENIX-2014T')?.type).toBe(
      'Benchmark',
    );
  });

  it('reads a dated edition of a listed benchmark as a benchmark', () => {
    const abstract = 'Our classifier gains 4.1% in accuracy on the iNaturalist-2021 dataset.';
    expect(entity(abstract, 'iNaturalist-2021')?.type).toBe('Benchmark');
  });

  it('types a name the text calls a VLA or VLM with a size as a model', () => {
    const abstract = 'We introduce Zorb-VLA, a state-of-the-art 7B VLA that predicts future frames.';
    expect(entity(abstract, 'Zorb-VLA')).toMatchObject({ type: 'Model', role: 'proposed' });
  });

  it('reads coding agents as methods and a GPT checkpoint named Codex as a model', () => {
    const abstract = 'We compare Claude Code and Codex with GPT-5-Codex as the backbone.';
    expect(entity(abstract, 'Claude Code')?.type).toBe('Method');
    expect(entity(abstract, 'Codex')?.type).toBe('Method');
    expect(entity(abstract, 'GPT-5-Codex')?.type).toBe('Model');
  });

  it('reads an acronym spelled out as understanding as a task', () => {
    const abstract = 'We move from translation to Gesture Sequence Understanding (GSU) for signed speech.';
    expect(entity(abstract, 'gesture sequence understanding')?.type).toBe('Task');
    expect(names(abstract)).not.toContain('GSU');
  });
});

describe('names', () => {
  it('names "X Bench" as one benchmark', () => {
    const abstract = 'With GPT-4o, our agent reaches 41.2% on Ledger Bench, ahead of all baselines.';
    expect(entity(abstract, 'Ledger Bench')?.type).toBe('Benchmark');
  });

  it('names a capitalised word before "framework" or "algorithm" after "the" a method, not an adjective', () => {
    const abstract =
      'We use the Pelican framework to annotate samples and the Quxley algorithm to match them, within the Bayesian framework.';
    expect(entity(abstract, 'Pelican')).toMatchObject({ type: 'Method', role: 'used' });
    expect(entity(abstract, 'Quxley')?.type).toBe('Method');
    expect(names(abstract)).not.toContain('Bayesian');
  });

  it('does not read numbered aspects of a framework as coined parts', () => {
    const abstract =
      'We propose Zorb-R1, a framework with three components: (i) Output Format: a format reward, (ii) Single-step Level: a step reward, and (iii) Twin Routing: a router.';
    const found = names(abstract);
    expect(found).not.toContain('Output Format');
    expect(found).not.toContain('Single-step Level');
    expect(found).toContain('Twin Routing');
  });

  it('does not read a problem a paper poses as a method', () => {
    const title = 'The Twelve-Chef Problem: Parallel Cooking from One Video';
    const abstract = 'Given one video, we introduce the Twelve-Chef Problem: how N people can do the tasks.';
    const methods = run(abstract, title).entities.filter((e) => e.type === 'Method');
    expect(methods.map((e) => e.name).filter((n) => n.includes('Problem'))).toEqual([]);
  });

  it('does not name the long form of a generic acronym, but keeps a coined one', () => {
    expect(names('This study proposes a Vision-Language Model (VLM) leveraging two encoders.')).not.toContain(
      'Vision-Language Model',
    );
    expect(names('We introduce Raw Adaptation Module (RAM), a module that replaces the ISP.')).toContain(
      'Raw Adaptation Module',
    );
  });

  it('does not name organisations spelled out as authorities, nor memory hardware', () => {
    const abstract =
      'Our agent follows the Sports Authority of Zembla (SAZ) protocol. Tokens move between HBM, DDR and SRAM tiers.';
    const found = names(abstract);
    for (const n of ['SAZ', 'Sports Authority of Zembla', 'DDR', 'SRAM']) expect(found).not.toContain(n);
  });

  it('does not name a lookup table the system builds, but keeps one a paper introduces as its part', () => {
    expect(
      names('The offline stage applies a detector to fill a Scene Lookup Table (SLT) with boxes.'),
    ).not.toContain('SLT');
    expect(names('We devise the guided look-up table (GLUT) for spectral mapping.')).toContain('GLUT');
  });
});

describe('techniques', () => {
  it('keeps specific forms of distillation, pruning and fine-tuning', () => {
    const abstract =
      'We combine self-distillation with visual token pruning and reinforcement fine-tuning (RFT) of the policy.';
    const found = names(abstract);
    for (const n of ['self-distillation', 'visual token pruning', 'reinforcement fine-tuning'])
      expect(found).toContain(n);
    expect(found).not.toContain('distillation');
    expect(found).not.toContain('pruning');
  });

  it('knows architecture vocabulary', () => {
    const abstract =
      'The encoder uses multi-head attention with grouped-query attention, weight sharing across layers and KV caching at inference.';
    const found = names(abstract);
    for (const n of ['multi-head attention', 'grouped-query attention', 'weight sharing', 'KV cache'])
      expect(found).toContain(n);
  });
});

describe('results', () => {
  it('gives each value the benchmark it is "on", not the nearest one before it', () => {
    const r = run('ZorbAgent achieves 38.2% on GSM8K and 80.1% accuracy on the MATH-500 dataset.').results;
    expect(r.find((x) => x.value === '38.2%')?.benchmark).toBe('GSM8K');
    expect(r.find((x) => x.value === '80.1%')?.benchmark).toBe('MATH-500');
  });
});

describe('result values', () => {
  it('reads fractions of solved items and ratings, ranks and %p as values', () => {
    const found = values(
      'ZorbNet solves 65/75 tasks and its answers are rated 7.4/10 by experts. ZorbNet ranked 3rd among 40 teams and improves F1 by 2.44%p.',
    );
    for (const v of ['65/75', '7.4/10', '3rd', '2.44%p']) expect(found).toContain(v);
  });

  it('does not read settings, budgets, year pairs or a fraction restated as a percentage as values', () => {
    const found = values(
      'With perturbation $ε=4/255$ and only 1/4 tokens, ZorbNet achieves 374/492 (76.0%) accuracy in the 2024/2025 season.',
    );
    expect(found).toContain('76.0%');
    for (const v of ['4/255', '1/4', '374/492', '2024/2025']) expect(found).not.toContain(v);
  });
});

describe('result subjects', () => {
  const subjectsOf = (abstract: string, value: string) =>
    run(abstract)
      .results.filter((r) => r.value === value)
      .map((r) => r.subject);

  it('gives a value to each coordinated subject of a plural verb', () => {
    const abstract =
      'In the text condition, Claude and ChatGPT achieve 91% accuracy, while Gemini achieves 84% accuracy.';
    expect(subjectsOf(abstract, '91%')).toEqual(['Claude', 'ChatGPT']);
    expect(subjectsOf(abstract, '84%')).toEqual(['Gemini']);
  });

  it('keeps one subject after an introductory phrase or with a singular verb', () => {
    expect(subjectsOf('Compared with GPT-4o and Llama-3-8B, ZorbNet achieves 70% accuracy.', '70%')).toEqual([
      'ZorbNet',
    ]);
    expect(subjectsOf('ZorbNet with GPT-4o and Llama-3-8B achieves 71% accuracy.', '71%')).toHaveLength(1);
  });

  it('pairs values with subjects in order under "respectively"', () => {
    const abstract =
      'On the probe, MedGemma and Qwen2.5-VL reach only 31.5% and 30.2% accuracy, respectively.';
    expect(subjectsOf(abstract, '31.5%')).toEqual(['MedGemma']);
    expect(subjectsOf(abstract, '30.2%')).toEqual(['Qwen2.5-VL']);
  });
});

describe('roles', () => {
  it("proposes the paper's artefacts named after its proposed system, but not a compared variant", () => {
    const title = 'ZORK: A Framework for GUI Agents';
    const abstract =
      'We introduce ZORK, a novel framework designed to build GUI agents. ZORK integrates three components: (1) ZORK-Data, a dataset of 8,492 trajectories, collected through a browser; (2) ZORK-Bench, a benchmark with 802 trajectories for standardized evaluation; and (3) ZORK-R1, a R1-style reinforcement fine-tuning framework. ZORK-R1 beats Blix-Agent-Lite by 4%.';
    for (const name of ['ZORK-Data', 'ZORK-Bench', 'ZORK-R1'])
      expect(entity(abstract, name, title)?.role).toBe('proposed');
    expect(entity(abstract, 'Blix-Agent-Lite', title)?.role).not.toBe('proposed');
  });
});

describe('names from a general cs round', () => {
  it('reads a versioned BERT-family word, FLUX and V-JEPA releases as models', () => {
    const abstract =
      'We benchmark the parameter efficient IndicZorbBERTv2, and compare Flux Kontext with the V-JEPA 2.1 backbone.';
    for (const name of ['IndicZorbBERTv2', 'Flux Kontext', 'V-JEPA 2.1'])
      expect(entity(abstract, name)?.type).toBe('Model');
  });

  it('names NTU RGB+D editions whole and a task-describing dataset phrase not at all', () => {
    const abstract =
      'We test on NTU RGB+D 60 and NTU RGB+D 120 and build a Zemblan NER dataset of 9,000 sentences.';
    const found = names(abstract);
    expect(found).toEqual(expect.arrayContaining(['NTU RGB+D 60', 'NTU RGB+D 120']));
    expect(found).not.toContain('Zemblan NER');
    expect(found).not.toContain('RGB+D');
  });

  it('knows diffusion transformers and bandit vocabulary as techniques', () => {
    const abstract =
      'We build on diffusion transformers (DiT) and frame selection as a multi-armed bandit solved by Thompson sampling.';
    const techniques = namesOf(abstract, 'Technique');
    expect(techniques).toEqual(
      expect.arrayContaining(['diffusion transformer', 'multi-armed bandit', 'Thompson sampling']),
    );
  });
});
