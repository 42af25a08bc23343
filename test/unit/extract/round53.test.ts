// Rules from a fifty-third round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, run } from '../../helpers/extract.js';

describe('a listed name with a plus after it', () => {
  it('is a new release of the same kind', () => {
    const abstract =
      'ZorbPPO reaches the best tail-task score on the Meta-World+ benchmark with fewer parameters.';
    expect(entity(abstract, 'Meta-World+')?.type).toBe('Benchmark');
  });

  it('and a listed method with one stays a method', () => {
    const abstract = 'We explain the ZorbNet classifier with Grad-CAM++ saliency maps on brain MRI scans.';
    expect(entity(abstract, 'Grad-CAM++')?.type).toBe('Method');
  });
});

describe('field knowledge added this round', () => {
  it('knows text-adventure suites and clinical shared tasks as data', () => {
    const abstract =
      'We evaluate ZorbAgent on text games from Jericho and TextWorld, and ZorbNER on the 2018 n2c2 and 2014 i2b2 corpora.';
    for (const name of ['Jericho', 'TextWorld', 'n2c2', 'i2b2'])
      expect(entity(abstract, name)?.type).toBe('Benchmark');
  });

  it('knows visual prompting as a technique', () => {
    const title = 'ZorbKey: Enhancing Temporal Understanding in Videos via Visual Prompting';
    const abstract = 'We study visual prompting for video LLMs and mark key frames with ZorbKey.';
    expect(entity(abstract, 'visual prompting', title)?.type).toBe('Technique');
  });

  it('knows refusal rate, lexical diversity and false alarms as measures', () => {
    const abstract =
      'ZorbGuard lowers the refusal rate and the over-refusal rate, keeps the lexical diversity of its answers, and raises no false alarms.';
    for (const name of ['refusal rate', 'over-refusal rate', 'lexical diversity', 'false alarms'])
      expect(entity(abstract, name)?.type).toBe('Metric');
  });

  it('knows box and mask AP, miss rate and the closed-loop driving measures', () => {
    const abstract =
      'ZorbSeg improves box AP and mask AP on COCO with a lower miss rate, and ZorbDrive raises the driving score and route completion on CARLA.';
    for (const name of ['box AP', 'mask AP', 'miss rate', 'driving score', 'route completion'])
      expect(entity(abstract, name)?.type).toBe('Metric');
  });

  it('knows feature-wise linear modulation as a method', () => {
    const abstract = 'ZorbVLA modulates the state-space model with FiLM conditioning from the text tokens.';
    expect(entity(abstract, 'FiLM')?.type).toBe('Method');
  });
});

describe('a LaTeX macro named after a name the paper writes plainly', () => {
  it('is that name', () => {
    const title = 'ZORBS: A Unified Auto-Prompt Segmenter for Retinal Imaging';
    const abstract =
      'We propose Zorb-unified Auto-Prompt Segmentation (\\ZORBS), a novel method for retinal segmentation. Experiments show that ZORBS matches expert models.';
    const names = run(abstract, title).entities.map((e) => e.name);
    expect(names.filter((n) => /ZORBS/.test(n))).toEqual(['ZORBS']);
    expect(entity(abstract, 'ZORBS', title)?.aliases).toContain('Zorb-unified Auto-Prompt Segmentation');
  });

  it('and takes in what the macro said about its type', () => {
    const title = 'DeZorb: Dual-Stage Document Reranking';
    // The plain spelling alone reads as data here ("on Wikipedia, DeZorb ... on Natural Questions").
    const abstract =
      'We propose Deep Zorb Rank (\\DeZorb), an open-source framework for reranking. \\DeZorb surpasses open-source baselines by +5.1 nDCG@5 on DL20. Without fine-tuning on Wikipedia, DeZorb also excels in open-domain QA, achieving 54.29 Top-1 accuracy on Natural Questions, surpassing baselines like MonoT5 and RankGPT.';
    expect(entity(abstract, 'DeZorb', title)?.type).toBe('Method');
  });
});

describe('the title’s hyphened name written with spaces', () => {
  it('is that name, not its first word', () => {
    const title = 'Zorbex3D-S2: Gigascale 3D Generation with Sparse Attention';
    const abstract =
      'We introduce Zorbex3D S2, a scalable 3D generation framework. Experiments show that Zorbex3D S2 surpasses prior methods.';
    const named = run(abstract, title).entities.filter((e) => e.name.startsWith('Zorbex3D'));
    expect(named.map((e) => [e.name, e.role])).toEqual([['Zorbex3D-S2', 'proposed']]);
  });

  it('is proposed where the abstract presents it', () => {
    const title = 'iZorb-T: an Open Dataset for Sign Language Translation';
    const abstract = 'This work presents iZorb T, an open dataset of interpreted sign language videos.';
    expect(entity(abstract, 'iZorb-T', title)?.role).toBe('proposed');
    expect(entity(abstract, 'iZorb', title)).toBeUndefined();
  });

  it('but a listed name inside it keeps its own mention', () => {
    const title = 'N-Zorb-YOLOv9: Small Object Detection';
    const abstract = 'We propose N Zorb YOLOv9, a detector for small objects.';
    expect(entity(abstract, 'YOLOv9', title)).toBeDefined();
  });
});

describe('a family’s bare name where the paper lists several of its checkpoints', () => {
  it('groups them and is no entity of its own', () => {
    const abstract =
      'We red-team Claude Sonnet 3.5 and Claude Sonnet 4.5 with ZorbAttack on harmful prompts. Claude models appeared safest due to high refusal rates.';
    const names = run(abstract).entities.map((e) => e.name);
    expect(names).toContain('Claude Sonnet 4.5');
    expect(names).not.toContain('Claude');
  });

  it('but written beside them it is an earlier release', () => {
    const abstract = 'We fine-tune Gemma, Gemma 2 and Gemma 3 with ZorbTune on math word problems.';
    expect(run(abstract).entities.map((e) => e.name)).toContain('Gemma');
  });
});

describe('a second proposal verb of the authors', () => {
  it('introduces a second new thing', () => {
    const title = 'ZorbFlow: A Dependency Graph Approach to Proof Autoformalization';
    const abstract =
      'To facilitate evaluation, we present a new benchmark of 184 problems and introduce ZorbScore, a new composite metric to evaluate syntactic correctness.';
    expect(entity(abstract, 'ZorbScore', title)?.role).toBe('proposed');
  });
});

describe('a verb between "the proposed ..." and a name', () => {
  it('ends the description, so what it is deployed in or presented at is not the paper’s own', () => {
    const abstract = 'The proposed system is deployed in ZorbDB within a large airline.';
    expect(entity(abstract, 'ZorbDB')?.role).toBe('used');
  });

  it('but a description with a place in it still names the new thing', () => {
    const abstract =
      'We introduce a new synthetic dataset in this thesis, ZorbAir that contains images captured with a nadir view.';
    expect(entity(abstract, 'ZorbAir')?.role).toBe('proposed');
  });
});

describe('a bare score followed by how it was reached', () => {
  it('is a result ("an F1 score of 0.710 using ...")', () => {
    const abstract =
      'ZorbMap reaches a macro F1-score of 0.71 using a combination of register data and retrieved features.';
    expect(run(abstract).results.map((r) => r.value)).toContain('0.71');
  });
});

describe('more platforms data comes from', () => {
  it('Twitch, Discord and a platform’s community or chats are sources of data', () => {
    const abstract =
      'Extracted from Twitch, ZorbChat covers 3.2 million comments, and we add Discord community messages for sentiment.';
    for (const name of ['Twitch', 'Discord']) expect(entity(abstract, name)?.type).toBe('Benchmark');
  });
});
