import { describe, expect, it } from 'vitest';
import { MAX_KEPT_BODY, redactBody, redactRequest, redactResponse } from '../../../electron/core/explain/redact.js';

const CANARY = 'CANARY7f3a9b2e';

/** Bodies that each hide the canary a different way; none may survive redaction. */
const BODIES: [string, string][] = [
  ['JSON access_token', `{"access_token":"${CANARY}","token_type":"bearer"}`],
  ['JSON refresh_token', `{"refresh_token":"${CANARY}"}`],
  ['JSON token', `{"token":"${CANARY}"}`],
  ['JSON accessToken', `{"accessToken":"${CANARY}"}`],
  ['JSON assertion', `{"assertion":"${CANARY}"}`],
  ['JSON client_assertion', `{"client_assertion":"${CANARY}"}`],
  ['JSON client_secret', `{"client_secret":"${CANARY}"}`],
  ['JSON password', `{"Password":"${CANARY}"}`],
  ['JSON X-Api-Key', `{"X-Api-Key":"${CANARY}"}`],
  ['JSON escaped key name', `{"acc\\u0065ss_token":"${CANARY}"}`],
  ['JSON percent-encoded key name', `{"access%5Ftoken":"${CANARY}"}`],
  ['JSON escaped quote inside the token', `{"access_token":"abc\\"${CANARY}"}`],
  ['JSON nested object', `{"auth":{"credentials":{"secret":"${CANARY}"}}}`],
  ['JSON string holding JSON', JSON.stringify({ body: JSON.stringify({ access_token: CANARY }) })],
  ['JSON URL with user:pass@', `{"proxy":"https://agent:${CANARY}@proxy.example:8080/"}`],
  ['JSON URL with a token in the query', `{"next":"https://login.example/cb?code=${CANARY}&state=x"}`],
  ['JSON Authorization without a space', `{"headers":{"Authorization":"Bearer${CANARY}"}}`],
  ['JSON Authorization value elsewhere', `{"note":"Bearer ${CANARY}"}`],
  ['form', `grant_type=client_credentials&client_secret=${CANARY}`],
  ['form with encoded key', `grant_type=authorization_code&co%64e=${CANARY}`],
  ['form assertion', `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=${CANARY}`],
  ['truncated JSON', `{"message":"x","access_token":"${CANARY}`],
  ['truncated JSON, escaped quote', `{"access_token":"a\\"b${CANARY}`],
  ['text with an escaped key', `error: {\\"access_tok\\u0065n\\": \\"${CANARY}\\"`],
  ['text Authorization header', `Authorization: Bearer ${CANARY}`],
  ['text Authorization header without a space', `authorization:Basic${CANARY}`],
  ['text X-Auth-Token', `X-Auth-Token: ${CANARY}`],
  ['text URL with user:pass@', `connect to http://user:${CANARY}@10.0.0.1/ failed`],
  ['HTML with a token', `<html><a href="/cb?code=${CANARY}">continue</a></html>`],
  [
    'long body, token at the cut',
    `{"message":"${'x'.repeat(MAX_KEPT_BODY - 40)}","access_token":"${CANARY}${CANARY}"}`,
  ],
];

describe('redaction', () => {
  it.each(BODIES)('removes a secret hidden as %s', (_name, body) => {
    expect(redactBody(body)).not.toContain(CANARY);
    expect(redactBody(body).length).toBeLessThanOrEqual(MAX_KEPT_BODY);
  });

  it('keeps what support needs: the Genesys code, message and correlation id', () => {
    const body = JSON.stringify({
      message: 'Invalid login credentials.',
      code: 'bad.credentials',
      status: 401,
      contextId: 'c-1',
    });
    expect(JSON.parse(redactBody(body))).toEqual(JSON.parse(body));
  });

  it('blanks secret request headers of every spelling and keeps their scheme', () => {
    const redacted = redactRequest({
      method: 'POST',
      url: `https://user:${CANARY}@api.example/x?access_token=${CANARY}#id_token=${CANARY}`,
      headers: {
        Authorization: `Bearer ${CANARY}`,
        authorization2: `Basic${CANARY}`,
        'X-Api-Key': CANARY,
        'X-Auth-Token': CANARY,
        Cookie: `session=${CANARY}`,
        'Proxy-Authorization': `Basic ${CANARY}`,
        'content-type': 'application/json',
      },
      body: `client_secret=${CANARY}`,
    });
    expect(JSON.stringify(redacted)).not.toContain(CANARY);
    expect(redacted.headers['Authorization']).toBe('Bearer [redacted]');
    expect(redacted.headers['content-type']).toBe('application/json');
  });

  it('blanks tokens in a Location header and keeps the rest of the response', () => {
    const redacted = redactResponse({
      status: 302,
      headers: {
        Location: `http://127.0.0.1:53682/oauth/callback?code=${CANARY}&state=s#access_token=${CANARY}`,
        'Set-Cookie': `s=${CANARY}`,
        'ININ-Correlation-Id': 'corr-1',
      },
      body: '',
    });
    expect(JSON.stringify(redacted)).not.toContain(CANARY);
    expect(redacted.headers['location']).toMatch(/^http:\/\/127\.0\.0\.1:53682\/oauth\/callback\?code=/);
    expect(redacted.headers['inin-correlation-id']).toBe('corr-1');
  });
});
