import type { Clock } from '../../electron/core/clock.js';

/** A clock whose sleeps wait until the test releases them, so a poller's every round is visible. */
export class GatedClock implements Clock {
  private readonly waiting: (() => void)[] = [];

  now(): number {
    return Date.now();
  }

  sleep(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** How many sleeps are waiting. */
  get pending(): number {
    return this.waiting.length;
  }

  /** Ends every waiting sleep. */
  release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
