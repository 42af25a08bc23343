import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../extract/index.js';

// A guard against super-linear blow-ups (a quadratic scan of 1 MB runs for minutes), not a speed bar: speed is measured
// by `npm run bench`, and a 2-core machine under load takes about 5 s for the hardest of these inputs.
const LINEAR_BOUND_MS = 15_000;

const timed = (abstract: string, title: string | null = 'X: y') => {
  const start = performance.now();
  const out = extractPaper({ id: 'x', title, abstract });
  return { out, ms: performance.now() - start };
};

describe('robustness', () => {
  it('handles an empty abstract and a null title', () => {
    expect(extractPaper({ id: 'e', title: null, abstract: '' })).toEqual({
      id: 'e',
      title: null,
      entities: [],
      results: [],
    });
  });

  it.each([
    ['spaces', ' '.repeat(1_000_000)],
    ['one sentence of values', '1.1% '.repeat(200_000)],
    ['repeated names', 'ABC-DEF '.repeat(125_000)],
    [
      'repeated sentences',
      'We propose ZenoPlan (Zero Energy Node Planner), improving accuracy by 5%. '.repeat(13_000),
    ],
    ['parentheses', '('.repeat(500_000) + ')'.repeat(500_000)],
    ['hyphens', 'a-'.repeat(500_000)],
    [
      'distinct definitions and subject names',
      Array.from(
        { length: 12_000 },
        (_, i) =>
          `Zorb${i}Net implements Quux Part ${i}: we propose Long Form Name ${i} (LFN${i}) and Fo${i}Bar. `,
      ).join(''),
    ],
    [
      'lists of names after a colon',
      `ZorbNet outperforms baselines: ${'QuuxNet, '.repeat(100_000)}and FooNet.`,
    ],
  ])(
    'extracts a 1 MB abstract of %s quickly',
    (_name, abstract) => {
      const { ms, out } = timed(abstract);
      expect(ms).toBeLessThan(LINEAR_BOUND_MS);
      expect(out.results.length).toBeLessThanOrEqual(200);
    },
    2 * LINEAR_BOUND_MS,
  );

  it(
    'extracts a huge title of title-case compounds quickly',
    () => {
      const { ms } = timed('We test.', 'Ultra-Low-Field '.repeat(12_000));
      expect(ms).toBeLessThan(LINEAR_BOUND_MS);
    },
    2 * LINEAR_BOUND_MS,
  );

  it('survives control characters and mojibake, with mentions still exact substrings', () => {
    const abstract =
      '\u0000\u0007 We fine-tune Qwen3-8B\u001b[0m on GSM8K. \u00c3\u00a9\u00e2\u20ac\u0153 It reaches 41.0% accuracy.\ufffd';
    const { out } = timed(abstract, null);
    expect(out.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Qwen3-8B', 'GSM8K', 'accuracy']),
    );
    for (const e of out.entities) for (const m of e.mentions) expect(abstract).toContain(m);
  });

  it('tolerates non-string fields from malformed input', () => {
    const bad = { id: 'b', title: 42, abstract: null } as unknown as Parameters<typeof extractPaper>[0];
    expect(() => extractPaper(bad)).not.toThrow();
  });
});
