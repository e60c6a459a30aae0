/** What one request does to a token's budget: the inin-ratelimit-* headers, and whether it is over. */
export interface LimitVerdict {
  exceeded: boolean;
  headers: Record<string, string>;
}

/**
 * Per-token request counting over fixed one-minute windows, answered in the `inin-ratelimit-allowed`,
 * `-count` and `-reset` headers Genesys sends (observed, not documented), optionally enforced with 429.
 */
export class RateLimits {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();
  /** Requests counted, the most one token made in one window so far, and how many were refused with 429. */
  readonly seen = { total: 0, peakPerMinute: 0, refused: 0 };

  constructor(
    private readonly now: () => number,
    private readonly allowed: number,
    private readonly enforce: boolean,
  ) {}

  count(token: string): LimitVerdict {
    const now = this.now();
    let window = this.windows.get(token);
    if (!window || now - window.startedAt >= 60_000) {
      window = { startedAt: now, count: 0 };
      this.windows.set(token, window);
    }
    window.count++;
    this.seen.total++;
    this.seen.peakPerMinute = Math.max(this.seen.peakPerMinute, window.count);
    const exceeded = this.enforce && window.count > this.allowed;
    if (exceeded) this.seen.refused++;
    const reset = Math.max(1, Math.ceil((window.startedAt + 60_000 - now) / 1000));
    return {
      exceeded,
      headers: {
        'inin-ratelimit-allowed': String(this.allowed),
        'inin-ratelimit-count': String(window.count),
        'inin-ratelimit-reset': String(reset),
      },
    };
  }
}
