import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../electron/core/clock.js';
import { GenesysEmulator } from '../electron/core/emulator/emulator.js';
import type { SoftdialCore } from '../electron/core/softdial-core.js';
import { benchCore } from './bench-core.js';
import { report } from './measure.js';

/** Scenario time runs this many times faster than the wall clock, for the emulator and the core alike. */
const SPEED = 10;
const CALL_MS = 60_000;

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
  const core = await benchCore(emulator, dataDir, { clock, liveProgress: options.liveProgress });
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

/** The Notification API benchmarks: what live call progress costs in Genesys requests. */
export async function notificationBenchmarks(): Promise<void> {
  await oneCall();
  await tenCalls();
}
