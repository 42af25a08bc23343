// Paths to the shared data beside the repository (../shared), which tests may read.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(repoRoot, '../shared');
export const seedsDir = join(sharedDir, 'seeds');
export const seedFiles = () =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(seedsDir, f));
export const corpusPath = join(sharedDir, 'corpora/arxiv_cs_2025-03_to_2026-07.jsonl.gz');
