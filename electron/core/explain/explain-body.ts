import { errorBodyOf, explainResponse } from './catalog.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { explainSharedRequest } from './explain-request.js';
import type { RequestExplanation } from './explain-request.js';
import { explainSeedText } from './seed-mistakes.js';
import type { SeedExplanation } from './seed-mistakes.js';
import { looksLikeSharedRequest, readSharedRequest } from './shared-request.js';
import { explainCallRequest, isObject } from './call-request.js';
import type { CallRequestExplanation } from './call-request.js';

/** What `softdial explain` found in a pasted body: a request's problems and its corrected form, or an error explained. */
export type BodyExplanation =
  | CallRequestExplanation
  | { kind: 'error'; error: ExplainedError }
  | RequestExplanation
  | SeedExplanation
  | { kind: 'unreadable'; problem: string };

/**
 * Diagnoses what a person pastes: a curl command or raw HTTP request (every finding, corrected for both
 * grants), a Genesys error body explained like a live one, a call request body checked against the
 * documented CreateCallRequest, or tutorial code and .env lines with the seed's mistakes named.
 * A Genesys error body is explained like a live one; a call request is
 * checked against the documented CreateCallRequest, with a corrected body when one can be made.
 */
export function explainBody(text: string, defaultCountry?: string): BodyExplanation {
  if (looksLikeSharedRequest(text)) {
    const request = readSharedRequest(text);
    return request.ok
      ? explainSharedRequest(request.value, defaultCountry)
      : { kind: 'unreadable', problem: `That looks like a request, but ${request.error}.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const seed = explainSeedText(text);
    if (seed) return seed;
    return {
      kind: 'unreadable',
      problem: `That is not JSON (${(error as Error).message}). Paste the request body, the error body, a curl command or a raw HTTP request exactly as sent or received.`,
    };
  }
  if (!isObject(value))
    return { kind: 'unreadable', problem: 'Expected a JSON object: a CreateCallRequest body or a Genesys error body.' };
  const errorBody = errorBodyOf(text);
  const looksLikeRequest = ['phoneNumber', 'to', 'from', 'type'].some((field) => field in value);
  if (errorBody && !looksLikeRequest && (errorBody.code !== undefined || errorBody.message !== undefined)) {
    const status = typeof errorBody.status === 'number' ? errorBody.status : 400;
    return { kind: 'error', error: explainResponse({ response: { status, headers: {}, body: text }, action: 'dial' }) };
  }
  return explainCallRequest(value, defaultCountry);
}
