// Louvain communities of the drawn graph, computed once on demand, with a colour per community.
import louvain from 'graphology-communities-louvain';
import type { ViewGraph } from './render.js';

// Twelve distinguishable colours for the biggest communities; the long tail shares a grey.
const PALETTE = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#9a6324',
  '#469990',
  '#800000',
  '#808000',
  '#000075',
];
const OTHER = '#a3a3a3';

/** A small seeded generator, so the same graph always gets the same communities (and colours). */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Communities {
  colourOf: Map<string, string>;
  count: number;
}

export function computeCommunities(graph: ViewGraph): Communities {
  const partition = louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(42) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(partition)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([c]) => c);
  const colourOfCommunity = new Map(ranked.map((c, i) => [c, PALETTE[i] ?? OTHER]));
  const colourOf = new Map<string, string>();
  for (const [node, c] of Object.entries(partition)) colourOf.set(node, colourOfCommunity.get(c) ?? OTHER);
  return { colourOf, count: sizes.size };
}
