// What the user is looking at: hover, selection, filters, the open view and the camera. The renderer and the
// views read it; url.ts writes it into the address so a link reopens the same picture. No DOM here.
import type { DrawnLabel, GraphMode } from '../../src/server/api-types.js';

export type ViewName = 'graph' | 'matrix' | 'leaderboard' | 'console';
export const VIEWS: readonly ViewName[] = ['graph', 'matrix', 'leaderboard', 'console'];

export type Change = 'hover' | 'select' | 'filter' | 'view' | 'camera' | 'colour' | 'detail';
export type Listener = (change: Change) => void;

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export class ViewState {
  hovered: string | null = null;
  selected: string | null = null;
  /** A matrix cell whose papers the panel shows: [row entity, benchmark]. */
  pair: [string, string] | null = null;
  readonly hiddenLabels = new Set<DrawnLabel>();
  /** Entities named by fewer papers (in the date range) are hidden. */
  minPapers = 1;
  /** Show only the N entities named by the most papers; 0 = all. */
  topN = 0;
  /** Months (YYYY-MM), inclusive. */
  from: string | null = null;
  to: string | null = null;
  communities = false;
  view: ViewName = 'graph';
  /** The graph the server draws; null = its default. */
  mode: GraphMode | null = null;
  matrixRows: 'Method' | 'Model' = 'Method';
  benchmark: string | null = null;
  cypher = '';
  cypherParams = '';
  camera: CameraState | null = null;
  private readonly listeners: Listener[] = [];

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  setHovered(key: string | null): void {
    if (key === this.hovered) return;
    this.hovered = key;
    this.emit('hover');
  }

  setSelected(key: string | null): void {
    if (key === this.selected && !this.pair) return;
    this.selected = key;
    this.pair = null;
    this.emit('select');
  }

  setPair(pair: [string, string] | null): void {
    this.pair = pair;
    if (pair) this.selected = null;
    this.emit('select');
  }

  toggleLabel(label: DrawnLabel): void {
    if (!this.hiddenLabels.delete(label)) this.hiddenLabels.add(label);
    this.emit('filter');
  }

  setFilters(
    f: Partial<Pick<ViewState, 'minPapers' | 'topN' | 'from' | 'to'>> & { hidden?: DrawnLabel[] },
  ): void {
    if (f.minPapers !== undefined) this.minPapers = Math.max(1, Math.floor(f.minPapers) || 1);
    if (f.topN !== undefined) this.topN = Math.max(0, Math.floor(f.topN) || 0);
    if (f.from !== undefined) this.from = f.from || null;
    if (f.to !== undefined) this.to = f.to || null;
    if (f.hidden) {
      this.hiddenLabels.clear();
      for (const l of f.hidden) this.hiddenLabels.add(l);
    }
    this.emit('filter');
  }

  setCommunities(on: boolean): void {
    if (on === this.communities) return;
    this.communities = on;
    this.emit('colour');
  }

  setView(view: ViewName): void {
    if (view === this.view) return;
    this.view = view;
    this.emit('view');
  }

  /** Matrix rows, leaderboard benchmark or console query changed. */
  setDetail(d: Partial<Pick<ViewState, 'matrixRows' | 'benchmark' | 'cypher' | 'cypherParams'>>): void {
    Object.assign(this, d);
    this.emit('detail');
  }

  setCamera(camera: CameraState): void {
    this.camera = camera;
    this.emit('camera');
  }

  /** The node whose neighbourhood is highlighted: the hovered one, else the selected one. */
  get focus(): string | null {
    return this.hovered ?? this.selected;
  }

  private emit(change: Change) {
    for (const listener of this.listeners) listener(change);
  }
}
