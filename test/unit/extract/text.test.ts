import { describe, expect, it } from 'vitest';
import { chunksOf, fold, splitSentences } from '../../../extract/text.js';

describe('splitSentences', () => {
  it('splits on sentence punctuation followed by a capital', () => {
    const s = splitSentences('We train a model. It works well! Does it scale? Yes.');
    expect(s.map((x) => x.text)).toEqual(['We train a model.', 'It works well!', 'Does it scale?', 'Yes.']);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    const s = splitSentences(
      'Methods, e.g. Adam, reach 41.5% accuracy (Smith et al. 2020). Then J. Doe agrees.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'Methods, e.g. Adam, reach 41.5% accuracy (Smith et al. 2020).',
      'Then J. Doe agrees.',
    ]);
  });

  it('reports offsets into the original text', () => {
    const text = '  First one.   Second one.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits on newlines (title line)', () => {
    expect(splitSentences('A Title: With Colon\nBody text here.').map((s) => s.text)).toEqual([
      'A Title: With Colon',
      'Body text here.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n  ')).toEqual([]);
  });
});

describe('chunksOf', () => {
  it('strips edge punctuation but keeps a trailing plus', () => {
    const [sentence] = splitSentences('We compare (FooNet), BarNet+ and "BazQA".');
    const words = chunksOf(sentence!).map((c) => c.text);
    expect(words).toEqual(['We', 'compare', 'FooNet', 'BarNet+', 'and', 'BazQA']);
  });
});

describe('fold', () => {
  it('folds case, spaces, hyphens, dots, underscores and slashes', () => {
    expect(fold('Llama-3.1 70B')).toBe('llama3170b');
    expect(fold('LLaMA 3')).toBe(fold('Llama-3'));
    expect(fold('text_to/SQL')).toBe('texttosql');
  });
});

describe('splitSentences after model names', () => {
  it('ends a sentence after a name ending in a single letter', () => {
    expect(splitSentences('It rivals GPT-4o. Then it wins.')).toHaveLength(2);
  });
});
