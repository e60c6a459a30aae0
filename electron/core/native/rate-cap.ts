/**
 * At most `limit` events in any `windowMs`: a page or a broken extension that floods the host is
 * answered `too_many` instead of being turned into a stream of dials.
 */
export class RateCap {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Whether one more event fits now (and counts it when it does). */
  take(): boolean {
    const at = this.now();
    while (this.times.length > 0 && (this.times[0] ?? at) <= at - this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(at);
    return true;
  }
}
