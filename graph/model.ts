// The graphology model: papers, entities and results, built from extractions. Both stores hold this shape.
import Graph from 'graphology';
import type { Extraction, PaperRecord, EntityType } from '../src/domain/types.js';
import { canonicalKey } from '../extract/index.js';
import {
  edgeKey,
  nodeKey,
  paperRelation,
  type EdgeAttributes,
  type EntityNode,
  type NodeAttributes,
  type PaperNode,
  type RelType,
} from './schema.js';

export type PaperGraph = Graph<NodeAttributes, EdgeAttributes>;

export interface PaperExtraction {
  paper: PaperRecord;
  extraction: Extraction;
}

export function createGraph(): PaperGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: false, allowSelfLoops: false });
}

export const isPaper = (a: NodeAttributes): a is PaperNode => a.label === 'Paper';
export const isEntity = (a: NodeAttributes): a is EntityNode => a.label !== 'Paper' && a.label !== 'Result';

function paperNode(paper: PaperRecord): PaperNode {
  return {
    label: 'Paper',
    id: paper.id,
    title: paper.title,
    date: paper.date ?? null,
    authors: paper.authors ?? [],
    url: paper.url ?? null,
    source: `${paper.source.file}:${paper.source.line}`,
  };
}

function addEdge(
  graph: PaperGraph,
  source: string,
  type: RelType,
  target: string,
  attrs: Partial<EdgeAttributes> = {},
) {
  const key = edgeKey(source, type, target);
  if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, attrs);
  else graph.addDirectedEdgeWithKey(key, source, target, { type, ...attrs });
}

/** Adds (or merges into) the entity node and returns its key. */
function upsertEntity(
  graph: PaperGraph,
  type: EntityType,
  name: string,
  aliases: string[],
  family?: string,
): string {
  // canonicalKey is already `Type:folded-name`, the entity's node key.
  const key = canonicalKey(type, name);
  if (!graph.hasNode(key)) {
    graph.addNode(key, { label: type, key, name, aliases: [], family: family ?? null, paperCount: 0 });
  }
  const node = graph.getNodeAttributes(key) as EntityNode;
  const known = new Set([node.name, ...node.aliases]);
  const added = [name, ...aliases].filter((a) => !known.has(a));
  if (added.length) graph.mergeNodeAttributes(key, { aliases: [...node.aliases, ...added] });
  if (family && !node.family) graph.mergeNodeAttributes(key, { family });
  return key;
}

const RELATION_STRENGTH: Partial<Record<RelType, number>> = {
  PROPOSES: 4,
  USES: 3,
  EVALUATES_ON: 3,
  COMPARES_WITH: 2,
  MENTIONS: 1,
};

/**
 * One link from a paper to an entity. Two extracted entities of one paper can resolve to the same node
 * ("classification accuracy" and "classification accuracies"): the stronger role wins, mentions add up.
 */
function linkPaper(
  graph: PaperGraph,
  paper: string,
  entity: string,
  type: RelType,
  evidence: string,
  mentions: string[],
) {
  const existing = graph.edge(paper, entity);
  if (existing !== undefined) {
    const old = graph.getEdgeAttributes(existing);
    const allMentions = [...new Set([...(old.mentions ?? []), ...mentions])];
    if ((RELATION_STRENGTH[type] ?? 0) <= (RELATION_STRENGTH[old.type] ?? 0)) {
      graph.mergeEdgeAttributes(existing, { mentions: allMentions });
      return;
    }
    graph.dropEdge(existing);
    mentions = allMentions;
  }
  addEdge(graph, paper, type, entity, { evidence, mentions });
}

/** Removes what an earlier ingest of this paper contributed, so re-ingesting replaces rather than piles up. */
function forgetPaperFacts(graph: PaperGraph, paperKey: string) {
  for (const edge of graph.outEdges(paperKey)) {
    const target = graph.target(edge);
    graph.dropEdge(edge);
    if (graph.getNodeAttribute(target, 'label') === 'Result') graph.dropNode(target);
  }
}

/** Merges one paper and its extraction into the graph. Call refreshDerived() after a batch. */
export function mergeExtraction(graph: PaperGraph, { paper, extraction }: PaperExtraction): void {
  const paperKey = nodeKey.paper(paper.id);
  if (graph.hasNode(paperKey)) {
    graph.replaceNodeAttributes(paperKey, {
      ...paperNode(paper),
      ...pickLayout(graph.getNodeAttributes(paperKey)),
    });
    forgetPaperFacts(graph, paperKey);
  } else {
    graph.addNode(paperKey, paperNode(paper));
  }

  const byName = new Map<string, string>();
  for (const entity of extraction.entities) {
    const key = upsertEntity(graph, entity.type, entity.name, entity.aliases, entity.family);
    for (const n of [entity.name, ...entity.aliases]) byName.set(`${entity.type}\u0000${n}`, key);
    linkPaper(
      graph,
      paperKey,
      key,
      paperRelation(entity.type, entity.role),
      entity.evidence,
      entity.mentions,
    );
    if (entity.family && entity.type === 'Model') {
      const familyKey = upsertEntity(graph, 'Model', entity.family, []);
      if (familyKey !== key) addEdge(graph, key, 'VARIANT_OF', familyKey);
    }
  }

  const find = (types: EntityType[], name: string | null) => {
    if (!name) return undefined;
    for (const t of types) {
      const key = byName.get(`${t}\u0000${name}`) ?? canonicalKey(t, name);
      if (graph.hasNode(key)) return key;
    }
    return undefined;
  };

  extraction.results.forEach((result, index) => {
    const key = nodeKey.result(paper.id, index);
    graph.addNode(key, { label: 'Result', key, paper: paper.id, ...result });
    addEdge(graph, paperKey, 'REPORTS', key);
    const subject = find(['Method', 'Model'], result.subject);
    const benchmark = find(['Benchmark'], result.benchmark);
    const metric = find(['Metric'], result.metric);
    if (subject) addEdge(graph, key, 'OF', subject);
    if (benchmark) addEdge(graph, key, 'ON', benchmark);
    if (metric) addEdge(graph, key, 'MEASURED_BY', metric);
  });
}

const pickLayout = (a: NodeAttributes) =>
  a.label === 'Result' || a.x === undefined ? {} : { x: a.x, y: a.y };

/**
 * Recomputes what is derived from paper links: each entity's paper count, Method -EVALUATED_ON-> Benchmark
 * (papers that use or propose the method and evaluate on the benchmark), and drops entities no paper names.
 */
export function refreshDerived(graph: PaperGraph): void {
  graph.forEachEdge((edge, attrs) => {
    if (attrs.type === 'EVALUATED_ON') graph.dropEdge(edge);
  });

  const evaluated = new Map<string, number>();
  graph.forEachNode((paperKey, attrs) => {
    if (!isPaper(attrs)) return;
    const methods: string[] = [];
    const benchmarks: string[] = [];
    graph.forEachOutEdge(paperKey, (_e, edge, _s, target, _sa, targetAttrs) => {
      if (targetAttrs.label === 'Method' && (edge.type === 'PROPOSES' || edge.type === 'USES'))
        methods.push(target);
      if (targetAttrs.label === 'Benchmark' && (edge.type === 'EVALUATES_ON' || edge.type === 'PROPOSES'))
        benchmarks.push(target);
    });
    for (const m of methods)
      for (const b of benchmarks) evaluated.set(`${m}\u0000${b}`, (evaluated.get(`${m}\u0000${b}`) ?? 0) + 1);
  });
  for (const [pair, papers] of evaluated) {
    const [m, b] = pair.split('\u0000') as [string, string];
    addEdge(graph, m, 'EVALUATED_ON', b, { papers });
  }

  const papersOf = new Map<string, number>();
  graph.forEachNode((key, attrs) => {
    if (!isEntity(attrs)) return;
    let papers = 0;
    graph.forEachInNeighbor(key, (_n, a) => {
      if (a.label === 'Paper') papers++;
    });
    papersOf.set(key, papers);
    graph.mergeNodeAttributes(key, { paperCount: papers });
  });
  // A family node stays while one of its checkpoints is named by a paper.
  const orphans = [...papersOf].filter(
    ([key, papers]) => papers === 0 && !graph.inNeighbors(key).some((n) => (papersOf.get(n) ?? 0) > 0),
  );
  for (const [key] of orphans) graph.dropNode(key);
}

export interface GraphStats {
  papers: number;
  entities: Record<EntityType, number>;
  results: number;
  relations: Record<string, number>;
}

export function graphStats(graph: PaperGraph): GraphStats {
  const stats: GraphStats = {
    papers: 0,
    entities: { Method: 0, Model: 0, Benchmark: 0, Metric: 0, Technique: 0, Task: 0 },
    results: 0,
    relations: {},
  };
  graph.forEachNode((_k, a) => {
    if (a.label === 'Paper') stats.papers++;
    else if (a.label === 'Result') stats.results++;
    else stats.entities[a.label]++;
  });
  graph.forEachEdge((_k, a) => {
    stats.relations[a.type] = (stats.relations[a.type] ?? 0) + 1;
  });
  return stats;
}
