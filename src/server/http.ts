// Writing responses: security headers on everything, JSON bodies and JSON errors.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from './api-types.js';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
} as const;

export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
) {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-length': String(bytes.length), ...headers });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, json: string) {
  send(req, res, status, json, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
}

export function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
) {
  const body: ApiError = { error: { code, message } };
  sendJson(req, res, status, JSON.stringify(body));
}
