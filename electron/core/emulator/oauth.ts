import { createHash, timingSafeEqual } from 'node:crypto';
import { escapeHtml } from '../net/html.js';
import { html, json } from './http-kit.js';
import type { EmulatorRequest, EmulatorResponse } from './http-kit.js';
import type { EmulatorState } from './state.js';

const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');
const oauthError = (status: number, error: string, description: string): EmulatorResponse =>
  json(status, { error, description, error_description: description });

/** Compares secrets in constant time. */
function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Only loopback redirect URIs are registered for the sandbox's native-app client. */
function isLoopback(uri: string): boolean {
  try {
    const url = new URL(uri);
    return (
      url.protocol === 'http:' &&
      (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]')
    );
  } catch {
    return false;
  }
}

/** POST /oauth/token: client credentials (Basic auth), authorization code with PKCE, refresh token. */
export function tokenRoute(request: EmulatorRequest, state: EmulatorState): EmulatorResponse {
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return oauthError(400, 'invalid_request', 'The token request must be application/x-www-form-urlencoded.');
  }
  const form = new URLSearchParams(request.body);
  switch (form.get('grant_type')) {
    case 'client_credentials': {
      const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const [id = '', secret = ''] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(/:(.*)/s) : [];
      const client = state.client(id);
      if (!client?.secret || client.grant !== 'client-credentials' || !sameSecret(secret, client.secret)) {
        return oauthError(401, 'invalid_client', 'Client authentication failed.');
      }
      return json(200, state.issue('client', client.id));
    }
    case 'authorization_code': {
      const code = state.codes.get(form.get('code') ?? '');
      state.codes.delete(form.get('code') ?? '');
      if (!code || code.expiresAt <= state.timing.now())
        return oauthError(400, 'invalid_grant', 'The authorization code is invalid or expired.');
      if (code.clientId !== form.get('client_id') || code.redirectUri !== form.get('redirect_uri'))
        return oauthError(400, 'invalid_grant', 'client_id or redirect_uri does not match the authorization request.');
      if (s256(form.get('code_verifier') ?? '') !== code.challenge)
        return oauthError(
          400,
          'invalid_grant',
          'PKCE verification failed: code_verifier does not match code_challenge.',
        );
      return json(200, state.issue('user', code.clientId, code.userId));
    }
    case 'refresh_token': {
      const refresh = form.get('refresh_token') ?? '';
      const grant = state.refreshTokens.get(refresh);
      if (!grant || grant.clientId !== form.get('client_id'))
        return oauthError(400, 'invalid_grant', 'The refresh token is invalid or revoked.');
      state.refreshTokens.delete(refresh);
      return json(200, state.issue('user', grant.clientId, grant.userId));
    }
    default:
      return oauthError(
        400,
        'unsupported_grant_type',
        `grant_type "${form.get('grant_type') ?? ''}" is not supported.`,
      );
  }
}

/** Validates an authorize request; the page is only shown (and the redirect only made) for a valid one. */
function authorizeProblem(params: URLSearchParams, state: EmulatorState): string | undefined {
  const client = state.client(params.get('client_id') ?? '');
  if (!client || client.grant !== 'pkce') return 'Unknown client_id for agent sign-in.';
  if (params.get('response_type') !== 'code') return 'response_type must be code.';
  if (!isLoopback(params.get('redirect_uri') ?? '')) return 'redirect_uri must be a loopback http://127.0.0.1 address.';
  if (params.get('code_challenge_method') !== 'S256' || !params.get('code_challenge'))
    return 'PKCE with code_challenge_method=S256 is required.';
  return undefined;
}

/** GET /oauth/authorize: a small sign-in page listing the sandbox's agents. */
export function authorizePage(request: EmulatorRequest, state: EmulatorState): EmulatorResponse {
  const problem = authorizeProblem(request.url.searchParams, state);
  if (problem)
    return html(400, `<!doctype html><title>Sign-in error</title><p role="alert">${escapeHtml(problem)}</p>`);
  const hidden = [...request.url.searchParams]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const agents = state.org.users
    .slice(0, 5)
    .map((user) => `<button name="user_id" value="${escapeHtml(user.id)}">Sign in as ${escapeHtml(user.name)}</button>`)
    .join('<br>');
  return html(
    200,
    `<!doctype html><meta charset="utf-8"><title>Genesys Cloud sandbox sign-in</title><body style="font-family:system-ui;margin:3rem"><h1>${escapeHtml(state.org.name)}</h1><p>Sign in to the emulated Genesys Cloud org.</p><form method="post" action="/oauth/authorize">${hidden}${agents}<br><button name="deny" value="1">Cancel</button></form></body>`,
  );
}

/** POST /oauth/authorize: the page's answer; redirects to the loopback URI with a code (or an error) and the state. */
export function authorizeDecision(request: EmulatorRequest, state: EmulatorState): EmulatorResponse {
  const params = new URLSearchParams(request.body);
  const problem = authorizeProblem(params, state);
  if (problem) return html(400, `<!doctype html><p role="alert">${escapeHtml(problem)}</p>`);
  const redirect = new URL(params.get('redirect_uri') ?? '');
  const user = state.user(params.get('user_id') ?? '');
  if (params.get('deny') || !user) {
    redirect.searchParams.set('error', 'access_denied');
  } else {
    const code = state.issueCode({
      clientId: params.get('client_id') ?? '',
      redirectUri: params.get('redirect_uri') ?? '',
      challenge: params.get('code_challenge') ?? '',
      userId: user.id,
    });
    redirect.searchParams.set('code', code);
  }
  if (params.get('state')) redirect.searchParams.set('state', params.get('state') ?? '');
  return { status: 302, headers: { location: redirect.toString() } };
}
