// The embedded default: the graph in one versioned JSON file in a local folder, no server.
// Writes go to a temporary file that is fsynced and renamed over the old one, so a crash at any point
// leaves either the old graph or the new one, never half of one.
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PapergraphError } from '../domain/errors.js';
import { assignLayout } from '../../graph/layout.js';
import {
  createGraph,
  graphStats,
  mergeExtraction,
  refreshDerived,
  type PaperExtraction,
  type PaperGraph,
} from '../../graph/model.js';
import { fromDocument, toDocument } from '../../graph/serialize.js';
import type { GraphStore } from './store.js';

export const DEFAULT_STORE_DIR = '.papergraph';
const GRAPH_FILE = 'graph.json.gz';
const LOCK_FILE = 'lock';

export class EmbeddedStore implements GraphStore {
  readonly kind = 'embedded' as const;
  readonly location: string;
  private graph: PaperGraph | undefined;
  private dirty = false;
  private locked = false;

  constructor(dir: string = DEFAULT_STORE_DIR) {
    this.location = resolve(dir);
  }

  private get graphPath() {
    return join(this.location, GRAPH_FILE);
  }

  async load(): Promise<PaperGraph> {
    if (this.graph) return this.graph;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.graphPath);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return (this.graph = createGraph());
      throw new PapergraphError('E_STORE', `cannot read ${this.graphPath}: ${(e as Error).message}`, {
        cause: e,
      });
    }
    let doc: unknown;
    try {
      doc = JSON.parse(gunzipSync(bytes).toString('utf8'));
    } catch (e) {
      throw new PapergraphError('E_STORE', `${this.graphPath} is damaged (${(e as Error).message})`, {
        hint: 'restore it from a backup or delete the folder and ingest again',
        cause: e,
      });
    }
    return (this.graph = fromDocument(doc, this.graphPath));
  }

  async write(batch: PaperExtraction[]): Promise<void> {
    const graph = await this.load();
    this.takeLock();
    for (const item of batch) mergeExtraction(graph, item);
    this.dirty ||= batch.length > 0;
  }

  async commit(): Promise<void> {
    if (!this.dirty || !this.graph) return;
    refreshDerived(this.graph);
    assignLayout(this.graph);
    const data = gzipSync(JSON.stringify(toDocument(this.graph)), { level: 6 });
    mkdirSync(this.location, { recursive: true });
    const tmp = `${this.graphPath}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.graphPath);
    this.dirty = false;
  }

  async stats() {
    return graphStats(await this.load());
  }

  async close(): Promise<void> {
    this.graph = undefined;
    this.dirty = false;
    if (this.locked) rmSync(join(this.location, LOCK_FILE), { force: true });
    this.locked = false;
  }

  /** One writer at a time: a second ingest into the same folder would otherwise overwrite the first's work. */
  private takeLock(): void {
    if (this.locked) return;
    mkdirSync(this.location, { recursive: true });
    const lock = join(this.location, LOCK_FILE);
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid && isAlive(pid)) {
        throw new PapergraphError(
          'E_STORE',
          `another papergraph (pid ${pid}) is writing to ${this.location}`,
          {
            hint: 'wait for it to finish, or use another --store folder',
          },
        );
      }
      // A stale lock from a killed run: the graph file itself is intact thanks to the atomic rename.
      rmSync(lock, { force: true });
      return this.takeLock();
    }
    this.locked = true;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
