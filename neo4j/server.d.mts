// Types for server.mjs, so TypeScript callers (the vitest global setup, benches) get them checked.
export interface StartNeo4jOptions {
  dataDir?: string;
  port?: number;
  password?: string;
  javaOpts?: string;
  timeoutMs?: number;
  verbose?: boolean;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  stop(): Promise<void>;
}

export function startNeo4j(options?: StartNeo4jOptions): Promise<RunningNeo4j>;

export function neo4jAdminImport(options: { home: string; args: string[]; cwd?: string }): Promise<void>;
