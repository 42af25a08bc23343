// Rules from a twenty-eighth round (a loose metric list running into its clause, mixed-case acronyms of plain domain
// terms, Title Case long forms of things measured or treated); every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

describe('a loose metric list that runs into the clause after it', () => {
  it('reads its last item as the listed measure that opens it', () => {
    const out = run(
      'Zorb scoring is hard. Traditional metrics like precision and recall often fail to account for the ' +
        'variability in expert judgments of Zorb cases.',
    );
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toContain('recall');
    expect(metrics.some((m) => /often/.test(m))).toBe(false);
  });
});

describe('mixed-case acronyms of plain domain terms', () => {
  it('does not take a term of the domain for a method', () => {
    const out = run(
      'ZorbScope crops regions of zorbiness (RoZ) from functional near-zorb spectroscopy (fNZS) recordings. ' +
        'ZorbScope tracks each RoZ over fNZS windows.',
    );
    const names = out.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain('RoZ');
    expect(names).not.toContain('fNZS');
  });

  it('keeps a built part named in lower case', () => {
    const out = run(
      'ZorbNet integrates a lightweight causal zorb learner (CaZL) and a contrastive quux loss (CQLoss). ' +
        'CaZL and CQLoss help.',
    );
    const typeOf = (acronym: string) =>
      out.entities.find((e) => e.name === acronym || e.aliases.includes(acronym))?.type;
    expect(typeOf('CaZL')).toBe('Method');
    expect(typeOf('CQLoss')).toBe('Method');
  });

  it('keeps a system the text names after the acronym', () => {
    const out = run('This letter proposes a multi-text zorb transmission (Multi-ZT) system that uses a VLM.');
    expect(out.entities.some((e) => e.name === 'Multi-ZT' && e.type === 'Method')).toBe(true);
  });
});

describe('Title Case long forms of things measured or treated', () => {
  it('does not take a volume, a range or a telescope for a method', () => {
    const out = run(
      'Delineating the Zorbic Target Volume (ZTV) is essential. Quux Dynamic Range (QDR) scenes and the ' +
        'Zorb Horizon Telescope (ZHT) data are hard; ZorbSeg segments ZTV.',
    );
    const names = out.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain('ZTV');
    expect(names).not.toContain('QDR');
    expect(names).not.toContain('ZHT');
  });
});

describe('architectures, encoders and arenas the field knows', () => {
  it('reads Mamba as a method the field builds with and LaBSE as a released model', () => {
    const out = run(
      'ZorbNet combines Mamba blocks with attention. We compare ZorbNet with LaBSE and CodeBERTa.',
    );
    const typeOf = (name: string) => out.entities.find((e) => e.name === name)?.type;
    expect(typeOf('Mamba')).toBe('Method');
    expect(typeOf('LaBSE')).toBe('Model');
    expect(typeOf('CodeBERTa')).toBe('Model');
  });

  it('reads LMSYS Chatbot Arena as Chatbot Arena', () => {
    const out = run('ZorbLM ranks seventh on LMSYS Chatbot Arena with a score of 1356.');
    const arena = out.entities.find((e) => e.name === 'Chatbot Arena');
    expect(arena?.aliases).toContain('LMSYS Chatbot Arena');
    expect(out.entities.some((e) => e.name === 'LMSYS')).toBe(false);
  });
});

describe('openings, verbs and capitalised data nouns', () => {
  it('reads an opening with commas between its modifiers as an opening', () => {
    const out = run(
      'We propose ZORBA, a grounded experimenter. On a 12-topic, 5-domain benchmark, ZORBA increases valid ' +
        'outputs from 42% to 92%.',
    );
    expect(out.entities.find((e) => e.name === 'ZORBA')?.type).toBe('Method');
  });

  it('keeps the noun before a name after a clause that opens with "In this work,"', () => {
    const out = run('In this work, we propose a joint zorbing framework, Zorb-WD, to enhance perception.');
    expect(out.entities.find((e) => e.name === 'Zorb-WD')?.type).toBe('Method');
  });

  it('does not read a verb after "to" as part of a measure', () => {
    const out = run('We use a judge to assign scores to each question, achieving 85% alignment with humans.');
    expect(out.entities.some((e) => /assign/.test(e.name))).toBe(false);
  });

  it('does not take a word inside a Title Case corpus name for a data set', () => {
    const out = run('We evaluate LLMs on the Abstraction and Zorbing Corpus (AZC) benchmark with 400 tasks.');
    expect(out.entities.some((e) => e.name === 'Zorbing')).toBe(false);
    expect(out.entities.some((e) => e.type === 'Benchmark' && e.name === 'AZC')).toBe(true);
  });

  it('still reads a plain name before a capitalised data noun', () => {
    const out = run('Using the Reddit Meme Dataset and Zorbotion Dataset, we extract visual features.');
    expect(out.entities.some((e) => e.type === 'Benchmark' && e.name === 'Zorbotion')).toBe(true);
  });

  it('types a defined generation that achieves a result as a method', () => {
    const out = run(
      'Results show that repeated-sampling zorb-aided code generation (RZCG) achieves the highest test accuracy.',
    );
    expect(out.entities.find((e) => e.name === 'RZCG')?.type).toBe('Method');
  });
});

describe('spelled names and numbered parts', () => {
  it('reads a name spelled by the capitals after a colon as one long form', () => {
    const out = run(
      'We propose ZORBINE: Zorb ORBit-Informed Neighbour Estimation for graphs, a structure-aware framework.',
    );
    const zorbine = out.entities.find((e) => e.name === 'ZORBINE');
    expect(zorbine?.aliases).toContain('Zorb ORBit-Informed Neighbour Estimation');
    expect(out.entities.some((e) => e.name === 'ORBit-Informed')).toBe(false);
  });

  it('reads the numbered parts a system "features:" as its own', () => {
    const out = run(
      'ZorbNet features: (1) a Style-guided Zorb Generator that extracts features, and (2) a Context Generator ' +
        'using cross-attention.',
    );
    const roleOf = (name: string) => out.entities.find((e) => e.name === name)?.role;
    expect(roleOf('Style-guided Zorb Generator')).toBe('proposed');
    expect(roleOf('Context Generator')).toBe('proposed');
  });
});

describe('models named by their titles, groups and tails', () => {
  it('keeps an "-Embed" tail, which is no participle', () => {
    const out = run('Using this corpus, we train ZoF-Embed, an instruction-aware embedding model.');
    expect(out.entities.some((e) => e.name === 'ZoF-Embed' && e.type === 'Model')).toBe(true);
  });

  it('reads "an improved set of LLMs" as saying what the name is', () => {
    const out = run('We present ZorbLLM2, an improved set of LLMs for structured extraction.');
    expect(out.entities.find((e) => e.name === 'ZorbLLM2')?.type).toBe('Model');
  });

  it('knows MapAnything and pi^3 as released 3D models', () => {
    const out = run('We evaluate ZorbPose with VGGT, $π^3$, and Map Anything as backbones.');
    const models = out.entities.filter((e) => e.type === 'Model').map((e) => e.name);
    expect(models).toEqual(expect.arrayContaining(['VGGT', 'Pi3', 'MapAnything']));
  });
});

describe('units, formats and package indexes', () => {
  it('names no method after a unit, a currency, a format or a package index', () => {
    const out = run(
      'ZorbKit runs at 28 GHz, costs under 1 USD, ships on PyPI, and classifies with SoftMax in FP4 and GGUF.',
    );
    const names = out.entities.map((e) => e.name);
    for (const word of ['GHz', 'USD', 'PyPI', 'SoftMax', 'FP4', 'GGUF']) expect(names).not.toContain(word);
  });
});

describe('a listed acronym defined as something else', () => {
  it('does not read a shared "-based" or "-free" tail as the same thing', () => {
    const out = run(
      'We combine a context-free grammar (CFG) with MAP-Elites. It draws on Evidence-Based Mzorbology (EBM).',
    );
    const names = out.entities.map((e) => e.name);
    expect(names).not.toContain('classifier-free guidance');
    expect(names).not.toContain('energy-based model');
  });
});

describe('a task named in the opening sentence', () => {
  it('counts a broad-list task the abstract opens with', () => {
    const out = run(
      'Deepfake detection models face two critical challenges. We propose ZorbFake, which generalizes better.',
      'Fair Zorb Detectors Can Generalize',
    );
    expect(out.entities.some((e) => e.type === 'Task' && e.name === 'deepfake detection')).toBe(true);
  });
});
