// Rules from a seventh round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../extract/index.js';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { shapeOf } from '../../../extract/names.js';

const run = (abstract: string, title: string | null = null) => extractPaper({ id: 'r7', title, abstract });
const entity = (abstract: string, name: string, title: string | null = null) =>
  run(abstract, title).entities.find((e) => e.name === name);
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
      'We use the Pelican framework to annotate samples and the Hungarian algorithm to match them, within the Bayesian framework.';
    expect(entity(abstract, 'Pelican')).toMatchObject({ type: 'Method', role: 'used' });
    expect(entity(abstract, 'Hungarian')?.type).toBe('Method');
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
