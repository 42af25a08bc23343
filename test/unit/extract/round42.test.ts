// Rules from a forty-second round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, values } from '../../helpers/extract.js';

describe('tasks the field names', () => {
  it('include reasoning in a domain, creative writing, role-playing and hallucination mitigation', () => {
    expect(
      namesOf(
        'We evaluate ZorbMed on medical reasoning, tabular reasoning, creative writing, role-playing and hallucination mitigation benchmarks.',
        'Task',
      ),
    ).toEqual(
      expect.arrayContaining([
        'medical reasoning',
        'table reasoning',
        'creative writing',
        'role-playing',
        'hallucination mitigation',
      ]),
    );
  });

  it('leave a word joined into a longer name alone', () => {
    expect(
      namesOf('We propose the first Multimodal Medical Reasoning-with-Retrieval framework, ZorbMed.', 'Task'),
    ).toEqual([]);
  });

  it('leave a genre of game alone', () => {
    expect(
      namesOf('We study ZorbQuest, a set of role-playing games (RPG), with LLM players.', 'Task'),
    ).toEqual([]);
  });

  it('read natural-language-to-SQL as text-to-SQL', () => {
    expect(namesOf('We evaluate ZorbSQL on natural-language-to-SQL benchmarks.', 'Task')).toEqual([
      'text-to-SQL',
    ]);
  });
});

describe('a model tier', () => {
  it('may be the hyphenated Flash-Lite', () => {
    expect(namesOf('ZorbNet outperforms Gemini-2.5 Flash-Lite and GPT-4o-mini.', 'Model')).toEqual(
      expect.arrayContaining(['Gemini-2.5 Flash-Lite', 'GPT-4o-mini']),
    );
  });
});

describe('a software development kit', () => {
  it('is no method of its own', () => {
    expect(
      namesOf(
        'ZorbLight works with agents built with frameworks like LangChain, OpenAI Agents SDK, AutoGen, or from scratch.',
        'Method',
      ),
    ).not.toContain('SDK');
  });
});

describe('a release number after a coined name in a list', () => {
  it('is part of the name', () => {
    expect(
      namesOf(
        'ZorbWiki outperforms seven baselines, including ZorbRAG 2, LightZorb, and GraphZorb.',
        'Method',
      ),
    ).toEqual(expect.arrayContaining(['ZorbRAG 2', 'LightZorb', 'GraphZorb']));
  });

  it('is not when a count or a second number follows', () => {
    const names = namesOf(
      'ZorbWiki runs ZorbRAG 2 times faster than ZorbRAG 3 and 4 hop baselines.',
      'Method',
    );
    expect(names).not.toContain('ZorbRAG 2');
    expect(names).not.toContain('ZorbRAG 3');
  });
});

describe('a signed decimal', () => {
  it('is a gain in a sentence that reports outcomes', () => {
    expect(
      values(
        'ZorbLink improves Recall@1 on ZorbBEL by +19.2, with large gains for low-resource languages, e.g., +21.6 on Turkish and +30.8 on Thai, and consistent improvements on ZorbMed (+6.2).',
      ),
    ).toEqual(['19.2', '21.6', '30.8', '6.2']);
  });

  it('is not in a sentence that reports none', () => {
    expect(values('We pair ZorbNet with a +0.5 offset on each logit.')).toEqual([]);
  });
});

describe('the opening of an abstract', () => {
  it('names the task its field serves', () => {
    expect(
      namesOf(
        'Continual learning is essential for medical image classification systems to adapt to evolving clinics. We propose ZorbCL.',
        'Task',
      ),
    ).toEqual(['medical image classification']);
  });

  it('names no task it only uses as an example later on', () => {
    expect(
      namesOf(
        'Large models are trained at scale. Scaling is essential for medical image classification, among others.',
        'Task',
      ),
    ).toEqual([]);
  });
});

describe('words that narrow a listed task', () => {
  it('may stack two deep, and a multi-image setting is one of them', () => {
    expect(
      namesOf(
        'To advance cross-lingual biomedical entity linking and multi-image attribute value extraction, we propose ZorbLink.',
        'Task',
      ),
    ).toEqual(
      expect.arrayContaining([
        'cross-lingual biomedical entity linking',
        'multi-image attribute value extraction',
      ]),
    );
  });
});

describe('radiology report measures', () => {
  it('are named with their F1', () => {
    expect(
      namesOf(
        'ZorbRad improves RadGraph F1 and CheXbert F1 by 7.8% and 4.4% over a multilingual encoder (mE5).',
        'Metric',
      ),
    ).toEqual(['RadGraph F1', 'CheXbert F1']);
  });

  it('leave multilingual E5 a model', () => {
    expect(namesOf('We fine-tune a multilingual encoder (mE5) on 10,000 pairs.', 'Model')).toEqual(['mE5']);
  });
});

describe("the share of a model's parts an experiment acts on", () => {
  it('is its setting, not a result', () => {
    expect(
      values(
        'Interventions show that masking a mere 5% of these critical heads can decrease the ZorbScore by 60%.',
      ),
    ).toEqual(['60%']);
  });

  it('is a finding when the parts are only counted', () => {
    expect(
      values('ZorbProbe shows that 15% of experts are monosemantic, raising accuracy by 3.1%.'),
    ).toContain('3.1%');
  });
});

describe('techniques the field names', () => {
  it('include Markov decision processes, contextual bandits and Gaussian process regression', () => {
    expect(
      namesOf(
        'We cast ZorbAgent as a Markov decision process, pick rewrites with a contextual bandit, and fit a Gaussian process regression (GPR) model.',
        'Technique',
      ),
    ).toEqual(
      expect.arrayContaining(['Markov decision process', 'contextual bandit', 'Gaussian process regression']),
    );
  });
});

describe('what a new thing builds on', () => {
  it('is used, not proposed, after a relative clause', () => {
    const abstract =
      'We propose ZorbNet, a novel framework that leverages Quxian Temporal Logic (QTL) to specify properties.';
    expect(entity(abstract, 'ZorbNet')?.role).toBe('proposed');
    expect(entity(abstract, 'QTL')?.role).toBe('used');
  });
});

describe('a class of models written with hyphens', () => {
  it('is no name, even before "-based"', () => {
    expect(
      namesOf(
        'We present a pipeline for synthetic data generation, combining Vision-Language-Model-based prompts, ZorbDiff and sample filtering.',
        'Method',
      ),
    ).toEqual(['ZorbDiff']);
  });
});

describe('the capabilities a system integrates', () => {
  it('are no tasks of the paper', () => {
    expect(
      namesOf(
        'We propose ZorbDrive, a framework that integrates LiDAR fusion, language decoding, and temporal reasoning in one architecture.',
        'Task',
      ),
    ).toEqual([]);
  });

  it('leave a task the paper addresses named', () => {
    expect(namesOf('We evaluate ZorbDrive on temporal reasoning benchmarks.', 'Task')).toEqual([
      'temporal reasoning',
    ]);
  });
});
