// Rules from a twenty-second round (title-case modifiers of a measure, verbs after "to ... ly",
// coined acronyms measured in percent, comparatives without a number, frameworks that are benchmarks, multilingual
// suites); every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf } from '../../helpers/extract.js';

describe('modifiers of a listed measure', () => {
  it('keeps a capitalised word before a capitalised measure in the abstract', () => {
    const abstract = 'ZorbCoT reaches a high Attack Success Rate (94.4%) and Zorbing Success Rate (88.4%).';
    expect(namesOf(abstract, 'Metric')).toContain('zorbing success rate');
    expect(resultOf(abstract, '88.4%')?.metric).toBe('zorbing success rate');
  });

  it('does not take a title-case verb from the title into a measure', () => {
    const names = namesOf('ZorbPose is evaluated on Zorb-7.', 'Metric', 'Enhancing Accuracy of Zorb Pose');
    expect(names).not.toContain('enhancing accuracy');
  });

  it('reads a verb after "to" and an adverb as a verb', () => {
    const abstract =
      'We use a Zorb sampler to effectively balance accuracy and diversity, reaching 81% accuracy.';
    expect(namesOf(abstract, 'Metric')).not.toContain('balance accuracy');
    expect(namesOf(abstract, 'Metric')).toContain('accuracy');
  });
});

describe('measures named by their value or a comparison', () => {
  it('types a coined acronym right after a percentage as the measure', () => {
    const abstract =
      'End-to-end systems outperform pipelines, reaching 37.0% ZoER (Zorb-300M) and 38.0% ZVER on the test set.';
    expect(entity(abstract, 'ZoER')?.type).toBe('Metric');
    expect(entity(abstract, 'ZVER')?.type).toBe('Metric');
  });

  it('leaves data sets listed with their own gains alone', () => {
    const abstract = 'ZorbAdapt improves every domain (+8% ImageNet-100, +5% ZUB, +2% ZCars).';
    expect(entity(abstract, 'ZUB')?.type).not.toBe('Metric');
  });

  it('reads a measure after "with lower" without a number in the sentence', () => {
    const abstract =
      'ZorbDTW outperforms traditional methods with lower temporal error and higher IoU scores.';
    expect(namesOf(abstract, 'Metric')).toContain('temporal error');
  });

  it('knows relative error as a measure, with "mean" as an alias', () => {
    const abstract =
      'The Zorb ruler attains 2.6% mean relative error and 2.9% relative error after recalibration.';
    expect(resultOf(abstract, '2.9%')?.metric).toBe('relative error');
  });
});

describe('models', () => {
  it('keeps a spelled-out release of a listed family a model', () => {
    const abstract =
      'We evaluate two LLMs (Generative Pretrained Transformer 4o (GPT4o) and Claude 3.5 Sonnet) on Zorb tutoring.';
    expect(entity(abstract, 'GPT4o')?.type).toBe('Model');
  });

  it('reads a multimodal or video LLM in an apposition as a model, and never as a name', () => {
    const abstract = 'We present Zorbissa, a lightweight 4B-parameter medical MM-LLM that works offline.';
    expect(entity(abstract, 'Zorbissa')?.type).toBe('Model');
    expect(entity(abstract, 'MM-LLM')).toBeUndefined();
  });

  it('knows Phi-3.5 and its variants', () => {
    const abstract = 'Small models such as Phi-3.5-mini forget little during continual learning.';
    expect(entity(abstract, 'Phi-3.5-mini')?.type).toBe('Model');
  });
});

describe('methods', () => {
  it('knows reciprocal rank fusion by either name', () => {
    const abstract = 'ZorbRAG merges dense and sparse hits with reciprocal rank fusion before reranking.';
    expect(entity(abstract, 'RRF')?.type).toBe('Method');
  });
});

describe('benchmarks', () => {
  it('types a -Bench name the text calls a framework as a benchmark', () => {
    const abstract =
      'We present ZorbBench, a framework designed to evaluate the cultural dimensions of Chinese LLMs.';
    expect(entity(abstract, 'ZorbBench')?.type).toBe('Benchmark');
  });

  it('types a "benchmark framework" as a benchmark', () => {
    const abstract =
      'We present ZorbScan, a comprehensive benchmark framework that evaluates hallucination detection across 72 configurations.';
    expect(entity(abstract, 'ZorbScan')?.type).toBe('Benchmark');
  });

  it('types an acronym whose long form is a benchmark for something as a benchmark', () => {
    const abstract =
      'We establish a Diversified Zorb benchmark for Chinese Street View Text Retrieval (DZ-CSVTR) to test layouts.';
    expect(entity(abstract, 'DZ-CSVTR')?.type).toBe('Benchmark');
  });

  it('reads an apposition after the size of a data set in parentheses', () => {
    const abstract = 'We introduce ZorbOmni (288K), a multi-view training corpus for precision agriculture.';
    expect(entity(abstract, 'ZorbOmni')?.type).toBe('Benchmark');
  });

  it("names a dated campaign's numbered task as one benchmark", () => {
    const abstract =
      'This paper presents our system for SemEval-2031 Task 8 and the ZorbNLP 2031 Shared Task.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(
      expect.arrayContaining(['SemEval-2031 Task 8', 'ZorbNLP 2031 Shared Task']),
    );
  });

  it('reads Wikipedia as a data source and STEM as no data set', () => {
    const abstract =
      'ZorbCut trains on a corpus built from Wikipedia and cuts length by 46% across STEM and coding benchmarks.';
    expect(namesOf(abstract, 'Benchmark')).toContain('Wikipedia');
    expect(entity(abstract, 'STEM')).toBeUndefined();
  });

  it('knows the multilingual suites', () => {
    const abstract = 'ZorbAlign improves results on two tasks (XNLI and XQuAD) and on Global-MMLU.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(expect.arrayContaining(['XQuAD', 'Global-MMLU']));
    expect(namesOf(abstract, 'Benchmark')).not.toContain('MMLU');
  });
});

describe('fields named by an acronym', () => {
  it('reads an activity that is called a task as the task', () => {
    const abstract = 'Chinese zorb error correction (CZEC) is a challenging task. We propose ZorbFix for it.';
    expect(namesOf(abstract, 'Task')).toContain('chinese zorb error correction');
    expect(namesOf(abstract, 'Method')).not.toContain('CZEC');
  });

  it('does not read a field that has gained attention as a method', () => {
    const abstract =
      'Speech-Driven Zorb Animation (SDZA) has gained significant attention. We propose ZorbFace for it.';
    expect(namesOf(abstract, 'Method')).not.toContain('SDZA');
  });
});
