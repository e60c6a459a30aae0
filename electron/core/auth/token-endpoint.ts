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

/** The form fields of a token request that carry a secret (the client's, the agent's or a grant's). */
const SECRET_FIELDS = ['client_secret', 'refresh_token', 'code', 'code_verifier', 'assertion', 'password'];

/**
 * Everything secret a token request sends: the Basic value (encoded and as `id:secret`) and the secret
 * form fields, remembered before sending so an error that echoes them shows none.
 */
function rememberSent(explain: Explainer, form: Record<string, string>, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) {
    const basic = name.toLowerCase() === 'authorization' ? /^basic\s+(\S+)$/i.exec(value.trim()) : null;
    if (!basic?.[1]) continue;
    explain.secret(basic[1]);
    explain.secret(Buffer.from(basic[1], 'base64').toString('utf8'));
  }
  for (const field of SECRET_FIELDS) {
    const value = form[field];
    if (value) explain.secret(value);
  }
}

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
  rememberSent(explain, form, headers);
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
  explain.secret(parsed.output.access_token);
  if (parsed.output.refresh_token) explain.secret(parsed.output.refresh_token);
  return ok(parsed.output);
}
