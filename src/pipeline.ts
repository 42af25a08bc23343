// ingest -> extract -> graph -> store, streamed in batches.
import type { PapergraphError } from './domain/errors.js';
import type { PaperRecord } from './domain/types.js';
import { extractPaper } from '../extract/index.js';
import { readPapers, type InputFormat } from './ingest/index.js';
import type { PaperExtraction } from '../graph/model.js';
import type { GraphStore } from './stores/store.js';

export interface IngestOptions {
  format?: InputFormat;
  batchSize?: number;
  /** Called for each skipped record (bad line, missing abstract ...). */
  onProblem?: (problem: PapergraphError) => void;
  onProgress?: (papers: number) => void;
}

export interface IngestReport {
  files: number;
  papers: number;
  skipped: number;
}

export function extractRecord(paper: PaperRecord): PaperExtraction {
  return { paper, extraction: extractPaper({ id: paper.id, title: paper.title, abstract: paper.abstract }) };
}

/**
 * Opens every file before anything is written, so a file that is not what it claims (binary, empty,
 * a JSON document that does not parse) stops the run with the store as it was.
 */
export async function ingestFiles(
  files: string[],
  store: GraphStore,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const batchSize = options.batchSize ?? 1000;
  const readers = files.map((file) => readPapers(file, options.format ? { format: options.format } : {}));
  const primed = await Promise.all(readers.map((r) => r.next()));

  const report: IngestReport = { files: files.length, papers: 0, skipped: 0 };
  let batch: PaperExtraction[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await store.write(batch);
    report.papers += batch.length;
    options.onProgress?.(report.papers);
    batch = [];
  };
  for (const [i, reader] of readers.entries()) {
    let step = primed[i]!;
    while (!step.done) {
      const item = step.value;
      if ('record' in item) batch.push(extractRecord(item.record));
      else {
        report.skipped++;
        options.onProblem?.(item.problem);
      }
      if (batch.length >= batchSize) await flush();
      step = await reader.next();
    }
  }
  await flush();
  await store.commit();
  return report;
}
