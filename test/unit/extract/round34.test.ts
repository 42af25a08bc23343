// Rules from a thirty-fourth round: a period glued to the next sentence, data named with a model family's prefix, an
// apposition headed by an acronym the paper defines, size words in lower case, and a model used and then named.
// Every sentence here is invented and the Zorb names made up; the listed names are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../extract/text.js';
import { entity, run } from '../../helpers/extract.js';

describe('a period glued to the next sentence', () => {
  it('ends the sentence when a word that opens sentences follows it', () => {
    const text =
      'We beat Zorb-1.5.To show its reach, we test it on ZorbWorld, beating prior models.Our code is open.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'We beat Zorb-1.5.',
      'To show its reach, we test it on ZorbWorld, beating prior models.',
      'Our code is open.',
    ]);
  });

  it('leaves a name with dots inside alone', () => {
    expect(splitSentences('We use Zorb.Net and v1.2.3 Tools here.')).toHaveLength(1);
  });

  it('keeps the glued word out of the name before it', () => {
    const names = run('We compare with Zorb-VAEs.Our model is smaller.').entities.map((e) => e.name);
    expect(names.some((n) => n.includes('.Our'))).toBe(false);
  });
});

describe("a model family's prefix on a new name", () => {
  it('names data when the apposition calls it data', () => {
    const out = run(
      'We will release Qwen-ZorbCap2M, a low-noise and knowledge-rich synthetic caption dataset.',
    );
    expect(out.entities.find((e) => e.name === 'Qwen-ZorbCap2M')).toMatchObject({
      type: 'Benchmark',
      role: 'proposed',
    });
  });

  it('still names a model when the apposition calls it one', () => {
    expect(entity('We release Qwen-Zorb, a small chat model.', 'Qwen-Zorb')?.type).toBe('Model');
  });
});

describe('an apposition headed by an acronym the paper defines', () => {
  it("types the name as the acronym's long form says", () => {
    const abstract =
      'Reward models (RMs) steer alignment. We introduce ZorbRM, a family of lightweight generative RMs for tool use.';
    expect(entity(abstract, 'ZorbRM')?.type).toBe('Model');
  });

  it('does not when the acronym only modifies the head noun', () => {
    const abstract =
      'State space models (SSMs) are fast. We propose Zorb-RF, a new SSM layer of spiking neurons.';
    expect(entity(abstract, 'Zorb-RF')?.type).toBe('Method');
  });
});

describe('a size word in lower case', () => {
  it("closes a checkpoint's name", () => {
    const abstract = 'Our approach, ZorbSeg, is fast. ZorbSeg-base (105M) outperforms far larger models.';
    expect(entity(abstract, 'ZorbSeg-base')?.type).toBe('Model');
  });
});

describe('a model the paper uses, described and then named', () => {
  it('is used, however often the paper names it', () => {
    const abstract =
      'In this work, we leverage an overlooked agglomerative vision foundation model, ZORBIO, to improve segmentation. ' +
      'We present a study of ZORBIO for segmentation and enhance its performance.';
    expect(entity(abstract, 'ZORBIO')?.role).toBe('used');
  });
});

describe('a plain-word metric listed beside a listed one', () => {
  it('is a metric the paper measures, even where the sentence reports nothing', () => {
    const abstract = 'ZorbSeg improves segmentation along three axes: mIoU, latency, and model size.';
    expect(entity(abstract, 'latency')?.type).toBe('Metric');
  });

  it('is not one when named only as an aim', () => {
    expect(entity('We aim to ensure latency and safety for users.', 'latency')).toBeUndefined();
  });
});

describe('a peak value', () => {
  it('measures the score, not a "peak score"', () => {
    const out = run('ZorbFactor achieves a peak composite score of 0.827 and a peak memory of 3 GB.');
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toContain('composite score');
    expect(metrics).toContain('peak memory');
    expect(metrics).not.toContain('peak composite score');
  });
});

describe('a plural measure a value opens', () => {
  it('is the measure, singular', () => {
    const out = run('Such attacks transfer well (17-26% harmful rates on unseen targets).');
    expect(out.results[0]).toMatchObject({ value: '17-26%', metric: 'harmful rate' });
  });

  it('is not any plural noun ("instances")', () => {
    const out = run('ZorbCloud saves 30% cloud instances on the trace.');
    expect(out.entities.map((e) => e.name)).not.toContain('cloud instance');
  });
});

describe('a metric after a value', () => {
  it('is not its measure across a clause', () => {
    const out = run(
      'ZorbExit cuts the length of reasoning chains by 31% to 43% while improving accuracy by 1.7%.',
    );
    expect(out.results.find((r) => r.value === '31% to 43%')?.metric).toBeNull();
    expect(out.results.find((r) => r.value === '1.7%')?.metric).toBe('accuracy');
  });

  it('is the measure of the second value of a coordination', () => {
    const out = run('ZorbSeg reaches an IoU score of 31.73% and a mIoU score of 20.91% on the test split.');
    expect(out.results.find((r) => r.value === '31.73%')?.metric).toBe('IoU');
  });
});

describe('the task a new thing is for', () => {
  it('is a task, not the name of the new thing', () => {
    const out = run(
      'This work presents a novel framework for No-Reference Zorb Quality Assessment (NR-ZQA).',
    );
    const task = out.entities.find((e) => e.aliases.includes('NR-ZQA') || e.name === 'NR-ZQA');
    expect(task?.type).toBe('Task');
    expect(task?.role).not.toBe('proposed');
  });
});

describe('a measure the paper defines', () => {
  it('is a proposed metric named by what it is a measure of', () => {
    const abstract =
      'Within this framework, we define a measure of Zorbic Texture Richness (ZTR), computed at the pixel level.';
    expect(entity(abstract, 'ZTR')).toMatchObject({ type: 'Metric', role: 'proposed' });
  });
});

describe('a disease', () => {
  it('is no name, spelled alone or joined', () => {
    const out = run('Chronic diseases, including diabetes, asthma, HIV-AIDS and COPD, need adherence.');
    expect(out.entities.map((e) => e.name)).toEqual([]);
  });
});

describe('a deep-research product', () => {
  it("is one system with its maker's name", () => {
    const abstract = 'DataZorb outperforms proprietary systems such as ChatGPT Deep Research.';
    expect(entity(abstract, 'ChatGPT Deep Research')).toMatchObject({ type: 'Method', role: 'compared' });
  });
});

describe('another release of a model the paper names', () => {
  it('is a model', () => {
    const abstract =
      'We introduce ZorbGen2, a versatile and open-source generative model. Unlike ZorbGen v1, ZorbGen2 has two paths.';
    expect(entity(abstract, 'ZorbGen v1')?.type).toBe('Model');
  });
});

describe('values written the less common ways', () => {
  it('reads percentage points abbreviated "p.p." without ending the sentence there', () => {
    const out = run(
      'ZorbLeash cuts latency by 27%, while incurring a 10 p.p. accuracy drop relative to CoT.',
    );
    expect(out.results.map((r) => r.value)).toEqual(['27%', '10 p.p.']);
  });

  it('reads points named after a rating scale', () => {
    const out = run(
      'ZorbIQA predicts human scores with a Root Mean Square Error (RMSE) of 5.17 DMOS points.',
    );
    expect(out.results[0]).toMatchObject({ value: '5.17 DMOS points', metric: 'RMSE' });
  });

  it('reads a negative score after "approximately"', () => {
    const out = run(
      'The ZTR score achieves Spearman correlations with human perception of approximately -0.93 for blur and -0.95 for noise.',
    );
    expect(out.results.map((r) => r.value)).toEqual(['-0.93', '-0.95']);
  });

  it('does not read the number of an enumerated item', () => {
    const out = run('Experiments show that 1) ZorbMed improves the accuracy of MedVQA, and 2) it is causal.');
    expect(out.results.map((r) => r.value)).toEqual([]);
  });
});

describe('data named after a data noun and "as well as"', () => {
  it('is data too', () => {
    const abstract =
      'Extensive experiments on the CoSER benchmark, as well as Zorb-MR and LifeZorb, show that ZorbDual wins.';
    expect(entity(abstract, 'Zorb-MR')?.type).toBe('Benchmark');
    expect(entity(abstract, 'LifeZorb')?.type).toBe('Benchmark');
  });
});

describe('an apposition with a parameter count', () => {
  it('reads the noun after the count', () => {
    expect(entity('We introduce Zorbs-Junior, a 3.8B model that matches GPT-4o.', 'Zorbs-Junior')?.type).toBe(
      'Model',
    );
  });
});

describe("a title that spells the paper's name with a space", () => {
  it('names the one entity, not the listed name inside it', () => {
    const out = run(
      'We propose SANA-ZorbI, a text-free image translation framework that extends the SANA family.',
      'SANA ZorbI: A Text Free Framework for Paired Image Translation',
    );
    const own = out.entities.find((e) => e.name === 'SANA-ZorbI');
    expect(own?.mentions).toContain('SANA ZorbI');
    expect(out.entities.map((e) => e.name)).not.toContain('ZorbI');
  });
});

describe('a problem-solving long form', () => {
  it('is a task', () => {
    const out = run(
      'Geometric Problem Solving (GPS) is hard. We propose ZORB-GPS, which votes over many chains.',
    );
    expect(out.entities.find((e) => e.aliases.includes('GPS'))?.type).toBe('Task');
  });
});

describe("a placeholder macro for the paper's system", () => {
  it('is a mention of the one system the paper proposes', () => {
    const out = run(
      'We propose ZorbForce++, a distillation pipeline. The resulting pipeline, \\ours, beats the baselines.',
    );
    expect(out.entities.find((e) => e.name === 'ZorbForce++')?.aliases).toContain('\\ours');
    expect(out.entities.map((e) => e.name)).not.toContain('\\ours');
  });
});

describe('subword tokenizers', () => {
  it("are listed methods a comparison uses, not the paper's own", () => {
    const abstract =
      'This paper examines how subword tokenization techniques, such as SentencePiece and Byte Pair Encoding (BPE), ' +
      'affect Zorbic languages. SentencePiece performed better than BPE in terms of BLEU score.';
    expect(entity(abstract, 'SentencePiece')?.role).not.toBe('proposed');
    expect(entity(abstract, 'BPE')?.role).not.toBe('proposed');
  });
});

describe('the kind of a value', () => {
  it("is absolute for a beaten system's score in parentheses", () => {
    const out = run(
      'ZorbGIANT achieves 62.5% accuracy, outperforming specialist models such as TITAN (43.8%).',
    );
    expect(out.results.find((r) => r.value === '43.8%')?.kind).toBe('absolute');
  });

  it('stays a gain for a gain named in parentheses', () => {
    const out = run(
      'The gain of ZorbSimp was most striking with PubMed (14.6%), and smaller for finance (5.5%).',
    );
    expect(out.results.find((r) => r.value === '14.6%')?.kind).toBe('improvement');
  });

  it('is a reduction after "by $\\sim$"', () => {
    const out = run(
      'ZorbForce wins by 0.3 in VBench, while reducing first-frame latency by 50\\% and Stage 2 training cost by $\\sim$$4\\times$.',
    );
    expect(out.results.find((r) => r.value.includes('4'))?.kind).toBe('reduction');
  });
});

describe('values that are settings', () => {
  it('are no results ("temperature tuning (0.2-0.5)")', () => {
    const out = run('Moderate temperature tuning (0.2-0.5) improved accuracy for ZorbLLM.');
    expect(out.results.map((r) => r.value)).toEqual([]);
  });
});

describe('an R2 written with "of"', () => {
  it('is the measure of its value', () => {
    const out = run('ZorbReg reaches an MSE of 0.0205 and an R2 of 0.8529 on the test split.');
    expect(out.results.find((r) => r.value === '0.8529')?.metric).toBe('R^2');
  });
});

describe('a participle opening the sentence', () => {
  it('starts no apposition at its comma', () => {
    const abstract = 'Evaluated on the ZorbDragBench, our method outperforms baselines in drag accuracy.';
    expect(entity(abstract, 'ZorbDragBench')?.type).toBe('Benchmark');
  });
});
