import { afterEach, describe, expect, it } from 'vitest';
import { checkLiveProgress } from '../../electron/core/diagnostics/live-progress-check.js';
import type { CallProgress } from '../../electron/core/dialing/call-progress.js';
import { CHANNELS_PER_OWNER } from '../../electron/core/emulator/notifications.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import type { ExplainedError } from '../../electron/shared/explained-error.js';
import { AGENT_ENV, startHarness } from '../helpers/sandbox.js';
import type { Harness, HarnessOptions } from '../helpers/sandbox.js';
import { scriptedBrowser } from '../helpers/scripted-browser.js';
import { value } from '../helpers/outcome.js';

// What a real org does that the emulator used to hide: one refused topic, a failed subscription on an open
// socket, a colleague on the other end, a call from a queue, and more than 20 desktops on one OAuth client.

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A real-time harness whose calls connect after 300 ms and last `hangUpMs`, reconnecting quickly. */
function liveHarness(hangUpMs = 60_000, more: HarnessOptions = {}): Promise<Harness> {
  return startHarness({
    realTime: true,
    ...more,
    emulator: { connectAfterMs: 300, disconnectAfterMs: hangUpMs, ...more.emulator },
    core: { channelTiming: { backoffMs: 50 }, ...more.core },
  });
}

/** Agent sign-in through the scripted browser. */
async function agentHarness(): Promise<Harness> {
  const h = await liveHarness(60_000, { env: AGENT_ENV, core: { openBrowser: scriptedBrowser() } });
  await h.core.updateSettings({ redirectPort: 0 });
  expect(await h.core.signIn()).toEqual({ ok: true, value: null });
  return h;
}

async function dial(h: Harness, text: string, queueId?: string): Promise<string> {
  const placed = await h.core.dial({ text, source: 'pad', ...(queueId ? { queueId } : {}) });
  return conversationOf(placed);
}

function conversationOf(placed: Awaited<ReturnType<Harness['core']['dial']>>): string {
  if (!placed.ok || !placed.value.conversationId) throw new Error(`dial failed: ${JSON.stringify(placed)}`);
  return placed.value.conversationId;
}

function watch(h: Harness, id: string) {
  const phases: CallProgress[] = [];
  const notices: ExplainedError[] = [];
  const done = h.core.watchCall(id, (progress) => phases.push(progress), {
    onNotice: (notice) => notices.push(notice),
  });
  return { phases, notices, done };
}

const gets = (h: Harness, id: string) => h.emulator.received('GET', `/api/v2/conversations/calls/${id}`).length;
const health = (h: Harness) => value(h.core.connect()).channel.status.health;
const force = (h: Harness, id: string, state: Record<string, unknown>) =>
  fetch(`${h.emulator.url}/__emulator/calls/${id}/state`, { method: 'POST', body: JSON.stringify(state) });

describe('one refused topic', () => {
  it('keeps calls live while the presence Genesys refuses is polled, with the reason', async () => {
    harness = await liveHarness(60_000, { core: { presencePollMs: 100 } });
    const { emulator, core } = harness;
    emulator.notifications.rejectTopics(/^v2\.users\.user-grace\.presence$/, ['directory:user:view']);
    value(await core.contacts.syncNow());
    value(await core.contacts.watchPresence(['user:user-grace', 'user:user-10']));
    const id = await dial(harness, '+442079460958');
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    await expect.poll(() => core.contacts.presenceStatus().polled).toBe(1);
    expect(core.contacts.presenceStatus().reasons.join(' ')).toContain('directory:user:view');
    expect(core.contacts.presenceStatus().live).toBe(1);
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    expect(gets(harness, id)).toBe(1);
    const puts = emulator.requests.filter(
      (request) => request.method === 'PUT' && request.path.endsWith('/subscriptions'),
    );
    expect(puts.every((request) => request.query === '?ignoreErrors=true')).toBe(true);
  });
});

describe('a failed subscription while the socket stays open', () => {
  it('goes back to live once the subscription succeeds, and stops polling the call', async () => {
    harness = await liveHarness();
    const { emulator, core } = harness;
    const id = await dial(harness, '+442079460958');
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    expect(health(harness)).toBe('live');
    emulator.inject({ method: 'PUT', path: '/api/v2/notifications/channels/*', status: 503, times: 1 });
    value(await core.contacts.syncNow());
    value(await core.contacts.watchPresence(['user:user-grace']));
    await expect.poll(() => emulator.faults.pending).toBe(0);
    await expect.poll(() => health(harness as Harness)).toBe('live');
    expect(emulator.notifications.openSockets).toBe(1);
    const settled = gets(harness, id);
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    // Back on the socket: at most the one catch-up read, no polling every 5 s.
    expect(gets(harness, id)).toBeLessThanOrEqual(settled + 1);
  });

  it('goes back to live after v2.system.socket_closing even when a subscription failed meanwhile', async () => {
    harness = await liveHarness(60_000, { emulator: { closingGraceMs: 60_000 } });
    const { emulator, core } = harness;
    const id = await dial(harness, '+442079460958');
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    emulator.inject({ method: 'PUT', path: '/api/v2/notifications/channels/*', status: 503, times: 1 });
    value(await core.contacts.syncNow());
    value(await core.contacts.watchPresence(['user:user-grace']));
    await fetch(`${emulator.url}/__emulator/notifications/socket-closing`, { method: 'POST' });
    await expect.poll(() => health(harness as Harness)).toBe('live');
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
  });
});

describe('a colleague on the other end', () => {
  it('follows a call to an internal extension (callee purpose user) to its end, and hangs it up', async () => {
    harness = await liveHarness(1_500);
    // Grace has only her extension, so the directory contact dials 4201: a colleague, not a number outside.
    const grace = harness.emulator.state.user('user-grace');
    if (grace) grace.phone = '';
    const colleague = () => (harness as Harness).core.dial({ contactId: 'user:user-grace', source: 'contact' });
    const id = conversationOf(await colleague());
    const { phases, done } = watch(harness, id);
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected', disconnectType: 'endpoint' } });
    expect(phases.map((progress) => progress.phase)).toContain('connected');
    expect(gets(harness, id)).toBe(1);
    const second = conversationOf(await colleague());
    expect(await harness.core.hangUp(second)).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    await expect
      .poll(async () =>
        value(await (harness as Harness).core.contacts.recents()).find((call) => call.conversationId === id),
      )
      .toMatchObject({ outcome: 'connected', durationSeconds: expect.any(Number) });
  });
});

describe('a call from a queue', () => {
  it('is followed live with an agent token although the agent joins as purpose agent', async () => {
    harness = await agentHarness();
    const id = await dial(harness, '+442079460958', 'queue-billing');
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
    // One GET to start and one to catch up after subscribing the topic learned from the call, no polling.
    expect(gets(harness, id)).toBeLessThanOrEqual(2);
    const topics = [...harness.emulator.notifications.channels.values()].flatMap((channel) => [...channel.topics]);
    expect(topics).toContain(`v2.users.${DEMO.agentUserId}.conversations.calls`);
  });

  it('is refused, explained, from a queue the agent is not a member of', async () => {
    harness = await liveHarness();
    const placed = await harness.core.dial({ text: '+442079460958', source: 'pad', queueId: 'queue-escalations' });
    expect(placed).toMatchObject({ ok: false, error: { httpStatus: 400, genesysCode: 'bad.request' } });
    expect(placed.ok ? '' : placed.error.detail).toContain('queue-escalations');
  });
});

/** Another desktop on the same OAuth client: a channel with its socket open. */
async function otherDesktop(h: Harness): Promise<WebSocket> {
  const token = await fetch(`${h.emulator.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const created = await fetch(`${h.emulator.url}/api/v2/notifications/channels`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const { connectUri } = (await created.json()) as { connectUri: string };
  const socket = new WebSocket(connectUri);
  await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
  return socket;
}

describe('more than 20 desktops on one OAuth client', () => {
  it('notices being evicted twice without a close code, says so, and falls back to the slow poll', async () => {
    harness = await liveHarness(60_000, { core: { channelTiming: { backoffMs: 50, evictedPauseMs: 60_000 } } });
    const { emulator, core } = harness;
    // What the window hears: the status pushed again on each change of live updates.
    const pushed: ReturnType<typeof core.status>[] = [];
    core.onLiveUpdates(() => pushed.push(core.status()));
    const id = await dial(harness, '+442079460958');
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    const fleet: WebSocket[] = [];
    const created = () => emulator.received('POST', '/api/v2/notifications/channels').length;
    for (let round = 0; round < 2; round++) {
      const before = created();
      for (let index = 0; index < CHANNELS_PER_OWNER; index++) fleet.push(await otherDesktop(harness));
      if (round === 0) await expect.poll(created).toBeGreaterThan(before + CHANNELS_PER_OWNER);
    }
    await expect.poll(() => value(core.connect()).channel.status.problem?.code).toBe('channel_limit');
    expect(health(harness)).toBe('down');
    const settled = created();
    const polls = gets(harness, id);
    await expect.poll(() => gets(harness as Harness, id), { timeout: 15_000 }).toBeGreaterThan(polls);
    expect(created()).toBe(settled);
    expect(core.status().liveUpdatesPaused).toMatchObject({ code: 'channel_limit' });
    expect(pushed.at(-1)?.liveUpdatesPaused).toMatchObject({ code: 'channel_limit' });
    const check = await checkLiveProgress(value(core.connect()).channel, DEMO.agentUserId);
    expect(check).toMatchObject({ ok: false, warning: true });
    expect(check.detail).toContain('20 notification channels');
    for (const socket of fleet) socket.close();
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
  });
});

describe('resume after sleep', () => {
  it('reconnects at once, without waiting out the backoff, and reads the call once more', async () => {
    harness = await liveHarness(60_000, { core: { channelTiming: { backoffMs: 60_000, maxBackoffMs: 60_000 } } });
    const { emulator, core } = harness;
    const id = await dial(harness, '+442079460958');
    const { phases, done } = watch(harness, id);
    await expect.poll(() => phases.map((progress) => progress.phase)).toContain('connected');
    const sockets = () => emulator.requests.filter((request) => request.path.startsWith('/channels/')).length;
    // Asleep: the socket died, and the next try is a minute away.
    await fetch(`${emulator.url}/__emulator/notifications/drop`, { method: 'POST' });
    await expect.poll(() => health(harness as Harness)).toBe('down');
    const before = gets(harness, id);
    await core.resume();
    expect(health(harness)).toBe('live');
    expect(sockets()).toBe(2);
    await expect.poll(() => gets(harness as Harness, id)).toBeGreaterThan(before);
    await force(harness, id, { state: 'disconnected' });
    expect(await done).toMatchObject({ ok: true, value: { phase: 'disconnected' } });
  });
});
