import { describe, expect, it } from 'vitest';
import { canonicalKey, modelFamily } from '../../../extract/index.js';

describe('canonicalKey', () => {
  it('gives spelling variants of a model one key', () => {
    const keys = ['Llama 3', 'Llama-3', 'LLaMA 3', 'llama3'].map((n) => canonicalKey('Model', n));
    expect(new Set(keys).size).toBe(1);
  });

  it('gives a model written with its maker the key of the bare model, unless only a tier would be left', () => {
    expect(canonicalKey('Model', 'OpenAI GPT-4o')).toBe(canonicalKey('Model', 'GPT-4o'));
    expect(canonicalKey('Model', 'Google Gemini 2.5 Pro')).toBe(canonicalKey('Model', 'Gemini 2.5 Pro'));
    expect(canonicalKey('Model', 'Meta Large')).not.toBe(canonicalKey('Model', 'Large'));
    expect(canonicalKey('Method', 'Google Translate')).not.toBe(canonicalKey('Method', 'Translate'));
  });

  it("gives OpenAI's reasoning series written after the GPT name the key of the bare model", () => {
    expect(canonicalKey('Model', 'GPT o4-mini')).toBe(canonicalKey('Model', 'OpenAI o4-mini'));
    expect(canonicalKey('Model', 'GPT o4-mini')).toBe(canonicalKey('Model', 'o4-mini'));
    expect(canonicalKey('Model', 'GPT 4o')).not.toBe(canonicalKey('Model', '4o'));
  });

  it('keeps types apart', () => {
    expect(canonicalKey('Model', 'Foo')).not.toBe(canonicalKey('Method', 'Foo'));
  });

  it('folds plurals of common nouns only', () => {
    expect(canonicalKey('Technique', 'diffusion models')).toBe(canonicalKey('Technique', 'diffusion model'));
    expect(canonicalKey('Task', 'fact verification')).toBe(canonicalKey('Task', 'Fact Verification'));
    expect(canonicalKey('Benchmark', 'ToyBenchs')).not.toBe(canonicalKey('Benchmark', 'ToyBench'));
  });
});

describe('modelFamily', () => {
  it('strips sizes and tuning variants', () => {
    expect(modelFamily('Qwen3-8B')).toBe('Qwen3');
    expect(modelFamily('Llama-3.1-70B-Instruct')).toBe('Llama-3.1');
    expect(modelFamily('gpt-oss-20b')).toBe('gpt-oss');
    expect(modelFamily('Zorblat-2-7B-Chat')).toBe('Zorblat-2');
    expect(modelFamily('Meta Llama-3.1-8B')).toBe('Llama-3.1');
  });

  it('is undefined when the name already is a family', () => {
    expect(modelFamily('GPT-4o')).toBeUndefined();
    expect(modelFamily('Qwen3')).toBeUndefined();
  });
});
