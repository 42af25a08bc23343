// Public types of the ingest stage.
import type { PaperRecord } from '../domain/types.js';
import type { PapergraphError } from '../domain/errors.js';

export const INPUT_FORMATS = [
  'hf-daily',
  'abstract-lines',
  'jsonl',
  'json',
  'csv',
  'tsv',
  'atom',
  'bibtex',
] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * One item of a read: a record, or a record-level problem (code E_INPUT_RECORD, with file/line/recordId)
 * for a record that was skipped. A record that had to be cleaned (control characters removed, mojibake
 * repaired) comes with a `warning` saying so, in the same form, so consumers can count `problem` as skipped.
 */
export type ReadItem = { record: PaperRecord; warning?: PapergraphError } | { problem: PapergraphError };

export interface ParseOptions {
  format: InputFormat;
  /** Path or name of the input: goes into SourceRef.file and, for the two text formats, into record ids. */
  sourceName: string;
}

/**
 * Input of a parser: a whole string, or an async iterable of text chunks as read from a stream. Chunks are
 * concatenated, so they must carry their own newlines (a chunk may end mid-line).
 */
export type TextInput = string | AsyncIterable<string>;
