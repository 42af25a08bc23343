#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` (run by npm install/ci through "prepare") puts it in dist/.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/src/cli/bin.js', import.meta.url))) {
  process.stderr.write('papergraph: not built yet\n  hint: run `npm run build` in the papergraph folder\n');
  process.exit(1);
}
await import('../dist/src/cli/bin.js');
