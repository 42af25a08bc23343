// Rules from a forty-seventh round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, roleOf, values } from '../../helpers/extract.js';

describe('a change with its unit written once, after the second end', () => {
  it('is a before-and-after pair whose first end is kept', () => {
    expect(values('ZorbNet reduces the collision rate on ZorbCity from 2.14 to 0.03 percent.')).toEqual([
      '2.14',
      '0.03 percent',
    ]);
    expect(values('ZorbNet cuts latency from 120 to 45 ms on ZorbBench.')).toEqual(['120', '45 ms']);
  });
});

describe('a range with a word unit after both ends', () => {
  it('is one result', () => {
    expect(
      values(
        'The accuracy gaps of the Zorb models varied from 19.9 percentage points to 26.9 percentage points.',
      ),
    ).toEqual(['19.9 percentage points to 26.9 percentage points']);
  });
});

describe('a metric list after a few words that say whose metrics they are', () => {
  it('lists metrics', () => {
    const abstract =
      'We study ZorbRAG. The answers are evaluated using three key metrics set by human evaluators: context relevance, ' +
      'answer faithfulness, and answer relevance.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['context relevance', 'answer faithfulness', 'answer relevance']),
    );
  });

  it('does not list what the metrics approximate', () => {
    const abstract =
      'We study Zorb losses. Alignment metrics to approximate natural statistics, such as conditional means and ' +
      'covariances, are characterized.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('a counted list of contributions after a list of verbs', () => {
  it('is proposed like one after the proposal verb alone', () => {
    const abstract =
      'We propose, evaluate and compare three encoding strategies, Zorb Level Strategy (ZLS), Zorb Discrete Strategy ' +
      '(ZDS) and Zorb Value Strategy (ZVS), for turning tables into graphs.';
    expect(roleOf(abstract, 'ZDS')).toBe('proposed');
    expect(roleOf(abstract, 'ZVS')).toBe('proposed');
  });
});

describe('the qualities a comparison is made in terms of', () => {
  it('are metrics', () => {
    const abstract =
      'We propose ZorbHuman. Experiments show that ZorbHuman outperforms prior methods in terms of both geometry ' +
      'fidelity and appearance quality, including hard in-the-wild scenes.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['geometry fidelity', 'appearance quality']),
    );
  });

  it('are not metrics where nothing is compared', () => {
    const abstract =
      'We survey Zorb datasets. Current datasets remain limited in terms of modality coverage and task diversity.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('a value after a LaTeX thin space', () => {
  it('keeps its unit', () => {
    expect(values('ZorbSeg keeps a throughput of 30\\,FPS on ZorbScan.')).toEqual(['30\\,FPS']);
  });
});

describe('the edge detection measures', () => {
  it('are metrics under their long forms too', () => {
    const abstract =
      'We propose ZorbEdge. ZorbEdge leads in terms of Optimal Dataset Scale (ODS) and Optimal Image Scale (OIS) on ZorbEdges.';
    expect(entity(abstract, 'ODS')?.type).toBe('Metric');
    expect(entity(abstract, 'OIS')?.type).toBe('Metric');
  });
});

describe('the measures an evaluation strategy of the paper assesses', () => {
  it('are proposed', () => {
    const abstract =
      'We introduce ZorbGeo, a benchmark of geometry problems. Building on it, we design a novel evaluation strategy ' +
      'assessing answer correctness, process correctness, and process quality.';
    expect(roleOf(abstract, 'process correctness')).toBe('proposed');
    expect(roleOf(abstract, 'process quality')).toBe('proposed');
  });
});

describe('a coined title name ended by an exclamation mark', () => {
  it('is the proposed system', () => {
    const title = 'RiverSplash! Structured Causal Chains for Video Question Answering';
    const abstract =
      'We propose a modular framework that decouples causal reasoning from answer generation. ' +
      'Project page: https://zorb.github.io/riversplash/';
    expect(namesOf(abstract, 'Method', title)).toContain('RiverSplash');
  });

  it('is not an interjection', () => {
    const title = 'Wait! Structured Causal Chains for Video Question Answering';
    const abstract = 'We propose a modular framework that decouples causal reasoning from answer generation.';
    expect(namesOf(abstract, 'Method', title)).toEqual([]);
  });
});

describe('classical control, planning and matching algorithms and the Motion-X dataset', () => {
  it('are known by their short names', () => {
    const abstract =
      'ZorbCopter uses an LQR inner loop, Dijkstra path planning and Hungarian matching of tracks, and ZorbMotion is ' +
      'evaluated on HumanML3D and Motion-X.';
    expect(namesOf(abstract, 'Method')).toEqual(
      expect.arrayContaining(['LQR', "Dijkstra's algorithm", 'Hungarian algorithm']),
    );
    expect(namesOf(abstract, 'Benchmark')).toContain('Motion-X');
  });
});

describe('an apposition inside an opening phrase, closed by a comma before the main clause', () => {
  it('types the name', () => {
    const abstract =
      'Using ZorbPoints, a multimodal dataset with annotations from endoscopy, we recast each task as a prompt.';
    expect(entity(abstract, 'ZorbPoints')?.type).toBe('Benchmark');
  });

  it('is not the subject of the main clause', () => {
    const abstract = 'On ZorbMath, a 7B model trained with ZorbRL reaches 80% accuracy.';
    expect(entity(abstract, 'ZorbMath')?.type).toBe('Benchmark');
  });
});

describe('a type noun made into a modifier in an apposition', () => {
  it('names no type', () => {
    const abstract =
      'We propose ZorbMamba, a dual-domain State Space Model (SSM)-based image restoration network, and test it on scans.';
    expect(entity(abstract, 'ZorbMamba')?.type).toBe('Method');
    const pipeline =
      'We introduce ZorbSight, an in-context Large Language Model (LLM)-based pipeline for clickstreams.';
    expect(entity(pipeline, 'ZorbSight')?.type).toBe('Method');
  });
});

describe('a decimal after a metric and a tilde', () => {
  it('is the metric value', () => {
    expect(
      values('ZorbPose reaches the best translation quality on ZorbSign (BLEU ~11.5, nDCG@20~0.625).'),
    ).toEqual(['11.5', '0.625']);
  });
});

describe('a named part introduced at the start of a sentence', () => {
  it('is proposed as after a lower-case article', () => {
    const abstract =
      'We propose ZorbTrack, a human parser. 2) A novel Mask Validation module is designed to manage new targets. ' +
      '3) A novel Connection Loss acts as a topological constraint.';
    expect(namesOf(abstract, 'Method')).toEqual(
      expect.arrayContaining(['Mask Validation', 'Connection Loss']),
    );
  });
});

describe('a lower-case name the paper gives its own new method', () => {
  it('is a proposed method, found again later', () => {
    const abstract =
      'This paper introduces zorbed routing, a new paradigm that skips tokens early. Its Lightweight Zorb ' +
      'Forecaster (LZF) predicts them. Experiments show that zorbed routing keeps accuracy on ZorbQA.';
    expect(roleOf(abstract, 'zorbed routing')).toBe('proposed');
  });

  it('is no method of its own beside a coined name in the title', () => {
    const title = 'ZorbTM: Cross-Modal Token Zorbing for Video Segmentation';
    const abstract =
      'Specifically, we introduce cross-modality token zorbing, a novel approach that aligns tokens.';
    expect(namesOf(abstract, 'Method', title)).toEqual(['ZorbTM']);
  });
});

describe('tracking and communication measures and the Sinkhorn algorithm', () => {
  it('are known, and a gain in MOTA points keeps its unit', () => {
    const abstract =
      'ZorbTrack improves tracking by 5.0 MOTA points on ZorbDrone and reduces identity switches, keeping a low PAPR ' +
      'with Sinkhorn matching.';
    expect(namesOf(abstract, 'Metric')).toEqual(expect.arrayContaining(['identity switches', 'PAPR']));
    expect(namesOf(abstract, 'Method')).toContain('Sinkhorn algorithm');
    expect(values(abstract)).toEqual(['5.0 MOTA points']);
  });
});

describe('the folds of a cross-validation', () => {
  it('are no result, where a speed-up is', () => {
    const abstract =
      'Using 5-fold cross-validation, ZorbNet reaches 96.47% accuracy on ZorbScan and runs 3-fold faster than ZorbOld.';
    expect(values(abstract)).toEqual(['96.47%', '3-fold']);
  });
});

describe('a LaTeX count macro', () => {
  it('is no name', () => {
    const abstract =
      'We release \\zorbbank, with \\nSeed scenarios across \\nFamilies families, and evaluate \\nModels VLMs.';
    expect(namesOf(abstract, 'Method')).toEqual(['\\zorbbank']);
  });
});

describe('the facial action unit datasets', () => {
  it('are known benchmarks', () => {
    const abstract =
      'We study ZorbAU. On BP4D+, repeated splits produce a noise floor of 0.065 in average F1.';
    expect(entity(abstract, 'BP4D+')?.type).toBe('Benchmark');
  });
});

describe('the name after a closed list that opens a sentence', () => {
  it('is the subject, not one more benchmark', () => {
    const abstract =
      'We present ZorbHand, which uses a video diffusion model. On ZorbA, ZorbB, and ZorbC, ZorbHand outperforms prior methods.';
    expect(entity(abstract, 'ZorbHand')?.type).toBe('Method');
    expect(entity(abstract, 'ZorbC')?.type).toBe('Benchmark');
  });
});

describe('acronyms defined as items of a list of data sets', () => {
  it('are used benchmarks, whatever their long forms say', () => {
    const abstract =
      'We propose ZorbPARSE. Experiments on three datasets including Zorb-Guided Dialogue (ZGD), Zorbed Web Data ' +
      'Extraction (ZWDE), and internal retail data show its gains.';
    expect(entity(abstract, 'ZGD')?.type).toBe('Benchmark');
    expect(entity(abstract, 'ZWDE')?.type).toBe('Benchmark');
    expect(roleOf(abstract, 'ZWDE')).toBe('used');
  });
});

describe('a Title Case part an ordinal opens after the proposal', () => {
  it('is a proposed part', () => {
    const abstract =
      'We propose ZorbGNN, a tracker. First, Altitude-Adaptive Edge Construction estimates a camera-altitude proxy. ' +
      'Second, Heterogeneous Node Representation models detections as distinct node types.';
    expect(roleOf(abstract, 'Altitude-Adaptive Edge Construction')).toBe('proposed');
    expect(roleOf(abstract, 'Heterogeneous Node Representation')).toBe('proposed');
  });

  it('is not one before any proposal', () => {
    const abstract = 'First, Altitude-Adaptive Edge Construction estimates a proxy. We then study trackers.';
    expect(namesOf(abstract, 'Method')).toEqual([]);
  });
});

describe('source-free domain adaptation', () => {
  it('is the known technique, not a method its acronym names', () => {
    const abstract =
      'Source-free domain adaptation (SFDA) adapts a model without its source data. We propose ZorbLabel for SFDA.';
    expect(namesOf(abstract, 'Technique')).toContain('source-free domain adaptation');
    expect(namesOf(abstract, 'Method')).toEqual(['ZorbLabel']);
  });
});

describe('the Neural 3D Video dataset', () => {
  it('is known under its name and its acronym', () => {
    const abstract =
      'ZorbView gains 60% in image quality on the dynamic Neural 3D Video benchmark and on N3DV scenes.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(['Neural 3D Video']);
  });
});
