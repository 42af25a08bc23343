// Rules from a twenty-ninth round (lower-case spellings of listed names, clipped lists, licences and hardware, parts
// of the proposed system, competitions and correlations, qualified and moved measures, hyphen compounds, generic
// formats); every sentence here is invented, the Zorb names made up (real names appear only as listed knowledge).
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

describe('listed names written in lower case', () => {
  it('reads a method spelled out in lower-case words as the listed method', () => {
    const out = run(
      'We train ZorbLM with supervised fine-tuning and direct preference optimization on Zorb dialogues.',
    );
    const dpo = out.entities.find((e) => e.name === 'DPO');
    expect(dpo?.type).toBe('Method');
    expect(out.entities.some((e) => e.name === 'preference optimization')).toBe(false);
  });

  it('does not read a listed data set spelled in lower case as the data set', () => {
    const out = run('ZorbNet flags hateful memes on social media more often than ZorbBase.');
    expect(out.entities.some((e) => e.type === 'Benchmark')).toBe(false);
  });

  it('reads a lower-case f1 as the F-measure, not a coined method', () => {
    const out = run('On ZorbQA, ZorbNet improves macro-f1 by 4.1% and the f1-score by 3.2% over ZorbBase.');
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toEqual(expect.arrayContaining(['macro F1', 'F1']));
    expect(out.entities.some((e) => e.type === 'Method' && /f1/i.test(e.name))).toBe(false);
  });
});

describe('a loose metric list cut by its length cap', () => {
  it('drops the clipped last item instead of naming a word fragment', () => {
    const out = run(
      'Commonly used rule-based zorb metrics like ZDMS are interpretable but lack context-awareness, while recent ' +
        'learned zorb evaluations are context-aware but limited by ambiguous zorb outputs and weak physical grounding.',
    );
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toContain('ZDMS');
    expect(metrics.some((m) => /physic/.test(m))).toBe(false);
  });
});

describe('licences and hardware', () => {
  it('does not take a licence named in parentheses for a data set', () => {
    const out = run(
      'We introduce ZorbSet, a corpus of zorb reports, and release it under a permissive licence (CC-BY-9.0).',
    );
    expect(out.entities.map((e) => e.name)).not.toContain('CC-BY-9.0');
  });

  it('does not take the device a system runs on for a method', () => {
    const out = run('We deploy ZorbDet on the QX7100ZB microcontroller and on the WidgetZ robot.');
    const names = out.entities.map((e) => e.name);
    expect(names).not.toContain('QX7100ZB');
    expect(names).not.toContain('WidgetZ');
  });
});

describe('parts of the proposed system', () => {
  it('reads a part the proposed system brings in with "a" as proposed, after an opening phrase too', () => {
    const out = run(
      'To this end, we present Zorb-BEV, a lightweight fusion framework. Instead of relying on costly ' +
        'cross-modal interactions, Zorb-BEV assesses modality trust via a QuxGate Router and recalibrates ' +
        'features using the BlixSafe Fusion Block.',
    );
    const router = out.entities.find((e) => e.name === 'QuxGate Router');
    expect(router?.role).toBe('proposed');
    expect(out.entities.map((e) => e.name)).toContain('BlixSafe Fusion Block');
  });
});

describe('competitions, correlations and the Brier score', () => {
  it('reads a listed competition as a benchmark, but not an organisation sharing its acronym', () => {
    const olympiad = run('ZorbProver solves five of six IMO problems and several USAMO problems.');
    expect(olympiad.entities.find((e) => e.name === 'IMO')?.type).toBe('Benchmark');
    const maritime = run(
      'ZorbShip meets the International Maritime Organisation (IMO) reporting rules. The IMO rules cover fuel use.',
    );
    expect(maritime.entities.map((e) => e.name)).not.toContain('IMO');
  });

  it('keeps a listed data set named after institutes', () => {
    const out = run(
      'On the Karlsruhe Institute of Technology and Toyota Technological Institute (KITTI) Benchmark Suite, ' +
        'ZorbDet improves detection.',
    );
    expect(out.entities.find((e) => e.name === 'KITTI')?.type).toBe('Benchmark');
  });

  it('reads possessive and coefficient spellings of listed correlations', () => {
    const out = run(
      "ZorbJudge reaches a Spearman's rank correlation of 0.81, a Kendall's tau of 0.62 and Pearson's " +
        'correlations of 0.56 with human ratings, and cuts Brier by 43%.',
    );
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toEqual(
      expect.arrayContaining(['Spearman correlation', 'Kendall tau', 'Pearson correlation', 'Brier score']),
    );
  });
});

describe('names of released models and of parts', () => {
  it('reads an x-prefixed name introduced as a family of sized models as a model', () => {
    const out = run(
      'We introduce xZorb-small, a family of 3B and 7B decoder models for long-context zorbing.',
    );
    expect(out.entities.find((e) => e.name === 'xZorb-small')?.type).toBe('Model');
  });

  it('reads a numbered part named after the proposed method as a part of its own', () => {
    const out = run(
      'We propose ZorbMed, a reinforcement learning framework. At the core of ZorbMed is the Zorb Information ' +
        'Gain (ZIG) reward. We integrate ZIG into a two-stage training pipeline: (1) ZIG-Guided Model ' +
        'Initialization uses tree search to build trajectories, and (2) ZIG-Augmented Policy Optimization, which ' +
        'refines the policy.',
    );
    const names = out.entities.filter((e) => e.role === 'proposed').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['ZIG-Guided Model Initialization', 'ZIG-Augmented Policy Optimization']),
    );
  });
});

describe('measures qualified and measures moved', () => {
  it('does not take a word qualifying a listed metric for a measure of its own', () => {
    const out = run(
      'ZorbREX achieves improvements of 15.5% and 31.4% in entity and relation F1-score, respectively.',
    );
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).not.toContain('entity');
    expect(out.results).toHaveLength(2);
    expect(out.results.every((r) => r.metric !== 'entity')).toBe(true);
  });

  it('reads what a change verb moves from one value to another, past where it was measured', () => {
    const out = run('ZorbREX lowers node duplication on long documents from 17.7% to 11.1%.');
    expect(out.entities.find((e) => e.name === 'node duplication')?.type).toBe('Metric');
    expect(out.results.every((r) => r.metric === 'node duplication')).toBe(true);
  });
});

describe('acronyms of plain terms holding acronyms', () => {
  it('does not take a mixed-case acronym of a lower-case term with an acronym inside for a method', () => {
    const out = run(
      'ZorbLLM answers questions over multi-parametric 3D brain MRI (mpMRI). ZorbLLM fuses each mpMRI volume.',
    );
    expect(out.entities.map((e) => e.name)).not.toContain('mpMRI');
  });

  it('keeps a mixed-case acronym of a term built on a model acronym', () => {
    const out = run(
      'We revisit the encoder-decoder LLM (edLLM) and propose a parallel TCNN (pTCNN). edLLM and pTCNN are compared.',
    );
    const names = out.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['edLLM', 'pTCNN']));
  });
});

describe('hyphen compounds before a listed measure', () => {
  it('keeps the compound whole when the reach of modifiers would cut it', () => {
    const out = run('Existing zorb models mainly aim to improve patch-level prediction accuracy on slides.');
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toContain('patch-level prediction accuracy');
    expect(metrics).not.toContain('level prediction accuracy');
  });
});

describe('hyphen compounds before a listed task', () => {
  it('keeps a lower-case compound narrowing the task as part of its name', () => {
    const out = run(
      'We propose ZorbGen for single-image denoising and text-to-motion generation, and for single-image super-resolution.',
    );
    const tasks = out.entities.filter((e) => e.type === 'Task').map((e) => e.name);
    expect(tasks).toEqual(
      expect.arrayContaining([
        'single-image denoising',
        'text-to-motion generation',
        'single-image super-resolution',
      ]),
    );
    expect(tasks).not.toContain('motion generation');
  });
});

describe('generic formats and categories', () => {
  it('does not take number formats, content categories or channel noise for methods', () => {
    const out = run(
      'ZorbQuant stores weights in float16 and float8, filters NSFW and PII content, and is tested under AWGN ' +
        'against an E2E baseline.',
    );
    const names = out.entities.map((e) => e.name);
    for (const generic of ['float16', 'float8', 'NSFW', 'PII', 'AWGN', 'E2E'])
      expect(names).not.toContain(generic);
  });
});
