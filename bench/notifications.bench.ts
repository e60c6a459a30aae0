import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../electron/shared/clock.js';
import { GenesysEmulator } from '../electron/core/emulator/emulator.js';
import { listeningTo } from '../electron/core/contacts/verbs.js';
import type { SoftdialCore } from '../electron/core/softdial-core.js';
import { benchCore } from './bench-core.js';
import { median, report } from './measure.js';
import { AGENT_DAY, TOKEN_LIMIT_PER_MINUTE, workingDay } from './working-day.js';

/** Scenario time runs this many times faster than the wall clock, for the emulator and the core alike. */
const SPEED = 10;
const CALL_MS = 60_000;
/** softdial's presence poll (30 s), in scenario time: the poll runs on the wall clock. */
const PRESENCE_POLL_MS = 30_000 / SPEED;

/**
 * A clock whose time runs SPEED times faster: a 60 s call takes 6 s and every timing scales with it. The
 * round trip of a GET is not scaled, so 1/s polling shows slightly fewer requests than the 60/min it makes.
 */
function fastClock(): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * SPEED,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / SPEED)),
  };
}

interface Scene {
  emulator: GenesysEmulator;
  core: SoftdialCore;
  clock: Clock;
  close(): Promise<void>;
}

/** An emulator whose calls connect after 2.5 s and end after `callMs`, and a core on behalf of the demo agent. */
async function scene(options: { liveProgress: boolean; callMs?: number }): Promise<Scene> {
  const clock = fastClock();
  const emulator = await GenesysEmulator.start({
    now: () => clock.now(),
    connectAfterMs: 2_500,
    disconnectAfterMs: options.callMs ?? CALL_MS,
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'softdial-bench-'));
  const core = await benchCore(emulator, dataDir, {
    clock,
    liveProgress: options.liveProgress,
    presencePollMs: PRESENCE_POLL_MS,
  });
  return {
    emulator,
    core,
    clock,
    close: async () => {
      await core.close();
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The watcher softdial had before the Notification API: one GET a second until the call is disconnected. */
async function pollEverySecond(s: Scene, conversationId: string): Promise<void> {
  for (;;) {
    const progress = await s.core.callProgress(conversationId);
    if (!progress.ok || progress.value.phase === 'disconnected') return;
    await s.clock.sleep(1_000);
  }
}

/** Places calls, then counts the Genesys requests (HTTP and WebSocket upgrades) spent watching them. */
async function requestsWhileWatching(
  s: Scene,
  calls: number,
  watch: (conversationId: string) => Promise<unknown>,
): Promise<{ total: number; perMinute: number[] }> {
  const ids: string[] = [];
  for (let index = 0; index < calls; index++) {
    const placed = await s.core.dial({ text: `+44 20 7946 ${String(1000 + index)}`, source: 'pad' });
    if (!placed.ok || !placed.value.conversationId) throw new Error('the bench could not place a call');
    ids.push(placed.value.conversationId);
  }
  const before = s.emulator.requests.length;
  const started = s.clock.now();
  const stamps: number[] = [];
  const record = setInterval(() => {
    while (stamps.length < s.emulator.requests.length - before) stamps.push(s.clock.now() - started);
  }, 5);
  await Promise.all(ids.map(watch));
  clearInterval(record);
  while (stamps.length < s.emulator.requests.length - before) stamps.push(s.clock.now() - started);
  const minutes = Math.max(1, Math.ceil((s.clock.now() - started - 1_000) / 60_000));
  const perMinute = Array.from(
    { length: minutes },
    (_, minute) => stamps.filter((at) => at >= minute * 60_000 && at < (minute + 1) * 60_000).length,
  );
  return { total: stamps.length, perMinute };
}

/** Genesys requests spent watching one 60 s call: notification socket against one GET a second. */
async function oneCall(): Promise<void> {
  const polling = await scene({ liveProgress: false });
  const live = await scene({ liveProgress: true });
  const fallback = await scene({ liveProgress: true });
  try {
    // The socket refused throughout: the slow fallback (every 5 s) is the worst case of the new watcher.
    fallback.emulator.notifications.refuse(1_000);
    const [polled, socket, slow] = await Promise.all([
      requestsWhileWatching(polling, 1, (id) => pollEverySecond(polling, id)),
      requestsWhileWatching(live, 1, (id) => live.core.watchCall(id, () => undefined)),
      requestsWhileWatching(fallback, 1, (id) => fallback.core.watchCall(id, () => undefined)),
    ]);
    report(
      'requests watching one 60 s call: socket vs 1/s poll',
      `${(polled.total / socket.total).toFixed(1)}× fewer (${socket.total} vs ${polled.total})`,
      `socket: channel + subscription + socket + 1 GET; socket refused (5 s fallback): ${slow.total}; scenario time ×${SPEED}`,
    );
  } finally {
    await Promise.all([polling.close(), live.close(), fallback.close()]);
  }
}

/** Requests per minute with 10 calls watched at once (2-minute calls): one shared socket against ten pollers. */
async function tenCalls(): Promise<void> {
  const polling = await scene({ liveProgress: false, callMs: 120_000 });
  const live = await scene({ liveProgress: true, callMs: 120_000 });
  try {
    const [polled, socket] = await Promise.all([
      requestsWhileWatching(polling, 10, (id) => pollEverySecond(polling, id)),
      requestsWhileWatching(live, 10, (id) => live.core.watchCall(id, () => undefined)),
    ]);
    const peak = (counts: number[]) => Math.max(...counts);
    report(
      'requests/min, 10 calls watched at once',
      `${peak(socket.perMinute)}/min vs ${peak(polled.perMinute)}/min (peak)`,
      `socket per minute [${socket.perMinute.join(', ')}], 1/s polling [${polled.perMinute.join(', ')}]; token limit 300/min`,
    );
  } finally {
    await Promise.all([polling.close(), live.close()]);
  }
}

const PRESENCES = ['Available', 'Away', 'Busy', 'On Queue', 'Meal'];
const WATCHED = 50;
const CHANGES = 12;

/**
 * Watches 50 contacts' presence while twelve of them change (one every 10 s): the Genesys requests it
 * costs per minute, and how long after a change the window hears of it (scenario seconds).
 */
async function presenceOfFifty(s: Scene): Promise<{ setup: number; perMinute: number; delay: number }> {
  s.emulator.directory.generate(WATCHED);
  const people = s.emulator.directory.people.filter((person) => person.id.startsWith('gen-'));
  const heard = new Map<string, number>();
  const events = listeningTo({
    presence: (changes) => {
      for (const change of changes) {
        const key = `${change.contactId}:${change.presence?.systemPresence ?? ''}`;
        if (!heard.has(key)) heard.set(key, s.clock.now());
      }
    },
  });
  s.core.contacts.attach(events, events);
  const before = s.emulator.requests.length;
  const watched = await s.core.contacts.watchPresence(people.map((person) => `user:${person.id}`));
  if (!watched.ok) throw new Error(watched.error.detail);
  const changed: { key: string; at: number }[] = [];
  // The first 20 s set the watch up (token, first read, channel, subscription, socket); then it runs.
  await s.clock.sleep(20_000);
  const setup = s.emulator.requests.length - before;
  const running = s.clock.now();
  for (let index = 0; index < CHANGES; index++) {
    await s.clock.sleep(10_000);
    const person = people[(index * 7) % people.length];
    if (!person) continue;
    const next = PRESENCES.find((name) => name !== person.presence?.systemPresence) ?? 'Available';
    s.emulator.directory.setPresence(person.id, { systemPresence: next, routingStatus: 'IDLE' }, s.clock.now());
    changed.push({ key: `user:${person.id}:${next}`, at: s.clock.now() });
  }
  await s.clock.sleep(35_000);
  const later = s.emulator.requests.length - before - setup;
  const delays = changed.map(({ key, at }) => ((heard.get(key) ?? Number.NaN) - at) / 1000);
  return {
    setup,
    perMinute: later / ((s.clock.now() - running) / 60_000),
    delay: delays.reduce((sum, delay) => sum + delay, 0) / delays.length,
  };
}

/** Presence of 50 contacts: the notification channel's topics against softdial's 30 s poll. */
async function presenceWatch(): Promise<void> {
  const polling = await scene({ liveProgress: false });
  const live = await scene({ liveProgress: true });
  try {
    const [polled, socket] = await Promise.all([presenceOfFifty(polling), presenceOfFifty(live)]);
    report(
      "requests/min, 50 contacts' presence watched",
      `${socket.perMinute.toFixed(1)}/min vs ${polled.perMinute.toFixed(1)}/min (30 s poll)`,
      `after setting up (socket ${socket.setup} requests: token, 1 GET, channel, subscription, socket; poll ${polled.setup}); a change seen after ${socket.delay.toFixed(2)} s by socket, ${polled.delay.toFixed(1)} s by poll, on average; scenario time ×${SPEED}`,
    );
  } finally {
    await Promise.all([polling.close(), live.close()]);
  }
}

/** An accelerated 8-hour working day with the rate limit on: the peak requests per minute of the one token. */
async function dayUnderTheLimit(): Promise<void> {
  const day = await workingDay(AGENT_DAY);
  report(
    'requests/min/token, a working day (peak)',
    `${(day.peakPerMinute / TOKEN_LIMIT_PER_MINUTE).toFixed(3)} of the limit (${day.peakPerMinute}/${TOKEN_LIMIT_PER_MINUTE})`,
    `target under 1/3; ${day.requests} requests in ${day.minutes} min (${(day.requests / day.minutes).toFixed(1)}/min on average), ${day.calls} calls (${day.followed} followed to their end), ${AGENT_DAY.searchesPerHour} searches/h, ${AGENT_DAY.favourites} favourites live, 429s: ${day.refused}; scenario time ×${AGENT_DAY.speed}`,
  );
}

/**
 * Seconds from a refused subscription (503 on the PUT while the socket stays open) to live progress again,
 * against the channel's own first retry delay measured in the same run.
 */
async function refusedToLive(): Promise<void> {
  const s = await scene({ liveProgress: true, callMs: 600_000 });
  try {
    const placed = await s.core.dial({ text: '+44 20 7946 0999', source: 'pad' });
    if (!placed.ok || !placed.value.conversationId) throw new Error('the bench could not place a call');
    const watching = s.core.watchCall(placed.value.conversationId, () => undefined);
    const connection = s.core.connect();
    if (!connection.ok) throw new Error(connection.error.detail);
    const channel = connection.value.channel;
    if ((await channel.settled()) !== 'live') throw new Error('the channel did not go live');
    const seconds: number[] = [];
    for (let round = 0; round < 5; round++) {
      s.emulator.inject({ method: 'PUT', path: '/api/v2/notifications/channels/*', status: 503 });
      const down = new Promise<number>((resolve) => {
        const listening = channel.onHealth((health) => {
          if (health !== 'down') return;
          listening.stop();
          resolve(performance.now());
        });
      });
      const back = down.then(
        (at) =>
          new Promise<number>((resolve) => {
            const listening = channel.onHealth((health) => {
              if (health !== 'live') return;
              listening.stop();
              resolve((performance.now() - at) / 1000);
            });
          }),
      );
      const watched = await s.core.contacts.watchPresence([`user:user-${String(10 + round)}`]);
      if (!watched.ok) throw new Error(watched.error.detail);
      seconds.push(await back);
    }
    const retrySeconds = 1;
    report(
      'seconds from a refused subscription to live',
      `${median(seconds).toFixed(2)} s (${(median(seconds) / retrySeconds).toFixed(2)}× the first retry)`,
      `median of ${seconds.length} rounds [${seconds.map((value) => value.toFixed(2)).join(', ')}]; socket open throughout, so live again on the next accepted subscription`,
    );
    const call = s.emulator.state.calls.get(placed.value.conversationId);
    if (call) s.emulator.state.hangUp(call);
    await watching;
  } finally {
    await s.close();
  }
}

/** The Notification API benchmarks: what live call progress and presence cost in Genesys requests. */
export async function notificationBenchmarks(): Promise<void> {
  await oneCall();
  await tenCalls();
  await presenceWatch();
  await refusedToLive();
  await dayUnderTheLimit();
}
