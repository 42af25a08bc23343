// Rules from a sixteenth round (acronyms that clash with listed ones, lists of data sets, parts of a proposed
// system, values on benchmarks and parameter shares); every sentence here is invented, and the Zorb names are made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf, run, values } from '../../helpers/extract.js';

describe('acronyms', () => {
  it('reads a listed model named with the word "Model" as that model, also where a title uses it as a modifier', () => {
    const { entities } = run(
      'We adapt the Segment Anything Model (SAM) to zorb pods with a small adapter. SAM stays frozen.',
      'SAM-Based Zorb Pod Counting',
    );
    const sam = entities.filter((e) => e.aliases.includes('SAM') || e.name === 'SAM');
    expect(sam).toHaveLength(1);
    expect(sam[0]).toMatchObject({ type: 'Model', role: 'used' });
  });

  it('lets a paper redefine a listed acronym, and reads a redefined task as that task', () => {
    const qa = run(
      'We propose a budget-aware quality assurance (QA) framework for zorb contours. The QA workflow flags errors.',
      'Zorb Contour QA',
    );
    expect(qa.entities.map((e) => e.name)).not.toContain('question answering');
    const vqa = entity(
      'Zorb models do well on video quality assessment (VQA) tasks. We calibrate them for VQA.',
      'video quality assessment',
    );
    expect(vqa).toMatchObject({ type: 'Task', aliases: ['VQA'] });
  });

  it('names nothing for a hypothesis or a plural of plain things, but keeps a plural of encoders', () => {
    const abstract =
      'We study the Zorb Alignment Hypothesis (ZAH) on Zorbic Circuits (ZCs). Zorb Pose Auto-Encoders (ZPAEs) ' +
      'embed priors; we extend ZPAEs to a new task.';
    const names = run(abstract).entities.map((e) => e.name);
    expect(names).not.toContain('ZAH');
    expect(names).not.toContain('ZC');
    expect(names).toContain('ZPAE');
    expect(namesOf('Zorb systems move toward Artificial Superintelligence (ASI).', 'Method')).toEqual([]);
  });

  it('reads a task acronym right after a percentage as a measure', () => {
    const abstract =
      'We introduce Zorbatt, a new prompting method. Zorbatt achieves up to 95.23% ASR on zorb systems.';
    expect(entity(abstract, 'ASR')?.type).toBe('Metric');
    expect(namesOf(abstract, 'Task')).not.toContain('speech recognition');
    expect(resultOf(abstract, '95.23%')).toMatchObject({ subject: 'Zorbatt', metric: 'ASR' });
  });
});

describe('names and their types', () => {
  it('keeps an all-capital name ending in "ED" whole, and still cuts a participle', () => {
    expect(namesOf('We evaluate Zorbit on EB-ZORFRED and on EB-Manipulation.', 'Benchmark')).toContain(
      'EB-ZORFRED',
    );
    expect(run('We build fine-gRAined zorb matrices for retrieval.').entities).toEqual([]);
  });

  it('types a proposed name that ends in a benchmark word as a benchmark', () => {
    expect(
      entity(
        'We introduce Zorb Fight Arena, a novel framework that pits agents against each other.',
        'Zorb Fight Arena',
      )?.type,
    ).toBe('Benchmark');
  });

  it('types a system called a router or an attack as a method, whatever noun its clause holds', () => {
    expect(
      entity(
        'We further propose ZORBAL, a novel query-only router that estimates model correctness.',
        'ZORBAL',
      ),
    ).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('reads the items of a list closed by a plural data noun as data sets, not languages', () => {
    const abstract =
      'Our method is validated on the Zorb-31, Zorb-Home, and Blim Landmarks datasets. ' +
      'We also test on the English and Zorbish datasets.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(['Zorb-31', 'Zorb-Home', 'Blim Landmarks']);
  });

  it('reads what a value is reached on as a benchmark, even with a model-like tail', () => {
    const abstract = 'Zorbguard reduces unsafe responses by up to 39% on ZPA-VL, while keeping utility.';
    expect(entity(abstract, 'ZPA-VL')?.type).toBe('Benchmark');
    expect(resultOf(abstract, '39%')?.benchmark).toBe('ZPA-VL');
  });

  it('does not read the subject of a case study as a proposed method', () => {
    expect(
      run('We present a case study of the Zorbic National Library, evaluating five retrieval workflows.')
        .entities,
    ).toEqual([]);
  });

  it('does not read what an agent does to itself as a task', () => {
    const designs =
      'To stabilise Zorbit, we introduce two designs: self-summarization for context and reward shaping.';
    expect(namesOf(designs, 'Task')).toEqual([]);
    expect(namesOf(`${designs} We evaluate Zorbit on summarization.`, 'Task')).toEqual(['summarization']);
  });
});

describe('parts of the proposed system', () => {
  it('finds parts introduced with an article after the proposal, and proposes them', () => {
    const abstract =
      'This paper develops a zorb multi-agent system for frame analysis. The workflow begins with a Problem ' +
      'Zorbing Agent, which extracts loads. Next, a Geometry Zorb Agent incrementally derives nodes. The meshes ' +
      'are created using Zorbreal Engine with care.';
    for (const name of ['Problem Zorbing Agent', 'Geometry Zorb Agent'])
      expect(entity(abstract, name)).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(entity(abstract, 'Zorbreal Engine')?.role).not.toBe('proposed');
  });

  it('finds a part the paper calls its proposed mechanism, or one designed to do something', () => {
    const abstract =
      'We propose Zorbprompt, a point cloud prompt. We present a Point Zorb Prompter designed to extract shape. ' +
      'Moreover, our proposed Prompt Zorbagation mechanism injects shape information.';
    for (const name of ['Point Zorb Prompter', 'Prompt Zorbagation'])
      expect(entity(abstract, name)).toMatchObject({ type: 'Method', role: 'proposed' });
  });

  it('types a coined part called a metric as a metric', () => {
    expect(
      entity(
        'This study introduces a novel Map Zorb Perception Metric designed to evaluate maps.',
        'Map Zorb Perception Metric',
      ),
    ).toMatchObject({ type: 'Metric', role: 'proposed' });
  });
});

describe('values', () => {
  it('reads a range whose second end carries its own sign as one value', () => {
    expect(values('Zorbit improves accuracy by +1.8 to +6.2 pp over the zorb baseline.')).toEqual([
      '1.8 to +6.2 pp',
    ]);
  });

  it('counts a share of trainable parameters used as an outcome, but not a share of data', () => {
    expect(values('Zorbprompt is competitive while utilizing only 2.19% of trainable parameters.')).toEqual([
      '2.19%',
    ]);
    expect(values('Zorbprompt improves accuracy when fine-tuned on 10% of the data.')).toEqual([]);
  });
});
