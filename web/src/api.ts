// The fetch client for the read-only API. Paths are relative so the app also works behind a path prefix.
import type {
  ApiError,
  BenchmarkEntry,
  CypherPayload,
  GraphMode,
  LeaderboardPayload,
  MatrixPayload,
  NodeDetails,
  PairPayload,
  SearchPayload,
  ServerInfo,
  ViewPayload,
} from '../../src/server/api-types.js';
import type { GraphStats } from '../../graph/model.js';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(new URL(path, document.baseURI), {
    headers: { accept: 'application/json' },
    signal: signal ?? null,
  });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = ((await res.json()) as ApiError).error.message || message;
    } catch {
      // not a JSON error body; keep the status line
    }
    throw new ApiRequestError(res.status, message);
  }
  return (await res.json()) as T;
}

const q = (params: Record<string, string | null | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return p.toString();
};

export const api = {
  info: () => getJson<ServerInfo>('api/info'),
  graph: (mode: GraphMode | null) => getJson<ViewPayload>(`api/graph?${q({ mode })}`),
  matrix: (rows: string, from: string | null, to: string | null) =>
    getJson<MatrixPayload>(`api/matrix?${q({ rows, from, to })}`),
  pair: (a: string, b: string, from: string | null, to: string | null, signal?: AbortSignal) =>
    getJson<PairPayload>(`api/pair?${q({ a, b, from, to })}`, signal),
  benchmarks: () => getJson<BenchmarkEntry[]>('api/benchmarks'),
  leaderboard: (benchmark: string) => getJson<LeaderboardPayload>(`api/leaderboard?${q({ benchmark })}`),
  cypher: (query: string, params: string) =>
    getJson<CypherPayload>(`api/cypher?${q({ q: query, params: params.trim() || null })}`),
  stats: () => getJson<GraphStats>('api/stats'),
  node: (key: string, signal?: AbortSignal) =>
    getJson<NodeDetails>(`api/node?key=${encodeURIComponent(key)}`, signal),
  search: (query: string, signal?: AbortSignal) =>
    getJson<SearchPayload>(`api/search?q=${encodeURIComponent(query)}`, signal),
};
