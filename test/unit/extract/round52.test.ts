// Rules from a fifty-second round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../extract/text.js';
import { entity, roleOf, run } from '../../helpers/extract.js';

describe('a period a paste glued to a capitalised name', () => {
  it('ends the sentence, so the name stands alone', () => {
    const abstract =
      'Multi-hop pipelines suffer from error propagation.ZorbRAG first plans the hops and then answers on HotpotQA.';
    expect(splitSentences(abstract).map((s) => s.text)).toEqual([
      'Multi-hop pipelines suffer from error propagation.',
      'ZorbRAG first plans the hops and then answers on HotpotQA.',
    ]);
    expect(entity(abstract, 'ZorbRAG')?.type).toBe('Method');
    expect(run(abstract).entities.some((e) => e.name.includes('.'))).toBe(false);
  });

  it('but identifiers, web addresses and abbreviations keep theirs', () => {
    const text =
      'We patch torch.nn.Module in code at github.Com/Zorb and compare, e.g.Zorb, with etc.Blix here.';
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('a title name glossed with its acronym', () => {
  it('is the paper’s own thing', () => {
    const title = 'Safety-Guided Zorb (SGZ): A Unified Framework for Negative Guidance';
    const abstract =
      'Diffusion models can produce unsafe images. We evaluate on several safe generation settings.';
    expect(entity(abstract, 'SGZ', title)?.role).toBe('proposed');
  });

  it('but a name that only opens the long form is not', () => {
    const title = 'ZORB Tunnel Data (ZTD): A Benchmark Dataset for Defect Detection';
    const abstract = 'This paper introduces a new dataset of tunnel images. We evaluate YOLOv8 on it.';
    expect(entity(abstract, 'YOLOv8', title)?.role).toBe('used');
    expect(entity(abstract, 'ZORB', title)).toBeUndefined();
  });
});

describe('a named part at the core of the paper’s own system', () => {
  it('is proposed', () => {
    const abstract =
      'We propose ZorbNet for federated retrieval. At the core of ZorbNet is a BlixFormer module that aligns ' +
      'text and image features.';
    expect(roleOf(abstract, 'BlixFormer')).toBe('proposed');
  });

  it('and so is the key component the paper names', () => {
    const abstract =
      'We propose ZorbNet for federated retrieval. Its key component, the BlixFormer module, aligns features.';
    expect(roleOf(abstract, 'BlixFormer')).toBe('proposed');
  });

  it('but a part at the core of someone else’s model is not', () => {
    const abstract =
      'Prior work builds on CLIP. At the core of CLIP is a BlixFormer encoder that aligns features. ' +
      'We propose ZorbNet.';
    expect(roleOf(abstract, 'BlixFormer')).not.toBe('proposed');
  });
});

describe('a coined measure the paper spells out', () => {
  it('is proposed where the paper operationalizes its aim with it', () => {
    const abstract =
      'We study research forecasting. We operationalize this objective with the Zorb Alignment Score (ZAS), ' +
      'computed by retrieval. Tuning improves ZAS by 10%.';
    expect(entity(abstract, 'ZAS')?.type).toBe('Metric');
    expect(roleOf(abstract, 'ZAS')).toBe('proposed');
  });

  it('and where a sentence opens by defining what it measures', () => {
    const abstract =
      'We study role conflicts in chat agents. The Zorb Preservation Rate (ZPR) measures how often the role ' +
      'wins. Most models exceed 60% ZPR.';
    expect(roleOf(abstract, 'ZPR')).toBe('proposed');
  });

  it('but not where a proposed pipeline only evaluates with it', () => {
    const abstract =
      'We developed a reusable pipeline for text-to-SQL, evaluating on 1000 samples using Zorb Form Accuracy ' +
      '(ZFA). The pipeline reaches 71% ZFA.';
    expect(entity(abstract, 'ZFA')?.type).toBe('Metric');
    expect(roleOf(abstract, 'ZFA')).toBe('used');
  });

  it('nor when the measure is a listed one', () => {
    const abstract =
      'We introduce ZorbCast and report the Mean Absolute Error (MAE) against ground truth. ZorbCast lowers MAE by 9%.';
    expect(roleOf(abstract, 'MAE')).toBe('used');
  });
});

describe('a long form ending in a plural class noun, then a singular apposition', () => {
  it('names the one thing the apposition says it is', () => {
    const abstract =
      'We exploit this through Zorbing Retrieval for Diffusion Language Models (ZRDI), a dynamic RAG framework ' +
      'that guides retrieval. ZRDI outperforms current baselines.';
    expect(entity(abstract, 'ZRDI')?.type).toBe('Method');
    expect(roleOf(abstract, 'ZRDI')).toBe('proposed');
  });

  it('but a plural acronym of a class stays generic', () => {
    const abstract =
      'Zorbic Language Models (ZLMs), a popular architecture, are everywhere. We propose ZorbNet for them.';
    expect(entity(abstract, 'ZLMs')).toBeUndefined();
    expect(entity(abstract, 'ZLM')).toBeUndefined();
  });
});

describe('the normalized return of offline RL', () => {
  it('is a measure', () => {
    const abstract = 'ZorbPlan achieves higher normalized returns on D4RL while using fewer denoising steps.';
    expect(entity(abstract, 'normalized return')?.type).toBe('Metric');
  });
});

describe('a noun naming what a listed measure counts', () => {
  it('narrows it, as an alias', () => {
    const abstract =
      'We test clinical timeline models. They have moderate event recall (0.80) and high parameter accuracy (0.91).';
    expect(entity(abstract, 'recall')?.aliases).toContain('event recall');
    expect(entity(abstract, 'accuracy')?.aliases).toContain('parameter accuracy');
  });

  it('but an adjective before it does not', () => {
    const abstract = 'We test clinical timeline models. They have moderate recall (0.80) on ZorbNotes.';
    expect(entity(abstract, 'recall')?.aliases ?? []).toEqual([]);
  });
});

describe('a coined name and its plural', () => {
  it('are one thing, named in the singular', () => {
    const title = 'ZorbGeNet: Continued Fraction Architectures for Language Generation';
    const abstract =
      'We introduce a new class of architectures. ZorbGeNets replace the feed-forward networks in transformer ' +
      'blocks. ZorbGeNets match the baseline with fewer parameters.';
    expect(run(abstract, title).entities.filter((e) => e.name.startsWith('ZorbGeNet'))).toHaveLength(1);
    expect(entity(abstract, 'ZorbGeNet', title)?.role).toBe('proposed');
  });

  it('but the plural a title names is the name', () => {
    const title = 'ZorbBits: Video Segmentation through Motion-Level Analysis';
    const abstract =
      'We present ZorbBits, a framework that splits a video into rigid parts. Each ZorbBit moves as one body. ' +
      'ZorbBits reach 37.3% mIoU on ZorbMoves.';
    expect(entity(abstract, 'ZorbBits', title)?.role).toBe('proposed');
    expect(entity(abstract, 'ZorbBit', title)).toBeUndefined();
  });
});

describe('generative flow networks', () => {
  it('are a listed method, not one the paper proposes', () => {
    const abstract =
      'We revisit generative flow networks for sampling. Their training is unstable and forgets modes; we ' +
      'propose ZorbFlow to fix both.';
    expect(entity(abstract, 'GFlowNet')?.type).toBe('Method');
    expect(roleOf(abstract, 'GFlowNet')).toBe('used');
  });
});

describe('a narrowed agreement, alignment, similarity, distance or coverage beside a measure', () => {
  it('is a measure too', () => {
    const abstract =
      'ZorbUS shows consistent gains over strong baselines in diagnostic accuracy and attribute agreement.';
    expect(entity(abstract, 'attribute agreement')?.type).toBe('Metric');
  });

  it('but not one an adjective or a conjunction narrows', () => {
    const broader = 'ZorbUS outperforms strong baselines in diagnostic accuracy and broader coverage.';
    expect(entity(broader, 'diagnostic accuracy')?.type).toBe('Metric');
    expect(entity(broader, 'broader coverage')).toBeUndefined();
    const yet =
      'ZorbUS outperforms strong baselines in diagnostic accuracy, yet alignment with experts lags.';
    expect(entity(yet, 'yet alignment')).toBeUndefined();
  });
});
