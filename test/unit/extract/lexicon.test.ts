import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { matchLexicon } from '../../../extract/matcher.js';
import { splitSentences, tokensOf } from '../../../extract/text.js';

const lex = buildLexicon();
const matches = (text: string) => {
  const [sentence] = splitSentences(text);
  return matchLexicon(text, tokensOf(sentence!), lex).map((m) => [
    m.surface,
    m.entries[0]?.type,
    m.entries[0]?.canonical,
  ]);
};

describe('lexicon matcher', () => {
  it('finds multi-word techniques and tasks, longest first', () => {
    expect(matches('We use supervised fine-tuning for text-to-SQL.')).toEqual([
      ['supervised fine-tuning', 'Technique', 'supervised fine-tuning'],
      ['text-to-SQL', 'Task', 'text-to-SQL'],
    ]);
  });

  it('tolerates hyphen and space variants and plurals', () => {
    expect(matches('Chain of thought helps sparse autoencoders.').map((m) => m[2])).toEqual([
      'chain-of-thought',
      'sparse autoencoder',
    ]);
  });

  it('matches all-caps entries only in capitals', () => {
    expect(matches('We evaluate on MATH and GSM8K.').map((m) => m[0])).toEqual(['MATH', 'GSM8K']);
    expect(matches('We study math word problems.')).toEqual([]);
  });

  it('matches metrics with symbols', () => {
    expect(matches('It improves pass@1 and BLEU.').map((m) => m[2])).toEqual(['pass@1', 'BLEU']);
  });

  it('keeps the compiled index small enough to build quickly', () => {
    expect(lex.entries.size).toBeGreaterThan(500);
    // 5,011 entries build in about 60 ms, once per process.
    expect(lex.entries.size).toBeLessThan(8000);
  });
});
