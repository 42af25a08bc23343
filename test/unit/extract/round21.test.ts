// Rules from a twenty-first round (measures named as the subject of a change, later items changed "from … to",
// three modifiers after "N% in", measures at a cut-off, hub checkpoint ids, superscripts in names, subreddits, metric
// lists after a bare comma, "our approach, X"); every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { entity, namesOf, resultOf } from '../../helpers/extract.js';

describe('measures that change', () => {
  it('reads a measure named before its change verb, a count of errors too', () => {
    const abstract =
      'Human evaluation shows critical errors falling from 47.75% to 23% and correctness rising from 41.75% to 66%.';
    expect(namesOf(abstract, 'Metric')).toEqual(expect.arrayContaining(['critical errors', 'correctness']));
    expect(resultOf(abstract, '23%')?.metric).toBe('critical errors');
    expect(resultOf(abstract, '66%')?.metric).toBe('correctness');
  });

  it('starts the measure after a hyphenated modifier and keeps a sentence-initial word', () => {
    const abstract =
      'Zorb density increased by 34.2% across all regions, while GPT-4-evaluated caption consistency decreases by up to 58.60 points.';
    expect(namesOf(abstract, 'Metric')).toEqual(
      expect.arrayContaining(['zorb density', 'caption consistency']),
    );
    expect(resultOf(abstract, '58.60 points')?.metric).toBe('caption consistency');
  });

  it('takes no determiner or verb into the measure', () => {
    const abstract = 'The accuracy increased by 5% on GSM8K, and the model improves by 3% on MATH.';
    expect(namesOf(abstract, 'Metric')).toEqual(['accuracy']);
  });

  it('reads a later item of a list changed from one value to another', () => {
    const abstract =
      'On ZorbQA, ZorbFix improves pass rate from 11.1% to 33.3% and mean term coverage from 36.7% to 65.4%.';
    expect(namesOf(abstract, 'Metric')).toContain('term coverage');
    expect(resultOf(abstract, '33.3%')?.metric).toBe('pass rate');
    expect(resultOf(abstract, '65.4%')?.metric).toBe('term coverage');
  });

  it('reads three modifiers of a measure a change is "in"', () => {
    const abstract =
      'ZorbAssist outperforms the best baselines by over 21% in procedural action understanding accuracy.';
    expect(resultOf(abstract, '21%')?.metric).toBe('procedural action understanding accuracy');
  });

  it('takes no verb before a measure as its modifier', () => {
    const abstract = 'These results show that Zorb-R1 not only enhances accuracy but also generalises.';
    expect(namesOf(abstract, 'Metric')).not.toContain('not only enhances accuracy');
  });

  it('ends a measure phrase at "according to"', () => {
    const abstract = 'ZorbRAG gives a 58% improvement in response quality according to human judges.';
    expect(resultOf(abstract, '58%')?.metric).toBe('response quality');
  });
});

describe('name shapes', () => {
  it('reads any measure at a cut-off as a metric', () => {
    const abstract = 'ZorbPose outperforms existing methods by 9.6% on RRA@5 and 18.1% on RTA@5.';
    expect(namesOf(abstract, 'Metric')).toEqual(expect.arrayContaining(['RRA@5', 'RTA@5']));
    expect(resultOf(abstract, '18.1%')?.metric).toBe('RTA@5');
  });

  it('reads lower-case hub ids of listed families as models', () => {
    const abstract = 'We fine-tune bert-base-uncased, xlm-roberta-base and mDeBERTa-v3-base for detection.';
    expect(namesOf(abstract, 'Model')).toEqual(
      expect.arrayContaining(['bert-base-uncased', 'xlm-roberta-base', 'mDeBERTa-v3-base']),
    );
  });

  it('keeps a superscript in a name, not in a unit', () => {
    const abstract = 'Our approach, ZorbRA$^2$, needs 3 pts/m$^2$ and less memory than LoRA.';
    expect(entity(abstract, 'ZorbRA$^2$')?.role).toBe('proposed');
    expect(namesOf(abstract, 'Method')).not.toContain('pts/m$^2$');
  });

  it('reads a name opening with a digit and capitals in a list of datasets', () => {
    const abstract = 'ZorbSeg is assessed on two public benchmark datasets, LiTS and 3DZORBDb.';
    expect(entity(abstract, '3DZORBDb')?.type).toBe('Benchmark');
  });

  it('reads a subreddit as data', () => {
    expect(entity('We collect stories from r/ZorbPrompts for training.', 'r/ZorbPrompts')?.type).toBe(
      'Benchmark',
    );
  });
});

describe('lists and appositions', () => {
  it('reads the names after "metrics," as metrics', () => {
    const abstract =
      'We propose two metrics, ZorbBias and ZorbGain, to quantify divergence from ideal paths.';
    expect(entity(abstract, 'ZorbBias')?.type).toBe('Metric');
    expect(entity(abstract, 'ZorbGain')?.type).toBe('Metric');
  });
});

describe('lists of models', () => {
  it('reads unlisted names after a plural noun of models as models', () => {
    const abstract =
      'We evaluate three camouflaged object detection models, ZINet-v2, PFZorb, and ZorbNet, and Arabic encoders (ZARBERT, ZorbicBERT).';
    for (const name of ['ZINet-v2', 'PFZorb', 'ZorbNet', 'ZARBERT', 'ZorbicBERT'])
      expect(entity(abstract, name)?.type).toBe('Model');
  });

  it('reads no bare variant word of a listed model as a model', () => {
    const abstract = 'Experiments on Stable Diffusion models (v1.5, XL, and v3) show that ZorbAlign helps.';
    expect(namesOf(abstract, 'Model')).not.toContain('XL');
  });
});

describe('what is not a measure', () => {
  it('reads no clause verb after a comma as a modifier of a measure', () => {
    const abstract =
      'We apply it to 100 ZorbQA questions, finding accuracy drops by 7.0 points, and we compare grounding accuracy, ranking accuracy.';
    const metrics = namesOf(abstract, 'Metric');
    expect(metrics).not.toContain('finding accuracy');
    expect(metrics).toEqual(expect.arrayContaining(['grounding accuracy', 'ranking accuracy']));
  });

  it('reads a subscripted symbol in math as a variable unless a score follows', () => {
    expect(namesOf('Symbols are split into two files $F_1$ and $F_2$ of sizes $s_1$.', 'Metric')).toEqual([]);
    expect(namesOf('ZorbTag reaches an $F_1$ score of 0.83 on ZorbNER.', 'Metric')).toEqual(['F1']);
  });
});
