// Writers for the formats other tools open: GEXF (Gephi), GraphML (yEd, Cytoscape, networkx), graphology JSON.
import { write as writeGexf } from 'graphology-gexf';
import type { PaperGraph } from './model.js';
import type { EdgeAttributes, NodeAttributes } from './schema.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (s: string): s is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(s);

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

export function exportGraph(graph: PaperGraph, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(graph.export());
    case 'gexf':
      return writeGexf(graph, {
        formatNode: (_key, attrs: NodeAttributes) => ({
          label: displayName(attrs),
          attributes: flatten(attrs, ['x', 'y']),
          ...(attrs.label !== 'Result' && attrs.x !== undefined ? { viz: { x: attrs.x, y: attrs.y ?? 0 } } : {}),
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
  typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : 'string';

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
      out.push(`  <key id="${scope[0]}_${xmlEscape(k)}" for="${scope}" attr.name="${xmlEscape(k)}" attr.type="${t}"/>`);
    }
  }
  out.push('  <graph id="papergraph" edgedefault="directed">');
  const data = (scope: 'n' | 'e', row: Record<string, Scalar>) =>
    Object.entries(row)
      .map(([k, v]) => `<data key="${scope}_${xmlEscape(k)}">${xmlEscape(String(v))}</data>`)
      .join('');
  for (const [key, row] of nodeRows) out.push(`    <node id="${xmlEscape(key)}">${data('n', row)}</node>`);
  for (const [key, s, t, row] of edgeRows) {
    out.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">${data('e', row)}</edge>`);
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
