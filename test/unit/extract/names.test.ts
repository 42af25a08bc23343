import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { continuesName, cutAdjectiveTail, isCoinedWord, shapeOf } from '../../../extract/names.js';

const lex = buildLexicon();

describe('isCoinedWord', () => {
  it('accepts internal capitals, letter-digit mixes, LaTeX macros and a trailing plus', () => {
    for (const w of ['ReFlux', 'ZORB', 'Net7K', 'Blip-R1', '\\ourmethod', 'FastPlan+', 'qRANK']) {
      expect(isCoinedWord(w, lex), w).toBe(true);
    }
  });

  it('rejects plain words, generic acronyms, sizes, URLs and hardware', () => {
    for (const w of [
      'Experiments',
      'model',
      'LLMs',
      '7B',
      '3D',
      'https://example.com/ReFlux',
      'H100',
      'Multi-Scale',
      'dAta',
    ]) {
      expect(isCoinedWord(w, lex), w).toBe(false);
    }
  });
});

describe('shapeOf: model-name grammar and suffixes', () => {
  it('reads family-version-size-variant names as models', () => {
    for (const w of ['Qwen3-8B', 'Llama-3.1-70B-Instruct', 'gpt-oss-20b', 'MedGemma-4B', 'GPT-4o']) {
      expect(shapeOf(w, lex)?.type, w).toBe('Model');
    }
  });

  it('marks plain family checkpoints as known and coined variants as new', () => {
    expect(shapeOf('Qwen3-8B', lex)?.known).toBe(true);
    expect(shapeOf('Llama3-Zork-70B', lex)?.known).toBe(false);
  });

  it('reads a size suffix on an unknown name as a model', () => {
    expect(shapeOf('Zorp-R1-3B', lex)?.type).toBe('Model');
  });

  it('reads benchmark suffixes as benchmarks', () => {
    for (const w of ['FooBench', 'Zap-Bench', 'MedFooQA', 'CodeArena'])
      expect(shapeOf(w, lex)?.type, w).toBe('Benchmark');
  });

  it('passes a known part type on: GSM8K-X is a benchmark, X-GRPO a method, X-FID a metric', () => {
    expect(shapeOf('GSM8K-Noisy', lex)?.type).toBe('Benchmark');
    expect(shapeOf('Twin-GRPO', lex)?.type).toBe('Method');
    expect(shapeOf('Tissue-FID', lex)?.type).toBe('Metric');
  });

  it('defaults other coined names to Method', () => {
    expect(shapeOf('ReFlux', lex)).toMatchObject({ type: 'Method', known: false });
  });

  it('cuts adjective tails', () => {
    expect(cutAdjectiveTail('GPT-4-based')).toBe('GPT-4');
    expect(shapeOf('ReFlux-guided', lex)?.name).toBe('ReFlux');
  });

  it('lets versions and variant words continue a model or benchmark name', () => {
    expect(continuesName('Model', 'Sonnet', lex)).toBe(true);
    expect(continuesName('Model', '2.5', lex)).toBe(true);
    expect(continuesName('Benchmark', 'Verified', lex)).toBe(true);
    expect(continuesName('Method', 'Verified', lex)).toBe(false);
  });
});

describe('metric and plural shapes', () => {
  it('reads metric names fused with a cut-off as metrics', () => {
    expect(shapeOf('mAP50', lex)?.type).toBe('Metric');
    expect(shapeOf('BLEU-4', lex)?.type).toBe('Metric');
  });

  it('does not read the plural of a listed model family as a model', () => {
    expect(shapeOf('ViTs', lex)).toBeUndefined();
  });
});
