// The first N papers of the real corpus in ../shared, written as a small JSONL file for tests that need
// a realistic input of a given size (it stays in a temp folder; the repository ships no abstracts).
import { createWriteStream } from 'node:fs';
import { readPapers } from '../../src/ingest/index.js';
import { corpusPath } from './paths.js';

export async function writeCorpusSample(file: string, papers: number): Promise<void> {
  const out = createWriteStream(file);
  let n = 0;
  for await (const item of readPapers(corpusPath)) {
    if (!('record' in item)) continue;
    const { id, title, abstract } = item.record;
    out.write(`${JSON.stringify({ id, title, abstract })}\n`);
    if (++n >= papers) break;
  }
  await new Promise((resolve) => out.end(resolve));
}
