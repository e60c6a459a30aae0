import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../electron/shared/clock.js';
import { GenesysEmulator } from '../electron/core/emulator/emulator.js';
import { benchCore } from './bench-core.js';

/** Genesys's documented budget of one token (`token.rate.per.minute`). */
export const TOKEN_LIMIT_PER_MINUTE = 300;

/** What a working day holds, per hour; the busiest hour doubles the dials. */
export interface WorkingDay {
  hours: number;
  /** Scenario time runs this many times faster than the wall clock. */
  speed: number;
  dialsPerHour: number;
  searchesPerHour: number;
  /** Favourites whose presence the window keeps fresh all day. */
  favourites: number;
  /** Presence changes among the favourites per hour. */
  presenceChangesPerHour: number;
  callMs: number;
}

/** An agent's day: a call every five minutes, three minutes each, twenty searches an hour, thirty favourites. */
export const AGENT_DAY: WorkingDay = {
  hours: 8,
  speed: 600,
  dialsPerHour: 12,
  searchesPerHour: 20,
  favourites: 30,
  presenceChangesPerHour: 30,
  callMs: 180_000,
};

/** What the day cost in Genesys requests, per token and minute as Genesys counts them. */
export interface DayFigures {
  /** Authenticated API requests (what the limit counts). */
  requests: number;
  minutes: number;
  /** The most requests one token made within one of Genesys's one-minute windows. */
  peakPerMinute: number;
  /** Requests refused with 429. */
  refused: number;
  calls: number;
  /** Calls whose watch ended on disconnected (all of them, when the day went well). */
  followed: number;
}

/** A clock `speed` times faster than the wall clock, shared by the emulator and the core. */
function fastClock(speed: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * speed,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / speed)),
  };
}

const NAMES = ['ada', 'grace', 'love', 'hopper', 'knuth', 'lamport', 'wirth', 'liskov', 'ritchie', 'cerf'];
const PRESENCES = ['Available', 'Away', 'Busy', 'Meal', 'Available'];

/**
 * Runs an accelerated working day against the emulator with Genesys's rate limit on (300 per token and
 * minute, 429 past it): dials watched to their end, directory searches at Genesys (the directory is too large
 * to sync), and the favourites' presence kept fresh, minute by minute of scenario time.
 */
export async function workingDay(day: WorkingDay): Promise<DayFigures> {
  const clock = fastClock(day.speed);
  const emulator = await GenesysEmulator.start({
    now: () => clock.now(),
    connectAfterMs: 2_500,
    disconnectAfterMs: day.callMs,
    rateLimitPerMinute: TOKEN_LIMIT_PER_MINUTE,
    enforceRateLimit: true,
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'softdial-day-'));
  const core = await benchCore(emulator, dataDir, { clock, presencePollMs: 30_000 / day.speed });
  try {
    emulator.directory.generate(3_000);
    const settings = await core.updateSettings({ directoryMaxUsers: 1_000 });
    if (!settings.ok) throw new Error(settings.error.detail);
    await core.contacts.syncNow();
    const favourites = emulator.directory.people.slice(0, day.favourites);
    const watched = await core.contacts.watchPresence(favourites.map((person) => `user:${person.id}`));
    if (!watched.ok) throw new Error(watched.error.detail);
    const watches: Promise<boolean>[] = [];
    const busiest = Math.floor(day.hours / 2);
    for (let minute = 0; minute < day.hours * 60; minute++) {
      const hour = Math.floor(minute / 60);
      const dials = day.dialsPerHour * (hour === busiest ? 2 : 1);
      if ((minute * dials) % 60 < dials) {
        const placed = await core.dial({ text: `+44 20 7946 ${String(1000 + minute)}`, source: 'pad' });
        if (placed.ok && placed.value.conversationId)
          watches.push(
            core
              .watchCall(placed.value.conversationId, () => undefined)
              .then((outcome) => outcome.ok && outcome.value.phase === 'disconnected'),
          );
      }
      if ((minute * day.searchesPerHour) % 60 < day.searchesPerHour)
        await core.contacts.search(`${NAMES[minute % NAMES.length] ?? 'ada'} ${String(minute % 7)}`, `day-${minute}`);
      if ((minute * day.presenceChangesPerHour) % 60 < day.presenceChangesPerHour) {
        const person = favourites[minute % favourites.length];
        if (person)
          emulator.directory.setPresence(
            person.id,
            { systemPresence: PRESENCES[minute % PRESENCES.length] ?? 'Available', routingStatus: 'IDLE' },
            clock.now(),
          );
      }
      await clock.sleep(60_000);
    }
    const followed = (await Promise.all(watches)).filter(Boolean).length;
    return {
      requests: emulator.limits.seen.total,
      minutes: day.hours * 60,
      peakPerMinute: emulator.limits.seen.peakPerMinute,
      refused: emulator.limits.seen.refused,
      calls: watches.length,
      followed,
    };
  } finally {
    await core.close();
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
