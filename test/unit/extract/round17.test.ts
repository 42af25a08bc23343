// Rules from a seventeenth round (what a paper introduces beside its main contribution, coined measures, tools a
// contribution is built with); every sentence here is invented, and the Zorb names are made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, roleOf, run } from '../../helpers/extract.js';

describe('what the paper introduces', () => {
  it('reads a name in parentheses after "the proposed ..." as proposed', () => {
    expect(
      roleOf(
        'We study zorb denoising. The proposed lightweight student model (ZorbNet) runs fast.',
        'ZorbNet',
      ),
    ).toBe('proposed');
  });

  it('reads the second of two things introduced as proposed, across a numbered range', () => {
    const abstract =
      'We study zorb parsing. We further introduce Level-1 to Level-3 metrics and ZorbParse to evaluate it.';
    expect(roleOf(abstract, 'ZorbParse')).toBe('proposed');
    // A conjunct after a participle is what the work uses.
    const used = 'We establish benchmarks utilizing the first-person ZorbHands and ZorbObj datasets.';
    expect(run(used).entities.find((e) => e.name === 'ZorbObj')?.role).not.toBe('proposed');
  });

  it('reads "together with X, a ..." in a proposal sentence as proposed, and lists of new benchmarks with two adjectives', () => {
    const abstract =
      'We present ZorbVLM, an end-to-end model for diagnosis, together with ZorbVQA, a large-scale diagnosis dataset. ' +
      'We also introduce two new expert curated benchmarks, ZorbEchoQA and ZorbSurgQA.';
    const { entities } = run(abstract);
    for (const name of ['ZorbVLM', 'ZorbVQA', 'ZorbEchoQA', 'ZorbSurgQA'])
      expect(entities.find((e) => e.name === name)?.role, name).toBe('proposed');
  });

  it('reads a coined name numbered among the parts of the proposed system as proposed', () => {
    const abstract =
      'We propose ZorbFlyer, a data engine. The engine has three components: (1) a data flywheel that co-evolves ' +
      'instructions; (2) ZorbCheck, a bypass module enforcing intent alignment; and (3) trip wires.';
    expect(roleOf(abstract, 'ZorbCheck')).toBe('proposed');
  });

  it('reads what a contribution is constructed using as used', () => {
    const abstract =
      'We introduce ZorbRACE-3K, a dataset of tasks in environments constructed using Zorbic Engine and the ' +
      'ZorbCV-Zoo framework.';
    expect(entity(abstract, 'Zorbic Engine')?.role).toBe('used');
  });
});

describe('measures', () => {
  it('types a coined Score, and an Index that evaluates, as a metric', () => {
    const abstract =
      'We study zorb safety. We propose Zorb Index (ZI) to evaluate the general safety of chat models. We propose ' +
      'the Zorbing Score, which quantifies the depth of reasoning.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toContain('ZI');
    expect(metrics).toContain('Zorbing Score');
    // An index that does not measure stays what it is.
    expect(
      namesOf('We propose Zorb Index (ZI), a learned lookup structure for zorb retrieval.', 'Metric'),
    ).toEqual([]);
  });

  it('reads ROC AUC written with a space as one metric, not a name and a metric', () => {
    const { entities, results } = run('Our zorb model reaches a ROC AUC of 0.97 on zorb scans.');
    expect(entities.map((e) => e.name)).toEqual(['AUROC']);
    expect(results[0]).toMatchObject({ value: '0.97', metric: 'AUROC', subject: null });
  });

  it('reads AUC-ROC as the listed AUROC', () => {
    const auc = run('ZorbNet reaches 0.94 AUC-ROC on zorb scans.').entities.find((e) =>
      e.aliases.includes('AUC-ROC'),
    );
    expect(auc).toMatchObject({ type: 'Metric', name: 'AUROC' });
  });
});

describe('generic kinds', () => {
  it('drops the generic kind written with hyphens throughout', () => {
    const abstract = 'ZorbMM outperforms approaches that utilize Large Vision-Language-Models.';
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('Vision-Language-Models');
  });
});

describe('tasks and techniques', () => {
  it('reads question-answer pairs as data, not the task', () => {
    const abstract =
      'We build a corpus of 900 hours of zorb clips with caption and Q/A pairs, and QA pairs from experts.';
    expect(namesOf(abstract, 'Task')).not.toContain('question answering');
  });

  it('drops the means from a title task but keeps the input it is done on', () => {
    expect(namesOf('Zorb reports are useful.', 'Task', 'LLM-based Zorb Extraction from Reports')).toContain(
      'zorb extraction',
    );
    expect(namesOf('Zorb signals are useful.', 'Task', 'EEG-based Zorb Recognition in the Wild')).toContain(
      'eeg-based zorb recognition',
    );
  });

  it('merges an automatic task with the same task named without the word', () => {
    const abstract =
      'Automatic Image Captioning (AIC) is widely used for zorbs. We apply two zorb readers to image captioning.';
    const tasks = run(abstract).entities.filter((e) => e.type === 'Task');
    expect(tasks.map((e) => e.name)).toEqual(['automatic image captioning']);
    expect(tasks[0]?.aliases).toContain('image captioning');
  });

  it('knows the interpretability and analysis tools of the field', () => {
    const abstract =
      'We study zorb circuits with activation patching, causal tracing and the logit lens, and compare layers with ' +
      'centered kernel alignment (CKA).';
    const techniques = namesOf(abstract, 'Technique');
    for (const name of ['activation patching', 'causal tracing', 'logit lens'])
      expect(techniques).toContain(name);
    // A similarity between representations is a measure (as annotators read it), not a technique.
    expect(namesOf(abstract, 'Metric')).toContain('CKA');
  });
});

describe('results', () => {
  it('reads a share of the cost a method gets by with as an outcome, a share of the data as a budget', () => {
    const abstract =
      'ZorbBlock improves mean speedup by 8-13% over ZorbDraft at 44-52% of its drafting cost. We train on 10% of the data.';
    const found = run(abstract).results.map((r) => r.value);
    expect(found).toContain('44-52%');
    expect(found).not.toContain('10%');
  });
});
