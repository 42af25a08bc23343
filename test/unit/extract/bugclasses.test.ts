// Bug classes where the extractor discarded or mistyped something it already knew; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';
import { matchLongForm } from '../../../extract/acronyms.js';
import { buildLexicon } from '../../../extract/lexicon/index.js';
import { shapeOf } from '../../../extract/names.js';

const lex = buildLexicon();
const entity = (abstract: string, name: string) => run(abstract).entities.find((e) => e.name === name);
const names = (abstract: string) => run(abstract).entities.map((e) => `${e.type}:${e.name}`);

describe('listed names inside compounds', () => {
  it('types a compound ending in a listed model as a model', () => {
    expect(shapeOf('Zorb-LLaVA', lex)?.type).toBe('Model');
    expect(shapeOf('w9z-BERT', lex)?.type).toBe('Model');
  });

  it('types a compound with a parameter count before a tail as a model', () => {
    expect(shapeOf('ZorbGuard-Stream-8B-strict', lex)?.type).toBe('Model');
  });

  it('keeps a compound ending in a listed method a method', () => {
    expect(shapeOf('Zorb-GRPO', lex)?.type).toBe('Method');
  });

  it('splits a "+" combination of listed methods into each method', () => {
    const out = names('We train the policy with a GSPO+DAPO recipe on math problems.');
    expect(out).toEqual(expect.arrayContaining(['Method:GSPO', 'Method:DAPO']));
    expect(out).not.toContain('Method:GSPO+DAPO');
  });

  it('keeps a coined name with a "+" whole', () => {
    expect(names('We propose ZorbNet+Plus, a planner.').some((n) => n.includes('ZorbNet'))).toBe(true);
  });
});

describe('acronyms with an edition number', () => {
  it('matches the long form of "ACR-32"', () => {
    const before = 'We introduce the Zorb Quality Audit ';
    expect(matchLongForm('ZQA-32', before)).toBe(before.indexOf('Zorb'));
  });

  it('makes the long form an alias of the numbered short form', () => {
    expect(
      entity('We introduce the Zorb Quality Audit (ZQA-32), a diagnostic suite.', 'ZQA-32'),
    ).toMatchObject({
      aliases: ['Zorb Quality Audit'],
    });
  });
});

describe('definitions of tasks', () => {
  it('types a lower-case "... error correction (ACR)" as a task', () => {
    expect(
      entity('We study zorbic error correction (ZEC) on noisy text.', 'zorbic error correction')?.type,
    ).toBe('Task');
  });

  it("does not read the next clause's plural subject as an apposition", () => {
    const out = names(
      'While strong corpora exist for zorbic error correction (ZEC), annotated spoken datasets are still scarce.',
    );
    expect(out).toContain('Task:zorbic error correction');
    expect(out.some((n) => n.startsWith('Benchmark:'))).toBe(false);
  });

  it('keeps an article-led apposition ("(ZB), a benchmark ...") typing the name', () => {
    expect(entity('We release the Zorb Bench Suite (ZBS), a benchmark of 500 puzzles.', 'ZBS')?.type).toBe(
      'Benchmark',
    );
  });

  it('types a qualified defined task ("Spoken ZEC (SZEC)") as a task', () => {
    expect(
      entity(
        'We study zorbic error correction (ZEC). Data for Spoken ZEC (SZEC) are scarce, so we evaluate SZEC too.',
        'spoken zorbic error correction',
      ),
    ).toMatchObject({ type: 'Task', aliases: expect.arrayContaining(['SZEC']) });
  });
});

describe('metric modifiers and pretraining data', () => {
  it('keeps an "-ic" adjective on a metric head ("diagnostic accuracy")', () => {
    expect(names('The model reaches high diagnostic accuracy on held-out cases.')).toContain(
      'Metric:diagnostic accuracy',
    );
  });

  it('types the data a model is pretrained on as a benchmark', () => {
    expect(entity('Fine-tuning ZORB7-pretrained detectors improves recall.', 'ZORB7')?.type).toBe(
      'Benchmark',
    );
  });
});

describe('type nouns in appositions', () => {
  it('does not read "model" in "model-agnostic" as the type noun', () => {
    expect(
      entity('We introduce ZorbGuard, a unified model-agnostic streaming guardrail.', 'ZorbGuard')?.type,
    ).toBe('Method');
  });

  it('takes the head of a noun compound ("LLM agent") as the type noun', () => {
    expect(
      run('We evaluate tool use.', 'ZorbTree: Efficient LLM Agent Tool Planning').entities.find(
        (e) => e.name === 'ZorbTree',
      )?.type,
    ).toBe('Method');
  });
});

describe('type nouns before a name', () => {
  it('does not type the subject after an opening "On the ... benchmark," phrase', () => {
    const out = names(
      'We introduce ZorbGuard, a streaming guardrail. On the public moderation benchmark, ZorbGuard reaches 97.5 F1.',
    );
    expect(out).toContain('Method:ZorbGuard');
  });

  it('still types "the benchmark, X" in running text', () => {
    expect(entity('We release a new benchmark, ZorbTest9, for planning.', 'ZorbTest9')?.type).toBe(
      'Benchmark',
    );
  });
});

describe('metrics named by reported changes', () => {
  it('does not read a training procedure as a metric ("reduces weight quantization from 8 bits")', () => {
    const out = names('ZorbDiff reduces weight quantization from 8 bits to 3 bits without loss.');
    expect(out).not.toContain('Metric:weight quantization');
  });

  it('still reads "improves zorb detection by 12%" as a metric', () => {
    expect(names('Our method improves claim detection by 12% over the baseline.')).toContain(
      'Metric:claim detection',
    );
  });
});

describe('evaluation lists', () => {
  it('types an unknown member of a list of listed models as a model', () => {
    expect(entity('Tested on Qwen2.5, FLUX, and ZB3.5, our sampler improves results.', 'ZB3.5')?.type).toBe(
      'Model',
    );
  });

  it('still types an unknown member of a list of listed benchmarks as a benchmark', () => {
    expect(entity('We evaluate on GSM8K, MATH, and ZorbQA9, where results improve.', 'ZorbQA9')?.type).toBe(
      'Benchmark',
    );
  });
});
