import { describe, expect, it } from 'vitest';
import { combineRoles, mentionRole } from '../../../extract/roles.js';
import { roleOf } from '../../helpers/extract.js';

describe('roles', () => {
  it('marks baselines after a comparison cue as compared', () => {
    expect(roleOf('We propose ZenoPlan. ZenoPlan outperforms GRPO and GPT-4o on MMLU.', 'GRPO')).toBe(
      'compared',
    );
    expect(roleOf('We propose ZenoPlan. ZenoPlan outperforms GRPO and GPT-4o on MMLU.', 'GPT-4o')).toBe(
      'compared',
    );
  });

  it('marks benchmarks evaluated on as used, never compared', () => {
    expect(roleOf('We propose ZenoPlan. ZenoPlan outperforms GRPO on MMLU.', 'MMLU')).toBe('used');
  });

  it('marks background-only mentions as mentioned', () => {
    expect(roleOf('Prior work relied on PPO for alignment. We study data.', 'PPO')).toBe('mentioned');
    expect(roleOf('Inspired by DPO, we propose ZenoPlan.', 'DPO')).toBe('mentioned');
  });

  it('marks base models the paper trains as used', () => {
    expect(roleOf('We fine-tune Qwen3-8B with our recipe.', 'Qwen3-8B')).toBe('used');
  });

  it('never makes a task proposed', () => {
    expect(roleOf('We propose a new approach to fact verification.', 'fact verification')).toBe('used');
  });

  it('combines mention roles by strength', () => {
    expect(combineRoles(['mentioned', 'compared'])).toBe('compared');
    expect(combineRoles(['compared', 'used'])).toBe('used');
    expect(combineRoles(['neutral'])).toBe('used');
    expect(combineRoles([])).toBe('mentioned');
    expect(mentionRole('Our model beats PPO.', 16, 'Method')).toBe('compared');
  });
});

describe('role cues around a name', () => {
  it('reads examples in a background sentence as mentioned', () => {
    expect(
      roleOf(
        'Generative frameworks like GANs are popular. We study ZenoPlan.',
        'generative adversarial network',
      ),
    ).toBe('mentioned');
  });

  it('reads "X baseline" as compared', () => {
    expect(
      roleOf('Our method beats a supervised fine-tuning baseline by far.', 'supervised fine-tuning'),
    ).toBe('compared');
  });

  it('does not propose a name the paper builds on', () => {
    expect(
      roleOf('We propose a tracker based on the Kalman Flow Filter (KFF). KFF is classic.', 'KFF'),
    ).not.toBe('proposed');
  });
});
