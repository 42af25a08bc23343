// Rules added after a second held-out check on corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run, entity, values } from '../../helpers/extract.js';
import {
  EVAL_LIST_BEFORE,
  METRIC_LIST,
  TASK_FRAMED,
  TITLE_TASK,
  typeFromLongForm,
} from '../../../extract/cues.js';
import { buildLexicon, caseAllows } from '../../../extract/lexicon/index.js';
import { continuesName, cutAdjectiveTail, isCoinedWord } from '../../../extract/names.js';
import { findValues } from '../../../extract/results.js';

const lex = buildLexicon();
const titleTasks = (title: string) => {
  TITLE_TASK.lastIndex = 0;
  return [...title.matchAll(TITLE_TASK)].map((m) => m[1]);
};

describe('title tasks', () => {
  it('knows restoration heads and capitalised prepositions ("For Sonar Image Dehazing")', () => {
    expect(titleTasks('Slot Mixing With Paraphrases For Sonar Image Dehazing')).toContain(
      'Sonar Image Dehazing',
    );
    expect(titleTasks('ZorbNet: Towards Lunar Image Super-Resolution via Priors')).toContain(
      'Towards Lunar Image Super-Resolution',
    );
  });

  it('cuts "Towards" and a hyphenated qualifier from a title task', () => {
    const out = run(
      'We present ZorbNet for sonar dehazing.',
      'ZorbNet: Towards Sonar Image Dehazing via Priors',
    );
    expect(out.entities.find((e) => e.type === 'Task')?.name).toBe('sonar image dehazing');
    const graded = run('We present Zorbit.', 'Zorbit: Studio-Grade Harbour Simulation via Splats');
    expect(graded.entities.find((e) => e.type === 'Task')?.name).toBe('harbour simulation');
  });

  it('keeps at most three words of a title task', () => {
    const out = run('We present Zorbit.', 'Studio Harbour Crane Reconstruction via Splats');
    expect(out.entities.find((e) => e.type === 'Task')?.name).toBe('harbour crane reconstruction');
  });
});

describe('tasks in the abstract', () => {
  it('finds a task the paper frames as a problem', () => {
    TASK_FRAMED.lastIndex = 0;
    const m = TASK_FRAMED.exec('Sonar image deconvolution is a challenging ill-posed inverse problem.');
    expect(m?.[2]).toBe('Sonar image deconvolution');
    TASK_FRAMED.lastIndex = 0;
    expect(TASK_FRAMED.exec('We study the task of harbour crane tracking at night.')?.[1]).toBe(
      'harbour crane tracking',
    );
  });

  it('types a lower-case restoration long form as a task', () => {
    expect(typeFromLongForm('sonar anti-spoofing', 'Method')).toBe('Task');
    expect(typeFromLongForm('echo artifact reduction', undefined)).toBe('Task');
    expect(typeFromLongForm('lunar image super-resolution', undefined)).toBe('Task');
    expect(typeFromLongForm('Echo Artifact Reduction', 'Method')).toBe('Method');
  });
});

describe('typing coined names', () => {
  it('does not read a clause after a benchmark list as part of the list', () => {
    expect(EVAL_LIST_BEFORE.test('Experiments on ZorbSet and QuuxSet demonstrate that ')).toBe(false);
    expect(EVAL_LIST_BEFORE.test('Experiments on ZorbSet and ')).toBe(true);
  });

  it('keeps the subject after a sentence-opening "On X," a method', () => {
    const out = run(
      'We present FluMox, a compressor for long inputs. On ZorbBench Hard, FluMox matches full accuracy.',
    );
    expect(out.entities.find((e) => e.name === 'FluMox')?.type).toBe('Method');
  });

  it('types a capitalised "... Metric (ACR)" as a metric', () => {
    expect(
      entity('We present the Zorb Fidelity Metric (ZFM) for images. ZFM tracks judges.', 'ZFM')?.type,
    ).toBe('Metric');
  });

  it('types a title name from its head noun without an article ("X: Multilingual Speech Model with ...")', () => {
    expect(
      entity(
        'This paper reports Zorbal, trained on many hours.',
        'Zorbal',
        'Zorbal: Multilingual Speech Model with Priors',
      )?.type,
    ).toBe('Model');
  });

  it('reads a numbered description in parentheses ("ZorPus (1,200-record audited corpus)")', () => {
    expect(
      entity('We release ZorPus (1,200-record audited corpus) and train on ZorPus.', 'ZorPus')?.type,
    ).toBe('Benchmark');
  });

  it('accepts a name opened by a dimension prefix ("3D-ZORB") but not a bare number', () => {
    expect(
      entity('In this paper, we propose 3D-ZORB, a weakly supervised method. 3D-ZORB is fast.', '3D-ZORB'),
    ).toMatchObject({
      type: 'Method',
      role: 'proposed',
    });
    expect(isCoinedWord('3D-printing', lex)).toBe(false);
  });

  it('cuts a participle tail from a name ("ZORB-licensed")', () => {
    expect(cutAdjectiveTail('ZORB-licensed')).toBe('ZORB');
  });

  it('continues a model name with a size tier and version ("Zorbo large-v2")', () => {
    expect(continuesName('Model', 'large-v2', lex)).toBe(true);
    expect(continuesName('Model', 'large', lex)).toBe(false);
  });
});

describe('metric lists', () => {
  it('takes the items of "metrics such as ..."', () => {
    METRIC_LIST.lastIndex = 0;
    expect(METRIC_LIST.exec('assessed through metrics such as recall, fluency, and coherence.')?.[1]).toBe(
      'recall, fluency, and coherence',
    );
    const out = run(
      'Outputs are assessed through metrics such as tonal drift and coherence. We report 3 runs.',
    );
    expect(out.entities.filter((e) => e.type === 'Metric').map((e) => e.name)).toEqual(
      expect.arrayContaining(['tonal drift', 'coherence']),
    );
  });
});

describe('result units', () => {
  it('keeps physical and speed units', () => {
    expect(findValues('a gain of 1.7 dB').map((v) => v.value)).toContain('1.7 dB');
    expect(findValues('runs at 45 Hz').map((v) => v.value)).toContain('45 Hz');
    // The "+" says "over" and is dropped (guidelines, conventions 6 and 20); the unit stays.
    expect(findValues('reaches 70+ FPS').map((v) => v.value)).toContain('70 FPS');
    expect(findValues('a 12-pp gap').map((v) => v.value)).toContain('12-pp');
  });

  it('keeps an error rate stated with "rate of" but not a learning rate', () => {
    expect(values('ZorbASR achieves a word error rate of 3.1% on the Quux set.')).toContain('3.1%');
    expect(values('ZorbASR uses a learning rate of 0.5% and improves accuracy by 2%.')).not.toContain('0.5%');
  });
});

describe('named components and aims', () => {
  it('takes a Title-Case phrase before a component noun in a contribution sentence', () => {
    const out = run(
      'We propose ZorBit. Specifically, we introduce a Cross-Frame Harbour Alignment mechanism that aligns frames.',
    );
    expect(out.entities.find((e) => e.name === 'Cross-Frame Harbour Alignment')).toMatchObject({
      type: 'Method',
      role: 'proposed',
    });
  });

  it('does not take Title-Case field words ("a Transformer Encoder module")', () => {
    const out = run('We introduce a Transformer Encoder module into ZorBit.');
    expect(out.entities.some((e) => e.name === 'Transformer Encoder')).toBe(false);
  });

  it('drops a one-word metric named only as an aim', () => {
    const out = run('Harbour pilots need checking tools to ensure accuracy and reliability.');
    expect(out.entities.some((e) => e.type === 'Metric')).toBe(false);
    const measured = run('ZorBit reaches 91.2% accuracy on the Quux set.');
    expect(measured.entities.some((e) => e.type === 'Metric' && e.name === 'accuracy')).toBe(true);
  });
});

describe('lexicon case rules', () => {
  it('lets a long mixed-case name match with a single capital, but not a short one', () => {
    const entry = (surface: string) =>
      ({ type: 'Benchmark', canonical: surface, surface, caseRule: 'mixed', weak: false }) as const;
    expect(caseAllows(entry('ZorbSpeech'), 'Zorbspeech')).toBe(true);
    expect(caseAllows(entry('ZorbSpeech'), 'zorbspeech')).toBe(false);
    expect(caseAllows(entry('ReZo'), 'Rezo')).toBe(false);
  });
});

describe('metrics defined with their acronyms', () => {
  it('keeps listed metrics whose long form reads as a measure, in any case', () => {
    const x = run(
      'We measure quality with Frechet Inception Distance (FID), peak signal-to-noise ratio (PSNR) and structural similarity (SSIM).',
    );
    const metrics = x.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toEqual(expect.arrayContaining(['FID', 'PSNR', 'SSIM']));
    expect(x.entities.some((e) => e.type === 'Method')).toBe(false);
  });

  it('types a title-case measure long form as a metric', () => {
    expect(typeFromLongForm('Zorb Alignment Score', undefined)).toBe('Metric');
    expect(typeFromLongForm('Glade Transfer Rate', undefined)).toBe('Metric');
  });

  it('a coined metric the paper introduces is proposed; a listed one is not', () => {
    const coined = entity(
      'The suite provides a novel Zorb Drift Error (ZDE) to evaluate forecasters.',
      'ZDE',
    );
    expect(coined).toMatchObject({ type: 'Metric', role: 'proposed' });
    const listed = entity('We propose ZorbNet and report its mean squared error (MSE) on two sets.', 'MSE');
    expect(listed?.role).not.toBe('proposed');
  });
});
