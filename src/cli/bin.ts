// The process entry: bin/papergraph.js runs the compiled form; `tsx src/cli/bin.ts` runs it from source.
import { main, processIo } from './main.js';

process.exitCode = await main(process.argv.slice(2), processIo());
