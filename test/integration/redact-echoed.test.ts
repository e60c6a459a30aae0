import { describe, expect, it } from 'vitest';
import { requestToken } from '../../electron/core/auth/token-endpoint.js';
import { catalogExplainer, explainResponse } from '../../electron/core/explain/catalog.js';
import { redactBody, redactText, rememberSecret } from '../../electron/core/explain/redact.js';
import { createHttpClient } from '../../electron/core/genesys/http.js';
import { resolveRegion } from '../../electron/core/genesys/regions.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { startHarness } from '../helpers/sandbox.js';

const SECRET = 'client-secret-4b8f1d2a';
rememberSecret(SECRET);

/** The remembered secret as a server could echo it: in clear, `\u`-escaped, %-encoded, encoded twice. */
const ECHOES: [string, string][] = [
  ['in clear', SECRET],
  ['\\u-escaped', Array.from(SECRET, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
  ['first letter \\u-escaped', `\\u0063${SECRET.slice(1)}`],
  ['%-encoded', Array.from(SECRET, (char) => `%${char.charCodeAt(0).toString(16)}`).join('')],
  ['%-encoded twice', `%2563${SECRET.slice(1)}`],
];

describe('secrets a server echoes', () => {
  it.each(ECHOES)('a remembered secret %s is blanked in text and bodies', (_how, echoed) => {
    expect(redactText(`Invalid client secret ${echoed} for client x`)).not.toContain(SECRET);
    expect(redactBody(JSON.stringify({ message: `bad secret ${echoed}` }))).not.toContain(SECRET);
    expect(redactBody(`error=invalid_client&error_description=${echoed}`)).not.toContain(SECRET);
  });

  it.each(ECHOES)('"Genesys said" never repeats a remembered secret sent %s', (_how, echoed) => {
    const error = explainResponse({
      action: 'dial',
      response: {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: 400, code: 'bad.request', message: `The secret ${echoed} is wrong` }),
      },
    });
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(error.detail).toContain('Genesys said: "The secret [redacted] is wrong"');
  });

  it('a secret-named field in a message is blanked too', () => {
    const error = explainResponse({
      action: 'read',
      response: {
        status: 400,
        headers: {},
        body: JSON.stringify({ status: 400, code: 'bad.request', message: 'client_secret=abc123xyz rejected' }),
      },
    });
    expect(error.detail).not.toContain('abc123xyz');
  });

  it('the Basic value and the tokens a token request sends and receives are remembered', async () => {
    const harness = await startHarness();
    try {
      const endpoints = resolveRegion(harness.emulator.url);
      if (!endpoints.ok) throw new Error('the emulator URL does not resolve');
      const basic = Buffer.from(`${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`).toString('base64');
      const outcome = await requestToken(
        { http: createHttpClient({ timeoutMs: 5000, env: {} }), endpoints: endpoints.value, explain: catalogExplainer },
        { grant_type: 'client_credentials' },
        { authorization: `Basic ${basic}` },
      );
      if (!outcome.ok) throw new Error(outcome.error.detail);
      const token = outcome.value.access_token;
      const clean = redactText(`echo: ${token} / ${basic} / ${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`);
      for (const value of [token, basic, DEMO.serviceClientSecret]) expect(clean).not.toContain(value);
    } finally {
      await harness.close();
    }
  });
});
