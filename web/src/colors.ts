// One colour per node type, shared by the graph, the legend, the panel and the search results.
import type { DrawnLabel } from '../../src/server/api-types.js';

export const LABELS: readonly DrawnLabel[] = [
  'Method',
  'Model',
  'Benchmark',
  'Metric',
  'Technique',
  'Task',
  'Paper',
];

// Distinguishable on white and for common colour-vision deficiencies; papers are muted so entities stand out.
export const LABEL_COLORS: Record<DrawnLabel, string> = {
  Method: '#2563eb',
  Model: '#d97706',
  Benchmark: '#059669',
  Metric: '#db2777',
  Technique: '#7c3aed',
  Task: '#0891b2',
  Paper: '#94a3b8',
};

export const DIMMED_NODE = '#e5e7eb';
export const EDGE_COLOR = '#d1d5db';
export const EDGE_HIGHLIGHT = '#6b7280';
