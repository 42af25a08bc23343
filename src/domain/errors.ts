// A small typed error family. Every message says what is wrong, where, and what to do.

export type ErrorCode =
  | 'E_INPUT_UNREADABLE' // the file cannot be read at all
  | 'E_INPUT_FORMAT' // the file is not what it claims (binary, empty, truncated JSON ...)
  | 'E_INPUT_RECORD' // one record is bad; the rest of the file goes on
  | 'E_USAGE' // wrong command-line use
  | 'E_STORE' // the store failed or is in a state we cannot use
  | 'E_STORE_VERSION' // the store was written by a newer papergraph
  | 'E_NEO4J_UNAVAILABLE' // no Neo4j configured or reachable
  | 'E_QUERY' // a Cypher query failed
  | 'E_NOT_FOUND';

export interface ErrorWhere {
  file?: string;
  line?: number;
  recordId?: string;
}

export class PapergraphError extends Error {
  readonly code: ErrorCode;
  readonly where: ErrorWhere;
  readonly hint: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { where?: ErrorWhere; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PapergraphError';
    this.code = code;
    this.where = options.where ?? {};
    this.hint = options.hint;
  }

  /** "file:line (record id): message. hint" — the form the CLI prints. */
  describe(): string {
    const { file, line, recordId } = this.where;
    const place = file ? `${file}${line ? `:${line}` : ''}` : '';
    const rec = recordId ? `record ${recordId}` : '';
    const at = [place, rec].filter(Boolean).join(' ');
    return `${at ? `${at}: ` : ''}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}

export const isPapergraphError = (e: unknown): e is PapergraphError => e instanceof PapergraphError;
