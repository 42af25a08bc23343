// Test helpers for ingest: collect items, split text into awkward chunks, locate fixtures.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { PaperRecord } from '../../../src/domain/types.js';
import type { PapergraphError } from '../../../src/domain/errors.js';
import type { ReadItem } from '../../../src/ingest/index.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixture = (name: string): string => resolve(repoRoot, 'test/fixtures/ingest', name);
export const shared = (...parts: string[]): string => resolve(repoRoot, '..', 'shared', ...parts);

export interface Collected {
  records: PaperRecord[];
  problems: PapergraphError[];
  warnings: PapergraphError[];
  order: string[];
}

export async function collect(items: AsyncIterable<ReadItem>): Promise<Collected> {
  const out: Collected = { records: [], problems: [], warnings: [], order: [] };
  for await (const it of items) {
    if ('record' in it) {
      out.records.push(it.record);
      if (it.warning) out.warnings.push(it.warning);
      out.order.push(`record:${it.record.id}`);
    } else {
      out.problems.push(it.problem);
      out.order.push(`problem:${it.problem.where.line ?? '?'}`);
    }
  }
  return out;
}

/** The text as a stream of small chunks that cut lines, CRLFs and multi-byte characters anywhere. */
export async function* chunked(text: string, size = 7): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
