// Rules from a thirty-third round: listed names that end in "s", citation keys, a long clause "to develop" X, new
// measures listed after a colon, places, LaTeX keyword separators, a few more listed names, the measure a value
// opens, a coined name read both as a metric and a method, and size words of checkpoints. Every sentence here is
// invented and the Zorb names made up; the listed names are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { buildLexicon, caseAllows } from '../../../extract/lexicon/index.js';
import { unmark } from '../../../extract/text.js';
import { run } from '../../helpers/extract.js';

const typeOf = (out: ReturnType<typeof run>, name: string) => out.entities.find((e) => e.name === name)?.type;

describe('a listed name with an exact case', () => {
  const lex = buildLexicon();

  it('matches its own spelling, a final "s" included, and every listed form does', () => {
    const refused = [...lex.entries.values()].flat().filter((e) => !caseAllows(e, e.surface));
    expect(refused.map((e) => e.surface)).toEqual([]);
  });

  it('types a listed data set that ends in "s" wherever it stands', () => {
    const out = run('ZorbDrive reports results in open-loop nuScenes trajectory prediction.');
    expect(typeOf(out, 'nuScenes')).toBe('Benchmark');
  });
});

describe('a citation key', () => {
  it('is taken out of the text with the tie before it', () => {
    const { text } = unmark(
      'proposed by Zorb et al.~\\cite {zorb2024net}, and in Fig.~\\ref{fig:a} and \\citep[p.~3]{qux}.',
    );
    expect(text).toBe('proposed by Zorb et al., and in Fig. and.');
  });

  it('is never a name, and the names around it keep their offsets', () => {
    const abstract =
      'One such loss, Zorb Recall Loss (ZRL) proposed by Qux et al.~\\cite {qux2024zrl}, was said to help. ' +
      'We find that ZRL does not beat the baselines.';
    const out = run(abstract);
    expect(out.entities.map((e) => e.name)).not.toContain('qux2024zrl');
    const zrl = out.entities.find((e) => e.name === 'ZRL');
    expect(zrl?.mentions.every((m) => abstract.includes(m))).toBe(true);
  });
});

describe("a longer clause of the authors' doing", () => {
  it('introduces what it is "to develop"', () => {
    const out = run(
      'To address this, we collaborated closely with Qux law experts to develop ZorbLaw, a legally-grounded ' +
        'framework that aligns model outputs with doctrine.',
    );
    expect(out.entities.find((e) => e.name === 'ZorbLaw')?.role).toBe('proposed');
  });

  it('does not introduce what subjects are predicted "to present with"', () => {
    const out = run(
      'We predict subjects with various brain diseases to present with faster aging. Recordings were analyzed ' +
        'using the Zorb Analysis of Qux Pressure (ZAQP) algorithm.',
    );
    expect(out.entities.find((e) => e.name === 'ZAQP')?.role).not.toBe('proposed');
  });
});

describe('new measures the paper lists after a colon', () => {
  it('are proposed metrics, the one spelled out before its acronym too', () => {
    const out = run(
      'Recognizing the shortcomings of traditional evaluation metrics, we propose new measures: Zorb Penalty ' +
        'Utility and Qux Aware Harmonic Mean (QAHM) to balance risk against utility.',
    );
    for (const name of ['Zorb Penalty Utility', 'QAHM']) {
      const entity = out.entities.find((e) => e.name === name);
      expect([entity?.type, entity?.role]).toEqual(['Metric', 'proposed']);
    }
  });

  it('are not what a framework "measures"', () => {
    const out = run(
      'We also introduce a grounding-aware evaluation framework that measures both extraction accuracy and zorb ' +
        'localisation.',
    );
    expect(out.entities.filter((e) => e.role === 'proposed' && e.type === 'Metric')).toEqual([]);
  });
});

describe('a place written in capitalised words', () => {
  it("is no part of the paper's system", () => {
    const out = run(
      'To facilitate cross-region studies, we additionally introduce ZORB-K covering the Republic of Korea and ' +
        'ZORB-CA covering California and Nevada in the United States.',
    );
    expect(out.entities.map((e) => e.name)).not.toContain('United States');
  });
});

describe('a LaTeX keyword block', () => {
  it('separates its keywords with "\\and", which is no name', () => {
    const out = run(
      'We propose ZorbNet for defect detection. \\keywords{Defect detection \\and diffusion models \\and data}',
    );
    expect(out.entities.map((e) => e.name)).not.toContain('\\and');
  });
});

describe('listed names the field builds on', () => {
  it('include a detector, a self-supervised objective, a chat log, an environment and a satellite', () => {
    const out = run(
      'We propose ZorbCell, a framework built on Deformable DETR with Barlow Twins regularization. We pretrain on ' +
        'LMSYS-Chat-1M prompts and Sentinel-2 true-color images, and test agents in the Overcooked environment.',
    );
    expect(typeOf(out, 'Deformable DETR')).toBe('Method');
    expect(typeOf(out, 'Barlow Twins')).toBe('Method');
    for (const name of ['LMSYS-Chat-1M', 'Sentinel-2', 'Overcooked'])
      expect(typeOf(out, name)).toBe('Benchmark');
  });
});

describe('a measure right after a value', () => {
  it('ends before its first preposition, so one word can name it', () => {
    const out = run('Using our rubrics, we build ZorbJudge, obtaining 74% agreement with expert judgments.');
    expect(typeOf(out, 'agreement')).toBe('Metric');
  });
});

describe('a coined name the title reads as a method and the abstract calls a metric', () => {
  it('is one entity, typed by its votes', () => {
    const out = run(
      'Reliable evaluation is essential. We introduce ZORBA, an automatic metric that jointly rewards semantic ' +
        'agreement with a reference. ZORBA employs a dual-view perspective.',
      'ZORBA: Matching Text via Contrastive Semantic Alignment',
    );
    expect(out.entities.filter((e) => e.name === 'ZORBA').map((e) => [e.type, e.role])).toEqual([
      ['Metric', 'proposed'],
    ]);
  });
});

describe('a size word at the end of a coined name', () => {
  it('makes a checkpoint, a model', () => {
    const out = run(
      'This paper introduces Zorb Multimodal Transformer (ZMT), a unified architecture. On the validation set, ' +
        'ZMT-Large achieves 76.5% exact match.',
    );
    expect(typeOf(out, 'ZMT')).toBe('Method');
    expect(typeOf(out, 'ZMT-Large')).toBe('Model');
  });
});
