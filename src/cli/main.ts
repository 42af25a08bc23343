// The only place that reads argv, prints, and sets the exit code.
import { parseArgs } from 'node:util';
import { isPapergraphError, PapergraphError } from '../domain/errors.js';
import { COMMANDS } from './commands.js';
import type { Io } from './io.js';

function help(): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return [
    'papergraph: a knowledge graph of ML papers (methods, models, benchmarks, metrics, results)',
    '',
    'usage: papergraph COMMAND [options]   (papergraph COMMAND --help for its options)',
    '',
    ...rows,
    '',
    'Stores: the embedded default lives in ./.papergraph (--store DIR, or PAPERGRAPH_STORE);',
    'Neo4j is used with --neo4j or when NEO4J_URI is set (NEO4J_USERNAME, NEO4J_PASSWORD).',
  ].join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`papergraph: unknown command ${JSON.stringify(name)}\n\n${help()}\n`);
    return 2;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`${command.summary}\n\nusage: ${command.usage}`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new PapergraphError('E_USAGE', (e as Error).message, { hint: `usage: ${command.usage}` });
    }
    return await command.run(parsed as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (e) {
    if (isPapergraphError(e)) {
      io.err(`papergraph ${name}: ${e.describe()}\n`);
      return e.code === 'E_USAGE' ? 2 : 1;
    }
    io.err(`papergraph ${name}: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 70;
  }
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text),
    env: process.env,
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
