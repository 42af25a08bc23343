// Rules from a forty-third round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, run, namesOf } from '../../helpers/extract.js';

describe('an acronym whose words spell it by their initials', () => {
  it('takes every word, not the shortest run that holds its letters', () => {
    const found = run(
      'We score replies with Amber Short Answer Grading (ASAG), a Zorb rubric.',
    ).entities.find((e) => e.name === 'ASAG' || e.aliases.includes('ASAG'));
    expect([found?.name, ...(found?.aliases ?? [])].map((n) => n?.toLowerCase())).toContain(
      'amber short answer grading',
    );
  });
});

describe('an acronym of grading or counting', () => {
  it('names a task', () => {
    const abstract =
      'We revisit Zorbic Essay Grading (ZEG) and Zorbic Leaf Counting (ZLC) with ZorbNet, a new regressor.';
    expect(namesOf(abstract, 'Task')).toEqual(['zorbic essay grading', 'zorbic leaf counting']);
  });
});

describe('a slash between plain words and a listed name', () => {
  it('lists choices, so the listed name stands alone', () => {
    expect(
      namesOf('Within ZorbNet, cheap adaptation like prompting/adapters/LoRA dominates.', 'Method'),
    ).toEqual(['ZorbNet', 'LoRA']);
  });
});

describe('a Greek letter written as a math macro', () => {
  it('opens a name as the letter itself would', () => {
    const abstract =
      'We evaluate $\\lambda$-ZorbPO against GRPO on $\\tau$-bench and $\\tau^2$-bench, and steer the $\\pi_0$ policy.';
    expect(namesOf(abstract, 'Method')).toEqual(expect.arrayContaining(['$\\lambda$-ZorbPO']));
    expect(namesOf(abstract, 'Benchmark')).toEqual(['tau-bench', 'tau2-bench']);
    expect(namesOf(abstract, 'Model')).toEqual(['π0']);
  });

  it('is no name alone or raised to a power', () => {
    const abstract = 'We estimate $\\delta^2$ and tune $\\alpha$ for ZorbNet.';
    expect(run(abstract).entities.map((e) => e.name)).toEqual(['ZorbNet']);
  });
});

describe('a parenthesised short form after one coined word', () => {
  it('abbreviates that word when its capitals spell the short form', () => {
    const abstract =
      'We introduce CloudyZorbNet (CZN), a dataset of clouds, and DeltaZorb ($\\Delta$Zorb), a lightweight model.';
    const names = run(abstract).entities.map((e) => [e.name, ...e.aliases]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['CZN', 'CloudyZorbNet'],
        ['$\\Delta$Zorb', 'DeltaZorb'],
      ]),
    );
    expect(names).toHaveLength(2);
  });
});

describe('a model release with its tier after a hyphen', () => {
  it('is one name', () => {
    expect(namesOf('Our best configuration (Gemini 3.1-Pro) beats ZorbLM.', 'Model')).toEqual(
      expect.arrayContaining(['Gemini 3.1-Pro']),
    );
  });
});

describe('a grant number', () => {
  it('is no name', () => {
    expect(
      run('ZorbNet was partially supported by DARPA Contract HR009925C0101.').entities.map((e) => e.name),
    ).toEqual(['ZorbNet']);
  });
});

describe('tasks the field names', () => {
  it('include clickbait and sarcasm detection, essay scoring, image recognition and traffic signal control', () => {
    expect(
      namesOf(
        'We apply ZorbNet to clickbait detection, sarcasm recognition, automated essay scoring, image recognition and traffic signal control.',
        'Task',
      ),
    ).toEqual([
      'clickbait detection',
      'sarcasm detection',
      'automated essay scoring',
      'image recognition',
      'traffic signal control',
    ]);
  });
});

describe('a paper that formalizes new metrics', () => {
  it('proposes them, while formalizing a problem as something proposes nothing', () => {
    const abstract =
      'This paper formalizes three new metrics: Innate Zorb Bias (IZB), Zorb Sensitivity, and Trust-Zorb Decoupling (TZD). We formalize the search as a constraint satisfaction problem (CSP).';
    const proposed = run(abstract)
      .entities.filter((e) => e.role === 'proposed')
      .map((e) => `${e.type}:${e.name}`);
    expect(proposed).toEqual(['Metric:IZB', 'Metric:TZD', 'Metric:Zorb Sensitivity']);
  });
});

describe('gradient boosting decision trees', () => {
  it('are a technique, with their acronym', () => {
    expect(
      namesOf(
        'We train a Gradient Boosting Decision Trees (GBDT) classifier on ZorbNet features.',
        'Technique',
      ),
    ).toEqual(['gradient boosting decision tree']);
  });
});

describe('an orbit', () => {
  it('is no method, spelled out or abbreviated', () => {
    expect(
      run('ZorbNet links a low Earth orbit (LEO) satellite to ground users. LEO links fade.').entities.map(
        (e) => e.name,
      ),
    ).toEqual(['ZorbNet']);
  });
});

describe('a counted list of contributions', () => {
  it('may say what its items are for before "namely"', () => {
    const abstract =
      'This work introduces two novel methods for synthetic data generation in driving and medicine, namely ZObI and AnyZorbMed, respectively.';
    expect(
      run(abstract)
        .entities.filter((e) => e.role === 'proposed')
        .map((e) => e.name),
    ).toEqual(['ZObI', 'AnyZorbMed']);
  });
});

describe('a contribution introduced by a participle after a comma', () => {
  it('is proposed when the authors name it and say what it is', () => {
    const abstract =
      'We conduct the first systematic evaluation of this effect, introducing ZorbSet: a benchmark of multi-turn conversations.';
    expect(entity(abstract, 'ZorbSet')?.role).toBe('proposed');
  });
});
