// Rules from a tenth round against independently annotated corpus abstracts; every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { entity, namesOf } from '../../helpers/extract.js';

describe('classic named algorithms, tests and protocols', () => {
  it('types well-known named procedures as methods, in whatever case the field writes them', () => {
    const abstract =
      'We explain predictions with SHAP and Grad-CAM, track hands with a Kalman filter, decode with the Viterbi ' +
      'algorithm, rank candidates by Borda count and expose tools through the Model Context Protocol (MCP).';
    const methods = namesOf(abstract, 'Method');
    for (const name of ['SHAP', 'Grad-CAM', 'Kalman filter', 'Viterbi algorithm', 'Borda count', 'MCP'])
      expect(methods).toContain(name);
    expect(entity(abstract, 'MCP')?.aliases).toContain('Model Context Protocol');
  });

  it('names a statistical test by its full name, not by the surname in it', () => {
    const abstract = "The gain is significant under McNemar's test and Fisher's exact test on ZorbQA.";
    const methods = namesOf(abstract, 'Method');
    expect(methods).toContain("McNemar's test");
    expect(methods).toContain("Fisher's exact test");
    expect(methods).not.toContain('McNemar');
  });

  it('does not take a name labelling a p-value for a method', () => {
    const abstract =
      'Zorbit lifts accuracy from 41% to 52% on ZorbQA (McQuxley p=0.021, DeBlamford exact $p = 0.006$).';
    const methods = namesOf(abstract, 'Method');
    expect(methods).not.toContain('McQuxley');
    expect(methods).not.toContain('DeBlamford');
  });
});
