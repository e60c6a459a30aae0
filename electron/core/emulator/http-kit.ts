import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as the emulator's routes see it: already read, with the correlation id of its answer. */
export interface EmulatorRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
  correlationId: string;
}

/** What a route answers. */
export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

const MAX_BODY = 1024 * 1024;

/**
 * Reads a request body (capped at 1 MB) and stamps it with a new correlation id; `url` is its parsed
 * target. Undefined when the client went away before sending it all.
 */
export async function readRequest(request: IncomingMessage, url: URL): Promise<EmulatorRequest | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) break;
      chunks.push(chunk as Buffer);
    }
  } catch {
    return undefined;
  }
  return {
    method: request.method ?? 'GET',
    url,
    headers: request.headers,
    body: Buffer.concat(chunks).toString('utf8'),
    correlationId: randomUUID(),
  };
}

/** A JSON answer. */
export const json = (status: number, value: unknown, headers: Record<string, string> = {}): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

/** A Genesys ErrorBody answer, with contextId equal to the correlation id as Genesys does. */
export function errorBody(
  request: EmulatorRequest,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): EmulatorResponse {
  return json(status, { message, code, status, contextId: request.correlationId, details: [], errors: [], ...extra });
}

/** An HTML page answer. */
export const html = (status: number, page: string): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: page,
});

/** Writes an answer with the ININ-Correlation-Id header every Genesys response carries. */
export function send(response: ServerResponse, request: EmulatorRequest, answer: EmulatorResponse): void {
  response.writeHead(answer.status, { 'inin-correlation-id': request.correlationId, ...answer.headers });
  response.end(answer.body ?? '');
}
