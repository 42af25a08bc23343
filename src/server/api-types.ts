// The JSON shapes of the read-only HTTP API. Types only: the web app imports them with `import type`,
// so nothing from the server (or Node) ends up in the browser bundle.

/** Schema labels that are drawn: papers and entities, never results. */
export type DrawnLabel = 'Paper' | 'Method' | 'Model' | 'Benchmark' | 'Metric' | 'Technique' | 'Task';

export interface DrawNode {
  key: string;
  label: DrawnLabel;
  /** Entity name, paper title, or the paper id when it has no title. */
  name: string;
  /** Papers naming the entity; 1 for a paper. */
  paperCount: number;
  x: number;
  y: number;
}

export interface DrawEdge {
  source: string;
  target: string;
  type: string;
}

export interface GraphPayload {
  nodes: DrawNode[];
  edges: DrawEdge[];
}

export interface ResultView {
  value: string;
  metric: string | null;
  benchmark: string | null;
  subject: string | null;
  kind: string;
  evidence: string;
  /** Id, node key and title of the paper that reports it. */
  paper: string;
  paperKey: string;
  paperTitle: string | null;
}

export interface EntityPaper {
  key: string;
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  relation: string;
  evidence: string | null;
  mentions: string[];
}

export interface NeighbourView {
  key: string;
  name: string;
  label: DrawnLabel;
  /** The relation that links them (VARIANT_OF, EVALUATED_ON, or OF/ON/MEASURED_BY for links through a result). */
  relation: string;
}

export interface EntityDetails {
  kind: 'entity';
  key: string;
  label: Exclude<DrawnLabel, 'Paper'>;
  name: string;
  aliases: string[];
  family: string | null;
  paperCount: number;
  papers: EntityPaper[];
  results: ResultView[];
  neighbours: Partial<Record<DrawnLabel, NeighbourView[]>>;
}

export interface PaperEntity {
  key: string;
  label: Exclude<DrawnLabel, 'Paper'>;
  name: string;
  evidence: string | null;
  mentions: string[];
}

export interface PaperDetails {
  kind: 'paper';
  key: string;
  label: 'Paper';
  id: string;
  name: string;
  title: string | null;
  aliases: string[];
  date: string | null;
  url: string | null;
  authors: string[];
  /** Entities grouped by the paper's relation to them (PROPOSES, USES ...). */
  entities: Partial<Record<string, PaperEntity[]>>;
  results: ResultView[];
}

export type NodeDetails = EntityDetails | PaperDetails;

export interface SearchHit {
  key: string;
  label: DrawnLabel;
  name: string;
  /** The alias or title that matched, when it is not the name itself. */
  matched: string | null;
  paperCount: number;
}

export interface SearchPayload {
  query: string;
  hits: SearchHit[];
}

export interface ApiError {
  error: { code: string; message: string };
}
