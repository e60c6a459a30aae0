import { domainOf } from '../genesys/regions.js';
import { describePermissions, permissionsFor } from '../genesys/permissions.js';
import { explainCallRequest } from './call-request.js';
import type { SharedRequest } from './shared-request.js';

/** Where in a request a finding is: reported in this order, the order a request is built in. */
export const FINDING_AREAS = ['host', 'path', 'grant', 'headers', 'body', 'scopes'] as const;
/** One area of a request. */
export type FindingArea = (typeof FINDING_AREAS)[number];

/** One problem (or confirmation) found in a shared request. */
export interface Finding {
  area: FindingArea;
  ok: boolean;
  text: string;
}

/** A request as it should be sent, for one grant. */
export interface CorrectedRequest {
  grant: 'agent sign-in (Authorization Code + PKCE)' | 'client credentials, on behalf of a user';
  steps: string[];
}

/** What `softdial explain` says about a shared request. */
export interface RequestExplanation {
  kind: 'shared-request';
  findings: Finding[];
  corrected: CorrectedRequest[];
}

const SCOPE_WORDS = /conversation:call:(write|read)/g;
const TOKEN_PATH = '/oauth/token';
const CALLS = /^\/api\/v2\/conversations\/calls(?:\/user\/([^/]+))?\/?$/;

const header = (request: SharedRequest, name: string): string | undefined =>
  request.headers.find(([key]) => key === name)?.[1];

/** The Genesys domain the request meant, from its host, or undefined for a host that is not Genesys's. */
function hostFindings(request: SharedRequest, findings: Finding[]): string | undefined {
  const host = request.url.hostname.toLowerCase();
  const domain = domainOf(host);
  const isToken = request.url.pathname.startsWith(TOKEN_PATH);
  const wanted = domain ? `${isToken ? 'login' : 'api'}.${domain}` : undefined;
  if (/[{}]|%7b/i.test(request.url.href))
    findings.push({ area: 'host', ok: false, text: 'The URL still has a {placeholder}: put the region domain in it.' });
  if (!domain) {
    findings.push({
      area: 'host',
      ok: false,
      text: `${host} is not a Genesys Cloud host. Sign-in goes to https://login.<domain> and the API to https://api.<domain>, where <domain> is your region's (mypurecloud.com, mypurecloud.de, usw2.pure.cloud…).`,
    });
    return undefined;
  }
  if (request.url.protocol !== 'https:')
    findings.push({
      area: 'host',
      ok: false,
      text: `Genesys Cloud answers on https only, not ${request.url.protocol}.`,
    });
  findings.push(
    host === wanted
      ? { area: 'host', ok: true, text: `${host} is the right host for ${isToken ? 'sign-in' : 'the API'}.` }
      : {
          area: 'host',
          ok: false,
          text: `${host} is not where Genesys serves ${isToken ? '/oauth/token' : '/api/v2'}: use ${wanted}. The tutorial's https://{region}/… with region "${domain}" reaches neither; login.${domain} signs in, api.${domain} serves the API.`,
        },
  );
  return domain;
}

/** Findings for a token request: grant, client authentication, scopes that are not Genesys's. */
function tokenFindings(request: SharedRequest, findings: Finding[]): void {
  const form = new URLSearchParams(request.body ?? '');
  const grant = form.get('grant_type');
  findings.push({
    area: 'path',
    ok: true,
    text: `POST ${TOKEN_PATH} is the token endpoint (grant ${grant ?? 'missing'}).`,
  });
  if (grant === 'client_credentials')
    findings.push({
      area: 'grant',
      ok: true,
      text: 'A client-credentials token has no user: it cannot use POST /api/v2/conversations/calls (400 not.a.user); place calls with POST /api/v2/conversations/calls/user/{userId}. Tokens live as long as the OAuth client says (expires_in, 24 h by default), not "1 hour".',
    });
  if (request.method !== 'POST')
    findings.push({ area: 'path', ok: false, text: `The token endpoint takes POST, not ${request.method}.` });
  const basic = /^basic\s/i.test(header(request, 'authorization') ?? '');
  if (form.has('client_secret') || !basic)
    findings.push({
      area: 'headers',
      ok: false,
      text: `Send the client id and secret as Authorization: Basic base64(id:secret) (documented); client_id/client_secret in the form is not documented by Genesys. ${form.has('client_secret') ? 'This request carries the secret in its body: rotate it if it was shared.' : ''}`.trim(),
    });
  if (!(header(request, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded'))
    findings.push({
      area: 'headers',
      ok: false,
      text: 'The token request body must be application/x-www-form-urlencoded.',
    });
}

/** Findings for a call request: endpoint for the grant, headers, the body's shape. */
function callFindings(
  request: SharedRequest,
  findings: Finding[],
  defaultCountry?: string,
): { body?: Record<string, unknown>; userId?: string } {
  const path = request.url.pathname;
  const match = CALLS.exec(path);
  const listed = permissionsFor('POST', path)?.any ?? [];
  if (!match || request.method !== 'POST') {
    findings.push({
      area: 'path',
      ok: false,
      text: `${request.method} ${path} does not place a call: POST /api/v2/conversations/calls (agent) or POST /api/v2/conversations/calls/user/{userId} (client credentials) does.`,
    });
  } else {
    findings.push({
      area: 'path',
      ok: true,
      text: `POST ${path} places a call; Genesys answers 200 with {id, name, selfUri} (not 201: a check for 201 reports every success as a failure).`,
    });
    findings.push(
      match[1]
        ? {
            area: 'grant',
            ok: true,
            text: `/calls/user/${match[1]} is for client credentials on behalf of user ${match[1]} (permission ${describePermissions(listed)} on the OAuth client).`,
          }
        : {
            area: 'grant',
            ok: true,
            text: `/calls needs a user's token (agent sign-in, permission ${describePermissions(listed)}): with a client-credentials token Genesys answers 400 not.a.user. For client credentials use /calls/user/{userId}.`,
          },
    );
  }
  const authorization = header(request, 'authorization') ?? '';
  if (!/^bearer\s+\S+/i.test(authorization))
    findings.push({
      area: 'headers',
      ok: false,
      text: 'The API needs Authorization: Bearer <access token> (from /oauth/token).',
    });
  if (!(header(request, 'content-type') ?? '').toLowerCase().startsWith('application/json'))
    findings.push({
      area: 'headers',
      ok: false,
      text: 'Send Content-Type: application/json (Genesys answers 415 otherwise).',
    });
  if (header(request, 'cookie'))
    findings.push({
      area: 'headers',
      ok: false,
      text: 'A browser cookie was copied along: the API ignores it; leave it out when sharing (it signs you in).',
    });
  if (request.body === undefined) {
    findings.push({ area: 'body', ok: false, text: 'There is no body: send {"phoneNumber":"+13175551234"}.' });
    return {};
  }
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    findings.push({ area: 'body', ok: false, text: 'The body is not JSON.' });
    return {};
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    findings.push({ area: 'body', ok: false, text: 'The body must be a JSON object (a CreateCallRequest).' });
    return {};
  }
  const checked = explainCallRequest(body as Record<string, unknown>, defaultCountry);
  for (const text of checked.findings) findings.push({ area: 'body', ok: checked.ok, text });
  const userId = /\/calls\/user\/([^/]+)$/.exec(checked.endpoint ?? '')?.[1];
  return { ...(checked.correctedBody ? { body: checked.correctedBody } : {}), ...(userId ? { userId } : {}) };
}

/** The request for both grants, as curl commands with placeholders for what only the reader knows. */
function correctedFor(domain: string, body: Record<string, unknown>, userId: string | undefined): CorrectedRequest[] {
  const json = JSON.stringify(body);
  const call = (path: string, token: string) =>
    `curl -X POST 'https://api.${domain}${path}' -H 'Authorization: Bearer ${token}' -H 'Content-Type: application/json' --data '${json}'`;
  return [
    {
      grant: 'agent sign-in (Authorization Code + PKCE)',
      steps: [
        `Sign in at https://login.${domain}/oauth/authorize (response_type=code, code_challenge_method=S256), exchange the code at https://login.${domain}/oauth/token with code_verifier; no secret.`,
        call('/api/v2/conversations/calls', '<agent access token>'),
      ],
    },
    {
      grant: 'client credentials, on behalf of a user',
      steps: [
        `curl -X POST 'https://login.${domain}/oauth/token' -u '<client id>:<client secret from the keychain or environment, never a file>' -H 'Content-Type: application/x-www-form-urlencoded' --data 'grant_type=client_credentials'`,
        call(`/api/v2/conversations/calls/user/${userId ?? '<userId>'}`, '<client access token>'),
      ],
    },
  ];
}

/**
 * Diagnoses a request as people share it (curl or raw HTTP): every finding in the order a request is
 * built (host, path, grant against the endpoint, headers, body, scopes), and the corrected request for
 * both grants.
 */
export function explainSharedRequest(request: SharedRequest, defaultCountry?: string): RequestExplanation {
  const findings: Finding[] = [];
  const domain = hostFindings(request, findings) ?? 'mypurecloud.com';
  const isToken = request.url.pathname.startsWith(TOKEN_PATH);
  let body: Record<string, unknown> = { phoneNumber: '+13175551234' };
  let userId = CALLS.exec(request.url.pathname)?.[1];
  if (isToken) tokenFindings(request, findings);
  else {
    const corrected = callFindings(request, findings, defaultCountry);
    body = corrected.body ?? body;
    userId ??= corrected.userId;
  }
  const text = `${request.url.href} ${request.headers.map(([, value]) => value).join(' ')} ${request.body ?? ''}`;
  const scopes = [...new Set([...text.matchAll(SCOPE_WORDS)].map((match) => match[0]))];
  if (scopes.length > 0)
    findings.push({
      area: 'scopes',
      ok: false,
      text: `${scopes.join(', ')} ${scopes.length > 1 ? 'are' : 'is'} not a Genesys permission or scope. Placing a call lists ${describePermissions(permissionsFor('POST', '/api/v2/conversations/calls')?.any ?? [])} (agent) or ${describePermissions(permissionsFor('POST', '/api/v2/conversations/calls/user/x')?.any ?? [])} (client credentials, on the OAuth client's role).`,
    });
  const order = (finding: Finding): number => FINDING_AREAS.indexOf(finding.area);
  return {
    kind: 'shared-request',
    findings: findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => order(a.finding) - order(b.finding) || a.index - b.index)
      .map(({ finding }) => finding),
    corrected: correctedFor(domain, body, userId),
  };
}
