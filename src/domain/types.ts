// Types shared by every stage: ingest -> extract -> graph -> stores -> CLI/server -> web.

export const ENTITY_TYPES = ['Method', 'Model', 'Benchmark', 'Metric', 'Technique', 'Task'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ROLES = ['proposed', 'used', 'compared', 'mentioned'] as const;
export type Role = (typeof ROLES)[number];

export const RESULT_KINDS = ['absolute', 'improvement', 'reduction'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** Where a record came from, so every error and every fact can point back at it. */
export interface SourceRef {
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  format: string;
}

/** One paper as read from an input file, before extraction. */
export interface PaperRecord {
  id: string;
  title: string | null;
  abstract: string;
  /** ISO date (YYYY-MM-DD) when the input has one. */
  date?: string | null;
  authors?: string[];
  url?: string | null;
  source: SourceRef;
}

/** What extraction needs of a paper: extract/ sees no files. */
export interface PaperText {
  id: string;
  title: string | null;
  abstract: string;
}

export interface ExtractedEntity {
  type: EntityType;
  /** Canonical name within this paper. */
  name: string;
  /** Lexically different forms of the same thing (acronym <-> long form ...). */
  aliases: string[];
  role: Role;
  /** Every exact substring of title/abstract under which the entity appears. */
  mentions: string[];
  /** The sentence that best supports the entity and its role. */
  evidence: string;
  /** For model checkpoints: the family they belong to ("Qwen3" for "Qwen3-8B"). */
  family?: string;
}

export interface ExtractedResult {
  subject: string | null;
  metric: string | null;
  /** As written in the text ("41.0%", "2.3x", "5 points"). */
  value: string;
  benchmark: string | null;
  kind: ResultKind;
  evidence: string;
}

/** The output contract of `papergraph extract`: one per paper. */
export interface Extraction {
  id: string;
  title: string | null;
  entities: ExtractedEntity[];
  results: ExtractedResult[];
}
