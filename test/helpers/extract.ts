// Extraction of one invented abstract, as the rule tests read it.
import { extractPaper } from '../../extract/index.js';
import type { EntityType } from '../../src/domain/types.js';

export const run = (abstract: string, title: string | null = null) =>
  extractPaper({ id: 'test', title, abstract });

/** The entity called `name`, if the extractor found one. */
export const entity = (abstract: string, name: string, title: string | null = null) =>
  run(abstract, title).entities.find((e) => e.name === name);

/** The role of the entity called `name`, if the extractor found one. */
export const roleOf = (abstract: string, name: string) => entity(abstract, name)?.role;

/** The names of the entities of one type the extractor found. */
export const namesOf = (abstract: string, type: EntityType, title: string | null = null) =>
  run(abstract, title)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

/** The result values, as written. */
export const values = (abstract: string) => run(abstract).results.map((r) => r.value);

/** The result with this value as written, if the extractor found one. */
export const resultOf = (abstract: string, value: string) =>
  run(abstract).results.find((r) => r.value === value);
