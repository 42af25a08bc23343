// Pure views of the graph for the API: what to draw, one node's details, and search. No I/O here.
import type { PaperGraph } from '../../graph/model.js';
import {
  isEntityLabel,
  nodeKey,
  type EntityNode,
  type NodeAttributes,
  type PaperNode,
  type ResultNode,
} from '../../graph/schema.js';
import type {
  DrawEdge,
  DrawNode,
  DrawnLabel,
  EntityDetails,
  EntityPaper,
  GraphPayload,
  NeighbourView,
  NodeDetails,
  PaperDetails,
  PaperEntity,
  ResultView,
  SearchHit,
} from './api-types.js';

/** Edges that are not drawn: derived ones (EVALUATED_ON would double every method-benchmark pair) and result links. */
const HIDDEN_EDGE_TYPES = new Set(['EVALUATED_ON', 'REPORTS', 'OF', 'ON', 'MEASURED_BY']);

const isDrawn = (a: NodeAttributes): a is PaperNode | EntityNode => a.label !== 'Result';

export function displayName(a: PaperNode | EntityNode): string {
  if (a.label === 'Paper') return a.title?.trim() || a.id;
  return a.name;
}

const finite = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

export function drawGraph(graph: PaperGraph): GraphPayload {
  const nodes: DrawNode[] = [];
  graph.forEachNode((key, a) => {
    if (!isDrawn(a)) return;
    nodes.push({
      key,
      label: a.label,
      name: displayName(a),
      paperCount: a.label === 'Paper' ? 1 : a.paperCount,
      x: finite(a.x),
      y: finite(a.y),
    });
  });
  const edges: DrawEdge[] = [];
  graph.forEachEdge((_e, attrs, source, target, sa, ta) => {
    if (HIDDEN_EDGE_TYPES.has(attrs.type) || !isDrawn(sa) || !isDrawn(ta)) return;
    edges.push({ source, target, type: attrs.type });
  });
  return { nodes, edges };
}

function resultView(graph: PaperGraph, r: ResultNode): ResultView {
  const paperKey = nodeKey.paper(r.paper);
  const paper = graph.hasNode(paperKey) ? (graph.getNodeAttributes(paperKey) as PaperNode) : undefined;
  return {
    value: r.value,
    metric: r.metric,
    benchmark: r.benchmark,
    subject: r.subject,
    kind: r.kind,
    evidence: r.evidence,
    paper: r.paper,
    paperKey,
    paperTitle: paper?.title ?? null,
  };
}

/** Newest first; undated papers last; then by title, so the order is stable. */
const byDateThenTitle = (
  a: { date: string | null; title: string | null },
  b: { date: string | null; title: string | null },
) => (b.date ?? '').localeCompare(a.date ?? '') || (a.title ?? '').localeCompare(b.title ?? '');

function entityDetails(graph: PaperGraph, key: string, a: EntityNode): EntityDetails {
  const papers: EntityPaper[] = [];
  const results: ResultView[] = [];
  const neighbours: Partial<Record<DrawnLabel, NeighbourView[]>> = {};
  const seen = new Set<string>();
  const addNeighbour = (nKey: string, relation: string) => {
    if (nKey === key || seen.has(nKey)) return;
    const n = graph.getNodeAttributes(nKey);
    if (!isEntityLabel(n.label)) return;
    seen.add(nKey);
    const e = n as EntityNode;
    (neighbours[e.label] ??= []).push({ key: nKey, name: e.name, label: e.label, relation });
  };

  graph.forEachInEdge(key, (_e, edge, source, _t, sa) => {
    if (sa.label === 'Paper') {
      papers.push({
        key: source,
        id: sa.id,
        title: sa.title,
        date: sa.date,
        url: sa.url,
        relation: edge.type,
        evidence: edge.evidence ?? null,
        mentions: edge.mentions ?? [],
      });
    } else if (sa.label === 'Result') {
      results.push(resultView(graph, sa));
      // What else the result involves: the benchmark a method was measured on, with which metric ...
      graph.forEachOutEdge(source, (_e2, e2, _s2, other) => addNeighbour(other, e2.type));
    } else {
      addNeighbour(source, edge.type);
    }
  });
  graph.forEachOutEdge(key, (_e, edge, _s, target) => addNeighbour(target, edge.type));

  papers.sort(byDateThenTitle);
  for (const list of Object.values(neighbours)) list?.sort((x, y) => x.name.localeCompare(y.name));
  return {
    kind: 'entity',
    key,
    label: a.label,
    name: a.name,
    aliases: a.aliases.filter((alias) => alias !== a.name),
    family: a.family ?? null,
    paperCount: a.paperCount,
    papers,
    results,
    neighbours,
  };
}

function paperDetails(graph: PaperGraph, key: string, a: PaperNode): PaperDetails {
  const entities: Partial<Record<string, PaperEntity[]>> = {};
  const results: ResultView[] = [];
  graph.forEachOutEdge(key, (_e, edge, _s, target, _sa, ta) => {
    if (ta.label === 'Result') results.push(resultView(graph, ta));
    else if (ta.label !== 'Paper') {
      (entities[edge.type] ??= []).push({
        key: target,
        label: ta.label,
        name: ta.name,
        evidence: edge.evidence ?? null,
        mentions: edge.mentions ?? [],
      });
    }
  });
  for (const list of Object.values(entities)) list?.sort((x, y) => x.name.localeCompare(y.name));
  return {
    kind: 'paper',
    key,
    label: 'Paper',
    id: a.id,
    name: displayName(a),
    title: a.title,
    aliases: [],
    date: a.date,
    url: a.url,
    authors: a.authors,
    entities,
    results,
  };
}

/** Details of a drawn node, or undefined for an unknown key or a result node. */
export function nodeDetails(graph: PaperGraph, key: string): NodeDetails | undefined {
  if (!graph.hasNode(key)) return undefined;
  const a = graph.getNodeAttributes(key);
  if (a.label === 'Paper') return paperDetails(graph, key, a);
  if (a.label === 'Result') return undefined;
  return entityDetails(graph, key, a);
}

// ---- search ----

interface SearchEntry {
  key: string;
  label: DrawnLabel;
  name: string;
  paperCount: number;
  /** Lower-cased name, aliases and title, each with the text shown when it matches. */
  terms: { lower: string; text: string }[];
}

export type SearchIndex = SearchEntry[];

export function buildSearchIndex(graph: PaperGraph): SearchIndex {
  const index: SearchIndex = [];
  graph.forEachNode((key, a) => {
    if (!isDrawn(a)) return;
    const texts = a.label === 'Paper' ? [a.title ?? '', a.id] : [a.name, ...a.aliases];
    const terms = [...new Set(texts.filter(Boolean))].map((text) => ({ lower: text.toLowerCase(), text }));
    index.push({
      key,
      label: a.label,
      name: displayName(a),
      paperCount: a.label === 'Paper' ? 1 : a.paperCount,
      terms,
    });
  });
  return index;
}

/** 0 exact, 1 prefix, 2 a word starts with the query, 3 substring; undefined when it does not match. */
export function matchRank(lowerText: string, lowerQuery: string): number | undefined {
  if (lowerText === lowerQuery) return 0;
  if (lowerText.startsWith(lowerQuery)) return 1;
  const at = lowerText.indexOf(lowerQuery);
  if (at < 0) return undefined;
  // A word boundary: the query starts where a letter or digit follows something that is neither.
  for (let i = at; i >= 0; i = lowerText.indexOf(lowerQuery, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(lowerText[i - 1] ?? ' ')) return 2;
  }
  return 3;
}

export const MAX_QUERY_LENGTH = 200;

/**
 * Case-insensitive prefix/substring search over entity names, aliases and paper titles. Better matches first,
 * then entities before papers, then the better-known (more papers), then shorter names.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = query.trim().toLowerCase().slice(0, MAX_QUERY_LENGTH);
  if (!q) return [];
  const scored: { hit: SearchHit; rank: number }[] = [];
  for (const entry of index) {
    let best: { rank: number; text: string } | undefined;
    for (const term of entry.terms) {
      const rank = matchRank(term.lower, q);
      if (rank !== undefined && (!best || rank < best.rank)) best = { rank, text: term.text };
    }
    if (!best) continue;
    scored.push({
      rank: best.rank,
      hit: {
        key: entry.key,
        label: entry.label,
        name: entry.name,
        matched: best.text === entry.name ? null : best.text,
        paperCount: entry.paperCount,
      },
    });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(a.hit.label === 'Paper') - Number(b.hit.label === 'Paper') ||
      b.hit.paperCount - a.hit.paperCount ||
      a.hit.name.length - b.hit.name.length ||
      a.hit.name.localeCompare(b.hit.name),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}
