// Public API of the extractor: pure functions from paper text to entities, roles and results.
import type { Extraction, PaperText } from '../src/domain/types.js';
import { createExtractor, type Extractor } from './extractor.js';

export { createExtractor, type Extractor } from './extractor.js';
export { canonicalKey, modelFamily } from './resolve.js';
export { splitSentences, type Sentence } from './text.js';

let defaultExtractor: Extractor | undefined;

/** Extract one paper with a lazily built default extractor (lexicon compiled once per process). */
export function extractPaper(paper: PaperText): Extraction {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(paper);
}
