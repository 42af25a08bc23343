// Rules from a fiftieth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, resultOf, roleOf } from '../../helpers/extract.js';

describe('a dash flattened to a hyphen before a clause', () => {
  it('ends the name before it', () => {
    const abstract =
      'For the reading of ZorbUnits-which involves reading the code on each unit-we introduce ZorbRead, a ' +
      'pipeline. ZorbRead is trained on ZorbWeb-but not on ZorbCrawl. ZorbRead beats ZorbOCR.';
    expect(entity(abstract, 'ZorbUnits-which')).toBeUndefined();
    expect(entity(abstract, 'ZorbWeb-but')).toBeUndefined();
    expect(entity(abstract, 'ZorbWeb')).toBeDefined();
    expect(roleOf(abstract, 'ZorbRead')).toBe('proposed');
  });

  it('leaves compounds with "the" inside them whole', () => {
    const abstract = 'We propose ZorbLoop. ZorbLoop beats state-of-the art agents on ZorbBench-in-the-Wild.';
    expect(entity(abstract, 'ZorbBench-in-the-Wild')?.type).toBe('Benchmark');
    expect(entity(abstract, 'art')).toBeUndefined();
  });
});

describe('an apposition set off by a dash', () => {
  for (const dash of [' -- ', '--', ' \u2014 ', '\u2014', ' - ', '-']) {
    it(`makes a new name the paper's own after "${dash}"`, () => {
      const abstract =
        'We study interference in tracking. We adopt language as guidance and construct ' +
        `ZorbBench${dash}the first guidance benchmark for interference. ZorbBench has 500 videos.`;
      expect(entity(abstract, 'ZorbBench')?.type).toBe('Benchmark');
      expect(roleOf(abstract, 'ZorbBench')).toBe('proposed');
    });
  }

  it('does not when the dash sets off something else', () => {
    const abstract =
      'We propose ZorbTrack. We evaluate ZorbTrack on ZorbBench -- which is widely used -- and on ZorbSet.';
    expect(roleOf(abstract, 'ZorbBench')).toBe('used');
  });
});

describe('a statistical analysis defined with an acronym', () => {
  it('is a method when the paper coins it, not a task', () => {
    const abstract =
      'We propose ZorbPrune, a pipeline featuring Principal Zorbic Components Analysis (PZCA) for clustering ' +
      'tokens. ZorbPrune keeps 95% accuracy on ZorbQA.';
    expect(entity(abstract, 'PZCA')?.type).toBe('Method');
  });

  it('is a technique when the field knows it', () => {
    const abstract =
      'We extract zorb features with independent component analysis (ICA) and linear discriminant analysis. ' +
      'ZorbNet then classifies them.';
    expect(entity(abstract, 'independent component analysis')?.type).toBe('Technique');
    expect(entity(abstract, 'linear discriminant analysis')?.type).toBe('Technique');
  });

  it('leaves analysis tasks tasks', () => {
    const abstract =
      'We study multimodal sentiment analysis (MSA) on ZorbReviews. ZorbNet reaches 91% accuracy on ZorbReviews.';
    expect(entity(abstract, 'multimodal sentiment analysis')?.type).toBe('Task');
  });
});

describe('what a quality is measured by', () => {
  it('is a measure, named plainly or with an acronym', () => {
    const abstract =
      'We judge the correctness of knowledge (measured by Zorb Index (ZI)) and the quality of reasoning ' +
      '(measured by Zorbic Gain (ZorbGain)). ZorbGain drops by 38.9% after SFT. Fluency, as measured by ' +
      'ZorbFlow, stays the same.';
    expect(entity(abstract, 'ZorbGain')?.type).toBe('Metric');
    expect(entity(abstract, 'ZorbFlow')?.type).toBe('Metric');
  });

  it('is not what the measuring was done on', () => {
    const abstract = 'We propose ZorbNet. Its quality is measured on ZorbBench and ZorbSet.';
    expect(entity(abstract, 'ZorbSet')).toBeDefined();
    expect(entity(abstract, 'ZorbSet')?.type).not.toBe('Metric');
  });
});

describe('a sentence glued to the next without a space', () => {
  it('ends before the word that opens the next one', () => {
    const abstract =
      'We study the freshness measured by the ZoI.By splitting messages, ZorbRS lowers the ZoI. ' +
      'We propose ZorbSeg.We evaluate it on ZorbSet.';
    expect(entity(abstract, 'ZoI.By')).toBeUndefined();
    expect(entity(abstract, 'ZorbSeg.We')).toBeUndefined();
    expect(roleOf(abstract, 'ZorbSeg')).toBe('proposed');
  });
});

describe('an adapter a name is built with', () => {
  it('is not the adapter method on its own', () => {
    const abstract =
      'We propose ZorbNet, which introduces a remote sensing-specific FreqZorb Adapter to enhance detail ' +
      'modeling. Adapter parameters are trained alone. ZorbNet beats ZorbSeg on ZorbBench.';
    expect(entity(abstract, 'Adapter')).toBeUndefined();
  });

  it('leaves listed adapters named', () => {
    const abstract = 'We propose ZorbGen. ZorbGen is conditioned with IP-Adapter on ZorbBench.';
    expect(entity(abstract, 'IP-Adapter')?.type).toBe('Method');
  });
});

describe('the other half of a pair of data sets', () => {
  it('is a data set after "on" on either side', () => {
    const first = 'We propose ZorbNet. Its quality is measured on ZorbBench and ZorbSet.';
    const second = 'We propose ZorbNet. Experiments on ZorbSet and ZorbBench show gains.';
    expect(entity(first, 'ZorbSet')?.type).toBe('Benchmark');
    expect(entity(second, 'ZorbSet')?.type).toBe('Benchmark');
  });

  it('is not what a method relies on beside it', () => {
    const abstract = 'We propose ZorbNet. It relies on ZorbBench and ZorbTool to build data.';
    expect(entity(abstract, 'ZorbTool')?.type).toBe('Method');
  });
});

describe('the qualities something scores higher in', () => {
  it('are measures, the last one too when words follow its values', () => {
    const abstract =
      'We propose ZorbRAG. Raters gave higher scores in Zorbfulness (4.6 versus 3.0), Completeness (4.2 ' +
      'versus 2.5), and Relevance (4.5 versus 3.2) on a 5-point scale.';
    expect(entity(abstract, 'completeness')?.type).toBe('Metric');
    expect(entity(abstract, 'relevance')?.type).toBe('Metric');
  });

  it('are not the tasks a score is reported in', () => {
    const abstract = 'We propose ZorbNet. ZorbNet improves scores in 3 of 5 tasks and in zorb ranking.';
    expect(entity(abstract, 'zorb ranking')).toBeUndefined();
  });
});

describe('a board an acronym stands for', () => {
  it('names no method', () => {
    const abstract =
      'We propose ZorbDet for defects on Printed Zorb Boards (PZB) and study approvals of the Institutional ' +
      'Zorb Board (IZB). ZorbDet finds 95% of PZB defects.';
    expect(entity(abstract, 'PZB')).toBeUndefined();
    expect(entity(abstract, 'IZB')).toBeUndefined();
    expect(roleOf(abstract, 'ZorbDet')).toBe('proposed');
  });
});

describe('a measure the paper introduces', () => {
  it('is one when a short aside in parentheses sits in its apposition', () => {
    const abstract =
      'We introduce Zorbic Affinity (ZA), a bounded (between 0 and 1) metric measuring spread. ZA ranks 13 models.';
    expect(entity(abstract, 'ZA')?.type).toBe('Metric');
    expect(roleOf(abstract, 'ZA')).toBe('proposed');
  });

  it('is one after "a metric, the"', () => {
    const abstract =
      'We introduce a metric, the Zorbic Distance Correlation (ZDC), to quantify spatial structure. ZDC drops ' +
      'after fine-tuning.';
    expect(entity(abstract, 'ZDC')?.type).toBe('Metric');
    expect(roleOf(abstract, 'ZDC')).toBe('proposed');
  });

  it('has no result in the bounds of its scale', () => {
    const abstract =
      'We introduce ZorbScore, a metric bounded between 0 and 1. ZorbNet reaches a ZorbScore of 0.82.';
    expect(resultOf(abstract, '1')).toBeUndefined();
    expect(resultOf(abstract, '0.82')?.metric).toBe('ZorbScore');
  });
});

describe('a capitalised word with a dotted release number', () => {
  it('is a named release, typed by the list it stands in', () => {
    const abstract =
      'We propose ZorbOCR. ZorbOCR surpasses Gemini-3.1-Pro, Zorbo-2.0, and Qwen3-VL-235B on ZorbBench.';
    expect(entity(abstract, 'Zorbo-2.0')?.type).toBe('Model');
  });

  it('is not a numbered thing without a dotted release', () => {
    const abstract = 'We propose ZorbNet. During COVID-19, ZorbNet screened Table-2 cases on ZorbBench.';
    expect(entity(abstract, 'COVID-19')).toBeUndefined();
    expect(entity(abstract, 'Table-2')).toBeUndefined();
  });
});

describe('a Claude tier named without "Claude"', () => {
  it('is a model for Opus as for Sonnet', () => {
    const abstract = 'We propose ZorbAgent. We compare Opus 4.6 and Sonnet-4.5 on ZorbBench.';
    expect(entity(abstract, 'Opus 4.6')?.type).toBe('Model');
    expect(entity(abstract, 'Sonnet-4.5')?.type).toBe('Model');
  });
});

describe('sensing modalities and game environments', () => {
  it('are no methods, and StarCraft is an environment to evaluate in', () => {
    const abstract =
      'We propose ZorbMARL. Cryo-EM maps and InSAR scenes are denoised by ZorbDen. ZorbMARL reaches a 60% win ' +
      'rate in StarCraft II.';
    expect(entity(abstract, 'Cryo-EM')).toBeUndefined();
    expect(entity(abstract, 'InSAR')).toBeUndefined();
    expect(entity(abstract, 'StarCraft II')?.type).toBe('Benchmark');
  });
});

describe('a degree of a quality in a title', () => {
  it('is no coined name', () => {
    const abstract =
      'We propose ZorbDiT, which generates Ultra-High-Resolution images. ZorbDiT beats ZorbGen on ZorbBench.';
    const title = 'ZorbDiT: Ultra-High-Resolution Image Synthesis with Zorb Attention';
    expect(entity(abstract, 'Ultra-High-Resolution', title)).toBeUndefined();
    expect(entity(abstract, 'ZorbDiT', title)?.role).toBe('proposed');
  });

  it('leaves three-part coined compounds names', () => {
    const abstract =
      'We propose Plan-Zorb-Reflect, an agent loop. Plan-Zorb-Reflect beats ZorbAct on ZorbBench.';
    expect(entity(abstract, 'Plan-Zorb-Reflect')?.role).toBe('proposed');
  });
});

describe('a listed thing spelled out in a proposal', () => {
  it('is used by the paper, not proposed', () => {
    const abstract =
      'We propose a two-stage Group Relative Policy Optimization (GRPO) curriculum with zorb rewards. ZorbVL ' +
      'reaches 60% on ZorbBench.';
    expect(roleOf(abstract, 'GRPO')).toBe('used');
  });

  it('is still the paper’s own when its long form coins a different name', () => {
    const abstract =
      'We propose ZORB (Zero-shot Object Reasoning Baseline), a framework for zorbs. ZORB reaches 91% accuracy.';
    expect(roleOf(abstract, 'ZORB')).toBe('proposed');
  });
});

describe('architecture and solver families', () => {
  it('are techniques, and a vision LLM is a kind of model, not one', () => {
    const abstract =
      'We formulate zorb routing as a Mixed Integer Programming (MIP) model and compare GRU and Transformer ' +
      'encoders. Vision Large Language Model (VLLM) explanations guide ZorbNet.';
    expect(entity(abstract, 'mixed-integer programming')?.type).toBe('Technique');
    expect(entity(abstract, 'gated recurrent unit')?.type).toBe('Technique');
    expect(entity(abstract, 'VLLM')).toBeUndefined();
  });
});

describe('a KV-cache method named like a model', () => {
  it('is a method', () => {
    const abstract =
      'We propose ZorbKV. ZorbKV keeps 100% recall where StreamingLLM and SnapKV fail on ZorbBench.';
    expect(entity(abstract, 'StreamingLLM')?.type).toBe('Method');
  });
});
