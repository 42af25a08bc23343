// Start/stop the embedded Neo4j 5.26 Community server (see neo4j/neo4j.sh) from Node.
// Plain ESM, node built-ins only, so vitest's globalSetup can import it as-is:
//
//   import { startNeo4j } from '../neo4j/server.mjs';
//   const { uri, stop } = await startNeo4j();   // uri = 'bolt://127.0.0.1:<free port>', auth disabled
//   ...
//   await stop();                               // clean shutdown + removes the temp data dir
//
// The JVM gets a piped stdin and --stop-on-stdin-eof, so if this Node process dies the pipe
// closes and the JVM shuts itself down instead of lingering as an orphan.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * @param {object} [opts]
 * @param {string} [opts.dataDir]   Neo4j home (kept on stop). Default: a fresh temp dir, removed on stop.
 * @param {number} [opts.port]      Bolt port on 127.0.0.1; 0/undefined = any free port.
 * @param {string} [opts.password]  If set, auth is enabled for user "neo4j" with this password.
 * @param {string} [opts.javaOpts]  JVM options; default $NEO4J_JAVA_OPTS or "-Xms256m -Xmx1g".
 * @param {number} [opts.timeoutMs] How long to wait for the READY line (default 120 s).
 * @param {boolean} [opts.verbose]  Echo the server log to stderr (default: $NEO4J_VERBOSE set).
 * @returns {Promise<{uri: string, pid: number, dataDir: string, stop: () => Promise<void>}>}
 */
export async function startNeo4j({
  dataDir,
  port = 0,
  password,
  javaOpts,
  timeoutMs = 120_000,
  verbose = !!process.env.NEO4J_VERBOSE,
} = {}) {
  // Builds the jars on first use; a no-op (few ms) when neo4j/target is up to date.
  await run('bash', [join(HERE, 'neo4j.sh'), 'fetch']);

  const tempDir = dataDir ? null : mkdtempSync(join(tmpdir(), 'papergraph-neo4j-'));
  const home = dataDir ?? tempDir;
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    `@${join(HERE, 'jvm.args')}`,
    ...(javaOpts ?? process.env.NEO4J_JAVA_OPTS ?? '-Xms256m -Xmx1g').split(/\s+/).filter(Boolean),
    '-cp',
    `${join(HERE, 'target', 'classes')}:${join(HERE, 'target', 'lib', '*')}`, // java expands lib/*
    'papergraph.EmbeddedNeo4j',
    '--home',
    home,
    '--port',
    String(port ?? 0),
    '--stop-on-stdin-eof',
    ...(password ? ['--auth'] : []),
  ];
  const env = { ...process.env, ...(password ? { NEO4J_PASSWORD: password } : {}) };
  const child = spawn(java, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });

  // Always drain stderr (a full pipe would block the JVM); keep a tail for error messages.
  const logTail = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (verbose) process.stderr.write(`[neo4j] ${line}\n`);
    logTail.push(line);
    if (logTail.length > 60) logTail.shift();
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const cleanup = () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };

  let uri;
  try {
    uri = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = /^NEO4J_READY (\S+)$/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      }); // e.g. java not found
      exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`JVM exited before ready (code ${code}, signal ${signal})`));
      });
    });
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    cleanup();
    throw new Error(`Neo4j failed to start: ${err.message}\n${logTail.join('\n')}`, { cause: err });
  }

  // Don't let the running server keep Node's event loop alive: if the caller never calls
  // stop(), Node exits, stdin closes, and the JVM stops itself.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) s.unref?.();
  // Best effort on a normal exit without stop(): SIGTERM runs the JVM's clean-shutdown hook.
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', onExit);
      child.ref(); // keep Node alive until the JVM is gone
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM'); // shutdown hook: checkpoint + close stores
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(killer);
      }
      cleanup();
    })());

  return { uri, pid: child.pid, dataDir: home, stop };
}

// Run a command with its output sent to our stderr (stdout may be a test reporter's).
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 2, 2] });
    p.once('error', reject);
    p.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * Runs neo4j-admin's bulk importer (org.neo4j.cli.AdminTool from the same jars) into `home`, which must
 * not be served while it runs; start it afterwards with startNeo4j({ dataDir: home }).
 * @param {object} opts
 * @param {string} opts.home          Neo4j home to create or overwrite.
 * @param {string[]} opts.args        Importer arguments after the database name (--nodes=..., --relationships=...).
 * @param {string} [opts.cwd]         Folder the CSV paths are relative to.
 */
export async function neo4jAdminImport({ home, args, cwd }) {
  await run('bash', [join(HERE, 'neo4j.sh'), 'fetch']);
  const confDir = mkdtempSync(join(tmpdir(), 'papergraph-neo4j-conf-'));
  writeFileSync(join(confDir, 'neo4j.conf'), '');
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  try {
    await new Promise((resolve, reject) => {
      const p = spawn(
        java,
        [
          `@${join(HERE, 'jvm.args')}`,
          '-Xmx1g',
          '-cp',
          `${join(HERE, 'target', 'classes')}:${join(HERE, 'target', 'lib', '*')}`,
          'org.neo4j.cli.AdminTool',
          'database',
          'import',
          'full',
          'neo4j',
          '--overwrite-destination',
          ...args,
        ],
        {
          cwd,
          env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      p.stdout.on('data', (d) => (output += d));
      p.stderr.on('data', (d) => (output += d));
      p.once('error', reject);
      p.once('exit', (code) =>
        code === 0
          ? resolve(output)
          : reject(new Error(`neo4j-admin import exited ${code}:\n${output.slice(-4000)}`)),
      );
    });
  } finally {
    rmSync(confDir, { recursive: true, force: true });
  }
}
