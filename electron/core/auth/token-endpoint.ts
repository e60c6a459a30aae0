import * as v from 'valibot';
import { describeIssues } from '../../shared/describe-issues.js';
import type { ExplainedError, HttpRequest } from '../../shared/explained-error.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { Explainer } from '../genesys/explainer.js';
import { NetworkFailure } from '../genesys/http.js';
import type { HttpClient } from '../genesys/http.js';
import type { Endpoints } from '../genesys/regions.js';
import { TokenResponseSchema } from '../genesys/schemas.js';
import type { TokenResponse } from '../genesys/schemas.js';

/** How the token endpoint is reached and its failures worded. */
export interface TokenEndpoint {
  http: HttpClient;
  endpoints: Endpoints;
  explain: Explainer;
}

/** Whether the token endpoint refused the grant itself (400/401), rather than failing to answer. */
export const tokenRefused = (error: ExplainedError): boolean => error.httpStatus === 400 || error.httpStatus === 401;

/**
 * POSTs a form to /oauth/token and reads the token, explaining every way it can fail (its 400/401 bodies
 * are not documented).
 */
export async function requestToken(
  endpoint: TokenEndpoint,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Outcome<TokenResponse>> {
  const { explain } = endpoint;
  const request: HttpRequest = {
    method: 'POST',
    url: `${endpoint.endpoints.loginBase}/oauth/token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body: new URLSearchParams(form).toString(),
  };
  let response;
  try {
    response = await endpoint.http.send(request);
  } catch (error) {
    if (error instanceof NetworkFailure) return fail(explain.network(error, 'token'));
    throw error;
  }
  const exchange = { request, response, action: 'token' } as const;
  if (response.status < 200 || response.status >= 300) return fail(explain.response(exchange));
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return fail(explain.unreadable(exchange, 'The token response is not JSON.'));
  }
  const parsed = v.safeParse(TokenResponseSchema, body);
  if (!parsed.success) {
    const problems = describeIssues(parsed.issues).join('; ');
    return fail(explain.unreadable(exchange, `The token response is missing fields (${problems}).`));
  }
  return ok(parsed.output);
}
