import { afterEach, describe, expect, it } from 'vitest';
import type { CallProgress } from '../../electron/core/dialing/call-progress.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import type { ExplainedError } from '../../electron/shared/explained-error.js';
import { AGENT_ENV, startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { scriptedBrowser } from '../helpers/scripted-browser.js';

let harness: Harness;
afterEach(async () => harness?.close());

/** A real-time harness whose calls connect after 300 ms and whose customer hangs up after `hangUpMs`. */
async function liveHarness(hangUpMs = 1_500, more: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  return startHarness({
    realTime: true,
    emulator: { connectAfterMs: 300, disconnectAfterMs: hangUpMs, ...more.emulator },
    ...(more.core ? { core: more.core } : {}),
    ...(more.env ? { env: more.env } : {}),
  });
}

async function placeCall(h: Harness, text = '+442079460958'): Promise<string> {
  const placed = await h.core.dial({ text, source: 'pad' });
  if (!placed.ok || !placed.value.conversationId) throw new Error('dial failed');
  return placed.value.conversationId;
}

const gets = (h: Harness, id: string) => h.emulator.received('GET', `/api/v2/conversations/calls/${id}`).length;

/** Starts a watch and collects what it reports. */
function watch(h: Harness, id: string, options: { unknownLimitMs?: number } = {}) {
  const phases: CallProgress[] = [];
  const notices: ExplainedError[] = [];
  const done = h.core.watchCall(id, (progress) => phases.push(progress), {
    ...options,
    onNotice: (notice) => notices.push(notice),
  });
  return { phases, notices, done };
}

const force = (h: Harness, id: string, state: Record<string, unknown>) =>
  fetch(`${h.emulator.url}/__emulator/calls/${id}/state`, { method: 'POST', body: JSON.stringify(state) });

describe('live call progress through the Notification API', () => {
  it('follows a call by socket from dialing to the customer hanging up, with one GET in all', async () => {
    harness = await liveHarness();
    const id = await placeCall(harness);
    const { phases, done } = watch(harness, id);
    const last = await done;
    // Every change arrives in order; how many of the early ones a loaded machine sees first depends on timing.
    const order = ['dialing', 'contacting', 'connected', 'disconnected'];
    const seen = phases.map((progress) => progress.phase);
    expect(seen.slice(-2)).toEqual(['connected', 'disconnected']);
    expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(last).toMatchObject({ ok: true, value: { phase: 'disconnected', disconnectType: 'endpoint' } });
    expect(gets(harness, id)).toBe(1);
    expect(harness.emulator.received('POST', '/api/v2/notifications/channels')).toHaveLength(1);
  });

  it('shares one channel and one socket between calls watched at once', async () => {
    harness = await liveHarness();
    const first = watch(harness, await placeCall(harness, '+442079460958'));
    const second = watch(harness, await placeCall(harness, '+442079460959'));
    await Promise.all([first.done, second.done]);
    expect(first.phases.at(-1)?.phase).toBe('disconnected');
    expect(second.phases.at(-1)?.phase).toBe('disconnected');
    expect(harness.emulator.received('POST', '/api/v2/notifications/channels')).toHaveLength(1);
    expect(harness.emulator.requests.filter((request) => request.path.startsWith('/channels/'))).toHaveLength(1);
  });

  it('falls back to polling when the socket drops mid-call, and stops polling once it is back', async () => {
    harness = await liveHarness(60_000, { core: { channelTiming: { backoffMs: 50 } } });
    const id = await placeCall(harness);
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    const before = gets(harness, id);
    await fetch(`${harness.emulator.url}/__emulator/notifications/refuse?times=2`, { method: 'POST' });
    await fetch(`${harness.emulator.url}/__emulator/notifications/drop`, { method: 'POST' });
    await expect.poll(() => gets(harness, id)).toBeGreaterThan(before);
    await expect.poll(() => harness.emulator.notifications.openSockets, { timeout: 10_000 }).toBe(1);
    const afterResume = gets(harness, id);
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    expect(gets(harness, id)).toBeLessThanOrEqual(afterResume + 1);
    expect(harness.emulator.requests.filter((request) => request.path.startsWith('/channels/')).length).toBeGreaterThan(
      1,
    );
  });

  it('reconnects on v2.system.socket_closing before the old socket closes, without polling', async () => {
    harness = await liveHarness(60_000, { emulator: { closingGraceMs: 60_000 } });
    const id = await placeCall(harness);
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    const sockets = () => harness.emulator.requests.filter((request) => request.path.startsWith('/channels/')).length;
    await fetch(`${harness.emulator.url}/__emulator/notifications/socket-closing`, { method: 'POST' });
    await expect.poll(sockets).toBe(2);
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    expect(gets(harness, id)).toBe(1);
  });

  it('moves to a new channel before the old one’s life ends, without polling', async () => {
    harness = await liveHarness(60_000, {
      emulator: { channelLifetimeMs: 1_500 },
      core: { channelTiming: { renewBeforeMs: 1_000 } },
    });
    const id = await placeCall(harness);
    const { phases, done } = watch(harness, id);
    await expect
      .poll(() => harness.emulator.received('POST', '/api/v2/notifications/channels').length)
      .toBeGreaterThan(1);
    await expect.poll(() => harness.emulator.notifications.openSockets).toBe(1);
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    expect(phases.at(-1)?.phase).toBe('disconnected');
    expect(gets(harness, id)).toBe(1);
  });

  it('ends the watch on terminated', async () => {
    harness = await liveHarness(60_000);
    const id = await placeCall(harness);
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.length).toBeGreaterThan(0);
    await force(harness, id, { state: 'terminated' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected', state: 'terminated' } });
  });

  it('ends a watch that sees only unknown states after a bounded time, explained', async () => {
    harness = await liveHarness(60_000);
    const id = await placeCall(harness);
    const { phases, done } = watch(harness, id, { unknownLimitMs: 400 });
    await expect.poll(() => phases.length).toBeGreaterThan(0);
    await force(harness, id, { state: 'parked' });
    const outcome = await done;
    expect(outcome).toMatchObject({ ok: false, error: { code: 'call_state_unknown' } });
    if (!outcome.ok) expect(outcome.error.detail).toMatch(/parked/);
    expect(phases.at(-1)).toMatchObject({ phase: 'unknown', state: 'parked' });
  });

  it('reads every state of the real enum that fault injection forces', async () => {
    harness = await liveHarness(60_000);
    const id = await placeCall(harness);
    for (const state of ['alerting', 'offering', 'converting', 'uploading', 'transmitting', 'none', 'somethingNew']) {
      await force(harness, id, { state });
      const progress = await harness.core.callProgress(id);
      expect(progress.ok && progress.value.state).toBe(state.toLowerCase());
    }
  });

  it('names the missing permission when the subscription is rejected, and polls instead', async () => {
    harness = await liveHarness(1_000);
    const client = harness.emulator.state.client(DEMO.serviceClientId);
    if (client) client.permissions = client.permissions.filter((permission) => permission !== 'conversation:call:view');
    const id = await placeCall(harness);
    const { phases, notices, done } = watch(harness, id);
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    expect(phases.at(-1)?.phase).toBe('disconnected');
    expect(notices[0]).toMatchObject({ code: 'missing_permission' });
    expect(notices[0]?.detail).toMatch(/conversation:call:view/);
  });

  it('closes the socket once nothing is watched for a while', async () => {
    harness = await liveHarness(600, { core: { channelTiming: { idleCloseMs: 100 } } });
    await watch(harness, await placeCall(harness)).done;
    await expect.poll(() => harness.emulator.notifications.openSockets).toBe(0);
  });
});

describe('hang-up as Genesys accepts it', () => {
  it('refuses the whole-call PATCH to a client-credentials token, as Genesys does', async () => {
    harness = await liveHarness(60_000);
    const id = await placeCall(harness);
    const token = await fetch(`${harness.emulator.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    }).then((response) => response.json() as Promise<{ access_token: string }>);
    const response = await fetch(`${harness.emulator.url}/api/v2/conversations/calls/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'disconnected' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'not.a.user' });
  });

  it('hangs up on behalf of the user through the participant endpoint, and the watch ends', async () => {
    harness = await liveHarness(60_000);
    const id = await placeCall(harness);
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.length).toBeGreaterThan(0);
    expect(await harness.core.hangUp(id)).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    expect(
      harness.emulator.received(
        'PATCH',
        `/api/v2/conversations/calls/${id}/participants/${id}-agent/user/${DEMO.agentUserId}`,
      ),
    ).toHaveLength(1);
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected', disconnectType: 'peer' } });
  });

  it.each([
    ['a Conversation with the state in calls[]', undefined],
    ['202 with no body', { status: 202, act: true, body: '' }],
  ])('hangs up the whole call with an agent token, answered with %s, and never reads unknown', async (_name, fault) => {
    harness = await liveHarness(60_000, {
      env: AGENT_ENV,
      core: { openBrowser: scriptedBrowser() },
    });
    await harness.core.updateSettings({ redirectPort: 0 });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    const id = await placeCall(harness);
    if (fault) harness.emulator.inject({ method: 'PATCH', path: `/api/v2/conversations/calls/${id}`, ...fault });
    const hungUp = await harness.core.hangUp(id);
    expect(hungUp).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    expect(harness.emulator.received('PATCH', `/api/v2/conversations/calls/${id}`)).toHaveLength(1);
    expect((await harness.core.callProgress(id)).ok && harness.emulator.state.calls.get(id)?.ended).toBeTruthy();
  });
});
