// The example queries of docs/schema.md, with the parameters their comments name, so tests and the bench
// run exactly what the documentation shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseParam } from '../../src/stores/neo4j-query.js';
import { repoRoot } from './paths.js';

export interface DocQuery {
  title: string;
  cypher: string;
  params: Record<string, unknown>;
}

export function docQueries(): DocQuery[] {
  const text = readFileSync(join(repoRoot, 'docs/schema.md'), 'utf8');
  return [...text.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => {
    const body = m[1]!;
    const comment = body.split('\n')[0]!.replace(/^\/\/\s*/, '');
    const specs =
      /\((--param .*)\)\s*$/
        .exec(comment)?.[1]
        ?.split(/\s*--param\s+/)
        .filter(Boolean) ?? [];
    const params = Object.fromEntries(specs.map(parseParam));
    return { title: comment.replace(/\s*\(--param.*$/, ''), cypher: body.trim(), params };
  });
}
