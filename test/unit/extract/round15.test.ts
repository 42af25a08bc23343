// Rules from a fifteenth round (LaTeX emphasis, evaluation frameworks, and values with spreads, lengths and
// changes); every sentence here is invented, and the Zorb names are made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run, values } from '../../helpers/extract.js';
import { unmark } from '../../../extract/text.js';

describe('LaTeX emphasis', () => {
  it('takes emphasis out and maps each character back to where it was written', () => {
    const written = 'we propose \\textbf{Zorb}, a $\\emph{Quux}$ and {\\em Blip} x';
    const { text, origin } = unmark(written);
    expect(text).toBe('we propose Zorb, a Quux and Blip x');
    expect([...text].every((c, i) => written[origin?.[i] ?? -1] === c)).toBe(true);
  });

  it('keeps markup inside a word, which spells an acronym, and math that holds more than the macro', () => {
    for (const written of [
      '$\\textbf{Z}$orb $\\textbf{N}$et',
      '$\\mathbf{x}_i$ and $\\text{Zorb}_\\text{B}$',
    ])
      expect(unmark(written).text).toBe(written);
    expect(unmark('a \\textbf{\\textsc{Zorb}} b').text).toBe('a Zorb b');
  });

  it('finds a proposed name written in emphasis, and keeps mentions and evidence as written', () => {
    const abstract =
      'We introduce \\textbf{Zorbin}, a framework for planning. \\textbf{Zorbin} improves accuracy by 3.1\\%.';
    const zorbin = entity(abstract, 'Zorbin');
    expect(zorbin).toMatchObject({ type: 'Method', role: 'proposed', mentions: ['Zorbin'] });
    expect(abstract).toContain(zorbin?.evidence);
    expect(zorbin?.evidence).toContain('\\textbf{Zorbin}');
    expect(resultOf(abstract, '3.1\\%')).toMatchObject({ subject: 'Zorbin', metric: 'accuracy' });
  });

  it('joins a long form and an acronym in emphasis', () => {
    const zorb = entity(
      'We propose Zorb-Oriented Rule Builder (\\textbf{ZORB}), a framework that plans. ZORB explores.',
      'ZORB',
    );
    expect(zorb?.aliases).toEqual(['Zorb-Oriented Rule Builder']);
    expect(
      entity('To this end, we present \\textit{Zorb Reasoning Agent (ZRA)}, a two-stage framework.', 'ZRA')
        ?.aliases,
    ).toEqual(['Zorb Reasoning Agent']);
  });

  it('reads a name in emphasis inside math', () => {
    expect(
      entity('First, we introduce $\\emph{ZORBAX}$, a simulation environment for agents.', 'ZORBAX'),
    ).toBeDefined();
  });
});

describe('evaluation frameworks', () => {
  it('types a name called a benchmarking or evaluation framework as a benchmark', () => {
    const abstract =
      'We introduce ZorbBench, a comprehensive benchmarking framework for ice classification. ' +
      'We also present Quux, an evaluation framework for agents.';
    expect(entity(abstract, 'ZorbBench')?.type).toBe('Benchmark');
    expect(entity(abstract, 'Quux')?.type).toBe('Benchmark');
  });
});

describe('values', () => {
  it('drops a spread written in LaTeX but keeps the length unit with the value', () => {
    expect(values('Zorb achieves a localization error of 1.81 $\\pm$ 0.14 mm on the test set.')).toEqual([
      '1.81 mm',
    ]);
    expect(values('ZorbNet reaches a mean absolute error of 0.6 cm on three robots.')).toEqual(['0.6 cm']);
  });

  it('does not read a size in length units as an outcome', () => {
    expect(values('Zorb detects a 0.2 mm thick wire and covers a 1600 km route.')).toEqual([]);
    expect(values('ZorbNet reduces the speed error to 0.58 km/h.')).not.toContain('0.58 km');
  });

  it('reads values that fall or rise from one number to another', () => {
    expect(values('Human evaluation shows critical errors falling from 47.75% to 23%.')).toEqual([
      '47.75%',
      '23%',
    ]);
  });

  it('reads a decimal an outcome verb reaches on a named benchmark', () => {
    const abstract = 'We propose ZorbCoder. ZorbCoder reaches 4.712 on ZorbBench and 3.9 on QuuxEval.';
    expect(values(abstract)).toEqual(['4.712', '3.9']);
    expect(run(abstract).results[0]).toMatchObject({ subject: 'ZorbCoder', benchmark: 'ZorbBench' });
  });
});

describe('defined names', () => {
  it('keeps a name the proposal verb defines with a plural long form', () => {
    const zcl = entity(
      'We introduce ZCL (Zorb-Calibrating Language Models), a test-time pipeline. ZCL adapts when inputs shift.',
      'ZCL',
    );
    expect(zcl).toMatchObject({ role: 'proposed', aliases: ['Zorb-Calibrating Language Models'] });
  });

  it('still reads a plural long form the paper merely builds on as a class of things', () => {
    expect(
      namesOf(
        'We propose ZorbNet, a framework that integrates Zorb-Arnold Networks (ZANs) into graphs.',
        'Method',
      ),
    ).not.toContain('ZAN');
  });

  it('types a defined name called a metric as a metric, once, even when the title defined it first', () => {
    const abstract =
      'To evaluate models, we present the Zorb Alignment Quotient (ZAQ), a novel metric with five dimensions.';
    const title = 'ZorbEval: Evaluating Discourse and the Zorb Alignment Quotient (ZAQ)';
    const zaq = run(abstract, title).entities.filter((e) => e.name === 'ZAQ');
    expect(zaq.map((e) => [e.type, e.role])).toEqual([['Metric', 'proposed']]);
  });
});

describe('result subjects', () => {
  it('gives a margin over the next system to the improver, not to the system of the margin before', () => {
    const abstract =
      'We propose Zorb-R, a video agent. Zorb-R sets a new state of the art on ZorbBench with 4.1% improvement ' +
      'over the base model Qwen2.5-VL and 2.0% over the video reasoning model Video-R1.';
    expect(resultOf(abstract, '2.0%')?.subject).toBe('Zorb-R');
  });
});

describe('named parts of the proposed system', () => {
  const abstract =
    'To this end, we introduce ZorbMAM, an efficient VLM. It integrates a training-free ROI Zorb Module with ' +
    'Semantic Zorb Suppression, alongside a Text Zorb Enhancer module. We also design an Exclusion-based Zorb ' +
    'Sampling scheme.';

  it('reads parts named with a capitalised component noun, an acronym or a lower-case modifier before them', () => {
    for (const name of ['ROI Zorb Module', 'Text Zorb Enhancer', 'Exclusion-based Zorb Sampling'])
      expect(entity(abstract, name)).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('does not read a part from a pronoun sentence that follows no proposal', () => {
    expect(
      entity(
        'Zorb detectors are common. It integrates a Zorb Fusion Module with a head.',
        'Zorb Fusion Module',
      ),
    ).toBeUndefined();
  });
});
