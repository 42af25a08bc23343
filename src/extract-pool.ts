// Extraction on every core: worker threads each run their own extractor on chunks of records, and the
// results come back in input order. Small inputs never start a worker (a worker costs ~0.2 s to load).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PapergraphError } from './domain/errors.js';
import type { Extraction, PaperText } from './domain/types.js';
import type { ReadItem } from './ingest/index.js';
import { extractPaper } from '../extract/index.js';

/** One paper's extraction, or why the extractor failed on it (the run goes on without it). */
export type ExtractOutcome = { extraction: Extraction } | { failure: string };

export interface ExtractionPool {
  /** Extracts the papers in order; on workers when the pool has them. */
  extract(papers: PaperText[]): Promise<ExtractOutcome[]>;
  /** Worker threads running now (0: extraction runs on this thread). */
  readonly workers: number;
  /** Workers the pool may start. */
  readonly jobs: number;
  close(): Promise<void>;
}

/** Records per chunk sent to a worker: big enough to amortise messaging, small enough to keep order cheap. */
export const CHUNK_SIZE = 256;

export const defaultJobs = (): number => Math.max(1, Math.min(8, availableParallelism()));

const extractHere = (papers: PaperText[]): ExtractOutcome[] =>
  papers.map((paper) => {
    try {
      return { extraction: extractPaper(paper) };
    } catch (err) {
      return { failure: err instanceof Error ? err.message : String(err) };
    }
  });

// CommonJS run by an eval worker (as the layout worker): it imports the same extractor module this file does.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsLoader) (await import(workerData.tsLoader)).register();
  return import(workerData.extractor);
})().then(({ createExtractor }) => {
  const extractor = createExtractor();
  parentPort.on('message', ({ id, papers }) => {
    const outcomes = papers.map((paper) => {
      try { return { extraction: extractor.extract(paper) }; }
      catch (err) { return { failure: err instanceof Error ? err.message : String(err) }; }
    });
    parentPort.postMessage({ id, outcomes });
  });
  parentPort.postMessage({ ready: true });
}, (err) => parentPort.postMessage({ loadError: String(err && err.message || err) }));
`;

const fromSources = import.meta.url.endsWith('.ts');

/**
 * The module a worker loads: the built package's dist/extract/index.js, or from sources (tsx, vitest) the
 * .ts file with tsx's loader, which worker threads do not inherit.
 */
function workerModules(): { extractor: string; tsLoader?: string } {
  const extractor = new URL(`../extract/index.${fromSources ? 'ts' : 'js'}`, import.meta.url).href;
  if (!fromSources) return { extractor };
  try {
    return { extractor, tsLoader: import.meta.resolve('tsx/esm/api') };
  } catch {
    return { extractor }; // no tsx: the workers fail to load and the pool extracts on this thread
  }
}

interface Job {
  done: (outcomes: ExtractOutcome[]) => void;
  fail: (err: Error) => void;
}

class WorkerSlot {
  private readonly pending = new Map<number, Job>();
  private nextId = 0;
  /** True once the worker's extractor is loaded, or why it could not load. */
  readonly ready: Promise<true | string>;

  constructor(private readonly worker: Worker) {
    this.ready = new Promise((resolve) => {
      worker.once('message', (m: { ready?: boolean; loadError?: string }) =>
        resolve(m.ready ? true : (m.loadError ?? 'no answer')),
      );
      worker.once('error', (err) => resolve(err.message));
    });
    worker.on('message', (m: { id?: number; outcomes?: ExtractOutcome[] }) => {
      if (m.id === undefined || !m.outcomes) return;
      const job = this.pending.get(m.id);
      this.pending.delete(m.id);
      job?.done(m.outcomes);
    });
    const failAll = (err: Error) => {
      for (const job of this.pending.values()) job.fail(err);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`an extraction worker stopped with code ${code}`)));
  }

  get load(): number {
    return this.pending.size;
  }

  run(papers: PaperText[]): Promise<ExtractOutcome[]> {
    return new Promise((done, fail) => {
      const id = this.nextId++;
      this.pending.set(id, { done, fail });
      this.worker.postMessage({ id, papers });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * A pool of up to `jobs` extraction workers, started on the first call with a full chunk. Where workers
 * cannot load the extractor (running from sources without tsx), it says why and extracts on this thread.
 */
export function createExtractionPool(
  jobs = defaultJobs(),
  onFallback?: (reason: string) => void,
): ExtractionPool {
  let slots: WorkerSlot[] | undefined;
  let starting: Promise<WorkerSlot[]> | undefined;

  const start = async (): Promise<WorkerSlot[]> => {
    const started = Array.from(
      { length: jobs },
      () => new WorkerSlot(new Worker(WORKER_SOURCE, { eval: true, workerData: workerModules() })),
    );
    const failed = (await Promise.all(started.map((s) => s.ready))).find((r) => r !== true);
    if (failed === undefined) return started;
    await Promise.all(started.map((s) => s.close()));
    onFallback?.(failed);
    return [];
  };

  return {
    jobs,
    get workers() {
      return slots?.length ?? 0;
    },
    async extract(papers) {
      if (jobs <= 1 || (!slots && papers.length < CHUNK_SIZE)) return extractHere(papers);
      starting ??= start();
      slots ??= await starting;
      if (!slots.length) return extractHere(papers);
      const chunks: Promise<ExtractOutcome[]>[] = [];
      for (let i = 0; i < papers.length; i += CHUNK_SIZE) {
        const idlest = slots.reduce((a, b) => (b.load < a.load ? b : a));
        chunks.push(idlest.run(papers.slice(i, i + CHUNK_SIZE)));
      }
      return (await Promise.all(chunks)).flat();
    },
    async close() {
      const open = slots ?? (starting ? await starting : []);
      slots = [];
      await Promise.all(open.map((s) => s.close()));
    },
  };
}

/**
 * Extracts a stream of read items in order, keeping up to two chunks per worker in flight so reading,
 * extraction and the consumer overlap. Problems pass through where they were read; a paper the extractor
 * fails on becomes a problem naming its file, line and id.
 */
export async function* extractItems(
  items: AsyncIterable<ReadItem>,
  pool: ExtractionPool,
): AsyncGenerator<{ item: ReadItem; extraction?: Extraction }> {
  type Batch = { items: ReadItem[]; outcomes: Promise<ExtractOutcome[]> };
  const inFlight: Batch[] = [];
  let reading: ReadItem[] = [];
  const submit = () => {
    const papers = reading.flatMap((i) =>
      'record' in i ? [{ id: i.record.id, title: i.record.title, abstract: i.record.abstract }] : [],
    );
    const outcomes = pool.extract(papers);
    outcomes.catch(() => undefined); // a failed batch is thrown where it is awaited, in order
    inFlight.push({ items: reading, outcomes });
    reading = [];
  };
  async function* drain(batch: Batch) {
    const outcomes = await batch.outcomes;
    let k = 0;
    for (const item of batch.items) {
      if (!('record' in item)) {
        yield { item };
        continue;
      }
      const outcome = outcomes[k++];
      if (outcome && 'extraction' in outcome) {
        yield { item, extraction: outcome.extraction };
        continue;
      }
      const { file, line } = item.record.source;
      const reason = outcome?.failure ?? 'no result';
      const problem = new PapergraphError(
        'E_INPUT_RECORD',
        `the extractor failed on this record (${reason}); skipped`,
        {
          where: { file, line, recordId: item.record.id },
          hint: 'please report it with the record attached',
        },
      );
      yield { item: { problem } };
    }
  }
  for await (const item of items) {
    reading.push(item);
    if (reading.length < CHUNK_SIZE) continue;
    submit();
    if (inFlight.length >= 2 * pool.jobs) yield* drain(inFlight.shift()!);
  }
  if (reading.length) submit();
  while (inFlight.length) yield* drain(inFlight.shift()!);
}
