import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

let harness: Harness;
afterEach(async () => harness?.close());

const posts = (h: Harness, userId: string = DEMO.agentUserId) =>
  h.emulator.received('POST', `/api/v2/conversations/calls/user/${userId}`);
const tokenRequests = (h: Harness) => h.emulator.received('POST', '/oauth/token');

describe('dialling on behalf of a user with client credentials', () => {
  it('sends exactly the documented CreateCallRequest to the on-behalf-of endpoint and returns the conversation id', async () => {
    harness = await startHarness({ env: { SOFTDIAL_USER_ID: DEMO.agentUserId } });
    await harness.core.updateSettings({ callerId: '+442079460000', callerIdName: 'Support' });
    const outcome = await harness.core.dial({ text: '020 7946 0958', source: 'pad' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(posts(harness)).toHaveLength(1);
    expect(JSON.parse(posts(harness)[0]?.body ?? '')).toEqual({
      phoneNumber: '+442079460958',
      callerId: '+442079460000',
      callerIdName: 'Support',
    });
    expect(outcome.value.conversationId).toBe([...harness.emulator.state.calls.keys()][0]);
    expect(outcome.value.endpoint).toBe(`/api/v2/conversations/calls/user/${DEMO.agentUserId}`);
  });

  it('dials a number once when it is asked for twice within the guard window, from any source', async () => {
    harness = await startHarness();
    const [first, second, third] = await Promise.all([
      harness.core.dial({ text: '+44 20 7946 0958', source: 'contact' }),
      harness.core.dial({ text: 'tel:+442079460958', source: 'link' }),
      harness.core.dial({ text: '020 7946 0958', source: 'tray' }),
    ]);
    expect(posts(harness)).toHaveLength(1);
    expect(first?.ok && second?.ok && third?.ok).toBe(true);
    if (first?.ok && second?.ok) {
      expect(second.value.conversationId).toBe(first.value.conversationId);
      expect([first.value.shared, second.value.shared]).toEqual([false, true]);
    }
    harness.clock.advance(2_000);
    await harness.core.dial({ text: '+442079460958', source: 'hotkey' });
    expect(posts(harness)).toHaveLength(1);
    harness.clock.advance(1_500);
    await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(posts(harness)).toHaveLength(2);
  });

  it('asks for a token once for 50 concurrent dials of different numbers', async () => {
    harness = await startHarness();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        harness.core.dial({ text: `+44 20 7946 ${String(1000 + i)}`, source: 'pad' }),
      ),
    );
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(posts(harness)).toHaveLength(50);
    expect(tokenRequests(harness)).toHaveLength(1);
  });

  it('renews the token before it expires, using expires_in rather than an assumed hour', async () => {
    harness = await startHarness({ emulator: { tokenLifetimeSeconds: 600 } });
    await harness.core.dial({ text: '+442079460001', source: 'pad' });
    harness.clock.advance(500_000);
    await harness.core.dial({ text: '+442079460002', source: 'pad' });
    expect(tokenRequests(harness)).toHaveLength(1);
    harness.clock.advance(50_000);
    await harness.core.dial({ text: '+442079460003', source: 'pad' });
    expect(tokenRequests(harness)).toHaveLength(2);
    expect(posts(harness)).toHaveLength(3);
  });

  it('renews once and replays on a 401, then explains a second 401', async () => {
    harness = await startHarness();
    await harness.core.dial({ text: '+442079460001', source: 'pad' });
    const path = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;
    harness.emulator.inject({
      method: 'POST',
      path,
      status: 401,
      body: { code: 'bad.credentials', message: 'Invalid login credentials.', status: 401 },
    });
    const replayed = await harness.core.dial({ text: '+442079460002', source: 'pad' });
    expect(replayed.ok).toBe(true);
    expect(tokenRequests(harness)).toHaveLength(2);
    harness.emulator.inject({
      method: 'POST',
      path,
      status: 401,
      times: 2,
      body: { code: 'bad.credentials', message: 'Invalid login credentials.', status: 401 },
    });
    const refused = await harness.core.dial({ text: '+442079460003', source: 'pad' });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toMatchObject({ code: 'signed_out', httpStatus: 401, genesysCode: 'bad.credentials' });
  });

  it('waits out a 429 for its Retry-After, reports the wait, and places the call once', async () => {
    harness = await startHarness();
    harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      status: 429,
      headers: { 'retry-after': '7' },
      body: { code: 'too.many.requests.retry.after', message: 'Rate limit exceeded', status: 429 },
    });
    const waits: number[] = [];
    const outcome = await harness.core.dial({
      text: '+442079460958',
      source: 'pad',
      onWait: (seconds) => waits.push(seconds),
    });
    expect(outcome.ok).toBe(true);
    expect(waits).toEqual([7]);
    expect(harness.clock.sleeps).toContain(7000);
    expect(harness.emulator.state.calls.size).toBe(1);
  });

  it('reports a Retry-After beyond the cap instead of waiting, with the seconds for a countdown', async () => {
    harness = await startHarness();
    harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      status: 429,
      headers: { 'retry-after': '600' },
      body: { code: 'too.many.requests.retry.after', message: 'Rate limit exceeded', status: 429 },
    });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 600, retryable: true });
    expect(posts(harness)).toHaveLength(1);
  });

  it('never retries a POST whose response was lost: says the call may have been placed', async () => {
    harness = await startHarness();
    harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      drop: true,
    });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error).toMatchObject({ code: 'connection_reset', callMayHaveBeenPlaced: true, retryable: false });
      expect(outcome.error.fix[0]).toMatch(/may already be ringing/);
    }
    expect(posts(harness)).toHaveLength(1);
    expect(harness.emulator.state.calls.size).toBe(1);
  });

  it('does not retry a POST answered 504, and says the call may have been placed', async () => {
    harness = await startHarness();
    harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      status: 504,
      act: true,
      body: { code: 'request.timeout', message: 'The request timed out.', status: 504 },
    });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'gateway_timeout', callMayHaveBeenPlaced: true });
    expect(posts(harness)).toHaveLength(1);
  });

  it('treats an unreadable success body as a call that was probably placed', async () => {
    harness = await startHarness();
    harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      malformed: true,
    });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({
      code: 'unexpected_response',
      callMayHaveBeenPlaced: true,
      httpStatus: 200,
    });
  });

  it('retries GETs through 503s with backoff', async () => {
    harness = await startHarness();
    const placed = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    if (!placed.ok || !placed.value.conversationId) throw new Error('dial failed');
    harness.emulator.inject({
      method: 'GET',
      path: `/api/v2/conversations/calls/${placed.value.conversationId}`,
      status: 503,
      times: 2,
      body: { code: 'service.unavailable', status: 503, message: 'Service Unavailable' },
    });
    const progress = await harness.core.callProgress(placed.value.conversationId);
    expect(progress.ok).toBe(true);
    expect(harness.clock.sleeps).toEqual([500, 1000]);
  });

  it('hangs up a call', async () => {
    harness = await startHarness();
    const placed = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    if (!placed.ok || !placed.value.conversationId) throw new Error('dial failed');
    expect(await harness.core.callProgress(placed.value.conversationId)).toMatchObject({
      ok: true,
      value: { phase: 'dialing' },
    });
    expect(await harness.core.hangUp(placed.value.conversationId)).toMatchObject({
      ok: true,
      value: { phase: 'disconnected' },
    });
    expect(
      harness.emulator.received('PATCH', `/api/v2/conversations/calls/${placed.value.conversationId}`),
    ).toHaveLength(0);
    expect(
      harness.emulator.received(
        'PATCH',
        `/api/v2/conversations/calls/${placed.value.conversationId}/participants/${placed.value.conversationId}-agent/user/${DEMO.agentUserId}`,
      ),
    ).toHaveLength(1);
  });
});

describe('Genesys refusals, explained', () => {
  it('explains a user without a station, with the correlation id from the response header', async () => {
    harness = await startHarness({ env: { SOFTDIAL_USER_ID: DEMO.noStationUserId } });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({
      code: 'no_station',
      httpStatus: 400,
      genesysCode: 'conversation.error.no.user.station',
      retryable: false,
    });
    expect(outcome.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(outcome.error.response?.headers['inin-correlation-id']).toBe(outcome.error.correlationId);
    expect(outcome.error.fix.join(' ')).toMatch(/Select a phone/);
  });

  it('names the missing permission', async () => {
    harness = await startHarness({
      env: {
        GENESYSCLOUD_OAUTHCLIENT_ID: DEMO.limitedClientId,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: DEMO.limitedClientSecret,
      },
    });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('missing_permission');
    if (!outcome.ok) {
      expect(outcome.error.detail).toMatch(/conversation:agentlessCall:add/);
      expect(outcome.error.fix.join(' ')).toMatch(/Admin: add a role with conversation:agentlessCall:add/);
    }
  });

  it('explains a station with no active Edge and does not claim the call may be ringing', async () => {
    harness = await startHarness({ env: { SOFTDIAL_USER_ID: DEMO.noEdgeUserId } });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'no_active_edge', httpStatus: 500 });
    expect(!outcome.ok && outcome.error.callMayHaveBeenPlaced).toBeUndefined();
  });

  it('explains rejected client credentials without showing the secret', async () => {
    harness = await startHarness({ env: { GENESYSCLOUD_OAUTHCLIENT_SECRET: 'wrong-secret-value' } });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'credentials_rejected', httpStatus: 401 });
    const serialized = JSON.stringify(outcome);
    expect(serialized).not.toContain('wrong-secret-value');
    expect(serialized).not.toContain(Buffer.from(`${DEMO.serviceClientId}:wrong-secret-value`).toString('base64'));
    expect(serialized).toContain('invalid_client');
  });

  it('explains a wrong region as a DNS failure, before anything was sent', async () => {
    harness = await startHarness({ env: { GENESYSCLOUD_REGION: 'https://api.nonexistent-region.invalid' } });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('dns_failure');
    if (!outcome.ok) expect(outcome.error.fix.join(' ')).toMatch(/region/);
  });

  it('explains a refused connection and says nothing reached Genesys', async () => {
    harness = await startHarness({ env: { GENESYSCLOUD_REGION: 'http://127.0.0.1:9' } });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'connection_refused' });
    if (!outcome.ok) expect(outcome.error.detail).toMatch(/Nothing reached Genesys Cloud/);
  });

  it('refuses to dial an uncertain reading until it is confirmed, and then dials it', async () => {
    harness = await startHarness();
    const text = 'Office +44 20 7946 0958, mobile +44 7400 123456';
    const first = await harness.core.dial({ text, source: 'clipboard' });
    expect(!first.ok && first.error.code).toBe('needs_confirmation');
    expect(!first.ok && first.error.number?.e164).toBe('+442079460958');
    expect(posts(harness)).toHaveLength(0);
    const confirmed = await harness.core.dial({ text, source: 'clipboard', confirmed: true });
    expect(confirmed.ok).toBe(true);
    expect(posts(harness)).toHaveLength(1);
  });

  it('explains a number that cannot be read without contacting Genesys', async () => {
    harness = await startHarness();
    const outcome = await harness.core.dial({ text: 'call me maybe', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({
      code: 'bad_number',
      detail: 'There is no phone number in that text: it has no digits.',
    });
    expect(harness.emulator.requests).toHaveLength(0);
  });

  it('dials a directory contact by id', async () => {
    harness = await startHarness();
    const outcome = await harness.core.dial({ contactId: 'external:ext-3', source: 'contact' });
    expect(outcome.ok && outcome.value.body.phoneNumber).toBe('+33612345678');
    const unknown = await harness.core.dial({ contactId: 'external:nobody', source: 'contact' });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
  });

  it('reads an external contact whose PhoneNumber.extension is an integer, as Genesys sends it', async () => {
    harness = await startHarness();
    const outcome = await harness.core.dial({ contactId: 'external:ext-2', source: 'contact' });
    expect(outcome.ok && outcome.value.body.phoneNumber).toBe('+4930123456');
    expect(outcome.ok && outcome.value.number.extension).toBe('42');
  });

  it("reads a directory user's national number in the country Genesys gives for it, not the agent's", async () => {
    harness = await startHarness({ env: { SOFTDIAL_DEFAULT_REGION: 'GB' } });
    const grace = harness.emulator.state.user('user-grace');
    if (grace) Object.assign(grace, { phone: '030 1234567', phoneCountry: 'DE' });
    const outcome = await harness.core.dial({ contactId: 'user:user-grace', source: 'contact' });
    expect(outcome.ok && outcome.value.body.phoneNumber).toBe('+49301234567');
  });

  it('dials a directory user who has only an internal extension, as the extension', async () => {
    harness = await startHarness();
    const grace = harness.emulator.state.user('user-grace');
    if (grace) grace.phone = '';
    const outcome = await harness.core.dial({ contactId: 'user:user-grace', source: 'contact' });
    expect(outcome.ok && outcome.value.body.phoneNumber).toBe('4201');
    expect(outcome.ok && outcome.value.number.type).toBe('INTERNAL_EXTENSION');
    expect(outcome.ok && outcome.value.conversationId).toBeTruthy();
  });
});

describe('a dial whose answer never comes', () => {
  it('times out after sending, does not retry, and says the call may have been placed', async () => {
    const { createHttpClient } = await import('../../electron/core/genesys/http.js');
    harness = await startHarness({ core: { http: createHttpClient({ timeoutMs: 300, env: {} }) } });
    harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      delayMs: 1500,
    });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({
      code: 'timeout',
      callMayHaveBeenPlaced: true,
      retryable: false,
    });
    expect(posts(harness)).toHaveLength(1);
  });
});

describe('client secrets', () => {
  it('are read from the secret store when the environment has none, and their absence is explained', async () => {
    harness = await startHarness({ env: { GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined } });
    await harness.core.updateSettings({ mode: 'client-credentials' });
    const missing = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!missing.ok && missing.error).toMatchObject({
      code: 'not_configured',
      detail: expect.stringMatching(/No client secret is stored/),
    });
    expect(await harness.core.storeClientSecret(DEMO.serviceClientSecret)).toEqual({ ok: true, value: 'memory' });
    const placed = await harness.core.dial({ text: '+442079460959', source: 'pad' });
    expect(placed.ok).toBe(true);
    expect(await readdirRecursive(harness.dataDir)).not.toContain(DEMO.serviceClientSecret);
  });
});

/** Every file's contents under a folder, concatenated: to prove a secret was written to none of them. */
async function readdirRecursive(dir: string): Promise<string> {
  const { readdir, readFile } = await import('node:fs/promises');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => `${entry.parentPath}/${entry.name}`);
  return (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n');
}
