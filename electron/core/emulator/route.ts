import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatorState, IssuedToken } from './state.js';

/** An authenticated /api/v2 handler: the request, the org's state, the caller's token and the path's captures. */
export type Handler = (
  request: EmulatorRequest,
  state: EmulatorState,
  auth: IssuedToken,
  params: string[],
) => EmulatorResponse;

/** One route: method, path pattern, handler. */
export type Route = [method: string, pattern: RegExp, handler: Handler];

/** A path segment decoded, or kept as sent when its %-escapes are broken (an unknown id, not a crash). */
export function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Answers with the first matching route, or undefined when none matches. */
export function dispatch(
  routes: readonly Route[],
  request: EmulatorRequest,
  state: EmulatorState,
  auth: IssuedToken,
): EmulatorResponse | undefined {
  for (const [method, pattern, handler] of routes) {
    if (method !== request.method) continue;
    const match = pattern.exec(request.url.pathname);
    if (match) return handler(request, state, auth, match.slice(1).map(decodeSafely));
  }
  return undefined;
}

/** The JSON body of a request, or undefined when it is not JSON. */
export function jsonBody(request: EmulatorRequest): unknown {
  try {
    return JSON.parse(request.body) as unknown;
  } catch {
    return undefined;
  }
}
