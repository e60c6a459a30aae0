import * as v from 'valibot';
import type { Clock } from '../../shared/clock.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import { retryAfterSeconds } from './explainer.js';
import type { Action, Explainer } from './explainer.js';
import { GENESYS_PATHS } from './paths.js';
import { describeIssues } from '../../shared/describe-issues.js';
import { NetworkFailure } from './http.js';
import type { HttpRequest, HttpResponse } from '../../shared/explained-error.js';
import type { HttpClient } from './http.js';
import type { Endpoints } from './regions.js';

/** What the API client needs from token handling: a token (or why there is none), and a way to say one was refused. */
export interface TokenProvider {
  get(): Promise<Outcome<string>>;
  invalidate(accessToken: string): void;
}

/** One API call: method, path, JSON body, the schema of a success, and what it is for. */
export interface ApiCall<TSchema extends v.GenericSchema> {
  method: HttpRequest['method'];
  path: string;
  body?: unknown;
  schema: TSchema;
  action: Action;
  /** Told before each wait for Retry-After, so the UI can count down. */
  onWait?: (seconds: number, reason: string) => void;
  /** Aborted by the agent (Cancel) while the request waits out a Retry-After: it is not sent again. */
  signal?: AbortSignal;
}

/** Waits `ms`, or less when the signal aborts; says whether the wait ran to its end. */
async function waitUnlessCancelled(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return false;
  if (!signal) {
    await clock.sleep(ms);
    return true;
  }
  let stop: () => void = () => undefined;
  const cancelled = new Promise<void>((resolve) => {
    stop = resolve;
    signal.addEventListener('abort', stop, { once: true });
  });
  await Promise.race([clock.sleep(ms), cancelled]);
  signal.removeEventListener('abort', stop);
  return !signal.aborted;
}

/** How patient the client is; the defaults follow Genesys Cloud's rate-limit and retry guidance. */
export interface RetryPolicy {
  /** Longest Retry-After honoured automatically; longer ones are reported instead. */
  maxRetryAfterSeconds: number;
  /** Attempts for idempotent requests on 502/503/504 and broken connections. */
  maxAttempts: number;
  baseBackoffMs: number;
}

const DEFAULT_POLICY: RetryPolicy = { maxRetryAfterSeconds: 60, maxAttempts: 3, baseBackoffMs: 500 };
const IDEMPOTENT = new Set<HttpRequest['method']>(['GET', 'DELETE']);
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

/**
 * The Genesys Cloud REST client: bearer token, one renewal and replay on 401, Retry-After on 429,
 * backoff for idempotent requests, and never a blind retry of a request that may have acted.
 */
export class GenesysApi {
  private readonly policy: RetryPolicy;

  constructor(
    private readonly deps: {
      http: HttpClient;
      endpoints: Endpoints;
      tokens: TokenProvider;
      clock: Clock;
      explain: Explainer;
      policy?: Partial<RetryPolicy>;
    },
  ) {
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
  }

  get endpoints(): Endpoints {
    return this.deps.endpoints;
  }

  async call<TSchema extends v.GenericSchema>(call: ApiCall<TSchema>): Promise<Outcome<v.InferOutput<TSchema>>> {
    let renewed = false;
    let waits = 0;
    for (let attempt = 1; ; attempt++) {
      const token = await this.deps.tokens.get();
      if (!token.ok) return token;
      const request: HttpRequest = {
        method: call.method,
        url: `${this.deps.endpoints.apiBase}${call.path}`,
        headers: {
          authorization: `Bearer ${token.value}`,
          accept: 'application/json',
          ...(call.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      };
      let response: HttpResponse;
      try {
        response = await this.deps.http.send(request);
      } catch (error) {
        if (!(error instanceof NetworkFailure)) throw error;
        const safe = IDEMPOTENT.has(call.method)
          ? error.kind !== 'dns' && error.kind !== 'tls'
          : error.kind === 'refused' && error.phase === 'before-send';
        if (safe && attempt < this.policy.maxAttempts) {
          await this.deps.clock.sleep(this.backoff(attempt));
          continue;
        }
        return fail(this.deps.explain.network(error, call.action));
      }
      if (response.status === 401 && !renewed) {
        renewed = true;
        this.deps.tokens.invalidate(token.value);
        continue;
      }
      const retryAfter = retryAfterSeconds(response.headers, this.deps.clock.now());
      const provablyNotActed = response.status === 429 || (response.status === 503 && retryAfter !== undefined);
      if (provablyNotActed && waits < this.policy.maxAttempts - 1) {
        const seconds = retryAfter ?? 1;
        if (seconds <= this.policy.maxRetryAfterSeconds) {
          waits++;
          call.onWait?.(seconds, response.status === 429 ? 'rate_limited' : 'service_unavailable');
          if (await waitUnlessCancelled(this.deps.clock, seconds * 1000, call.signal)) continue;
          return fail(this.deps.explain.code('dial_cancelled'));
        }
      }
      if (RETRYABLE_STATUSES.has(response.status) && IDEMPOTENT.has(call.method) && attempt < this.policy.maxAttempts) {
        await this.deps.clock.sleep(this.backoff(attempt));
        continue;
      }
      if (response.status < 200 || response.status >= 300)
        return fail(this.deps.explain.response({ request, response, action: call.action }));
      return this.parse(call, request, response);
    }
  }

  /** Revokes the token in use (sign-out); says whether Genesys confirmed it. */
  async revokeToken(): Promise<Outcome<null>> {
    const result = await this.call({
      method: 'DELETE',
      path: GENESYS_PATHS.tokenOfCaller,
      schema: v.unknown(),
      action: 'read',
    });
    return result.ok ? ok(null) : result;
  }

  private backoff(attempt: number): number {
    return this.policy.baseBackoffMs * 2 ** (attempt - 1);
  }

  private parse<TSchema extends v.GenericSchema>(
    call: ApiCall<TSchema>,
    request: HttpRequest,
    response: HttpResponse,
  ): Outcome<v.InferOutput<TSchema>> {
    let body: unknown = undefined;
    if (response.body.trim() !== '') {
      try {
        body = JSON.parse(response.body);
      } catch {
        return fail(
          this.deps.explain.unreadable({ request, response, action: call.action }, 'The response is not JSON.'),
        );
      }
    }
    const parsed = v.safeParse(call.schema, body);
    if (!parsed.success) {
      return fail(
        this.deps.explain.unreadable(
          { request, response, action: call.action },
          `It does not match the documented shape (${describeIssues(parsed.issues).join('; ')}).`,
        ),
      );
    }
    return ok(parsed.output);
  }
}
