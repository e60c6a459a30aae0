import type { ExplainedError, HttpRequest, HttpResponse } from '../../shared/explained-error.js';
import type { NetworkFailure } from './http.js';

/** What softdial was doing when a request failed: decides whether a call may have been placed and what to advise. */
export const ACTIONS = ['dial', 'read', 'hang-up', 'sign-in', 'token'] as const;
/** One purpose of a request to Genesys. */
export type Action = (typeof ACTIONS)[number];

/** A request that got an answer, and what it was for. */
export interface Exchange {
  request?: HttpRequest;
  response: HttpResponse;
  action: Action;
}

/** The failures the sign-in and token code name without an exchange to show. */
export type AuthFailureCode =
  'not_configured' | 'sign_in_required' | 'signed_out' | 'sign_in_failed' | 'sign_in_expired';

/** The failures the notification channel names without an exchange to show. */
export type ChannelFailureCode =
  'missing_permission' | 'network_failure' | 'connection_reset' | 'channel_limit' | 'unexpected_response';

/** A request the caller gave up while it waited out a rate limit (it was never sent again). */
export type CancelledCode = 'dial_cancelled';

/**
 * Puts a failed exchange into words. The HTTP client and the sign-in code only report what happened;
 * the explain layer, which sits above them, implements this and the composition root passes it in.
 */
export interface Explainer {
  network(failure: NetworkFailure, action: Action): ExplainedError;
  response(exchange: Exchange): ExplainedError;
  unreadable(exchange: Required<Exchange>, problem: string): ExplainedError;
  code(code: AuthFailureCode | ChannelFailureCode | CancelledCode, detail?: string): ExplainedError;
  /** Remembers a secret sent or issued (a Basic value, a token), so no explanation, log or bundle shows it. */
  secret(value: string): void;
}

/** Seconds from a Retry-After header (seconds or an HTTP date). */
export function retryAfterSeconds(headers: Record<string, string>, now = Date.now()): number | undefined {
  const value = headers['retry-after'];
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
