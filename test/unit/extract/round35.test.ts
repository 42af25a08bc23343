// Rules from a thirty-fifth round: parameter counts with a hyphenated noun, LaTeX ties in model names, size tiers inside
// a checkpoint's name, names framed as tasks or fields, acronyms spelled by case, and settings written as K=8.
// Every sentence here is invented and the Zorb names made up; the listed names are the lexicon's own.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, run, values } from '../../helpers/extract.js';

describe('a parameter count joined to its noun', () => {
  it('describes a plain name in apposition', () => {
    const abstract = 'We present Zorbat, a 1.5B-parameter multilingual language model trained from scratch.';
    expect(entity(abstract, 'Zorbat')).toMatchObject({ type: 'Model', role: 'proposed' });
  });
});

describe("LaTeX's tie in a model's name", () => {
  it('joins a listed family and its release', () => {
    // The tie reads as a space; the tied spelling stays an alias (round 38).
    expect(namesOf('We fine-tune Llama~3.2 and Gemini~2.5 Pro on our data.', 'Model')).toEqual(
      expect.arrayContaining(['Llama 3.2', 'Gemini 2.5 Pro']),
    );
  });

  it('names nothing after an unlisted word', () => {
    expect(run('In Stage~1 we train the Zorb encoder.').entities.map((e) => e.name)).not.toContain('Stage~1');
  });
});

describe('a lower-case size tier inside a name', () => {
  it('makes the name a checkpoint', () => {
    expect(entity('Further runs with ZorbBERT-base-VX show gains.', 'ZorbBERT-base-VX')?.type).toBe('Model');
  });
});

describe('a defined name framed as a task', () => {
  it('is a task when an apposition says so', () => {
    const abstract =
      'We introduce Referring Zorb Segmentation (RZS), a new task that segments objects from descriptions.';
    expect(namesOf(abstract, 'Task')).toContain('referring zorb segmentation');
    expect(namesOf(abstract, 'Method')).not.toContain('RZS');
  });

  it('is no task when the apposition names a benchmark for a problem', () => {
    const abstract =
      'We introduce ZorbBench (Zorb Work Bench), a benchmark for unprompted problem recognition in LLMs.';
    expect(entity(abstract, 'ZorbBench')?.type).toBe('Benchmark');
  });

  it('is no task when the task is a training objective', () => {
    const abstract =
      'We propose Masked Zorb Modeling (MZM), a novel auxiliary task that masks and rebuilds features.';
    expect(namesOf(abstract, 'Task')).toHaveLength(0);
  });

  it('keeps a task-agnostic system a method', () => {
    expect(entity('We propose Zorbix, a task-agnostic framework.', 'Zorbix')?.type).toBe('Method');
  });
});

describe('a defined field of work', () => {
  it('names nothing', () => {
    const abstract =
      'LLMs see growing use in the Zoning, Outfitting, and Rigging (ZOR) field. We test them in the ZOR domain.';
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('ZOR');
  });

  it('nor does an experts group', () => {
    const abstract = 'The tool was adopted by the Zorbing Pictures Experts Group (ZPEG) for its standard.';
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('ZPEG');
  });
});

describe('an acronym spelled by the case of its letters', () => {
  it('takes the spelled words as its long form, not as names', () => {
    const abstract =
      'We present ALZM, the first lAbeL-free Zorbish Meme detection framework. ALZM improves detection.';
    expect(run(abstract).entities.map((e) => e.name)).toEqual(['ALZM']);
  });

  it('reads no name in a word with Markdown bold inside', () => {
    const abstract =
      'We propose **ZIT** (**Z**orb **I**n**T**ervention), a framework. It learns **IN**-domain data.';
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('IN**-domain');
  });
});

describe('a setting written as a variable', () => {
  it('is no result', () => {
    expect(values('Zorb reaches a perplexity of 8.8 with K=8 on (N=500) prompts.')).toEqual(['8.8']);
  });

  it("leaves a measure's symbol a result", () => {
    expect(values('Zorb scores ROUGE-L = 0.4982 and faithfulness ($F=0.92$).')).toEqual(['0.4982', '0.92']);
  });
});

describe('accuracy in a sentence about an improvement', () => {
  it('is a measure the paper reads', () => {
    expect(namesOf('We propose ZorbHand. It improves both accuracy and realism.', 'Metric')).toEqual([
      'accuracy',
    ]);
  });
});

describe('a list of Title Case evaluation dimensions', () => {
  const abstract =
    'We propose ZR-Eval, a benchmark for research agents. We also introduce an evaluation framework measuring ' +
    'Information Recall, Factual Accuracy, Zorb Coverage, Instruction Following, and Depth Quality.';

  it('makes each dimension a metric the paper proposes', () => {
    const out = run(abstract);
    for (const name of ['Zorb Coverage', 'Instruction Following', 'Depth Quality'])
      expect(out.entities.find((e) => e.name === name)).toMatchObject({
        type: 'Metric',
        role: 'proposed',
      });
  });

  it('reads a listed task among them as a dimension, not as a task', () => {
    expect(namesOf(abstract, 'Task')).toHaveLength(0);
  });
});

describe('a list a quantifying verb governs', () => {
  it('holds measures', () => {
    const abstract =
      'We present ZorbMedBench. Its rules quantify medical accuracy, key-point coverage, and risk interception.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['key-point coverage', 'risk interception']),
    );
  });
});

describe('a list after "scores for"', () => {
  it('names no measures when none of its items is a known one', () => {
    const abstract =
      'Pipelines rely on LLM-generated scores for routing, triage, gating, or quality control.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('two releases written once after a spaced family name', () => {
  it('are two models', () => {
    expect(namesOf('We test proprietary models (GPT-4, Claude 3.5/3.7) on edge devices.', 'Model')).toEqual(
      expect.arrayContaining(['Claude 3.5', 'Claude 3.7']),
    );
  });
});

describe("a listed family's bare name", () => {
  it('is an alias of the one checkpoint of that family the paper names elsewhere', () => {
    const abstract =
      'We score answers with GPT-4o, Gemini-2.5-Flash and Claude-Sonnet-4.5. Low temperatures help GPT-4o and Gemini.';
    const models = run(abstract).entities.filter((e) => e.type === 'Model');
    expect(models.map((e) => e.name)).not.toContain('Gemini');
    expect(models.find((e) => e.name === 'Gemini-2.5-Flash')?.aliases).toContain('Gemini');
  });

  it('stays its own model when written beside the checkpoint', () => {
    expect(namesOf('Models such as GPT-2, Gemma, Gemma 2 and Zorb show it.', 'Model')).toEqual(
      expect.arrayContaining(['Gemma', 'Gemma 2']),
    );
  });
});

describe('a range of plain scores', () => {
  it('is one result after "ranged from"', () => {
    expect(values('Mean F1 scores ranged from 0.776 to 0.817 across the Zorb models.')).toEqual([
      '0.776 to 0.817',
    ]);
  });
});

describe('the span of a setting', () => {
  it('gives no result at either end', () => {
    const abstract =
      'Zorb reaches 0.71 mean average precision over intersection over union thresholds from 0.5 to 0.95 (mAP50:95).';
    expect(values(abstract)).not.toContain('0.95');
  });
});

describe('a numerical method written in Title Case with its acronym', () => {
  it('is a technique, not a method of the paper', () => {
    const abstract =
      'In standard Finite Differences (FD) formulations, products are approximated. We study Zorb-JVP instead.';
    expect(namesOf(abstract, 'Technique')).toContain('finite difference method');
    expect(namesOf(abstract, 'Method')).not.toContain('FD');
  });
});

describe('a counted list of model variants', () => {
  const abstract =
    'We develop a modular codebase, ZorbM-VL, and release two LVLM variants: ZorbM-VL-2D for 2D image analysis ' +
    'and ZorbM-VL-CT-Chest for 3D CT-based applications.';

  it('names checkpoints, after a second proposal verb and a gloss with "for"', () => {
    expect(namesOf(abstract, 'Model')).toEqual(['ZorbM-VL-2D', 'ZorbM-VL-CT-Chest']);
  });

  it('leaves the codebase a method', () => {
    expect(entity(abstract, 'ZorbM-VL')?.type).toBe('Method');
  });
});

describe('an acronym only ever used as a setting', () => {
  it('is no method, whatever role its sentence gives', () => {
    const abstract =
      'We introduce ZorbBench. These findings give a new view on evaluating models in PPZ scenarios.';
    expect(run(abstract).entities.map((e) => e.name)).not.toContain('PPZ');
  });
});

describe('a plural acronym of language models', () => {
  it('is a class of models, not a name', () => {
    const abstract = 'We introduce ZorbBench. These findings give a new view on evaluating VLLMs and SLMs.';
    const names = run(abstract).entities.map((e) => e.name);
    expect(names).not.toContain('VLLMs');
    expect(names).not.toContain('SLMs');
  });
});

describe('a defined long form that names data', () => {
  it('is a benchmark when a benchmarking word is inside it', () => {
    const abstract =
      'We summarise the 2025 Zorb Segmentation Benchmarking Competition (ZSBC) and its entries.';
    expect(entity(abstract, 'ZSBC')?.type).toBe('Benchmark');
  });

  it('is a method when its apposition calls it a framework', () => {
    const abstract =
      'We introduce Auto Zorb Benchmark Audit (AZBA), an agentic framework that audits benchmarks.';
    expect(entity(abstract, 'AZBA')?.type).toBe('Method');
  });

  it('is a benchmark when it is a named vocabulary', () => {
    const abstract = 'We ground ZorbGraph in the Data Zorb Vocabulary (DZV) for privacy practices.';
    expect(entity(abstract, 'DZV')?.type).toBe('Benchmark');
  });

  it('is a benchmark after "knowledge base"', () => {
    const abstract = 'We build a vector-based knowledge base ZorbKnowledgeDB from the rules of the game.';
    expect(entity(abstract, 'ZorbKnowledgeDB')?.type).toBe('Benchmark');
  });
});

describe('a defined name an apposition calls a model', () => {
  it('is a model', () => {
    const abstract =
      'We present Large-Scale Zorb Avatars (LZA), a high-fidelity, full-body 3D avatar model for any person.';
    expect(entity(abstract, 'LZA')?.type).toBe('Model');
  });

  it('stays a way of learning when its long form says learning', () => {
    const abstract = 'Zorbic multi-modal learning (ZML), a fusion model of scans and notes, is studied.';
    expect(namesOf(abstract, 'Model')).not.toContain('ZML');
  });
});

describe("the paper's own version of a listed name", () => {
  it('is proposed when a relative clause describes it', () => {
    const abstract =
      'Specifically, we introduce a Cross-Attentive UNet, which adds attention bridges to the backbone.';
    expect(entity(abstract, 'Cross-Attentive UNet')?.role).toBe('proposed');
  });
});

describe('a Title Case part with a method head', () => {
  it('may be followed by a preposition', () => {
    const abstract =
      'We propose ZorbFSAR. We split features, enhanced by our Multimodal Zorb-Enhanced Module into visual and text.';
    expect(entity(abstract, 'Multimodal Zorb-Enhanced Module')?.role).toBe('proposed');
  });
});

describe('the items of a contributions list', () => {
  it('are proposed after a gerund of making', () => {
    const abstract =
      'We propose ZorbRef. The main contributions are: (i) constructing the multimodal benchmark ZorbRefBench with ' +
      '1,200 questions; (ii) building a vector-based knowledge base ZorbDB from the rules.';
    expect(entity(abstract, 'ZorbRefBench')?.role).toBe('proposed');
    expect(entity(abstract, 'ZorbDB')?.role).toBe('proposed');
  });
});

describe('techniques the field names often', () => {
  it('are found by the lexicon', () => {
    const abstract =
      'We study cross-lingual transfer with prompt learning and explain the Zorb model by feature attribution.';
    expect(namesOf(abstract, 'Technique')).toEqual(
      expect.arrayContaining(['cross-lingual transfer', 'prompt learning', 'feature attribution']),
    );
  });
});

describe('a defined disease', () => {
  it('is no method', () => {
    const abstract =
      'Diabetic Zorbopathy (DZ) is a retinal disease. Zorb Spectrum Disorder (ZSD) affects children. We propose ZorbNet.';
    const names = run(abstract).entities.map((e) => e.name);
    expect(names).not.toContain('DZ');
    expect(names).not.toContain('ZSD');
  });
});

describe('an evaluation campaign with its year', () => {
  it('is a benchmark', () => {
    expect(entity('We describe ZorbMT, an IWSLT 2026 speech translation system.', 'IWSLT 2026')?.type).toBe(
      'Benchmark',
    );
  });
});
