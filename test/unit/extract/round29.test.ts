// Rules from a twenty-ninth round (listed names written in lower case); every sentence here is invented, the Zorb
// names made up.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

describe('listed names written in lower case', () => {
  it('reads a method spelled out in lower-case words as the listed method', () => {
    const out = run(
      'We train ZorbLM with supervised fine-tuning and direct preference optimization on Zorb dialogues.',
    );
    const dpo = out.entities.find((e) => e.name === 'DPO');
    expect(dpo?.type).toBe('Method');
    expect(out.entities.some((e) => e.name === 'preference optimization')).toBe(false);
  });

  it('does not read a listed data set spelled in lower case as the data set', () => {
    const out = run('ZorbNet flags hateful memes on social media more often than ZorbBase.');
    expect(out.entities.some((e) => e.type === 'Benchmark')).toBe(false);
  });

  it('reads a lower-case f1 as the F-measure, not a coined method', () => {
    const out = run('On ZorbQA, ZorbNet improves macro-f1 by 4.1% and the f1-score by 3.2% over ZorbBase.');
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toEqual(expect.arrayContaining(['macro F1', 'F1']));
    expect(out.entities.some((e) => e.type === 'Method' && /f1/i.test(e.name))).toBe(false);
  });
});
