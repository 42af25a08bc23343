// The one schema both stores share. Labels and relationship types come only from these allow-lists,
// so nothing extracted from text can ever become part of a Cypher statement.
import { ENTITY_TYPES, type EntityType, type Role } from '../src/domain/types.js';

export const NODE_LABELS = ['Paper', ...ENTITY_TYPES, 'Result'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const PAPER_RELATIONS = ['PROPOSES', 'USES', 'EVALUATES_ON', 'COMPARES_WITH', 'MENTIONS'] as const;
export const REL_TYPES = [
  ...PAPER_RELATIONS,
  'REPORTS',
  'OF',
  'ON',
  'MEASURED_BY',
  'EVALUATED_ON',
  'VARIANT_OF',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const isNodeLabel = (s: string): s is NodeLabel => (NODE_LABELS as readonly string[]).includes(s);
export const isRelType = (s: string): s is RelType => (REL_TYPES as readonly string[]).includes(s);
export const isEntityLabel = (s: string): s is EntityType => (ENTITY_TYPES as readonly string[]).includes(s);

/** The relationship from a paper to an entity, given the entity's role in it. */
export function paperRelation(type: EntityType, role: Role): RelType {
  switch (role) {
    case 'proposed':
      return 'PROPOSES';
    case 'used':
      return type === 'Benchmark' ? 'EVALUATES_ON' : 'USES';
    case 'compared':
      return 'COMPARES_WITH';
    case 'mentioned':
      return 'MENTIONS';
  }
}

/** Node attributes in the graphology model. `label` is the node's schema label (Paper, Method ...). */
export interface PaperNode {
  label: 'Paper';
  id: string;
  title: string | null;
  date: string | null;
  authors: string[];
  url: string | null;
  source: string;
  x?: number;
  y?: number;
}

export interface EntityNode {
  label: EntityType;
  key: string;
  name: string;
  aliases: string[];
  family?: string | null;
  paperCount: number;
  x?: number;
  y?: number;
}

export interface ResultNode {
  label: 'Result';
  key: string;
  paper: string;
  value: string;
  kind: string;
  subject: string | null;
  metric: string | null;
  benchmark: string | null;
  evidence: string;
}

export type NodeAttributes = PaperNode | EntityNode | ResultNode;

export interface EdgeAttributes {
  type: RelType;
  /** Evidence sentence for paper -> entity links. */
  evidence?: string;
  /** Mentions of the entity in that paper. */
  mentions?: string[];
  /** For derived EVALUATED_ON: how many papers support it. */
  papers?: number;
}

export const nodeKey = {
  paper: (id: string) => `Paper:${id}`,
  result: (paperId: string, index: number) => `Result:${paperId}#${index}`,
};

export const edgeKey = (source: string, type: RelType, target: string) => `${source}|${type}|${target}`;
