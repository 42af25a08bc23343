// The real arXiv corpus in ../shared/corpora, read and extracted for the benches.
import type { PaperExtraction } from '../../graph/model.js';
import { extractPaper } from '../../extract/index.js';
import { readPapers } from '../../src/ingest/index.js';
import { corpusPath } from '../helpers/paths.js';

export { corpusPath } from '../helpers/paths.js';

/** `--limit N` on the command line caps how many papers a bench reads (default: all). */
export function limitArg(argv = process.argv): number {
  const i = argv.indexOf('--limit');
  return i >= 0 ? Number(argv[i + 1]) : Infinity;
}

export async function extractCorpus(
  limit = Infinity,
): Promise<{ items: PaperExtraction[]; seconds: number }> {
  const started = performance.now();
  const items: PaperExtraction[] = [];
  for await (const item of readPapers(corpusPath)) {
    if ('record' in item) {
      const { id, title, abstract } = item.record;
      items.push({ paper: item.record, extraction: extractPaper({ id, title, abstract }) });
    }
    if (items.length >= limit) break;
  }
  return { items, seconds: (performance.now() - started) / 1000 };
}
