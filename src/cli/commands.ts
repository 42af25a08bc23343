// The commands. Each returns an exit code and talks to the world only through Io; main.ts does the rest.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { PapergraphError } from '../domain/errors.js';
import { ENTITY_TYPES } from '../domain/types.js';
import { EXPORT_FORMATS, exportFiles, isExportFormat, isMultiFile } from '../../graph/export.js';
import { isNodeLabel, NODE_LABELS, type NodeLabel } from '../../graph/schema.js';
import { selectSubgraph, type SubgraphSpec } from '../../graph/subgraph.js';
import type { GraphStats } from '../../graph/model.js';
import { readPapers, type InputFormat } from '../ingest/index.js';
import { createExtractionPool, defaultJobs, extractItems } from '../extract-pool.js';
import { ingestFiles } from '../pipeline.js';
import { startServer } from '../server/index.js';
import { connectDriver, Neo4jStore } from '../stores/neo4j.js';
import type { Io } from './io.js';
import { formatAnswer, parseParam, runQuery } from '../stores/neo4j-query.js';
import { neo4jConfig, openStore } from './stores.js';

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: Io): Promise<number>;
}

const storeOptions = {
  store: { type: 'string', short: 's' },
  neo4j: { type: 'boolean' },
} as const;

const INPUT_FORMATS = ['hf-daily', 'abstract-lines', 'jsonl', 'json', 'csv', 'tsv', 'atom', 'bibtex'];

function inputFormat(value: unknown): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !INPUT_FORMATS.includes(value)) {
    throw new PapergraphError('E_USAGE', `unknown input format ${JSON.stringify(value)}`, {
      hint: `use one of ${INPUT_FORMATS.join(', ')}`,
    });
  }
  return value as InputFormat;
}

function jobsOption(value: unknown): number {
  if (value === undefined) return defaultJobs();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    throw new PapergraphError('E_USAGE', `--jobs ${String(value)} is not a whole number from 1 to 64`, {
      hint: '--jobs 1 extracts on one thread; the default is one worker per core',
    });
  }
  return jobs;
}

const fallbackWarning = (reason: string) =>
  `warning: extraction workers could not start (${reason}); extracting on one thread\n`;

function needFiles(positionals: string[], command: string) {
  if (!positionals.length) {
    throw new PapergraphError('E_USAGE', `${command} needs at least one input file`, {
      hint: `papergraph ${command} ../shared/seeds/*.txt`,
    });
  }
}

const storeFlags = (v: Record<string, unknown>) => ({
  store: v.store as string | undefined,
  neo4j: v.neo4j as boolean | undefined,
});

const formatDuration = (s: number) => (s < 90 ? `${s.toFixed(0)} s` : `${(s / 60).toFixed(1)} min`);

export function formatStats(s: GraphStats): string {
  const entities = ENTITY_TYPES.map((t) => `  ${t.padEnd(10)} ${s.entities[t]}`).join('\n');
  const total = ENTITY_TYPES.reduce((n, t) => n + s.entities[t], 0);
  const relations = Object.entries(s.relations)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `  ${k.padEnd(14)} ${n}`)
    .join('\n');
  return `papers     ${s.papers}\nentities   ${total}\n${entities}\nresults    ${s.results}\nrelations\n${relations}`;
}

const ingest: Command = {
  summary: 'read papers, extract entities and results, and store the graph',
  usage: 'papergraph ingest FILE... [--store DIR | --neo4j] [--format FORMAT] [--batch N] [--jobs N]',
  options: {
    ...storeOptions,
    format: { type: 'string', short: 'f' },
    batch: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
  },
  async run({ values, positionals }, io) {
    needFiles(positionals, 'ingest');
    const format = inputFormat(values.format);
    const store = await openStore(storeFlags(values), io);
    const started = Date.now();
    try {
      const report = await ingestFiles(positionals, store, {
        ...(format ? { format } : {}),
        ...(values.batch ? { batchSize: Number(values.batch) } : {}),
        jobs: jobsOption(values.jobs),
        onPoolFallback: (reason) => io.err(fallbackWarning(reason)),
        onProblem: (p) => io.err(`skipped: ${p.describe()}\n`),
        onWarning: (w) => io.err(`cleaned: ${w.describe()}\n`),
        onProgress: ({ papers, fraction }) => {
          if (!io.interactive) return;
          const seconds = (Date.now() - started) / 1000;
          const eta =
            fraction > 0.01 ? ` · ETA ${formatDuration((seconds * (1 - fraction)) / fraction)}` : '';
          io.err(
            `\r  ${papers} papers · ${(papers / Math.max(0.001, seconds)).toFixed(0)}/s · ${(fraction * 100).toFixed(0)}%${eta}   `,
          );
        },
      });
      if (io.interactive) io.err('\n');
      const stats = await store.stats();
      io.out(
        `ingested ${report.papers} papers from ${report.files} file(s) into ${store.kind} store ${store.location}` +
          ` in ${((Date.now() - started) / 1000).toFixed(1)} s (${report.skipped} skipped, ${report.cleaned} cleaned)\n` +
          formatStats(stats),
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};

const extract: Command = {
  summary: 'print one JSON object per paper (entities, roles, results); stores nothing',
  usage: 'papergraph extract FILE... [--format FORMAT] [--jobs N]',
  options: { format: { type: 'string', short: 'f' }, jobs: { type: 'string', short: 'j' } },
  async run({ values, positionals }, io) {
    needFiles(positionals, 'extract');
    const format = inputFormat(values.format);
    const pool = createExtractionPool(jobsOption(values.jobs), (reason) => io.err(fallbackWarning(reason)));
    let skipped = 0;
    try {
      for (const file of positionals) {
        for await (const { item, extraction } of extractItems(
          readPapers(file, format ? { format } : {}),
          pool,
        )) {
          if ('problem' in item) {
            skipped++;
            io.err(`skipped: ${item.problem.describe()}\n`);
          } else if (extraction) io.out(JSON.stringify(extraction));
        }
      }
    } finally {
      await pool.close();
    }
    return skipped && io.env.PAPERGRAPH_STRICT ? 1 : 0;
  },
};

const stats: Command = {
  summary: 'count papers, entities by type, results and relations',
  usage: 'papergraph stats [--store DIR | --neo4j] [--json]',
  options: { ...storeOptions, json: { type: 'boolean' } },
  async run({ values }, io) {
    const store = await openStore(storeFlags(values), io);
    try {
      const s = await store.stats();
      io.out(values.json ? JSON.stringify(s) : `${store.kind} store ${store.location}\n${formatStats(s)}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

const query: Command = {
  summary: 'run Cypher against Neo4j (read-only unless --write)',
  usage: 'papergraph query "CYPHER" [--param name=value]... [--output table|json|csv] [--limit N] [--write]',
  options: {
    param: { type: 'string', short: 'p', multiple: true },
    output: { type: 'string', short: 'o' },
    limit: { type: 'string' },
    write: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const cypher = positionals.join(' ').trim();
    if (!cypher)
      throw new PapergraphError('E_USAGE', 'query needs a Cypher statement', { hint: query.usage });
    const output = (values.output as string | undefined) ?? 'table';
    if (!['table', 'json', 'csv'].includes(output)) {
      throw new PapergraphError('E_USAGE', `unknown --output ${output}`, { hint: 'use table, json or csv' });
    }
    const params = Object.fromEntries(((values.param as string[] | undefined) ?? []).map(parseParam));
    const config = neo4jConfig(io);
    const driver = await connectDriver(config);
    try {
      const limit = values.limit ? Number(values.limit) : 1000;
      const answer = await runQuery(driver, cypher, {
        params,
        write: Boolean(values.write),
        limit,
        database: config.database,
      });
      io.out(formatAnswer(answer, output as 'table' | 'json' | 'csv'));
      if (answer.truncated) io.err(`(showing the first ${limit} rows; raise --limit for more)\n`);
      return 0;
    } finally {
      await driver.close();
    }
  },
};

const exportCommand: Command = {
  summary:
    'write the graph or a subgraph as GEXF, GraphML, graphology JSON, neo4j-admin CSV or a Cypher script',
  usage:
    'papergraph export --format gexf|graphml|json|csv|cypher [--out FILE|DIR] [--focus NAME]... [--depth N]\n' +
    '                  [--types Method,Benchmark,...] [--since YYYY-MM-DD] [--cypher "MATCH ... RETURN ..."] [--store DIR | --neo4j]',
  options: {
    ...storeOptions,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    focus: { type: 'string', multiple: true },
    depth: { type: 'string' },
    types: { type: 'string' },
    since: { type: 'string' },
    cypher: { type: 'string' },
    param: { type: 'string', short: 'p', multiple: true },
  },
  async run({ values }, io) {
    const format = (values.format as string | undefined) ?? 'gexf';
    if (!isExportFormat(format)) {
      throw new PapergraphError('E_USAGE', `unknown export format ${JSON.stringify(format)}`, {
        hint: `use --format ${EXPORT_FORMATS.join(', ')}`,
      });
    }
    const out = values.out as string | undefined;
    if (isMultiFile(format) && !out) {
      throw new PapergraphError('E_USAGE', `--format ${format} writes a folder of files`, {
        hint: 'add --out DIR',
      });
    }
    const spec = subgraphSpec(values);
    // Big exports take seconds per phase: say what is done on a terminal, stay quiet in logs.
    const started = Date.now();
    const step = (what: string) => {
      if (io.interactive) io.err(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    };
    const store = await openStore(storeFlags(values), io);
    try {
      let graph;
      if (values.cypher) {
        if (!(store instanceof Neo4jStore)) {
          throw new PapergraphError(
            'E_USAGE',
            '--cypher selects from Neo4j, and this is the embedded store',
            {
              hint: 'add --neo4j (with NEO4J_URI set), or select with --focus/--types/--since',
            },
          );
        }
        const params = Object.fromEntries(((values.param as string[] | undefined) ?? []).map(parseParam));
        graph = await store.select(values.cypher as string, params);
      } else graph = await store.load();
      step(`read ${graph.order} nodes, ${graph.size} relationships from the ${store.kind} store`);
      if (spec) {
        graph = selectSubgraph(graph, spec);
        step(`selected ${graph.order} nodes, ${graph.size} relationships`);
      }
      const files = exportFiles(graph, format);
      step(`wrote ${format}`);
      if (!out) {
        for (const text of files.values()) io.out(text.trimEnd());
      } else if (isMultiFile(format)) {
        mkdirSync(out, { recursive: true });
        for (const [name, text] of files) writeFileSync(join(out, name), text);
        io.err(`wrote ${files.size} files to ${out} (${graph.order} nodes, ${graph.size} relationships)\n`);
      } else {
        writeFileSync(out, [...files.values()].join(''));
        io.err(`wrote ${out} (${graph.order} nodes, ${graph.size} relationships)\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

function subgraphSpec(values: Record<string, unknown>): SubgraphSpec | undefined {
  const spec: SubgraphSpec = {};
  const focus = values.focus as string[] | undefined;
  if (focus?.length) spec.focus = focus;
  if (values.depth !== undefined) {
    const depth = Number(values.depth);
    if (!Number.isInteger(depth) || depth < 0) {
      throw new PapergraphError('E_USAGE', `--depth ${String(values.depth)} is not a whole number`, {
        hint: 'e.g. --depth 2',
      });
    }
    spec.depth = depth;
  }
  if (values.types) {
    const types = String(values.types)
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const unknown = types.filter((t) => !isNodeLabel(t));
    if (unknown.length) {
      throw new PapergraphError('E_USAGE', `unknown type(s) ${unknown.join(', ')}`, {
        hint: `use ${NODE_LABELS.join(', ')}`,
      });
    }
    spec.types = types as NodeLabel[];
  }
  if (values.since) {
    const since = String(values.since);
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since)) {
      throw new PapergraphError('E_USAGE', `--since ${since} is not a date`, {
        hint: 'write YYYY-MM-DD, YYYY-MM or YYYY',
      });
    }
    spec.since = since;
  }
  return Object.keys(spec).length ? spec : undefined;
}

const serve: Command = {
  summary: 'open the explorer (a read-only server on 127.0.0.1)',
  usage:
    'papergraph serve [--port N] [--host 127.0.0.1] [--store DIR | --neo4j] [--max-nodes N] [--edges-per-node N]\n' +
    '  --max-nodes / --edges-per-node: caps of the entity graph that large graphs open on (10000 / 6)',
  options: {
    ...storeOptions,
    port: { type: 'string' },
    host: { type: 'string' },
    'max-nodes': { type: 'string' },
    'edges-per-node': { type: 'string' },
  },
  async run({ values }, io) {
    const count = (flag: string): number | undefined => {
      if (values[flag] === undefined) return undefined;
      const n = Number(values[flag]);
      if (!Number.isInteger(n) || n <= 0) {
        throw new PapergraphError(
          'E_USAGE',
          `--${flag} ${String(values[flag])} is not a positive whole number`,
        );
      }
      return n;
    };
    const maxNodes = count('max-nodes');
    const edgesPerNode = count('edges-per-node');
    const port = count('port') ?? 8484;
    const store = await openStore(storeFlags(values), io);
    const server = await startServer({
      store,
      host: (values.host as string | undefined) ?? '127.0.0.1',
      port,
      entityGraph: { ...(maxNodes ? { maxNodes } : {}), ...(edgesPerNode ? { edgesPerNode } : {}) },
    });
    io.out(`papergraph explorer on ${server.url} (${store.kind} store ${store.location}); Ctrl-C stops it`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await store.close();
    return 0;
  },
};

export const COMMANDS: Record<string, Command> = {
  ingest,
  extract,
  query,
  export: exportCommand,
  serve,
  stats,
};
