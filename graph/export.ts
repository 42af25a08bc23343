// Writers for the formats other tools open: GEXF (Gephi), GraphML (yEd, Cytoscape, networkx), graphology JSON.
import { write as writeGexf } from 'graphology-gexf';
import { cypherScript, graphRows } from './cypher.js';
import type { PaperGraph } from './model.js';
import type { EdgeAttributes, NodeAttributes } from './schema.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (s: string): s is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(s);

type Scalar = string | number | boolean;

/** Flattens attributes to scalars: lists become "; "-joined text, which every reader accepts. */
function flatten(attrs: object, skip: readonly string[] = []): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (skip.includes(k) || v === null || v === undefined) continue;
    if (Array.isArray(v)) out[k] = v.join('; ');
    else if (typeof v === 'object') out[k] = JSON.stringify(v);
    else out[k] = v as Scalar;
  }
  return out;
}

export const displayName = (a: NodeAttributes): string =>
  a.label === 'Paper' ? (a.title ?? a.id) : a.label === 'Result' ? a.value : a.name;

/** Formats written as a folder of files rather than one file. */
export const isMultiFile = (format: ExportFormat) => format === 'csv';

/** The export as named files: one for most formats, a folder's worth for CSV. */
export function exportFiles(graph: PaperGraph, format: ExportFormat): Map<string, string> {
  if (format === 'csv') return neo4jImportCsv(graph);
  return new Map([[`graph.${format === 'cypher' ? 'cypher' : format}`, exportGraph(graph, format)]]);
}

export function exportGraph(graph: PaperGraph, format: Exclude<ExportFormat, 'csv'>): string {
  switch (format) {
    case 'cypher':
      return cypherScript(graph);
    case 'json':
      return JSON.stringify(graph.export());
    case 'gexf':
      return writeGexf(graph, {
        formatNode: (_key, attrs: NodeAttributes) => ({
          label: displayName(attrs),
          attributes: flatten(attrs, ['x', 'y']),
          ...(attrs.label !== 'Result' && attrs.x !== undefined
            ? { viz: { x: attrs.x, y: attrs.y ?? 0 } }
            : {}),
        }),
        formatEdge: (_key, attrs: EdgeAttributes) => ({ label: attrs.type, attributes: flatten(attrs) }),
      });
    case 'graphml':
      return writeGraphml(graph);
  }
}

const xmlEscape = (s: string) =>
  s
    // XML 1.0 forbids most control characters even when escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const graphmlType = (v: Scalar) =>
  typeof v === 'boolean'
    ? 'boolean'
    : typeof v === 'number'
      ? Number.isInteger(v)
        ? 'long'
        : 'double'
      : 'string';

function writeGraphml(graph: PaperGraph): string {
  const nodeRows: [string, Record<string, Scalar>][] = [];
  const edgeRows: [string, string, string, Record<string, Scalar>][] = [];
  const keys = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const declare = (scope: 'node' | 'edge', row: Record<string, Scalar>) => {
    for (const [k, v] of Object.entries(row)) {
      const seen = keys[scope].get(k);
      const t = graphmlType(v);
      // A key seen as both integer and real widens to double; anything mixed with text becomes text.
      if (!seen) keys[scope].set(k, t);
      else if (seen !== t) keys[scope].set(k, seen !== 'string' && t !== 'string' ? 'double' : 'string');
    }
  };
  graph.forEachNode((key, attrs) => {
    const row = flatten(attrs);
    declare('node', row);
    nodeRows.push([key, row]);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const row = flatten(attrs);
    declare('edge', row);
    edgeRows.push([key, source, target, row]);
  });
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const scope of ['node', 'edge'] as const) {
    for (const [k, t] of keys[scope]) {
      out.push(
        `  <key id="${scope[0]}_${xmlEscape(k)}" for="${scope}" attr.name="${xmlEscape(k)}" attr.type="${t}"/>`,
      );
    }
  }
  out.push('  <graph id="papergraph" edgedefault="directed">');
  const data = (scope: 'n' | 'e', row: Record<string, Scalar>) =>
    Object.entries(row)
      .map(([k, v]) => `<data key="${scope}_${xmlEscape(k)}">${xmlEscape(String(v))}</data>`)
      .join('');
  for (const [key, row] of nodeRows) out.push(`    <node id="${xmlEscape(key)}">${data('n', row)}</node>`);
  for (const [key, s, t, row] of edgeRows) {
    out.push(
      `    <edge id="${xmlEscape(key)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">${data('e', row)}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

// neo4j-admin import layout: one header row per file, `:ID`/`:LABEL` for nodes, `:START_ID`/`:END_ID`/`:TYPE`
// for relationships. The ID is the graphology node key (not stored as a property); lists use `;`.
const ARRAY_DELIMITER = ';';

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = Array.isArray(v)
    ? v.map((x) => String(x).replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER)
    : String(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvType = (v: unknown) =>
  Array.isArray(v)
    ? ':string[]'
    : typeof v === 'number'
      ? Number.isInteger(v)
        ? ':long'
        : ':double'
      : typeof v === 'boolean'
        ? ':boolean'
        : '';

function csvTable(idColumns: string[], rows: { ids: string[]; props: Record<string, unknown> }[]): string {
  const columns = new Map<string, string>();
  for (const r of rows)
    for (const [k, v] of Object.entries(r.props)) if (!columns.has(k)) columns.set(k, csvType(v));
  const names = [...columns.keys()];
  const header = [...idColumns, ...names.map((n) => `${n}${columns.get(n)}`)];
  const lines = rows.map((r) =>
    [...r.ids.map(csvField), ...names.map((n) => csvField(r.props[n]))].join(','),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}

function neo4jImportCsv(graph: PaperGraph): Map<string, string> {
  const files = new Map<string, string>();
  const { nodes, edges } = graphRows(graph);
  const keyOf = (label: string, props: Record<string, unknown>) =>
    label === 'Paper' ? `Paper:${String(props.id)}` : String(props.key);
  const nodeArgs: string[] = [];
  const relArgs: string[] = [];
  for (const [label, rows] of nodes) {
    const name = `nodes_${label}.csv`;
    files.set(
      name,
      csvTable(
        [':ID', ':LABEL'],
        rows.map((props) => ({ ids: [keyOf(label, props), label], props })),
      ),
    );
    nodeArgs.push(`--nodes=${name}`);
  }
  for (const group of edges) {
    const name = `rels_${group.type}_${group.source}_${group.target}.csv`;
    const key = (label: string, k: string) => (label === 'Paper' ? `Paper:${k}` : k);
    files.set(
      name,
      csvTable(
        [':START_ID', ':END_ID', ':TYPE'],
        group.rows.map((r) => ({
          ids: [key(group.source, r.source), key(group.target, r.target), group.type],
          props: r.props,
        })),
      ),
    );
    relArgs.push(`--relationships=${name}`);
  }
  files.set(
    'import.sh',
    [
      '#!/bin/sh',
      '# Load these files into an empty database (stop it first), then create the constraints with',
      "# `papergraph` or graph.cypher's first lines.",
      `neo4j-admin database import full --overwrite-destination --multiline-fields=true --array-delimiter="${ARRAY_DELIMITER}" \\`,
      `  ${[...nodeArgs, ...relArgs].join(' ')} "\${1:-neo4j}"`,
      '',
    ].join('\n'),
  );
  return files;
}
