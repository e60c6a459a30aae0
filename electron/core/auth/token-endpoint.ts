import * as v from 'valibot';
import { explainCode, explainNetworkFailure, explainResponse, explainUnreadableSuccess } from '../explain/catalog.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { NetworkFailure } from '../genesys/http.js';
import type { HttpRequest } from '../../shared/explained-error.js';
import type { HttpClient } from '../genesys/http.js';
import type { Endpoints } from '../genesys/regions.js';
import { TokenResponseSchema } from '../genesys/schemas.js';
import type { TokenResponse } from '../genesys/schemas.js';
import { describeIssues } from '../validation.js';

/** The token endpoint's answer: a token, or an explanation (its 400/401 bodies are not documented). */
export type TokenEndpointOutcome =
  { ok: true; token: TokenResponse } | { ok: false; error: ExplainedError; refused: boolean };

/** POSTs a form to /oauth/token and reads the token, explaining every way it can fail. */
export async function requestToken(
  http: HttpClient,
  endpoints: Endpoints,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<TokenEndpointOutcome> {
  const request: HttpRequest = {
    method: 'POST',
    url: `${endpoints.loginBase}/oauth/token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body: new URLSearchParams(form).toString(),
  };
  let response;
  try {
    response = await http.send(request);
  } catch (error) {
    if (error instanceof NetworkFailure)
      return { ok: false, error: explainNetworkFailure(error, 'token'), refused: false };
    throw error;
  }
  if (response.status === 400 || response.status === 401) {
    return { ok: false, error: explainResponse({ request, response, action: 'token' }), refused: true };
  }
  if (response.status < 200 || response.status >= 300) {
    return { ok: false, error: explainResponse({ request, response, action: 'token' }), refused: false };
  }
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return {
      ok: false,
      error: explainUnreadableSuccess({ request, response, action: 'token' }, 'The token response is not JSON.'),
      refused: false,
    };
  }
  const parsed = v.safeParse(TokenResponseSchema, body);
  if (!parsed.success) {
    return {
      ok: false,
      error: explainUnreadableSuccess(
        { request, response, action: 'token' },
        `The token response is missing fields (${describeIssues(parsed.issues).join('; ')}).`,
      ),
      refused: false,
    };
  }
  return { ok: true, token: parsed.output };
}

/** The error for an agent who has not signed in (or whose refresh token is gone). */
export const signInRequired = (): ExplainedError => explainCode('sign_in_required');
