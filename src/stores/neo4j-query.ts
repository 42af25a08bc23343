// Cypher queries against Neo4j for the CLI and the server. Read-only unless asked to write, enforced by the
// session access mode (the server refuses writes), not by guessing from the query text.
import neo4j, { isNode, isPath, isRelationship, Neo4jError, type Driver } from 'neo4j-driver';
import { PapergraphError } from '../domain/errors.js';

export interface QueryOptions {
  params?: Record<string, unknown>;
  write?: boolean;
  limit?: number;
  database?: string | undefined;
}

export interface QueryAnswer {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

/** `name=value`: the value is read as JSON when it parses (numbers, lists, true), as text otherwise. */
export function parseParam(spec: string): [string, unknown] {
  const eq = spec.indexOf('=');
  if (eq <= 0) {
    throw new PapergraphError('E_USAGE', `--param ${JSON.stringify(spec)} is not name=value`, {
      hint: 'write --param year=2025 or --param name=GSM8K',
    });
  }
  const raw = spec.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: the value is the text itself.
  }
  return [spec.slice(0, eq), value];
}

/** Neo4j values to plain JSON: nodes and relationships keep their labels/type and properties. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isNode(value as object)) {
    const n = value as { labels: string[]; properties: Record<string, unknown> };
    return { labels: n.labels, ...(plain(n.properties) as object) };
  }
  if (isRelationship(value as object)) {
    const r = value as { type: string; properties: Record<string, unknown> };
    return { type: r.type, ...(plain(r.properties) as object) };
  }
  if (isPath(value as object)) {
    const p = value as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return p.segments.map((s) => [plain(s.start), plain(s.relationship), plain(s.end)]);
  }
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'object') {
    const v = value as { toString?: () => string; constructor?: { name?: string } };
    // Temporal and spatial values print as their ISO/WKT text.
    if (v.constructor && v.constructor.name !== 'Object' && typeof v.toString === 'function')
      return v.toString();
    return Object.fromEntries(Object.entries(value as object).map(([k, x]) => [k, plain(x)]));
  }
  return value;
}

export async function runQuery(
  driver: Driver,
  cypher: string,
  options: QueryOptions = {},
): Promise<QueryAnswer> {
  const limit = options.limit ?? 1000;
  const session = driver.session({
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
    ...(options.database ? { database: options.database } : {}),
  });
  const rows: unknown[][] = [];
  let truncated = false;
  try {
    const result = session.run(cypher, options.params ?? {});
    const columns = (await result.keys()) as string[];
    for await (const record of result) {
      if (rows.length >= limit) {
        truncated = true;
        break;
      }
      rows.push(columns.map((c) => plain(record.get(c))));
    }
    return { columns, rows, truncated };
  } catch (e) {
    throw queryError(e, cypher, options.write ?? false);
  } finally {
    await session.close();
  }
}

function queryError(e: unknown, cypher: string, write: boolean): PapergraphError {
  if (e instanceof Neo4jError) {
    const readOnly =
      !write && /AccessMode|read access mode|not allowed in read/i.test(`${e.code} ${e.message}`);
    if (readOnly) {
      return new PapergraphError(
        'E_QUERY',
        `the query writes, and queries are read-only by default (${e.code})`,
        {
          hint: 'add --write if you mean to change the graph',
          cause: e,
        },
      );
    }
    return new PapergraphError('E_QUERY', `Neo4j refused the query (${e.code}):\n${e.message}`, {
      hint: /Syntax/i.test(e.code) ? 'fix the Cypher at the position Neo4j shows' : undefined,
      cause: e,
    });
  }
  return new PapergraphError('E_QUERY', `query failed: ${(e as Error).message}\n${cypher}`, { cause: e });
}

const cell = (v: unknown) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function formatAnswer(answer: QueryAnswer, format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') {
    return answer.rows
      .map((r) => JSON.stringify(Object.fromEntries(answer.columns.map((c, i) => [c, r[i]]))))
      .join('\n');
  }
  if (format === 'csv') {
    const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return [
      answer.columns.map(q).join(','),
      ...answer.rows.map((r) => r.map((v) => q(cell(v))).join(',')),
    ].join('\n');
  }
  const text = answer.rows.map((r) => r.map((v) => cell(v).replace(/\s+/g, ' ')));
  const widths = answer.columns.map((c, i) =>
    Math.min(60, Math.max(c.length, ...text.map((r) => (r[i] ?? '').length))),
  );
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (cells: string[]) =>
    cells
      .map((s, i) => fit(s, widths[i] ?? 0))
      .join(' │ ')
      .trimEnd();
  return [line(answer.columns), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...text.map(line)].join('\n');
}
