// Which nodes the filters leave: types, minimum papers, top-N and the date range. Computed once per change
// (not per frame); the renderer's reducers only look the answer up.
import type { ViewGraph } from './render.js';
import type { ViewState } from './state.js';

export interface Visibility {
  hidden: Set<string>;
  /** Papers naming each entity within the date range (the whole count without one). */
  counts: Map<string, number>;
  visible: number;
}

export function computeVisibility(graph: ViewGraph, months: string[], state: ViewState): Visibility {
  const hidden = new Set<string>();
  const counts = new Map<string, number>();
  const ranged = Boolean(state.from || state.to);
  const lo = state.from ? months.findIndex((m) => m >= state.from!) : 0;
  const hiRaw = state.to ? months.findLastIndex((m) => m <= state.to!) : months.length - 1;
  const [first, last] = [lo < 0 ? months.length : lo, hiRaw];
  const entities: [string, number][] = [];
  graph.forEachNode((key, a) => {
    if (state.hiddenLabels.has(a.kind)) return hidden.add(key);
    if (a.kind === 'Paper') {
      if (ranged && (!a.month || (state.from && a.month < state.from) || (state.to && a.month > state.to)))
        hidden.add(key);
      return;
    }
    let count = a.paperCount;
    if (ranged) {
      count = 0;
      const h = a.hist;
      for (let i = 0; i + 1 < h.length; i += 2) if (h[i]! >= first && h[i]! <= last) count += h[i + 1]!;
    }
    counts.set(key, count);
    if ((state.minPapers > 1 && count < state.minPapers) || (ranged && count === 0)) return hidden.add(key);
    entities.push([key, count]);
  });
  if (state.topN > 0 && entities.length > state.topN) {
    entities.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [key] of entities.slice(state.topN)) hidden.add(key);
  }
  return { hidden, counts, visible: graph.order - hidden.size };
}
