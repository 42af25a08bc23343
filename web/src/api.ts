// The fetch client for the read-only API. Paths are relative so the app also works behind a path prefix.
import type { ApiError, GraphPayload, NodeDetails, SearchPayload } from '../../src/server/api-types.js';
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

export const api = {
  graph: () => getJson<GraphPayload>('api/graph'),
  stats: () => getJson<GraphStats>('api/stats'),
  node: (key: string, signal?: AbortSignal) =>
    getJson<NodeDetails>(`api/node?key=${encodeURIComponent(key)}`, signal),
  search: (query: string, signal?: AbortSignal) =>
    getJson<SearchPayload>(`api/search?q=${encodeURIComponent(query)}`, signal),
};
