// Rules from a twenty-seventh round (an acronym listed for two things read by the paper's topic, defined task long
// forms, listed measures written out or title-cased, a defined task's data sets, plural short forms, titles that call a
// name a data set, data sets made of named parts, participles before a measure, numbered parts before a verb, values
// after "by an average of", qualities in -ency, explanation qualities after a value); every sentence here is invented,
// the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

describe('an acronym listed for two things', () => {
  it('reads ASR as the attack success rate in an attack paper', () => {
    const out = run(
      'ZorbJail is a backdoor attack on vision-language models. ZorbJail reaches over 98% average ASR.',
    );
    const asr = out.entities.find((e) => e.name === 'ASR' || e.aliases.includes('ASR'));
    expect(asr?.type).toBe('Metric');
    expect(out.entities.some((e) => e.type === 'Task' && e.name === 'speech recognition')).toBe(false);
  });

  it('keeps ASR as speech recognition in a speech paper', () => {
    const out = run('We study ASR for low-resource languages. ZorbSpeech lowers the word error rate by 12%.');
    expect(out.entities.find((e) => e.type === 'Task')?.name).toBe('speech recognition');
    expect(out.entities.some((e) => e.type === 'Metric' && e.name === 'attack success rate')).toBe(false);
  });
});

describe('long forms that name a task', () => {
  it('types a defined grounding, identification or localization as a task', () => {
    const out = run(
      'We introduce a new task called Zorbic Object Grounding (ZOG). Quux Person Re-identification (QPR) remains ' +
        'hard, and we present an approach for Zorbic Forgery Localization (ZFL). ZorbNet improves QPR and ZFL.',
    );
    const typeOf = (acronym: string) => out.entities.find((e) => e.aliases.includes(acronym))?.type;
    expect(typeOf('ZOG')).toBe('Task');
    expect(typeOf('QPR')).toBe('Task');
    expect(typeOf('ZFL')).toBe('Task');
  });
});

describe('listed measures written out or in title case', () => {
  it('keeps a listed measure whose long form ends in a listed measure', () => {
    const out = run('ZorbSeg improves mean Intersection over Union (mIoU) by 2.1% on ZorbCity.');
    expect(out.entities.find((e) => e.name === 'mIoU')?.type).toBe('Metric');
    expect(out.results.find((r) => r.value === '2.1%')).toMatchObject({ subject: 'ZorbSeg', metric: 'mIoU' });
  });

  it('reads a title-cased listed measure ("F1-Score", "Cohen\'s Kappa") as the measure', () => {
    const out = run("ZorbTag reaches an F1-Score of 62% and a Cohen's Kappa of 0.71 on ZorbSet.");
    expect(out.entities.filter((e) => e.type === 'Metric').map((e) => e.name)).toEqual(
      expect.arrayContaining(['F1', "Cohen's kappa"]),
    );
    expect(out.entities.some((e) => e.type === 'Method' && e.name === 'F1-Score')).toBe(false);
  });

  it('knows the written-out names of common measures', () => {
    const out = run(
      'ZorbMT raises Bilingual Evaluation Understudy (BLEU) scores, and ZorbGen improves Learned Perceptual Image ' +
        'Patch Similarity (LPIPS) on ZorbFaces.',
    );
    expect(out.entities.find((e) => e.name === 'BLEU')?.type).toBe('Metric');
    expect(out.entities.find((e) => e.name === 'LPIPS')?.type).toBe('Metric');
  });
});

describe('the data sets of a defined task', () => {
  it('reads "video salient object detection (VSOD) benchmarks" as the task, not one benchmark', () => {
    const out = run('ZorbNet leads on four video salient object detection (VSOD) benchmarks.');
    expect(out.entities.find((e) => e.aliases.includes('VSOD') || e.name === 'VSOD')?.type).toBe('Task');
  });

  it('still reads a singular benchmark named after its task as a benchmark', () => {
    const out = run('We release the Zorbic Question Answering (ZQA) benchmark and evaluate ZorbLM on it.');
    expect(out.entities.find((e) => e.name === 'ZQA')?.type).toBe('Benchmark');
  });
});

describe('a defined name that ends in s', () => {
  it('keeps the s of a coined name whose long form is not plural', () => {
    const out = run(
      'We introduce Zorbing Search and Discovery (ZoSeDis), the first system that unifies the two.',
    );
    expect(out.entities.some((e) => e.name === 'ZoSeDis')).toBe(true);
    expect(out.entities.some((e) => e.name === 'ZoSeDi')).toBe(false);
  });

  it('still reads a plural acronym as its singular', () => {
    const out = run('We propose Zorbic Graph Networks (ZGNs). ZGNs improve accuracy by 3% on ZorbSet.');
    expect(out.entities.some((e) => e.name === 'ZGN')).toBe(true);
  });
});

describe('a title that calls its name a data set', () => {
  it('types the name a benchmark whatever its definition reads as', () => {
    const out = run(
      'We introduce Zorbing Search and Discovery (ZoSeDis), the first task that unifies retrieval with grounding.',
      'ZoSeDis: A Dataset for Referring-based Object Search',
    );
    expect(out.entities.find((e) => e.name === 'ZoSeDis')?.type).toBe('Benchmark');
  });

  it('keeps a task the abstract poses', () => {
    const out = run(
      'We propose a new task, called Zorb-based Multi-Object Tracking (ZorbMOT). ZorbMOT is a challenging task.',
      'ZorbMOT: A Benchmark and Framework for Zorb-based Multi-Object Tracking',
    );
    expect(out.entities.find((e) => e.aliases.includes('ZorbMOT'))?.type).toBe('Task');
  });
});

describe('a data set made of named parts', () => {
  it('reads the names a dataset consists of as benchmarks', () => {
    const out = run(
      'We evaluate ZorbAdapt on a combined dataset consisting of Zorb80, Zorbscapes2023, and ZorbT50, with prompts.',
    );
    const types = ['Zorb80', 'Zorbscapes2023', 'ZorbT50'].map(
      (n) => out.entities.find((e) => e.name === n)?.type,
    );
    expect(types).toEqual(['Benchmark', 'Benchmark', 'Benchmark']);
  });
});

describe('a participle before a measure', () => {
  it('leaves a verb after an adverb out of the measure name', () => {
    const out = run('ZorbAgent reduces tool calls while simultaneously elevating reasoning accuracy by 4%.');
    const names = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(names).toContain('reasoning accuracy');
    expect(names.some((n) => n.startsWith('elevating'))).toBe(false);
  });

  it('keeps a modifier after an adjective in -ly', () => {
    const out = run('ZorbRail achieves an early warning accuracy of 92% on ZorbTrack.');
    expect(out.entities.some((e) => e.type === 'Metric' && e.name.endsWith('warning accuracy'))).toBe(true);
  });
});

describe('numbered parts named before what they do', () => {
  it('reads "(1) Zorb Semantic Injection aligns ..." as a proposed part', () => {
    const out = run(
      'We propose ZorbQ, a quantization framework with three key components: (1) Zorb Semantic Injection aligns ' +
        'images with text; (2) Structural Zorb Generation reproduces structures; and (3) Zorb-Aware Enhancement ' +
        'applies perturbations.',
    );
    const parts = out.entities.filter((e) => e.role === 'proposed').map((e) => e.name);
    expect(parts).toEqual(
      expect.arrayContaining([
        'Zorb Semantic Injection',
        'Structural Zorb Generation',
        'Zorb-Aware Enhancement',
      ]),
    );
  });
});

describe('a measure before "by an average of"', () => {
  it('gives the value to the measure it changes, not to the next one', () => {
    const out = run(
      'ZorbJudge improves evaluation accuracy by an average of 18.5% and recall by 10.9% on ZorbEval.',
    );
    expect(out.results.find((r) => r.value === '18.5%')?.metric).toBe('evaluation accuracy');
    expect(out.results.find((r) => r.value === '10.9%')?.metric).toBe('recall');
  });
});

describe('a quality in -ency changed by an amount', () => {
  it('reads "consistency by 10.9%" as a measure', () => {
    const out = run('ZorbJudge improves evaluation accuracy by 18.5% and consistency by 10.9%.');
    expect(out.results.find((r) => r.value === '10.9%')?.metric).toBe('consistency');
  });
});

describe('explanation qualities right after their values', () => {
  it('reads "100% sufficiency but only 22% comprehensiveness" as two measures', () => {
    const out = run('Our ZorbCircuit explanations achieve 100% sufficiency but only 22% comprehensiveness.');
    expect(out.results.find((r) => r.value === '100%')?.metric).toBe('sufficiency');
    expect(out.results.find((r) => r.value === '22%')?.metric).toBe('comprehensiveness');
  });
});
