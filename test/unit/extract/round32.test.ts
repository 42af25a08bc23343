// Rules from a thirty-second round (a participle after a name's comma, lists a colon or dash opens after a data
// noun, examples of architectures, technical report titles, third-person verbs before a measure, threat models);
// every sentence here is invented, the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/extract.js';

const typeOf = (out: ReturnType<typeof run>, name: string) => out.entities.find((e) => e.name === name)?.type;

describe('a participle after the comma that follows a name', () => {
  it('opens a clause about the name, so the noun it governs does not type the name', () => {
    const out = run(
      'We release a new benchmark dataset, Zorbiva, probing LLM compliance with privacy rules in dialogue.',
    );
    expect(typeOf(out, 'Zorbiva')).toBe('Benchmark');
  });

  it('says nothing of what a system is when it reports an outcome', () => {
    const out = run(
      'In this paper we present ZorbRender, a Gaussian representation for volumetric video. Experiments confirm the ' +
        'robustness of ZorbRender, setting a new benchmark for free-viewpoint playback.',
    );
    expect(typeOf(out, 'ZorbRender')).toBe('Method');
  });
});

describe('a list a colon or dash opens after a plural data noun', () => {
  it('types each coined name of the list as a benchmark', () => {
    const out = run(
      'Our retriever reaches state-of-the-art accuracy on two benchmarks for sketch retrieval - ZorbSketch2 and ' +
        'QuxChi - beating prior work. We also evaluate on three benchmark tasks -- ZorbXplain, Blix and Quxo -- ' +
        'with consistent gains.',
    );
    for (const name of ['ZorbSketch2', 'QuxChi', 'ZorbXplain']) expect(typeOf(out, name)).toBe('Benchmark');
  });

  it('reads a list after a colon, in a sentence that builds the benchmarks too', () => {
    const out = run(
      'We construct two benchmarks on theorem proving: ZorbProof500, a formal subset of a known set, and Qux-Solving.',
    );
    expect(typeOf(out, 'ZorbProof500')).toBe('Benchmark');
  });

  it('needs the data noun to be described, not to open a clause, and the item to end at the name', () => {
    const out = run(
      'The benchmarks we chose are hard - ZorbNet still wins by 4.1%. We pre-train on two corpora -- ZORB K-1 Scenes ' +
        'and Qux Level-0 -- before fine-tuning.',
    );
    expect(typeOf(out, 'ZorbNet')).not.toBe('Benchmark');
    expect(out.entities.map((e) => e.name)).not.toContain('ZORB');
  });
});

describe('examples of architectures or networks', () => {
  it('are methods, not the data of an evaluation sentence', () => {
    const out = run(
      'Experiments on the Zorb-Kidney dataset show that ZorbUnet outperforms architectures such as QuxNet, ' +
        'BlixUnet, and Zorb-CENet on every split.',
    );
    for (const name of ['QuxNet', 'BlixUnet', 'Zorb-CENet']) expect(typeOf(out, name)).not.toBe('Benchmark');
  });
});

describe('a technical report title', () => {
  const report = (title: string, abstract: string) => run(abstract, title);

  it('releases the model it names, however the abstract leaves its type open', () => {
    const out = report(
      'Zorbix 2.5 Technical Report',
      'Zorbix 2.5 is trained on 4T tokens of interleaved image and text data. Zorbix 2.5 leads open systems of its ' +
        'size on document understanding.',
    );
    const zorbix = out.entities.find((e) => e.name === 'Zorbix 2.5');
    expect(zorbix?.type).toBe('Model');
    expect(zorbix?.role).toBe('proposed');
  });

  it('releases a name the abstract never repeats', () => {
    const out = report(
      'Quxo-GUI-0 Technical Report',
      'Graphical user interface agents act in real applications. We describe the data, training and evaluation of our agent.',
    );
    expect(out.entities.find((e) => e.name === 'Quxo-GUI-0')).toMatchObject({
      type: 'Model',
      role: 'proposed',
    });
  });

  it('does not make a team report on a challenge entry a model', () => {
    const out = report(
      'ZORBA: Technical Report for the Zorb Anticipation Challenge 2026',
      'We describe ZORBA, our method for the challenge, which ranks second on the test split.',
    );
    expect(out.entities.find((e) => e.name === 'ZORBA')?.type).not.toBe('Model');
  });
});

describe('a verb before a measure', () => {
  it('is no modifier of it in the third person', () => {
    const out = run('Zorb-4 trades accuracy and speed for cost, and Zorb-7 lowers accuracy by 3% on ZorbQA.');
    const metrics = out.entities.filter((e) => e.type === 'Metric').map((e) => e.name);
    expect(metrics).toContain('accuracy');
    expect(metrics).not.toContain('trades accuracy');
    expect(metrics).not.toContain('lowers accuracy');
  });
});

describe('a threat model', () => {
  it('is a kind of attack the paper poses, not a trained model', () => {
    const out = run(
      'We propose ZorbStego, a novel threat model in which an adversary fine-tunes an LLM to hide secrets in its outputs.',
    );
    expect(out.entities.find((e) => e.name === 'ZorbStego')?.type).toBe('Method');
  });
});
