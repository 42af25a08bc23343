// ingest -> extract -> graph -> store, streamed in batches.
import type { PapergraphError } from './domain/errors.js';
import { createExtractionPool, extractItems } from './extract-pool.js';
import { readPapers, type InputFormat, type ReadItem, type ReadProgress } from './ingest/index.js';
import type { PaperExtraction } from '../graph/model.js';
import type { GraphStore } from './stores/store.js';

export interface IngestOptions {
  format?: InputFormat;
  batchSize?: number;
  /** Extraction worker threads (default: one per core, at most 8; 1 extracts on this thread). */
  jobs?: number;
  /** Called when the extraction workers cannot start and extraction falls back to this thread. */
  onPoolFallback?: (reason: string) => void;
  /** Called for each skipped record (bad line, missing abstract ...). */
  onProblem?: (problem: PapergraphError) => void;
  /** Called for each record that was kept after cleaning. */
  onWarning?: (warning: PapergraphError) => void;
  /** After each stored batch: papers so far and the share of the input bytes read. */
  onProgress?: (progress: { papers: number; fraction: number }) => void;
}

export interface IngestReport {
  files: number;
  papers: number;
  skipped: number;
  /** Records kept after cleaning (control characters, mojibake). */
  cleaned: number;
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
  const batchSize = options.batchSize ?? 5000;
  const progress: ReadProgress[] = files.map(() => ({ bytesRead: 0, totalBytes: 0 }));
  const readers = files.map((file, i) =>
    readPapers(file, { progress: progress[i]!, ...(options.format ? { format: options.format } : {}) }),
  );
  const fraction = () => {
    const total = progress.reduce((n, p) => n + p.totalBytes, 0);
    return total ? progress.reduce((n, p) => n + p.bytesRead, 0) / total : 0;
  };
  const primed = await Promise.all(readers.map((r) => r.next()));

  const report: IngestReport = { files: files.length, papers: 0, skipped: 0, cleaned: 0 };
  let batch: PaperExtraction[] = [];
  // One batch is written while the next is extracted: the store (Neo4j's JVM) and extraction (this
  // process) then run on different cores. A failed write surfaces at the next flush or at the end.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    if (!batch.length) return;
    const done = batch;
    batch = [];
    writing = store.write(done).then(() => {
      report.papers += done.length;
      options.onProgress?.({ papers: report.papers, fraction: fraction() });
    });
    writing.catch(() => undefined); // awaited later; this only keeps it from counting as unhandled
  };
  // The first record of each file was read above; hand it on before the rest.
  async function* itemsOf(i: number): AsyncGenerator<ReadItem> {
    let step = primed[i]!;
    while (!step.done) {
      yield step.value;
      step = await readers[i]!.next();
    }
  }
  const pool = createExtractionPool(options.jobs, options.onPoolFallback);
  try {
    for (const i of readers.keys()) {
      for await (const { item, extraction } of extractItems(itemsOf(i), pool)) {
        if ('record' in item && extraction) {
          batch.push({ paper: item.record, extraction });
          if (item.warning) {
            report.cleaned++;
            options.onWarning?.(item.warning);
          }
        } else if ('problem' in item) {
          report.skipped++;
          options.onProblem?.(item.problem);
        }
        if (batch.length >= batchSize) await flush();
      }
    }
  } finally {
    await pool.close();
  }
  await flush();
  await writing;
  await store.commit();
  return report;
}
