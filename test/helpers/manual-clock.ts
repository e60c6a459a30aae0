import type { Clock } from '../../electron/shared/clock.js';

/** An honest Clock whose time moves only when told; sleeping advances it at once and is recorded. */
export class ManualClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private time = Date.UTC(2026, 10, 27, 9, 0, 0)) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
