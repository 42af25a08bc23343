// Rules from an eighth round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { run, entity, namesOf } from '../../helpers/extract.js';

describe('metric lists', () => {
  it('reads the qualities a set of metrics measures as metrics', () => {
    const abstract =
      'We propose Zorbify and evaluate it with four metrics measuring tonal fidelity, plot coherence, and lexical richness.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['tonal fidelity', 'plot coherence', 'lexical richness']),
    );
  });

  it('reads the qualities a rubric measures and the dimensions an evaluation uses', () => {
    expect(
      namesOf(
        'We employ ZorbJudge, a rubric that measures stroke correctness and glyph completeness.',
        'Metric',
      ),
    ).toEqual(expect.arrayContaining(['stroke correctness', 'glyph completeness']));
    expect(
      namesOf('We evaluate Zorbify across key dimensions: tidiness, brevity, and warmth.', 'Metric'),
    ).toEqual(expect.arrayContaining(['tidiness', 'brevity', 'warmth']));
  });

  it('reads a list closed by the word metrics', () => {
    const abstract = 'Zorbify scores highest across grammar, wit, and pacing metrics.';
    expect(namesOf(abstract, 'Metric')).toEqual(expect.arrayContaining(['grammar', 'wit', 'pacing']));
  });

  it('does not read topics, plural things or a single aim as metrics', () => {
    expect(
      namesOf(
        'We organise prior work along three dimensions: data sources, model families, and venues.',
        'Metric',
      ),
    ).toEqual([]);
    expect(
      namesOf(
        'This survey reviews key methodologies, datasets, and performance metrics for zorb parsing.',
        'Metric',
      ),
    ).toEqual([]);
    expect(
      namesOf('We compare them using linguistic, structural, and protocol-specific metrics.', 'Metric'),
    ).toEqual([]);
    expect(namesOf('The study offers metrics for evaluation, e.g., a toolkit.', 'Metric')).toEqual([]);
  });
});

describe('defined acronyms of things studied', () => {
  it('does not read an acronym of a record, a density or a disease as a method', () => {
    const abstract =
      'Case Report Forms (CRFs) hold trial data, and Power Spectral Density (PSD) shows noise in patients with Zorb Wasting Disease (ZWD). We propose Zorbify to fill CRFs.';
    const names = run(abstract).entities.map((e) => e.name);
    expect(names).not.toContain('CRF');
    expect(names).not.toContain('CRFs');
    expect(names).not.toContain('PSD');
    expect(names).not.toContain('ZWD');
  });

  it('still reads a Title Case graph the paper introduces as its own', () => {
    const abstract =
      'We propose the Zorb Reasoning Graph (ZRG), a structure that links evidence across documents.';
    expect(entity(abstract, 'ZRG')?.role).toBe('proposed');
  });
});

describe('metric names', () => {
  it('keeps the words between a value and its measure as part of the measure', () => {
    const abstract = 'Zorbify reaches 91.7% typed deferral accuracy and 5% higher accuracy than ZorbNet.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toContain('typed deferral accuracy');
    expect(metrics).not.toContain('higher accuracy');
    expect(namesOf('It reaches 80 percent accuracy.', 'Metric')).toEqual(['accuracy']);
  });

  it('reads a score named after a model as a metric, not a mention of the model', () => {
    const abstract = 'Zorbify gains 7.04 points in the ChatGPT score and raises CLIP similarity by 3%.';
    expect(namesOf(abstract, 'Metric')).toEqual(expect.arrayContaining(['ChatGPT score', 'CLIP similarity']));
    expect(namesOf(abstract, 'Model')).toEqual([]);
    expect(namesOf('GPT-4 scores 80% on MMLU.', 'Model')).toEqual(['GPT-4']);
  });
});

describe('technique lexicon', () => {
  it('reads retrieval-augmented models and program-of-thought as the techniques they use', () => {
    const abstract =
      'We compare retrieval-augmented large language models with Program-of-Thought (PoT) baselines under test-time compute scaling.';
    expect(namesOf(abstract, 'Technique')).toEqual(
      expect.arrayContaining(['retrieval-augmented generation', 'program-of-thought', 'test-time scaling']),
    );
  });
});

describe('passive proposals', () => {
  it('reads a defined part that "is designed to" or "is proposed to" do something as proposed', () => {
    const abstract =
      'We propose ZorbNet for denoising. Specifically, a Channel-wise Zorb Perceptron (CwZP) is designed to align the distribution.';
    expect(entity(abstract, 'CwZP')?.role).toBe('proposed');
  });

  it('keeps a part proposed in prior work as prior work', () => {
    const abstract =
      'Recently, Low-Rank Zorb Adaptation (LoZA) is proposed to reduce memory. We propose ZorbNet instead.';
    expect(entity(abstract, 'LoZA')?.role).not.toBe('proposed');
  });
});

describe('results in LaTeX', () => {
  it('reads a value after \\sim or \\approx inside math, and "beats by" as an improvement', () => {
    const results = run(
      'ZorbNet achieves \\(\\sim50\\%\\) Recall@10 on SIFT1M and beats baselines by \\(\\sim15\\%\\) accuracy.',
    ).results;
    expect(results.map((r) => r.value)).toEqual(['50\\%', '15\\%']);
    expect(results[1]?.kind).toBe('improvement');
  });
});

describe('metrics written in math', () => {
  it('reads R^2 in its written forms and the kappa coefficient as Cohen’s kappa', () => {
    const paper = run(
      'Zorbify reaches R^2=0.834, an $R^2$ of 0.91 and a Kappa coefficient of 0.81 on SIFT1M.',
    );
    const r2 = paper.entities.find((e) => e.name === 'R^2');
    expect(r2?.type).toBe('Metric');
    expect(r2?.mentions).toEqual(expect.arrayContaining(['R^2', '$R^2$']));
    expect(paper.entities.find((e) => e.name === "Cohen's kappa")?.type).toBe('Metric');
    expect(paper.entities.find((e) => e.name === 'SIFT1M')?.type).toBe('Benchmark');
    expect(paper.results.find((r) => r.value === '0.834')?.metric).toBe('R^2');
  });
});
