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

// ---- the explorer's views (src/server/explore.ts) ----

/** `full`: papers and entities with their links. `entities`: entities only, linked by co-occurrence in papers. */
export type GraphMode = 'full' | 'entities';

export interface ViewNode extends DrawNode {
  /** Papers: the publication month (YYYY-MM) or null. */
  month?: string | null;
  /** Entities: papers per month as flat pairs [monthIndex, count, ...] into ViewPayload.months. */
  hist?: number[];
}

export interface ViewEdge extends DrawEdge {
  /** Co-occurrence edges: how many papers name both ends. */
  weight?: number;
}

export interface ViewPayload {
  mode: GraphMode;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Every publication month in the graph, sorted; `hist` indexes into it. */
  months: string[];
  /** Entities (and, in `full` mode, papers) left out by the node cap. */
  omittedNodes: number;
}

export interface ServerInfo {
  store: 'embedded' | 'neo4j';
  /** The Cypher console is available (Neo4j store). */
  cypher: boolean;
  /** The view a first visit opens: `entities` for big graphs. */
  defaultMode: GraphMode;
  /** The full view (every paper drawn) is small enough to serve. */
  fullAvailable: boolean;
  papers: number;
  entities: number;
  months: string[];
}

export interface MatrixAxisEntry {
  key: string;
  name: string;
  label: DrawnLabel;
  /** Papers in the matrix that involve it (any column or row). */
  papers: number;
}

export interface MatrixPayload {
  rowLabel: 'Method' | 'Model';
  rows: MatrixAxisEntry[];
  cols: MatrixAxisEntry[];
  /** cells[r][c]: papers that use/propose row r and evaluate on/propose benchmark c. */
  cells: number[][];
  /** Rows and columns beyond the limits. */
  omittedRows: number;
  omittedCols: number;
}

export interface PairPaper {
  key: string;
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  /** The paper's link to each of the two entities, with its evidence sentence and mentions. */
  links: { key: string; relation: string; evidence: string | null; mentions: string[] }[];
}

export interface PairPayload {
  a: { key: string; name: string; label: DrawnLabel };
  b: { key: string; name: string; label: DrawnLabel };
  papers: PairPaper[];
}

export interface BenchmarkEntry {
  key: string;
  name: string;
  results: number;
  paperCount: number;
}

export interface LeaderboardRow {
  value: string;
  /** The value as a number (the first number in it), for sorting; null when there is none. */
  numeric: number | null;
  kind: string;
  metric: string | null;
  metricKey: string | null;
  subject: string | null;
  subjectKey: string | null;
  subjectLabel: DrawnLabel | null;
  evidence: string;
  paperKey: string;
  paperId: string;
  paperTitle: string | null;
  date: string | null;
  url: string | null;
}

export interface LeaderboardPayload {
  benchmark: { key: string; name: string };
  /** Grouped by metric (most results first), best value first within a metric. */
  rows: LeaderboardRow[];
}

export interface CypherPayload {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  /** The nodes and relationships the query returned, drawn; null when there were too many to draw. */
  graph: { nodes: DrawNode[]; edges: DrawEdge[] } | null;
  note: string | null;
}
