// Rules from a forty-eighth round. Every sentence here is invented and the Zorb names made up.
import { describe, expect, it } from 'vitest';
import { matchLongForm } from '../../../extract/acronyms.js';
import { entity } from '../../helpers/extract.js';

describe('an acronym whose digit counts the words of one capital', () => {
  const longForm = (short: string, before: string) => {
    const at = matchLongForm(short, before);
    return at < 0 ? undefined : before.slice(at).trim();
  };

  it('spells the words by the capital before the digit', () => {
    expect(longForm('ZS3', 'we build the Zorb Spatial Sampling System ')).toBe(
      'Zorb Spatial Sampling System',
    );
    expect(longForm('T5', 'we use the Text-to-Text Transfer Transformer ')).toBe(
      'Text-to-Text Transfer Transformer',
    );
  });

  it('or by the capital after it', () => {
    expect(longForm('ZI3CL', 'a Zorb Instance and Contour Consistency Contrastive Learning ')).toBe(
      'Zorb Instance and Contour Consistency Contrastive Learning',
    );
  });

  it('lets joining words go unspelled rather than spell with them', () => {
    expect(longForm('A3Z', 'we introduce Anchor Alignment and Adaptive Zorbing ')).toBe(
      'Anchor Alignment and Adaptive Zorbing',
    );
  });

  it('needs whole words to spell it', () => {
    expect(longForm('A3B', 'we present ZorbVL-R1, a 30B ')).toBeUndefined();
    expect(longForm('Z3M', 'semantic features across ZLMs for zorb-supervised learning ')).toBeUndefined();
  });

  it('makes the long form an alias of the name', () => {
    const zs = entity('We propose the Zorb Spatial Sampling System (ZS3) for zorb tracking.', 'ZS3');
    expect(zs?.aliases).toContain('Zorb Spatial Sampling System');
    expect(zs?.role).toBe('proposed');
  });
});
