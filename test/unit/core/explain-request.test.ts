import { describe, expect, it } from 'vitest';
import { explainBody } from '../../../electron/core/explain/explain-body.js';
import { readSharedRequest } from '../../../electron/core/explain/shared-request.js';
import { resolveRegion } from '../../../electron/core/genesys/regions.js';

const TUTORIAL_CURL = `curl 'https://mypurecloud.com/api/v2/conversations/calls' \\
  -H 'authorization: Bearer abc123' \\
  -H 'content-type: application/json' \\
  --data-raw '{"type":"call","from":{"id":"user-1","type":"user"},"to":{"phoneNumber":"+1-555-123-4567","type":"external"}}' \\
  --compressed`;

describe('softdial explain on a request as people share it', () => {
  it('reads a browser "copy as cURL" command, with $\'…\' bodies and line continuations', () => {
    const read = readSharedRequest(
      `curl 'https://api.mypurecloud.de/api/v2/conversations/calls' \\\n  -H 'Content-Type: application/json' \\\n  --data-raw $'{"phoneNumber":"+49 30 123456\\'"}'`,
    );
    expect(read.ok && read.value).toMatchObject({
      kind: 'curl',
      method: 'POST',
      body: `{"phoneNumber":"+49 30 123456'"}`,
    });
    expect(read.ok && read.value.url.host).toBe('api.mypurecloud.de');
  });

  it('reports every finding in order (host, path, grant, headers, body) and corrects the request for both grants', () => {
    const explanation = explainBody(TUTORIAL_CURL, 'US');
    expect(explanation.kind).toBe('shared-request');
    if (explanation.kind !== 'shared-request') return;
    const areas = explanation.findings.map((finding) => finding.area);
    expect(areas).toEqual(
      [...areas].sort(
        (a, b) =>
          ['host', 'path', 'grant', 'headers', 'body', 'scopes'].indexOf(a) -
          ['host', 'path', 'grant', 'headers', 'body', 'scopes'].indexOf(b),
      ),
    );
    expect(explanation.findings[0]).toMatchObject({ area: 'host', ok: false });
    expect(explanation.findings[0]?.text).toMatch(/use api\.mypurecloud\.com/);
    expect(explanation.findings.some((finding) => finding.area === 'path' && /200.*not 201/.test(finding.text))).toBe(
      true,
    );
    expect(explanation.findings.some((finding) => finding.area === 'body' && /\+15551234567/.test(finding.text))).toBe(
      true,
    );
    const [agent, onBehalf] = explanation.corrected;
    expect(agent?.steps.at(-1)).toContain(
      `'https://api.mypurecloud.com/api/v2/conversations/calls' -H 'Authorization: Bearer <agent access token>'`,
    );
    expect(agent?.steps.at(-1)).toContain(`{"phoneNumber":"+15551234567"}`);
    expect(onBehalf?.steps[0]).toContain('https://login.mypurecloud.com/oauth/token');
    expect(onBehalf?.steps.at(-1)).toContain('/api/v2/conversations/calls/user/user-1');
  });

  it('reads a raw HTTP token request and names the form-field secret, the wrong host and the invented scope', () => {
    const explanation = explainBody(
      'POST /oauth/token HTTP/1.1\r\nHost: api.mypurecloud.de\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials&client_id=a&client_secret=b&scope=conversation:call:write',
    );
    if (explanation.kind !== 'shared-request') throw new Error(explanation.kind);
    const text = (area: string) =>
      explanation.findings
        .filter((finding) => finding.area === area)
        .map((finding) => finding.text)
        .join(' ');
    expect(text('host')).toMatch(/use login\.mypurecloud\.de/);
    expect(text('headers')).toMatch(/Basic base64\(id:secret\)/);
    expect(text('scopes')).toMatch(/conversation:call:write is not a Genesys permission.*conversation:conference:add/);
    expect(text('grant')).toMatch(/not "1 hour"/);
  });

  it('names the tutorial’s mistakes in its code and .env lines', () => {
    const explanation = explainBody(
      [
        'url = f"https://{settings.region}/oauth/token"',
        'data = {"grant_type": "client_credentials", "client_secret": settings.client_secret}',
        'if response.status_code == 201:',
        '# Required Scopes: conversation:call:write',
        'CLIENT_SECRET=abc',
      ].join('\n'),
    );
    expect(explanation.kind).toBe('seed');
    if (explanation.kind !== 'seed') return;
    const all = explanation.findings.join(' ');
    expect(all).toMatch(/login\.<domain>/);
    expect(all).toMatch(/200.*not 201/);
    expect(all).toMatch(/conversation:conference:add/);
    expect(all).toMatch(/keychain/);
    expect(all).toMatch(/Basic base64/);
  });
});

describe('regions as the seed and the SDKs write them', () => {
  it('reads a base URL on a Genesys host as that region, with a note', () => {
    for (const value of ['https://mypurecloud.com', 'https://api.mypurecloud.com/', 'https://login.mypurecloud.com']) {
      const endpoints = resolveRegion(value);
      expect(endpoints).toMatchObject({
        ok: true,
        value: { loginBase: 'https://login.mypurecloud.com', apiBase: 'https://api.mypurecloud.com' },
      });
      expect(endpoints.ok && endpoints.value.note).toMatch(/mypurecloud\.com/);
    }
  });

  it('accepts the SDKs’ region spellings', () => {
    expect(resolveRegion('us_east_1')).toMatchObject({ ok: true, value: { apiBase: 'https://api.mypurecloud.com' } });
    const sdk = resolveRegion('eu_west_2');
    expect(sdk.ok && sdk.value.apiBase).toBe('https://api.euw2.pure.cloud');
    expect(sdk.ok && sdk.value.note).toMatch(/SDKs' spelling/);
  });
});
