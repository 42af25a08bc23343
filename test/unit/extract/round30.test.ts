// Rules from a thirtieth round (counted lists of contributions, slash choices, field knowledge, measures by their
// values, plain terms, metric shapes, new things in apposition, data by context, checkpoint tags, compression
// settings, numbered parts and releases, libraries, listed releases, own parts); every sentence here is invented, the
// Zorb names made up (real names appear only as listed knowledge).
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

const role = (out: ReturnType<typeof run>, name: string) => out.entities.find((e) => e.name === name)?.role;

describe('a counted list of contributions', () => {
  it('reads Title-Case items after "namely" as proposed methods', () => {
    const out = run(
      'We propose two simple yet effective techniques, namely Clip-Zorb and Mask-Zorb, which clip and mask tokens.',
    );
    expect(role(out, 'Clip-Zorb')).toBe('proposed');
    expect(role(out, 'Mask-Zorb')).toBe('proposed');
  });

  it('reads items a gloss follows, up to the count', () => {
    const out = run(
      'We propose two clip editing methods: Zorb Masking, which hides the frames of common action pairs, and ' +
        'Sequence Zorbing, which reorders the segments of each clip.',
    );
    expect(out.entities.find((e) => e.name === 'Zorb Masking')?.type).toBe('Method');
    expect(role(out, 'Zorb Masking')).toBe('proposed');
    expect(role(out, 'Sequence Zorbing')).toBe('proposed');
  });

  it('types plain-word items by the kind noun: two new datasets are data sets', () => {
    const out = run('We introduce two new datasets: Zorbsen and Blorbition. Both are annotated by hand.');
    for (const name of ['Zorbsen', 'Blorbition']) {
      const e = out.entities.find((x) => x.name === name);
      expect(e?.type).toBe('Benchmark');
      expect(e?.role).toBe('proposed');
    }
  });

  it('makes every defined item of the list proposed, not only the first', () => {
    const out = run(
      'We introduce two lightweight learning methods, Ensemble Zorb Learning (EZL) and Progressive Zorb Learning ' +
        '(PZL), to exploit reasoning.',
    );
    for (const name of ['EZL', 'PZL']) {
      const e = out.entities.find((x) => x.name === name);
      expect(e?.type).toBe('Method');
      expect(e?.role).toBe('proposed');
    }
  });

  it('reads no numbered step or sentence adverb as an item', () => {
    const out = run('We introduce three variants: 1. Then, First, we show results on ZorbQA.');
    expect(out.entities.some((e) => e.name === '1' || e.name === 'Then' || e.name === 'First')).toBe(false);
  });

  it('leaves uncounted lists and comparisons alone', () => {
    const out = run('We compare two baselines, Zorb Search and Blorb Search, on ZorbQA.');
    expect(out.entities.some((e) => e.role === 'proposed')).toBe(false);
  });
});

describe('a choice of listed names joined by a slash', () => {
  it('reads each listed name of "DPO/GRPO" and "GSM8K/MATH"', () => {
    const out = run('We align ZorbLM with DPO/GRPO and report accuracy on GSM8K/MATH.');
    const names = out.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining(['Method:DPO', 'Method:GRPO', 'Benchmark:GSM8K', 'Benchmark:MATH']),
    );
    expect(out.entities.some((e) => e.name.includes('/'))).toBe(false);
  });

  it('keeps a slash name whose parts are not all listed', () => {
    const out = run('We propose ZorbNet/Lite, a compact variant evaluated on GSM8K.');
    expect(out.entities.some((e) => e.name === 'GSM8K')).toBe(true);
    expect(out.entities.some((e) => e.name === 'Lite')).toBe(false);
  });
});

describe('field knowledge: hardware with memory, OOD metrics, Inception models, observed laws', () => {
  it('reads a GPU with its memory size as hardware, not a method', () => {
    const out = run('ZorbOCR produces 200k pages per day on a single A100-40G.');
    expect(out.entities.some((e) => e.name.startsWith('A100'))).toBe(false);
  });

  it('reads FPR95 as the out-of-distribution metric and Inception-v4 as a model', () => {
    const out = run(
      'Using InceptionV4 as backbone, ZorbOOD achieves an average FPR95 of 27.57% on ZorbNet-OOD.',
    );
    expect(out.entities.find((e) => e.name === 'FPR95')?.type).toBe('Metric');
    expect(out.entities.find((e) => e.name === 'Inception-v4')?.type).toBe('Model');
    expect(out.results.some((r) => r.metric === 'FPR95' && r.value === '27.57%')).toBe(true);
  });

  it('keeps the instruction-tuned tier of a release in its name', () => {
    const out = run('We validate ZorbStacks on Gemma 3 12B IT with five domains.');
    expect(out.entities.some((e) => e.type === 'Model' && e.name === 'Gemma 3 12B IT')).toBe(true);
  });

  it('reads a law the paper observes as no method', () => {
    const out = run('ZorbPlanner reveals a Causal Zorbing Law: scaling causal data yields a 36.3% gain.');
    expect(out.entities.some((e) => /Law/.test(e.name))).toBe(false);
  });

  it('reads a feed-forward network acronym as no entity', () => {
    const out = run('ZorbSparse deactivates parameters in FFNN layers during inference.');
    expect(out.entities.some((e) => e.name === 'FFNN')).toBe(false);
  });
});

describe('measures named next to their values', () => {
  it('reads a measure noun right after "N% in" as the metric of that value', () => {
    const out = run('ZorbSum lifts its notes by 21% in factual accuracy and 17% in coverage.');
    expect(out.results.find((r) => r.value === '17%')?.metric).toBe('coverage');
    expect(out.results.find((r) => r.value === '21%')?.metric).toBe('factual accuracy');
  });

  it('reads a retention measure achieved at a value', () => {
    const out = run(
      'ZorbVLM attains an average performance retention of 91.4 percent over five Zorb suites.',
    );
    expect(out.entities.find((e) => e.name === 'performance retention')?.type).toBe('Metric');
    expect(out.results.some((r) => r.metric === 'performance retention')).toBe(true);
  });

  it('types an acronym of a negative log-likelihood as a metric, a likelihood to maximise as a method', () => {
    const out = run(
      'Each answer has an average negative log-likelihood (ANLL) that serves as a difficulty signal. We propose ' +
        'cooperative zorb recovery likelihood (CZRL), an approach to learn energy-based models.',
    );
    expect(out.entities.find((e) => e.name === 'ANLL')?.type).toBe('Metric');
    expect(out.entities.find((e) => e.name === 'CZRL')?.type).toBe('Method');
  });

  it('reads "which assign scores" as a verb phrase, not an "assign score" metric', () => {
    const out = run(
      'ZorbOOD improves detection with scoring functions, which assign scores to distinguish ID and OOD data.',
    );
    expect(out.entities.some((e) => e.type === 'Metric' && /assign/.test(e.name))).toBe(false);
  });
});

describe('plain terms that name no method', () => {
  it('reads healthy and normal controls as people, not a control method', () => {
    const out = run(
      'ZorbAD separates Alzheimer patients from healthy controls (HC) and normal control (NC) cases, unlike model ' +
        'predictive control (MPC).',
    );
    expect(out.entities.some((e) => e.name === 'HC' || e.name === 'NC')).toBe(false);
    expect(out.entities.some((e) => e.aliases.includes('MPC'))).toBe(true);
  });

  it('reads a compound of modality acronyms as no name', () => {
    const out = run('ZorbPose fuses RGB+MSI inputs and refines poses with RGB-XYZ reprojection.');
    expect(out.entities.map((e) => e.name)).toEqual(['ZorbPose']);
  });
});

describe('metric shapes', () => {
  it('reads an area under a curve and qualified listed measures as metrics', () => {
    const out = run(
      'ZorbPlan reaches AUCC 0.628, mAUARC 0.71, F1-max 0.80, PSNR-Y 31.2 and bIoU 0.66 on ZorbSet.',
    );
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toEqual(expect.arrayContaining(['AUCC', 'mAUARC', 'F1-max', 'PSNR-Y', 'bIoU']));
  });

  it('does not read an AU-word that is no curve, nor a listed mIoU, as a new metric', () => {
    const out = run('The proposed AUDIT method achieves the highest mIoU of 82.1 on ZorbSeg.');
    expect(out.entities.find((e) => e.name === 'AUDIT')?.type).not.toBe('Metric');
    expect(out.entities.find((e) => e.name === 'mIoU')?.role).toBe('used');
  });
});

describe('new things named in apposition or in a list of released artifacts', () => {
  it('reads "X, a benchmark we introduce" and "a new, comprehensive X benchmark" as proposed', () => {
    const out = run(
      'We validate this on GSM8K and ZorbOrderQA, a benchmark we introduce with controlled difficulty. We also use a ' +
        'new, comprehensive ZorbQueryQA benchmark that includes diverse geometry types.',
    );
    expect(role(out, 'ZorbOrderQA')).toBe('proposed');
    expect(role(out, 'ZorbQueryQA')).toBe('proposed');
    expect(role(out, 'GSM8K')).toBe('used');
  });

  it('reads every glossed item of a counted list of released artifacts as proposed', () => {
    const out = run(
      'We release four artifacts addressing these needs: ZorbCorp-A (1,204-record audited corpus), ZorbR1Corp ' +
        '(2,268-record RL pool), ZorbOlym-A (500-problem set), and ZorbSolver, a verifier model.',
    );
    for (const name of ['ZorbCorp-A', 'ZorbR1Corp', 'ZorbOlym-A', 'ZorbSolver'])
      expect(role(out, name)).toBe('proposed');
  });

  it('reads no single letter of a counted list as a name', () => {
    const out = run('We introduce two benchmarks, Z(OD)2 and ZODG, for detection.');
    expect(out.entities.some((e) => e.name === 'Z')).toBe(false);
  });
});

describe('what says a name is data', () => {
  it('reads the last item of a list of data sets as a data set', () => {
    const out = run(
      'Our chip images are drawn from rendered scenes, WM-811K, and ZorbWM38. ZorbCls reaches 88.5% accuracy.',
    );
    expect(out.entities.find((e) => e.name === 'ZorbWM38')?.type).toBe('Benchmark');
  });

  it('reads a name said to contain a count of questions as data', () => {
    const out = run(
      'We propose ZorbDYK, which draws on fresh trivia. ZorbDYK contains 4,310 facts and 20,115 questions.',
    );
    expect(out.entities.find((e) => e.name === 'ZorbDYK')?.type).toBe('Benchmark');
  });

  it('reads a resource in apposition as data, but no hyphened "-Resource" modifier as one', () => {
    const out = run(
      'We introduce ZorbFacts, a massive, open-source resource of multilingual facts. We also tune the Low-Resource ' +
        'ZFA aligner.',
    );
    expect(out.entities.find((e) => e.name === 'ZorbFacts')?.type).toBe('Benchmark');
    expect(out.entities.find((e) => e.name === 'ZFA')?.type).not.toBe('Benchmark');
  });

  it('reads a title type noun as a whole word', () => {
    const out = run(
      'We propose ZORB-NBV, which selects views with an introspection network.',
      'ZORB-NBV: A View Introspection Network for Next-Best-View Selection for Resource-Efficient 3D Reconstruction',
    );
    expect(out.entities.find((e) => e.name === 'ZORB-NBV')?.type).toBe('Method');
  });
});

describe('checkpoint names with a tag after the size', () => {
  it('reads "Lugha-Zorb-8B-wura" as a model', () => {
    const out = run('We show that Lugha-Zorb-8B-wura, a Swahili-centric LLM, aligns words in early layers.');
    expect(out.entities.find((e) => e.name === 'Lugha-Zorb-8B-wura')?.type).toBe('Model');
  });
});

describe('compression ratios: a measure, and the setting a result was reached at', () => {
  it('reads a compression ratio gain as a result on that metric', () => {
    const out = run('ZorbCodec achieves a compression ratio (CR) gain of 8.1% over ZorbBase on ZorbSet.');
    expect(out.entities.find((e) => e.name === 'compression ratio')?.type).toBe('Metric');
    expect(out.results.find((r) => r.value === '8.1%')?.metric).toBe('compression ratio');
  });

  it('reads no result from the ratio, rate or sparsity a result was reached at', () => {
    const out = run(
      'ZorbKV reduces memory even with a 10x high KV cache compression ratio, and ZorbPrune keeps 95% accuracy ' +
        'under 50% sparsity.',
    );
    expect(out.results.some((r) => r.value === '10x' || r.value === '50%')).toBe(false);
    expect(out.results.some((r) => r.value === '95%')).toBe(true);
  });

  it('keeps a value a setting follows only after "with"', () => {
    const out = run(
      'ZorbVLM keeps 90.1 percent of its accuracy, beating the best baseline at 77.0 percent with a 300-to-1 ' +
        'compression ratio.',
    );
    expect(out.results.some((r) => r.value === '77.0 percent')).toBe(true);
  });

  it('reads "real-time" before a speed as no metric of its own', () => {
    const out = run(
      'ZorbAE achieves an ultra-high compression ratio and real-time decoding speed on mobile.',
    );
    expect(out.entities.some((e) => /real-time/.test(e.name))).toBe(false);
  });
});

describe('numbered parts and model releases', () => {
  it('reads a numbered part opened by a capitalised article, and "1)" items, without the article', () => {
    const out = run(
      'ZorbClaw rebuilds the agent interface through three innovations: (1) An XML-Zorb Dual-Track Routing Protocol ' +
        'that eliminates failures, and (2) A Runtime Zorb Interception Sandbox that captures states. We propose ' +
        'ZORE, a framework integrating three components: 1) Dynamic Zorb Tracking (monitoring objects), 2) Hybrid ' +
        'Zorb Retrieval (combining keyword and semantic relevance), and 3) Zorb Summaries (episode summaries).',
    );
    const names = out.entities.filter((e) => e.role === 'proposed').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'XML-Zorb Dual-Track Routing Protocol',
        'Runtime Zorb Interception Sandbox',
        'Dynamic Zorb Tracking',
        'Hybrid Zorb Retrieval',
      ]),
    );
    expect(names.some((n) => /^An? /.test(n))).toBe(false);
  });

  it('keeps the "++" of a part name', () => {
    const out = run(
      'We introduce two components: (1) a Graph Zorb Layer++ that integrates context, and more.',
    );
    expect(out.entities.some((e) => e.name === 'Graph Zorb Layer++')).toBe(true);
  });

  it('reads fused releases, tiers without the maker and lower-case tiers as models', () => {
    const out = run(
      'We post-train Qwen2VL models and compare Nova Pro (40.01%), command-r-plus (31.18%) and Gemini 2.5 flash ' +
        'preview on ZorbCalls.',
    );
    const models = out.entities.filter((e) => e.type === 'Model').map((e) => e.name);
    expect(models).toEqual(
      expect.arrayContaining(['Qwen2VL', 'Nova Pro', 'Command R+', 'Gemini 2.5 flash preview']),
    );
  });

  it('reads SIREN as a known method and TAESD as a model', () => {
    const out = run(
      'The evaluated models include a vanilla MLP, SIREN and ZorbSIREN, with TAESD as the VAE.',
    );
    expect(out.entities.find((e) => e.name === 'SIREN')?.type).toBe('Method');
    expect(out.entities.find((e) => e.name === 'TAESD')?.type).toBe('Model');
  });

  it('reads an absolute error reduced by an amount as the measure', () => {
    const out = run('ZorbCount reduces the mean absolute counting error by 41.2% on ZorbBins.');
    expect(out.results.find((r) => r.value === '41.2%')?.metric).toBe('absolute counting error');
  });
});

describe('named libraries and systems', () => {
  it('reads well-known libraries as methods, as the guidelines name them', () => {
    const out = run(
      'ZorbHarness is implemented in PyTorch, validates schemas with Pydantic, serves them with FastAPI and plots ' +
        'results with Matplotlib.',
    );
    const methods = out.entities.filter((e) => e.type === 'Method').map((e) => e.name);
    expect(methods).toEqual(expect.arrayContaining(['PyTorch', 'Pydantic', 'FastAPI', 'Matplotlib']));
  });
});

describe('listed releases and methods defined in passing', () => {
  it('does not make a listed model release the paper defines after its proposal its own part', () => {
    const out = run(
      'We propose a depth-guided zorb segmentation framework integrating cues via foundation encoders. We employ ' +
        'Depth Anything V2 (DA2) encoder to extract depth-aware features.',
    );
    const model = out.entities.find((e) => e.name === 'Depth Anything V2');
    expect(model?.type).toBe('Model');
    expect(model?.role).toBe('used');
  });

  it('reads GaLore as a known method and ASSD as the surface distance', () => {
    const out = run(
      'We adapt ZorbSAM with GaLore and report a 6.4-point reduction in Average Symmetric Surface Distance on ZorbLiver.',
    );
    expect(out.entities.find((e) => e.name === 'GaLore')?.role).toBe('used');
    expect(out.entities.find((e) => e.name === 'ASSD')?.type).toBe('Metric');
  });
});

describe("the paper's own parts, however they are introduced", () => {
  it('reads the name "at its core" as proposed', () => {
    const out = run(
      'We introduce ZORB-Vision, a framework for tree-shaped reasoning. At its core is ZorbAug, a generated data ' +
        'pipeline that widens the training set.',
    );
    expect(role(out, 'ZorbAug')).toBe('proposed');
  });

  it('reads "a novel" part whose head is listed, and one the paper equips its system with, as proposed', () => {
    const out = run(
      'To address this, we equip ZorbFormer++ with a novel Spatial-guided Feature Adapter, which calibrates ' +
        'features. ZorbTrack introduces a novel Dual-Frequency Zorb State Space module with shifted windows.',
    );
    expect(role(out, 'Spatial-guided Feature Adapter')).toBe('proposed');
    expect(role(out, 'Dual-Frequency Zorb State Space')).toBe('proposed');
    expect(out.entities.some((e) => e.name === 'Adapter')).toBe(false);
  });

  it('leaves two listed words called novel alone', () => {
    const out = run('We use a novel Transformer Encoder on ZorbSet.');
    expect(out.entities.some((e) => e.name === 'Transformer Encoder')).toBe(false);
  });
});
