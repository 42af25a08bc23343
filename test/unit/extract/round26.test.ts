// Rules from a twenty-sixth round (one measure noun after its value, listed names in title case, agent and classifier
// tasks, benchmark splits, nouns that narrow a measure, training paradigms, acronyms joined to plain words, hyphenated
// acronym measures, parenthesised words in appositions and lists, counted descriptions); every sentence here is
// invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { caseAllows } from '../../../extract/lexicon/index.js';
import { namesOf, run } from '../../helpers/extract.js';

describe('one measure noun right after its value', () => {
  it('reads "67.1% success" and "27.3% reward" as the measures reported', () => {
    const out = run('On ZorbWorld, ZorbDAG reaches 67.1% success and 27.3% reward, ahead of ZorbPlan.');
    expect(out.entities.filter((e) => e.type === 'Metric').map((e) => e.name)).toEqual(
      expect.arrayContaining(['success', 'reward']),
    );
    expect(out.results.find((r) => r.value === '67.1%')?.metric).toBe('success');
  });

  it('leaves other nouns after a value alone', () => {
    const abstract = 'ZorbCal keeps 95% confidence and 40% sparsity on ZorbSet.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('listed names with inner capitals in title case', () => {
  const entry = (surface: string) =>
    ({ type: 'Task', canonical: surface, surface, caseRule: 'exact', weak: false }) as const;

  it('lets a title capitalise the plain words of a listed name', () => {
    expect(caseAllows(entry('text-to-SQL'), 'Text-to-SQL')).toBe(true);
    expect(caseAllows(entry('text-to-SQL'), 'Text-To-SQL')).toBe(true);
    expect(caseAllows(entry('macro F1'), 'Macro F1')).toBe(true);
  });

  it('keeps the coined capitals as listed', () => {
    expect(caseAllows(entry('nuScenes'), 'NuScenes')).toBe(false);
    expect(caseAllows(entry('text-to-SQL'), 'Text-to-Sql')).toBe(false);
    expect(caseAllows(entry('nnU-Net'), 'nnUNet')).toBe(true);
  });

  it('finds the listed task in a title and the listed metric at a sentence start', () => {
    expect(namesOf('We cache zorb tables.', 'Task', 'ZorbCache: Low-Latency Text-to-SQL')).toContain(
      'text-to-SQL',
    );
    expect(namesOf('Macro F1 rises to 71.2% with ZorbTag on ZorbNER.', 'Metric')).toContain('macro F1');
  });
});

describe('tasks of agents and classifiers', () => {
  it('reads computer use and multi-label classification as tasks', () => {
    expect(
      namesOf('We train zorb agents.', 'Task', 'ZorbCUA: Open Foundations for Computer-Use Agents'),
    ).toContain('computer use');
    const abstract = 'We propose ZorbNet, a multi-label classification framework for zorb damage categories.';
    expect(namesOf(abstract, 'Task')).toContain('multi-label classification');
  });

  it('reads question-answer pairs as data, not as the task', () => {
    const abstract =
      'ZorbEmo provides over 3,000 question-answer (QA) pairs for evaluation, and 500 more QA pairs for tuning.';
    expect(namesOf(abstract, 'Task')).not.toContain('question answering');
  });
});

describe('benchmark splits and suites', () => {
  it('keeps a hyphenated split word with its benchmark', () => {
    const names = namesOf(
      'ZorbCUA reaches 34.8% on OSWorld-Verified and 40.2% on ZorbArena-Verified.',
      'Benchmark',
    );
    expect(names).toEqual(expect.arrayContaining(['OSWorld-Verified', 'ZorbArena-Verified']));
    expect(names).not.toContain('OSWorld');
  });

  it('still cuts a participle that turns a name into an adjective', () => {
    expect(namesOf('ZorbSeg uses ImageNet-initialized encoders on ZorbCells.', 'Benchmark')).not.toContain(
      'ImageNet-initialized',
    );
  });

  it('reads MVTec LOCO as one benchmark', () => {
    expect(namesOf('On MVTec LOCO, ZorbAD reaches an AUROC of 96.1%.', 'Benchmark')).toEqual(['MVTec LOCO']);
  });
});

describe('nouns that narrow a listed measure', () => {
  const metric = (abstract: string, name: string) =>
    run(abstract).entities.find((e) => e.type === 'Metric' && e.name === name);

  it('keeps the listed name and the narrower phrasing as an alias', () => {
    const found = metric('ZorbLM reaches a validation perplexity of 12.1 on ZorbText.', 'perplexity');
    expect(found?.aliases).toContain('validation perplexity');
    expect(found?.mentions).toContain('validation perplexity');
  });

  it('takes no adjectives, verbs or cut compounds as narrower names', () => {
    for (const [abstract, name] of [
      ['ZorbLM keeps minimal perplexity of 12.1 on ZorbText.', 'perplexity'],
      ['We track perplexity of 12.1 on ZorbText.', 'perplexity'],
      ['ZorbLM reaches a country-level perplexity of 12.1 on ZorbText.', 'perplexity'],
      ['ZorbLM shows an efficiency-perplexity trade-off at 12.1 on ZorbText.', 'perplexity'],
    ] as const) {
      const found = metric(abstract, name);
      expect(found, abstract).toBeDefined();
      expect(found?.aliases, abstract).toEqual([]);
    }
  });
});

describe('training paradigms and model families of the field', () => {
  it('lists supervised learning, visual instruction tuning and diffusion LLMs as techniques', () => {
    const abstract =
      'We fine-tune ZorbVL with supervised learning followed by visual instruction tuning, and compare diffusion large language models (dLLMs) with masked diffusion language models.';
    expect(namesOf(abstract, 'Technique')).toEqual(
      expect.arrayContaining([
        'supervised learning',
        'visual instruction tuning',
        'diffusion large language model',
        'masked diffusion language model',
      ]),
    );
  });

  it('keeps the longer listed paradigm over the one inside it', () => {
    const names = namesOf('ZorbSSL relies on self-supervised learning on ZorbImages.', 'Technique');
    expect(names).toContain('self-supervised learning');
    expect(names).not.toContain('supervised learning');
  });
});

describe('acronyms joined to plain words', () => {
  it('reads an acronym qualified by a plain word as a modifier, not a method', () => {
    const abstract =
      'ZorbStain predicts IHC-positive pixels, ICT-domain experts check the masks, and it beats pure-CNN baselines on ZorbPath.';
    const methods = namesOf(abstract, 'Method');
    expect(methods).toContain('ZorbStain');
    expect(methods).not.toContain('IHC-positive');
    expect(methods).not.toContain('ICT-domain');
    expect(methods).not.toContain('pure-CNN');
  });

  it('keeps coined names that join an acronym and a word', () => {
    expect(namesOf('We compare ZorbFix with SWE-agent on ZorbBench.', 'Method')).toContain('SWE-agent');
  });
});

describe('a hyphenated measure before a noun', () => {
  it('keeps a measure headed by an acronym however it is hyphenated', () => {
    expect(
      namesOf('ZorbRAG achieves an average Macro-F1 improvement of 10.76% on ZorbEHR.', 'Metric'),
    ).toContain('macro F1');
  });

  it('still reads a hyphenated measure word before a noun as a modifier', () => {
    expect(
      namesOf('ZorbVAE is trained with a KL-divergence loss to 0.12 on ZorbFaces.', 'Metric'),
    ).not.toContain('KL divergence');
  });
});

describe('descriptions and lists with words in parentheses', () => {
  it('reads the type noun after an acronym in an apposition', () => {
    const abstract =
      'We present ZorbOverload, a slightly different visual question answering (VQA) benchmark comprising 2,720 questions.';
    expect(namesOf(abstract, 'Benchmark')).toContain('ZorbOverload');
  });

  it('types every item of a list whose items carry glosses', () => {
    const abstract =
      'Existing misalignment benchmarks such as ZorbCode (safety-centric), ZorbLens (value-centric), and ZorbHeritage (culture-centric) judge one dimension at a time.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(
      expect.arrayContaining(['ZorbCode', 'ZorbLens', 'ZorbHeritage']),
    );
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });
});

describe('a description with a counted size, then the name', () => {
  it('reads a thousands comma as part of the number, not a clause boundary', () => {
    const abstract =
      'Moreover, we present a dataset comprising 25,368 samples (ZorbDR), where each sample holds a question.';
    expect(namesOf(abstract, 'Benchmark')).toContain('ZorbDR');
  });
});
