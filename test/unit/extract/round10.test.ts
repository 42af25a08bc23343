// Rules from a tenth round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, run } from '../../helpers/extract.js';

describe('classic named algorithms, tests and protocols', () => {
  it('types well-known named procedures as methods, in whatever case the field writes them', () => {
    const abstract =
      'We explain predictions with SHAP and Grad-CAM, track hands with a Kalman filter, decode with the Viterbi ' +
      'algorithm, rank candidates by Borda count and expose tools through the Model Context Protocol (MCP).';
    const methods = namesOf(abstract, 'Method');
    for (const name of ['SHAP', 'Grad-CAM', 'Kalman filter', 'Viterbi algorithm', 'Borda count', 'MCP'])
      expect(methods).toContain(name);
    expect(entity(abstract, 'MCP')?.aliases).toContain('Model Context Protocol');
  });

  it('names a statistical test by its full name, not by the surname in it', () => {
    const abstract = "The gain is significant under McNemar's test and Fisher's exact test on ZorbQA.";
    const methods = namesOf(abstract, 'Method');
    expect(methods).toContain("McNemar's test");
    expect(methods).toContain("Fisher's exact test");
    expect(methods).not.toContain('McNemar');
  });

  it('does not take a name labelling a p-value for a method', () => {
    const abstract =
      'Zorbit lifts accuracy from 41% to 52% on ZorbQA (McQuxley p=0.021, DeBlamford exact $p = 0.006$).';
    const methods = namesOf(abstract, 'Method');
    expect(methods).not.toContain('McQuxley');
    expect(methods).not.toContain('DeBlamford');
  });
});

describe('benchmark editions and abbreviated listed names', () => {
  it('reads a listed benchmark with a glued two-digit year as a dated edition', () => {
    const abstract = 'Zorbit improves accuracy on AIME24 from 60.0% to 63.3% and AIME25 from 46.7% to 53.3%.';
    expect(entity(abstract, 'AIME25')?.type).toBe('Benchmark');
    const results = run(abstract).results.filter((r) => r.value === '53.3%');
    expect(results[0]).toMatchObject({ benchmark: 'AIME25' });
  });

  it("keeps a listed name's type when the paper abbreviates it itself", () => {
    const abstract = 'We build a corpus from 114 dumps of Common Crawl (CC) and filter the CC pages.';
    expect(entity(abstract, 'Common Crawl')).toMatchObject({ type: 'Benchmark', aliases: ['CC'] });
  });
});

describe('measures named by how a result changes them', () => {
  it('reads the quality of a named thing changed by an amount as a metric, but not bare or praised quality', () => {
    const abstract =
      'Zorb prompting improves overall refusal quality by 28.1% and raises output quality by 3%, with high quality by 2%.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toContain('refusal quality');
    expect(metrics).not.toContain('output quality');
    expect(metrics).not.toContain('high quality');
  });

  it('reads one abstract quality noun changed by a stated amount as a metric', () => {
    const abstract =
      'ZorbEdit improves safety by up to 17.2%, increases truthfulness by 9.8% and lifts speed by 2x.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).toContain('safety');
    expect(metrics).toContain('truthfulness');
  });

  it('reads a measure after a percentage even when another result follows with "and"', () => {
    const abstract =
      'With human review, the schema reaches 93.3% category coverage and 98.0% assignment among entities.';
    expect(namesOf(abstract, 'Metric')).toContain('category coverage');
  });
});

describe('technique names the field writes several ways', () => {
  it('reads "an LLM judge" as LLM-as-a-judge and "state space modeling" as the state space model', () => {
    const abstract =
      'Answers are scored by an LLM judge, and the encoder combines deformable convolutions with state space modeling.';
    expect(entity(abstract, 'LLM-as-a-Judge')?.type).toBe('Technique');
    expect(entity(abstract, 'state space model')?.type).toBe('Technique');
    expect(entity(abstract, 'deformable convolution')?.type).toBe('Technique');
  });
});

describe('model name grammar', () => {
  it('reads two sizes or two variants after one checkpoint stem as two models', () => {
    const abstract = 'We run all conditions with Llama-3.1-8B/70B and Qwen3-4B-Instruct/Thinking on ZorbQA.';
    const models = namesOf(abstract, 'Model');
    for (const name of ['Llama-3.1-8B', 'Llama-3.1-70B', 'Qwen3-4B-Instruct', 'Qwen3-4B-Thinking'])
      expect(models).toContain(name);
    expect(entity(abstract, 'Llama-3.1-70B')?.mentions).toEqual(['Llama-3.1-8B/70B']);
  });

  it("splits the paper's own checkpoints written with two sizes, keeping them proposed", () => {
    const abstract = 'In this work, we propose ZorbLM-7B/72B, a specialized LLM series for enterprise text.';
    expect(entity(abstract, 'ZorbLM-7B', 'ZorbLM-7B/72B: Optimizing Enterprise LLMs')?.role).toBe('proposed');
    expect(entity(abstract, 'ZorbLM-72B', 'ZorbLM-7B/72B: Optimizing Enterprise LLMs')?.type).toBe('Model');
  });

  it('knows widely used embedding checkpoints', () => {
    const abstract =
      "Our encoder beats OpenAI's text-embedding-3-large and mxbai-embed-large on ZorbRetrieve.";
    const models = namesOf(abstract, 'Model');
    expect(models).toContain('text-embedding-3-large');
    expect(models).toContain('mxbai-embed-large');
  });
});

describe('data set splits', () => {
  it('reads a named training or validation split as a benchmark', () => {
    const abstract =
      'Public training pools (ZorbPhysics-Train and QuxMath-Val) pass the audit with zero hits.';
    const benchmarks = namesOf(abstract, 'Benchmark');
    expect(benchmarks).toContain('ZorbPhysics-Train');
    expect(benchmarks).toContain('QuxMath-Val');
  });
});

describe('Claude tiers named alone', () => {
  it('reads "Sonnet 4.5" and "Haiku-4.5" as models', () => {
    const abstract = 'An audit with a Haiku-4.5 judge finds our model 7.1 pp behind Sonnet 4.5 on ZorbPhys.';
    const models = namesOf(abstract, 'Model');
    expect(models).toContain('Haiku-4.5');
    expect(models).toContain('Sonnet 4.5');
  });
});

describe('capitalised descriptions are not names', () => {
  it('does not take generic words in capitals after a proposal verb for a name', () => {
    const abstract =
      'This paper proposes a Multi-Modal Agent framework for defect detection. We also propose a LLM-driven framework for dialogue synthesis.';
    const methods = namesOf(abstract, 'Method');
    expect(methods).not.toContain('Multi-Modal Agent');
    expect(methods).not.toContain('LLM-driven');
  });

  it('still takes a coined word with a generic head for a name', () => {
    expect(namesOf('We propose Zorb Agent, a system for triage.', 'Method')).toContain('Zorb Agent');
  });

  it('knows the Dice similarity coefficient as the Dice score', () => {
    const abstract = 'ZorbUNet achieves Dice Similarity Coefficients of 89.47% and 87.59% on the two sets.';
    expect(entity(abstract, 'Dice score')?.aliases).toContain('Dice Similarity Coefficients');
  });
});
