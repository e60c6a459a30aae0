import got, { RequestError, TimeoutError } from 'got';
import type { HttpRequest, HttpResponse } from '../../shared/explained-error.js';
import { agentsFor } from './proxy.js';

/** Where a network failure happened: before the request could reach the server, or after it may have. */
export type FailurePhase = 'before-send' | 'after-send';

/** Why a request got no HTTP response: the classes a person can act on. */
export type NetworkFailureKind = 'dns' | 'refused' | 'reset' | 'tls' | 'timeout' | 'proxy' | 'other';

/** A request that got no response; `phase` says whether the server may have acted on it. */
export class NetworkFailure extends Error {
  override name = 'NetworkFailure';
  constructor(
    readonly kind: NetworkFailureKind,
    readonly phase: FailurePhase,
    readonly code: string,
    message: string,
    readonly request: HttpRequest,
  ) {
    super(message);
  }
}

/** Sends requests and reports responses of any status; injected so tests use a real server, not a stub. */
export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'];
const TLS_CODES = /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|EPROTO|ERR_OSSL)/;
const BEFORE_SEND_TIMEOUTS = new Set(['lookup', 'connect', 'secureConnect']);

/** Classifies a got error: what failed, and whether the request body can have reached the server. */
function classify(error: RequestError): { kind: NetworkFailureKind; phase: FailurePhase } {
  const uploaded = error.timings?.upload !== undefined;
  const phase: FailurePhase = uploaded ? 'after-send' : 'before-send';
  // A timeout while sending or waiting may have left the request with the server: treat it as sent.
  if (error instanceof TimeoutError)
    return { kind: 'timeout', phase: BEFORE_SEND_TIMEOUTS.has(error.event) ? 'before-send' : 'after-send' };
  const code = error.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'dns', phase: 'before-send' };
  if (code === 'ECONNREFUSED') return { kind: 'refused', phase: 'before-send' };
  if (TLS_CODES.test(code)) return { kind: 'tls', phase: 'before-send' };
  if (/proxy/i.test(error.message) && !uploaded) return { kind: 'proxy', phase: 'before-send' };
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(error.message))
    return { kind: 'reset', phase };
  return { kind: 'other', phase };
}

/** The real HTTP client: got, no automatic retries (softdial decides), proxies from the environment. */
export function createHttpClient(options: {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  userAgent?: string;
}): HttpClient {
  const source = options.env ?? process.env;
  // Proxy settings are read once, like every other setting: process.env lookups are slow on a hot path.
  const env = Object.fromEntries(
    PROXY_VARIABLES.flatMap((name) => [name, name.toLowerCase()]).map((name) => [name, source[name]]),
  );
  return {
    async send(request) {
      const url = new URL(request.url);
      try {
        const response = await got(url, {
          method: request.method,
          headers: { 'user-agent': options.userAgent ?? 'softdial', ...request.headers },
          ...(request.body !== undefined ? { body: request.body } : {}),
          throwHttpErrors: false,
          retry: { limit: 0 },
          followRedirect: false,
          timeout: { request: options.timeoutMs },
          agent: agentsFor(url, env),
        });
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        return { status: response.statusCode, headers, body: response.body };
      } catch (error) {
        if (!(error instanceof RequestError)) throw error;
        const { kind, phase } = classify(error);
        throw new NetworkFailure(kind, phase, error.code, error.message, request);
      }
    },
  };
}
