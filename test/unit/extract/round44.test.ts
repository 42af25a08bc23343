// Rules from a forty-fourth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { namesOf, run, values } from '../../helpers/extract.js';

describe('named procedures of game theory, statistics and data auditing', () => {
  it('are methods, whatever their case or punctuation', () => {
    const abstract =
      'We run Fictitious Play on Zorb auctions, flag leaked items with Min-K%++ and infini-gram, ' +
      'unlearn them with Negative Preference Optimisation (NPO) and correct with the Benjamini--Hochberg procedure.';
    expect(namesOf(abstract, 'Method')).toEqual(
      expect.arrayContaining([
        'fictitious play',
        'Min-K%++',
        'infini-gram',
        'NPO',
        'Benjamini-Hochberg procedure',
      ]),
    );
  });
});

describe('detectors of machine-generated text and a sentiment treebank', () => {
  it('are known by name', () => {
    const abstract =
      'We translate the Stanford Sentiment Treebank into Zorbic and run Binoculars and FastDetectGPT on it.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(['Stanford Sentiment Treebank']);
    expect(namesOf(abstract, 'Method')).toEqual(['Binoculars', 'Fast-DetectGPT']);
  });
});

describe('detecting machine-generated text', () => {
  it('is a task of its own, not the scene text detection its last words name', () => {
    const abstract =
      'We study machine-generated text detection for Zorbic essays with ZorbDetect, a new detector.';
    expect(namesOf(abstract, 'Task')).toEqual(['machine-generated text detection']);
  });
});

describe('doubled hyphens around a phrase', () => {
  it('are dashes, so the name before them stands alone', () => {
    const abstract =
      'We present ZorbBench--Measuring Zorbic Illusions--the first benchmark for eliciting hallucinations in agents.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(['ZorbBench']);
  });

  it('still join the parts of names written with them', () => {
    const abstract =
      'We evaluate ZORB--CT with two encoders, I3D--ZorbNet-121 and Pillar--0, on the Zorb data.';
    expect(namesOf(abstract, 'Model')).not.toContain('ZorbNet-121');
  });
});

describe('a benchmark name that opens with a number', () => {
  it('is still a name', () => {
    const abstract =
      'Central to our work is 12Zorb-Bench, a benchmark derived from aptitude tests, and 3MZorbBench.';
    expect(namesOf(abstract, 'Benchmark')).toEqual(['12Zorb-Bench', '3MZorbBench']);
  });
});

describe('an apposition that says what a coined name is', () => {
  it('outweighs the shape of the name in its other mentions', () => {
    const title = 'ZorbLLM: Automated Theorem Proving Applied to Consensus';
    const abstract =
      'In this paper, we improve upon ZorbLLM, the automated theorem proving tool in Isabelle. ' +
      'We compare the two versions of ZorbLLM.';
    expect(run(abstract, title).entities.find((e) => e.name === 'ZorbLLM')?.type).toBe('Method');
  });
});

describe('a counted list after a second verb', () => {
  it('names new methods though the first verb proposes nothing', () => {
    const abstract =
      'We identify the limits of majority vote, and introduce two aggregation methods: Hybrid Zorb Vote and ' +
      'Weighted Zorb Vote, which combine both strengths.';
    expect(namesOf(abstract, 'Method')).toEqual(['Hybrid Zorb Vote', 'Weighted Zorb Vote']);
  });
});

describe('a bare architecture name whose sized releases are checkpoints', () => {
  it('is the technique, while its sized releases stay models', () => {
    const abstract =
      'Zorb diagrams and videos occupy disjoint ViT subspaces; we fine-tune ZorbDepth with a ViT-S encoder and ViT-B/16.';
    expect(namesOf(abstract, 'Technique')).toEqual(['vision transformer']);
    expect(namesOf(abstract, 'Model')).toEqual(expect.arrayContaining(['ViT-S', 'ViT-B/16']));
  });
});

describe('a change from one score to another', () => {
  it('reports its end wherever its start was reported, however far from the metric', () => {
    const abstract =
      'Swapping the Zorb attention improves segmentation: ZorbSeg mIoU increases from 42.80 to 48.78, ' +
      'ZorbCity from 19.85 to 21.97, and ZorbScapes from 36.79 to 37.87.';
    expect(values(abstract)).toEqual(['42.80', '48.78', '19.85', '21.97', '36.79', '37.87']);
  });
});

describe('a signed margin before a comparative', () => {
  it('is a gain in the metric after it', () => {
    const abstract =
      'Compared to standard retrieval, ZorbSeR achieves +37.91 higher F1 and +30.81 higher BLEU.';
    expect(values(abstract)).toEqual(['37.91', '30.81']);
  });
});

describe('a number something is capped at', () => {
  it('is a setting, not an outcome', () => {
    const abstract =
      'ZorbRank improves recall by 4.1% with a candidate pool capped at 1000 and truncated to 512 tokens.';
    expect(values(abstract)).toEqual(['4.1%']);
  });
});

describe('a retrieval measure said to be high or poor', () => {
  it('is measured without a number', () => {
    expect(
      namesOf('All Zorb models demonstrate high precision but suffer from poor recall.', 'Metric'),
    ).toEqual(['precision', 'recall']);
  });

  it('is not the perfect recall of a game nor a numeric precision', () => {
    const abstract = 'We solve Zorb games with perfect recall and train ZorbNet at lower precision.';
    expect(namesOf(abstract, 'Metric')).toEqual([]);
  });
});

describe('detecting harmful content', () => {
  it('names the task', () => {
    const abstract =
      'This study compares Zorb classifiers for cyberbullying detection in Zorbic-language comments.';
    expect(namesOf(abstract, 'Task')).toEqual(['cyberbullying detection']);
  });
});

describe('an apposition calling a name an estimator, a scheme, a procedure or a criterion', () => {
  it('names a method of the paper', () => {
    const abstract =
      'This paper introduces Zorb-Gain BPE, a drop-in merge criterion. We propose Knotz, a rank-aware dependency estimator.';
    expect(namesOf(abstract, 'Method')).toEqual(['Zorb-Gain BPE', 'Knotz']);
  });
});

describe('a name in quotes', () => {
  it('is proposed like any other, even in lower case', () => {
    const abstract =
      'Motivated by this, we propose "Zorbball steering", a nonlinear steering method based on kernels.';
    expect(namesOf(abstract, 'Method')).toEqual(['Zorbball steering']);
  });

  it('is no entity when it names a phenomenon', () => {
    const abstract =
      "Longer outputs follow, a phenomenon we term ``Zorb is Less''. We propose ZorbStop to fix it.";
    expect(namesOf(abstract, 'Method')).toEqual(['ZorbStop']);
  });
});

describe('a Title-Case name before the kind of part it is', () => {
  it('names a part of the system: an architecture, a module, a mechanism or a strategy', () => {
    const abstract =
      'For the system design, we introduce a Training-Zorb Disaggregation architecture for agents.';
    expect(namesOf(abstract, 'Method')).toEqual(['Training-Zorb Disaggregation']);
  });

  it('is no field spelled out', () => {
    expect(
      namesOf('We propose a novel Natural Language Processing pipeline for Zorb records.', 'Method'),
    ).toEqual([]);
  });
});

describe("OpenAI's reasoning series written after the GPT name", () => {
  it('is one model, not GPT and another', () => {
    const abstract =
      'ZorbCheck reaches 90% recall with four LLMs (GPT o4-mini, DeepSeek-R1, Gemini 2.5 and Zorb-7B).';
    expect(namesOf(abstract, 'Model')).toEqual(expect.arrayContaining(['GPT o4-mini']));
    expect(namesOf(abstract, 'Model')).not.toContain('GPT');
  });
});

describe('a hyphen compound before a measure', () => {
  it('qualifies the measure whole, whatever its first word', () => {
    const abstract = 'We report concept-level accuracy and exact-match accuracy for ZorbQA models.';
    expect(namesOf(abstract, 'Metric')).toEqual(['concept-level accuracy', 'exact-match accuracy']);
  });

  it('is no qualifier when it ranks how good the measure is', () => {
    expect(namesOf('ZorbNet reaches expert-level accuracy on ZorbSet, at 92%.', 'Metric')).toEqual([
      'accuracy',
    ]);
  });
});
