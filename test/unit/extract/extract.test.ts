import { describe, expect, it } from 'vitest';
import { createExtractor, extractPaper } from '../../../extract/index.js';
import { ENTITY_TYPES, RESULT_KINDS, ROLES } from '../../../src/domain/types.js';

const paper = {
  id: 'inv-1',
  title: 'ZenoPlan: Energy-Aware Planning with Reinforcement Learning',
  abstract:
    'Reinforcement learning (RL) agents waste energy. We propose ZenoPlan, a framework that trains Qwen3-8B with GRPO ' +
    'and chain-of-thought prompting for robotic manipulation. We also release PlanBench-Lite, a benchmark of 300 tasks. ' +
    'ZenoPlan outperforms PPO and GPT-4o, improving success rate by 12.4% on PlanBench-Lite and reaching 71.2% accuracy on MMLU.',
};

describe('extractPaper end to end', () => {
  const out = extractPaper(paper);
  const byName = new Map(out.entities.map((e) => [e.name, e]));

  it('finds proposed, used and compared entities of each type', () => {
    expect(byName.get('ZenoPlan')).toMatchObject({ type: 'Method', role: 'proposed' });
    expect(byName.get('PlanBench-Lite')).toMatchObject({ type: 'Benchmark', role: 'proposed' });
    expect(byName.get('Qwen3-8B')).toMatchObject({ type: 'Model', role: 'used', family: 'Qwen3' });
    expect(byName.get('PPO')).toMatchObject({ type: 'Method', role: 'compared' });
    expect(byName.get('GPT-4o')).toMatchObject({ type: 'Model', role: 'compared' });
    expect(byName.get('MMLU')).toMatchObject({ type: 'Benchmark', role: 'used' });
    expect(byName.get('reinforcement learning')).toMatchObject({ type: 'Technique', aliases: ['RL'] });
    expect(byName.get('robotic manipulation')).toMatchObject({ type: 'Task', role: 'used' });
    expect(byName.get('success rate')).toMatchObject({ type: 'Metric' });
  });

  it('records results with values as written and counts left out', () => {
    expect(out.results.map((r) => [r.value, r.kind])).toEqual([
      ['12.4%', 'improvement'],
      ['71.2%', 'absolute'],
    ]);
  });

  it('keeps the contract: valid enums, exact mentions, evidence sentences', () => {
    const text = `${paper.title}\n${paper.abstract}`;
    for (const e of out.entities) {
      expect(ENTITY_TYPES).toContain(e.type);
      expect(ROLES).toContain(e.role);
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(text).toContain(m);
      expect(text).toContain(e.evidence);
    }
    for (const r of out.results) expect(RESULT_KINDS).toContain(r.kind);
  });

  it('is deterministic and the same through a fresh extractor', () => {
    expect(createExtractor().extract(paper)).toEqual(out);
    expect(extractPaper(paper)).toEqual(out);
  });
});
