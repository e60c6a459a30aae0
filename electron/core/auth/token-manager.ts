import type { Clock } from '../clock.js';
import { ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { TokenResponse } from '../genesys/schemas.js';

/** An access token, or why there is none. */
export type TokenOutcome = Outcome<string>;

/** A way of getting a fresh token (client credentials, or a refresh token from agent sign-in). */
export interface TokenGrant {
  obtain(): Promise<Outcome<TokenResponse>>;
}

/** What the API client needs from token handling: a token, and a way to say one was refused. */
export interface TokenProvider {
  get(): Promise<TokenOutcome>;
  invalidate(accessToken: string): void;
}

/** What the renderer may learn about the sign-in: never the token itself. */
export interface TokenStatus {
  hasToken: boolean;
  expiresAt?: number;
  renewsAt?: number;
}

/** Renew this long before expiry: a tenth of the lifetime, between 30 s and 5 min. */
function renewalMargin(lifetimeMs: number): number {
  return Math.min(300_000, Math.max(30_000, lifetimeMs / 10));
}

/**
 * Keeps one access token in memory and renews it before it expires (from expires_in, never an assumed
 * hour). Concurrent callers share one renewal, so 50 simultaneous dials make one token request.
 */
export class TokenManager implements TokenProvider {
  private current?: { accessToken: string; expiresAt: number; renewsAt: number };
  private pending?: Promise<TokenOutcome>;

  constructor(
    private readonly grant: TokenGrant,
    private readonly clock: Clock,
  ) {}

  /** Takes a token obtained elsewhere (the agent's sign-in). */
  accept(token: TokenResponse): void {
    const now = this.clock.now();
    const lifetime = token.expires_in * 1000;
    this.current = {
      accessToken: token.access_token,
      expiresAt: now + lifetime,
      renewsAt: now + lifetime - renewalMargin(lifetime),
    };
  }

  async get(): Promise<TokenOutcome> {
    if (this.current && this.clock.now() < this.current.renewsAt) return ok(this.current.accessToken);
    this.pending ??= this.renew().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async renew(): Promise<TokenOutcome> {
    const outcome = await this.grant.obtain();
    if (!outcome.ok) {
      this.current = undefined;
      return outcome;
    }
    this.accept(outcome.value);
    return ok(outcome.value.access_token);
  }

  /** Drops the token if it is the one Genesys just refused, so the next get() renews it once. */
  invalidate(accessToken: string): void {
    if (this.current?.accessToken === accessToken) this.current = undefined;
  }

  /** Forgets the token (sign-out). */
  forget(): void {
    this.current = undefined;
  }

  status(): TokenStatus {
    if (!this.current) return { hasToken: false };
    return { hasToken: true, expiresAt: this.current.expiresAt, renewsAt: this.current.renewsAt };
  }
}
