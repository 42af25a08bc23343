// Rules from a thirty-first round (qualified measures, acronyms spelled by marked capitals, words closed by a
// parenthesis, lower-case libraries, qualified own versions); every sentence here is invented, the Zorb names made up
// (real names appear only as listed knowledge).
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

const role = (out: ReturnType<typeof run>, name: string) => out.entities.find((e) => e.name === name)?.role;
const metric = (out: ReturnType<typeof run>, name: string) =>
  out.entities.find((e) => e.type === 'Metric' && e.name === name);

describe('a qualified measure', () => {
  it('keeps "final" as another name of the measure, as "average" is', () => {
    const out = run(
      'Zorbnet reaches a 71.3% final pass rate on Zorb-Bench, up from 52.0% for the base model.',
    );
    expect(metric(out, 'pass rate')?.aliases).toContain('final pass rate');
  });
});

describe('a narrowed measure', () => {
  it('keeps what a speedup or a latency was taken on as another name', () => {
    const out = run(
      'Zorbnet gives a 2.3x prefilling speedup and a 1.7x walltime speedup, and cuts response latency to 8 ms.',
    );
    expect(metric(out, 'speedup')?.aliases).toEqual(
      expect.arrayContaining(['prefilling speedup', 'walltime speedup']),
    );
    expect(metric(out, 'latency')?.aliases).toContain('response latency');
  });
});

describe('an acronym spelled by capitals its long form marks', () => {
  it('reads a long form with several marking words as the name, not as names of its own', () => {
    const out = run(
      'We propose a framework named ZORBINE, a ZORBing-Guided INterleaved Cross-modal NEtwork designed for retrieval ' +
        'with missing views. ZORBINE fuses the views it has.',
    );
    const zorbine = out.entities.find((e) => e.name === 'ZORBINE');
    expect(zorbine?.aliases).toContain('ZORBing-Guided INterleaved Cross-modal NEtwork');
    expect(out.entities.map((e) => e.name)).not.toContain('INterleaved');
  });

  it('still needs the marked letters in order', () => {
    const out = run('We propose ZORBINE, a BLORBing-Guided INterleaved Cross-modal NEtwork for retrieval.');
    expect(out.entities.find((e) => e.name === 'ZORBINE')?.aliases ?? []).toHaveLength(0);
  });
});

describe('a word closed by a parenthesis', () => {
  it('ends the name at the parenthesis that closes an earlier one', () => {
    const out = run('Our Zorb pipeline, run on an older model (Qwen2.5-7B)-reached a 31% acceptance rate.');
    const names = out.entities.map((e) => e.name);
    expect(names).toContain('Qwen2.5-7B');
    expect(names).not.toContain('Qwen2.5-7B)');
  });
});

describe('a library written in lower case', () => {
  it('is a named method when listed so', () => {
    const out = run(
      'We fine-tune Zorb-7B with Unsloth, quantise it with bitsandbytes and keep the logs in pandas.',
    );
    for (const name of ['Unsloth', 'bitsandbytes', 'pandas'])
      expect(out.entities.find((e) => e.name === name)?.type).toBe('Method');
  });

  it('leaves unlisted lower-case words alone', () => {
    const out = run('We fine-tune Zorb-7B with zorbtools and keep the logs in blorbframes.');
    expect(out.entities.map((e) => e.name)).not.toContain('zorbtools');
  });
});

describe("the paper's own qualified version of a name", () => {
  it('names a listed method with a Title-Case qualifier, described in apposition, as proposed', () => {
    const out = run(
      'To soften this, we present Tempered DPO, a training recipe that anneals the reference policy. Tempered DPO ' +
        'beats DPO by 2.1 points on Zorb-Chat.',
    );
    const own = out.entities.find((e) => e.name === 'Tempered DPO');
    expect(own?.type).toBe('Method');
    expect(own?.role).toBe('proposed');
    expect(out.entities.find((e) => e.name === 'DPO')?.role).not.toBe('proposed');
  });

  it('takes a coined name over with its qualifier', () => {
    const out = run(
      'We propose Sparse ZoBlorb-Skip, a novel framework that skips idle layers of a reasoning model.',
    );
    expect(role(out, 'Sparse ZoBlorb-Skip')).toBe('proposed');
    expect(out.entities.map((e) => e.name)).not.toContain('ZoBlorb-Skip');
  });

  it('needs the apposition', () => {
    const out = run('We present Tempered DPO training for long dialogues with Zorb-Chat.');
    expect(out.entities.map((e) => e.name)).not.toContain('Tempered DPO');
  });
});

describe('field knowledge', () => {
  it('lists well-known estimators, loss weightings and detectors as methods', () => {
    const out = run(
      'Zorbnet routes each token to one expert and trains through the choice with a straight-through estimator; ' +
        'its losses are weighed by dynamic weight averaging.',
    );
    expect(out.entities.find((e) => e.name === 'straight-through estimator')?.type).toBe('Method');
    expect(out.entities.find((e) => e.name === 'dynamic weight averaging')?.type).toBe('Method');
  });

  it('lists continual pre-training as a technique, under either name', () => {
    const out = run('We adapt Zorb-7B to law by continued pretraining (CPT) on court records, then tune it.');
    const cpt = out.entities.find((e) => e.aliases.includes('CPT') || e.name === 'continual pre-training');
    expect(cpt?.type).toBe('Technique');
  });

  it('reads a bare "jailbreak" as jailbreaking', () => {
    const out = run('Zorbnet refuses 97% of the jailbreaks we tried on Zorb-Chat.');
    expect(out.entities.find((e) => e.name === 'jailbreaking')?.type).toBe('Technique');
  });

  it('lists AU-PRO as a metric', () => {
    const out = run('On Zorb-AD, Zorbnet reaches 93.1% segmentation AU-PRO.');
    expect(metric(out, 'AU-PRO')).toBeDefined();
  });

  it('reads ROUGE variants written in Title Case', () => {
    const out = run('Zorbnet lifts the Rouge-1 score of its summaries to 0.38 on Zorb-Sum.');
    expect(metric(out, 'ROUGE-1')).toBeDefined();
  });
});

describe('a defined task', () => {
  it('is a task when "task" or "subtasks" follows its short form, even where the paper introduces it', () => {
    const out = run(
      'We introduce an Unsupervised Cross-Site Zorb Mood Recognition (UCZMR) task, which asks models to transfer ' +
        'across sites. We prompt for the Zorb Slot Labeling (ZSL) subtasks.',
    );
    const types = (short: string) => out.entities.filter((e) => e.aliases.includes(short)).map((e) => e.type);
    expect(types('UCZMR')).toEqual(['Task']);
    expect(types('ZSL')).toEqual(['Task']);
    expect(out.entities.map((e) => e.name)).not.toContain('UCZMR');
  });
});

describe('contributions and classes', () => {
  it('reads "we publish" as a release of the paper\'s own data', () => {
    const out = run('Moreover, we publish two novel, up-to-date rumour datasets: EUZorb and MultiZorb.');
    for (const name of ['EUZorb', 'MultiZorb']) {
      expect(out.entities.find((e) => e.name === name)?.type).toBe('Benchmark');
      expect(role(out, name)).toBe('proposed');
    }
  });

  it('reads the plural of a listed method as a class, not as a name', () => {
    const out = run('Zorbnet merges several task LoRAs into one Qwen2.5-7B model.');
    expect(out.entities.map((e) => e.name)).not.toContain('LoRAs');
  });
});

describe('a new edition of a listed benchmark', () => {
  it('is proposed when the paper presents it, a multi-word name as well', () => {
    const out = run(
      'Scores on MVTec AD have saturated. We present MVTec AD 3, a collection of nine inspection scenes with ' +
        '9000 images.',
    );
    expect(role(out, 'MVTec AD 3')).toBe('proposed');
    expect(role(out, 'MVTec AD')).not.toBe('proposed');
  });

  it('lists Aider Polyglot', () => {
    const out = run('Zorb-Coder solves 61% of Aider Polyglot.');
    expect(out.entities.find((e) => e.name === 'Aider Polyglot')?.type).toBe('Benchmark');
  });
});

describe('a spread after a value', () => {
  it('is no result of its own when the value carries its unit', () => {
    const out = run(
      'Zorbnet reaches an accuracy of 71.42% +/- 2.06% and a recall of 64.1% ± 5.3% on Zorb-QA.',
    );
    const values = out.results.map((r) => r.value);
    expect(values).toEqual(expect.arrayContaining(['71.42%', '64.1%']));
    expect(values).not.toContain('2.06%');
    expect(values).not.toContain('5.3%');
  });
});

describe('a share of items', () => {
  it('is an outcome: the share of cases or tasks a system gets right or wrong', () => {
    const out = run(
      'Current Zorb agents succeed on < 40% of the tasks, and they break a rule in over 35% of cases.',
    );
    const values = out.results.map((r) => r.value);
    expect(values).toEqual(expect.arrayContaining(['40%', '35%']));
  });

  it('is a budget when the paper trains on it', () => {
    const out = run('We fine-tune Zorb-7B on 10% of the tasks.');
    expect(out.results.map((r) => r.value)).not.toContain('10%');
  });
});
