import type { Clock } from '../../shared/clock.js';

interface Entry<T> {
  startedAt: number;
  settled: boolean;
  outcome: Promise<T>;
}

/**
 * One dial per number per window, whatever the source (double-click, tray, link, hotkey): a request for a
 * number already being dialled, or dialled less than `windowMs` ago, shares the first one's outcome.
 */
export class DialGuard<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly windowMs: () => number,
    private readonly clock: Clock,
  ) {}

  /** Runs `dial` for `key` unless a dial of the same key is in flight or within the window. */
  run(key: string, dial: () => Promise<T>): { outcome: Promise<T>; shared: boolean } {
    const now = this.clock.now();
    this.forgetExpired(now);
    const existing = this.entries.get(key);
    if (existing) return { outcome: existing.outcome, shared: true };
    const entry: Entry<T> = { startedAt: now, settled: false, outcome: dial() };
    this.entries.set(key, entry);
    const settle = (): void => {
      entry.settled = true;
      if (this.windowMs() === 0) this.entries.delete(key);
    };
    entry.outcome.then(settle, settle);
    return { outcome: entry.outcome, shared: false };
  }

  /** Entries are kept in the order they started, so the scan stops at the first one still inside the window. */
  private forgetExpired(now: number): void {
    const window = this.windowMs();
    for (const [key, entry] of this.entries) {
      if (now - entry.startedAt < window) break;
      if (entry.settled) this.entries.delete(key);
    }
  }
}
