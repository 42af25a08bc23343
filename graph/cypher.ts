// The Cypher that writes the graph model, shared by the Neo4j store (rows as $rows parameters) and the
// Cypher-script export (rows as escaped literals). Labels and types come only from the schema allow-lists.
import { PapergraphError } from '../src/domain/errors.js';
import { ENTITY_TYPES } from '../src/domain/types.js';
import type { PaperGraph } from './model.js';
import { isNodeLabel, isRelType, NODE_LABELS, type NodeLabel, type RelType } from './schema.js';

/** Paper nodes are keyed by `id`, every other label by `key` (the graphology node key). */
export const keyProp = (label: NodeLabel) => (label === 'Paper' ? 'id' : 'key');

/** The graphology key of a node read back from Neo4j. */
export const graphKey = (label: string, props: Record<string, unknown>) =>
  label === 'Paper' ? `Paper:${String(props.id)}` : String(props.key);

export function checkedLabel(l: string): NodeLabel {
  if (!isNodeLabel(l))
    throw new PapergraphError('E_STORE', `label ${JSON.stringify(l)} is not in the schema`);
  return l;
}

export function checkedRelType(t: string): RelType {
  if (!isRelType(t))
    throw new PapergraphError('E_STORE', `relationship ${JSON.stringify(t)} is not in the schema`);
  return t;
}

export const SCHEMA_STATEMENTS: string[] = [
  ...NODE_LABELS.map(
    (l) =>
      `CREATE CONSTRAINT ${l.toLowerCase()}_${keyProp(l)} IF NOT EXISTS FOR (n:${l}) REQUIRE n.${keyProp(l)} IS UNIQUE`,
  ),
  ...ENTITY_TYPES.map((l) => `CREATE INDEX ${l.toLowerCase()}_name IF NOT EXISTS FOR (n:${l}) ON (n.name)`),
  'CREATE INDEX paper_date IF NOT EXISTS FOR (n:Paper) ON (n.date)',
];

/** Merges node rows. Entities merge across papers: the first name stays and aliases accumulate. */
export function nodeStatement(label: NodeLabel, rows: string): string {
  const l = checkedLabel(label);
  const k = keyProp(l);
  if (l === 'Paper' || l === 'Result')
    return `UNWIND ${rows} AS row MERGE (n:${l} {${k}: row.${k}}) SET n += row`;
  return `UNWIND ${rows} AS row MERGE (n:${l} {key: row.key})
ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.paperCount = coalesce(row.paperCount, 0)
ON MATCH SET n.aliases = n.aliases + [a IN [row.name] + row.aliases WHERE NOT a IN n.aliases AND a <> n.name]
SET n.family = coalesce(n.family, row.family)`;
}

/**
 * Links node rows. `fresh` says the source's links were all deleted in this transaction (a paper being
 * re-written, or its results), so CREATE can skip MERGE's search for an existing relationship.
 */
export function edgeStatement(
  type: RelType,
  source: NodeLabel,
  target: NodeLabel,
  rows: string,
  fresh = false,
): string {
  const s = checkedLabel(source);
  const t = checkedLabel(target);
  return `UNWIND ${rows} AS row
MATCH (a:${s} {${keyProp(s)}: row.source}) MATCH (b:${t} {${keyProp(t)}: row.target})
${fresh ? 'CREATE' : 'MERGE'} (a)-[r:${checkedRelType(type)}]->(b) SET r += row.props`;
}

/** Whether a relationship from this label belongs to the papers being written (see edgeStatement). */
export const ownedByPaper = (source: NodeLabel) => source === 'Paper' || source === 'Result';

export type Row = Record<string, unknown>;
export interface EdgeRow {
  source: string;
  target: string;
  props: Row;
}
export interface GraphRows {
  nodes: Map<NodeLabel, Row[]>;
  /** Grouped so that each group is one fixed statement. */
  edges: { type: RelType; source: NodeLabel; target: NodeLabel; rows: EdgeRow[] }[];
}

/** Neo4j stores no nulls in properties; dropping them keeps `SET n += row` from failing. */
function withoutNulls(o: object): Row {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

/** The graph as rows for the statements above. Layout positions stay out of Neo4j. */
export function graphRows(graph: PaperGraph): GraphRows {
  const nodes = new Map<NodeLabel, Row[]>();
  graph.forEachNode((_key, attrs) => {
    const { label, ...rest } = attrs;
    const props = withoutNulls(rest);
    delete props.x;
    delete props.y;
    const list = nodes.get(label) ?? [];
    list.push(props);
    nodes.set(label, list);
  });
  const groups = new Map<string, GraphRows['edges'][number]>();
  graph.forEachEdge((_k, attrs, source, target, sa, ta) => {
    const { type, ...props } = attrs;
    const id = `${type}|${sa.label}|${ta.label}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { type, source: sa.label, target: ta.label, rows: [] }));
    group.rows.push({
      source: sa.label === 'Paper' ? sa.id : source,
      target: ta.label === 'Paper' ? ta.id : target,
      props: withoutNulls(props),
    });
  });
  return { nodes, edges: [...groups.values()] };
}

/** A value as a Cypher literal: strings escaped, map keys backticked, no way out of the literal. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    // Control characters are written as \\u escapes so a literal never spans lines.
    // eslint-disable-next-line no-control-regex
    return `'${value.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) =>
      c === '\\' ? '\\\\' : c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )}'`;
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  return `{${Object.entries(value as object)
    .map(([k, v]) => `\`${k.replace(/`/g, '``')}\`: ${cypherLiteral(v)}`)
    .join(', ')}}`;
}

/** A script that recreates the graph in an empty Neo4j (cypher-shell, Neo4j Browser, or the driver). */
export function cypherScript(graph: PaperGraph, batch = 500): string {
  const rows = graphRows(graph);
  const out = SCHEMA_STATEMENTS.map((s) => `${s};`);
  const chunks = <T>(list: T[]) =>
    Array.from({ length: Math.ceil(list.length / batch) }, (_, i) => list.slice(i * batch, (i + 1) * batch));
  for (const [label, list] of rows.nodes) {
    for (const chunk of chunks(list)) out.push(`${nodeStatement(label, cypherLiteral(chunk))};`);
  }
  for (const group of rows.edges) {
    for (const chunk of chunks(group.rows)) {
      out.push(`${edgeStatement(group.type, group.source, group.target, cypherLiteral(chunk))};`);
    }
  }
  return out.join('\n') + '\n';
}
