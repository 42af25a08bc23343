// The address holds the picture: view, graph mode, selection, filters, colouring and camera, in the hash
// (#view=graph&sel=Method%3Alora&hide=Paper&min=2&top=100&from=2025-06&to=2026-01&comm=1&cam=0.5,0.5,0.3).
import type { DrawnLabel } from '../../src/server/api-types.js';
import { LABELS } from './colors.js';
import { VIEWS, type ViewName, type ViewState } from './state.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function writeHash(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.view !== 'graph') p.set('view', state.view);
  if (state.mode) p.set('mode', state.mode);
  if (state.selected) p.set('sel', state.selected);
  if (state.pair) {
    p.set('pa', state.pair[0]);
    p.set('pb', state.pair[1]);
  }
  if (state.hiddenLabels.size) p.set('hide', LABELS.filter((l) => state.hiddenLabels.has(l)).join(','));
  if (state.minPapers > 1) p.set('min', String(state.minPapers));
  if (state.topN > 0) p.set('top', String(state.topN));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.communities) p.set('comm', '1');
  if (state.matrixRows !== 'Method') p.set('rows', state.matrixRows);
  if (state.benchmark) p.set('bench', state.benchmark);
  if (state.cypher) p.set('cq', state.cypher);
  if (state.cypherParams) p.set('cp', state.cypherParams);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    p.set('cam', [x, y, ratio].map((n) => Number(n.toFixed(5))).join(','));
  }
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Applies the hash to a fresh state; anything malformed is ignored rather than trusted. */
export function readHash(hash: string, state: ViewState): void {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = p.get('view');
  if (view && (VIEWS as readonly string[]).includes(view)) state.view = view as ViewName;
  const mode = p.get('mode');
  if (mode === 'full' || mode === 'entities') state.mode = mode;
  state.selected = p.get('sel') || null;
  const pa = p.get('pa');
  const pb = p.get('pb');
  if (pa && pb) state.pair = [pa, pb];
  for (const l of (p.get('hide') ?? '').split(',')) {
    if ((LABELS as readonly string[]).includes(l)) state.hiddenLabels.add(l as DrawnLabel);
  }
  const min = Number(p.get('min'));
  if (Number.isInteger(min) && min > 1) state.minPapers = min;
  const top = Number(p.get('top'));
  if (Number.isInteger(top) && top > 0) state.topN = top;
  const from = p.get('from');
  if (from && MONTH.test(from)) state.from = from;
  const to = p.get('to');
  if (to && MONTH.test(to)) state.to = to;
  state.communities = p.get('comm') === '1';
  if (p.get('rows') === 'Model') state.matrixRows = 'Model';
  state.benchmark = p.get('bench') || null;
  state.cypher = p.get('cq') ?? '';
  state.cypherParams = p.get('cp') ?? '';
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  if (cam.length === 3 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0)
    state.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]! };
}
