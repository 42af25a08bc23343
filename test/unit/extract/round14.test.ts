// Rules from a fourteenth round (tasks a title narrows, measures found by how results are reported, and parts a
// paper defines); every sentence here is invented, and the Zorb names are made up.
import { describe, expect, it } from 'vitest';
import { namesOf, roleOf } from '../../helpers/extract.js';

const tasksOf = (title: string) => namesOf('We study it on three datasets.', 'Task', title);

describe('tasks a title names', () => {
  it('keeps the kind of data a title narrows a listed task to', () => {
    expect(tasksOf('ZorbNet for Endoscopic Image Classification')).toEqual([
      'endoscopic image classification',
    ]);
  });

  it('drops a verb or a manner word before the task', () => {
    expect(tasksOf('Zorb: Re-evaluating Hallucination Detection')).toEqual(['hallucination detection']);
    expect(tasksOf('Zorb: Lightweight Wound Segmentation')).toEqual(['wound segmentation']);
    expect(tasksOf('Zorb: Tuning-free Image Editing')).toEqual(['image editing']);
  });

  it('falls back to the listed task when the phrase had to be cut to fit', () => {
    expect(tasksOf('ZorbDet for Vast Vocabulary Object Detection')).toEqual(['object detection']);
  });

  it('does not narrow a listed technique into a task, nor read past "Beyond"', () => {
    expect(tasksOf('Calibrated Prediction Sets via Inductive Conformal Prediction')).toEqual([]);
    expect(tasksOf('Zorb: Beyond Negation Detection')).not.toContain('beyond negation detection');
  });
});

describe('measures named by how results are reported', () => {
  it('reads frame rate, inference speed and runtime where values are reported', () => {
    expect(namesOf('ZorbDet runs at 108.95 FPS on one GPU.', 'Metric')).toEqual(['FPS']);
    expect(namesOf('ZorbNet keeps 92% of the inference speed of its teacher.', 'Metric')).toContain(
      'inference speed',
    );
    expect(namesOf('Zorb cuts runtime to 5.39 hours.', 'Metric')).toContain('runtime');
  });

  it('does not read a plural of things changed by a value as a measure', () => {
    expect(
      namesOf(
        'ZorbPO mostly enhances safety mechanisms (+32.8%) and multilingual skills (+43.8%).',
        'Metric',
      ),
    ).toEqual([]);
    expect(namesOf('Zorb brings substantial gains in challenging domains (+26.22%).', 'Metric')).toEqual([]);
  });

  it('does not read an adverb as an outcome verb, nor praise of a score as its name', () => {
    expect(namesOf('Applications increasingly require processing inputs of 100k tokens.', 'Metric')).toEqual(
      [],
    );
    expect(namesOf('On ZorbBench, ZorbDR achieves a state-of-the-art score of 51.8.', 'Metric')).toEqual([]);
  });

  it('does not read what a measured speed enables as a measure', () => {
    expect(
      namesOf('ZorbGen generates 4 to 7 frames per second and enabling real-time play.', 'Metric'),
    ).not.toContain('enabling real-time');
  });
});

describe('parts a paper defines after saying what it proposes', () => {
  it('makes a new Title Case name with its acronym a proposed part', () => {
    const abstract =
      'We propose ZorbNet for crowd counting. The encoder holds a Multi-scale Zorb Module (MZM), which fuses features.';
    expect(roleOf(abstract, 'MZM')).toBe('proposed');
  });

  it('leaves what the work acts on, builds on or precedes it as used', () => {
    expect(
      roleOf(
        'We propose ZorbCtl. It injects control into Zorbic Diffusion Transformers (ZDT) through attention.',
        'ZDT',
      ),
    ).not.toBe('proposed');
    expect(
      roleOf('We propose ZorbSeg. ZorbSeg leverages the Zorb Anything Model (ZAM) for masks.', 'ZAM'),
    ).not.toBe('proposed');
    expect(
      roleOf('A Zorb Fusion Module (ZFM) is common in detectors. We propose ZorbDet for crowds.', 'ZFM'),
    ).not.toBe('proposed');
  });
});
