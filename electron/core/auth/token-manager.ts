import type { Clock } from '../../shared/clock.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { TokenResponse } from '../genesys/schemas.js';
import type { Explainer } from '../genesys/explainer.js';
import type { TokenProvider } from '../genesys/api.js';

/** An access token, or why there is none. */
export type TokenOutcome = Outcome<string>;

/** A way of getting a fresh token (client credentials, or a refresh token from agent sign-in). */
export interface TokenGrant {
  obtain(): Promise<Outcome<TokenResponse>>;
}

/** What the renderer may learn about the sign-in: never the token itself. */
export interface TokenStatus {
  hasToken: boolean;
  expiresAt?: number;
  /** When softdial renews the token by itself (absent when it cannot). */
  renewsAt?: number;
  /** When the sign-in ends and the agent must sign in again (a token that cannot be renewed silently). */
  signInEndsAt?: number;
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
  private current?: { accessToken: string; expiresAt: number; renewsAt: number; renewable: boolean; idlesAt?: number };
  private pending?: Promise<TokenOutcome>;
  /** When the last sign-in that could not be renewed ended, to say so instead of "sign in". */
  private ended?: number;
  /** Told after each silent renewal (a new token has its own idle deadline to read). */
  private readonly renewedListeners = new Set<() => void>();

  constructor(
    private readonly grant: TokenGrant,
    private readonly clock: Clock,
    private readonly explain: Pick<Explainer, 'code'>,
  ) {}

  /**
   * Takes a token obtained elsewhere (the agent's sign-in). `renewable`: whether the grant can renew it
   * silently (a refresh token came with it); a PKCE token without one is used until it ends.
   */
  accept(token: TokenResponse, renewable = true): void {
    const now = this.clock.now();
    const lifetime = token.expires_in * 1000;
    this.ended = undefined;
    this.current = {
      accessToken: token.access_token,
      expiresAt: now + lifetime,
      renewsAt: now + lifetime - renewalMargin(lifetime),
      renewable,
    };
  }

  /** Records when Genesys says the token idles out (tokens/me dateTokenIdles), which may come before expiry. */
  noteIdlesAt(idlesAt: number): void {
    if (this.current) this.current.idlesAt = idlesAt;
  }

  async get(): Promise<TokenOutcome> {
    const now = this.clock.now();
    if (this.current && now < this.current.renewsAt) return ok(this.current.accessToken);
    if (this.current && !this.current.renewable && now < this.current.expiresAt) return ok(this.current.accessToken);
    this.pending ??= this.renew().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async renew(): Promise<TokenOutcome> {
    const outcome = await this.grant.obtain();
    if (!outcome.ok) {
      const current = this.current;
      // A renewal that failed early leaves a token that still works: keep using it until it ends.
      if (current && this.clock.now() < current.expiresAt) return ok(current.accessToken);
      if (current) this.ended = current.expiresAt;
      this.current = undefined;
      // A dial that meets a sign-in which has ended says so (and offers sign-in), not a generic 401.
      return this.ended !== undefined && outcome.error.code === 'sign_in_required'
        ? fail(this.explain.code('sign_in_expired', `It ended at ${new Date(this.ended).toISOString()}.`))
        : outcome;
    }
    this.accept(outcome.value);
    for (const listener of this.renewedListeners) listener();
    return ok(outcome.value.access_token);
  }

  /** Hears every silent renewal until stopped. */
  onRenewed(listener: () => void): { stop: () => void } {
    this.renewedListeners.add(listener);
    return { stop: () => this.renewedListeners.delete(listener) };
  }

  /** Drops the token if it is the one Genesys just refused, so the next get() renews it once. */
  invalidate(accessToken: string): void {
    if (this.current?.accessToken !== accessToken) return;
    if (!this.current.renewable) this.ended = Math.min(this.clock.now(), this.current.expiresAt);
    this.current = undefined;
  }

  /** Forgets the token (sign-out). */
  forget(): void {
    this.current = undefined;
    this.ended = undefined;
  }

  status(): TokenStatus {
    if (!this.current) return { hasToken: false };
    const { expiresAt, renewsAt, renewable, idlesAt } = this.current;
    if (renewable) return { hasToken: true, expiresAt, renewsAt };
    const signInEndsAt = Math.min(expiresAt, idlesAt ?? Infinity);
    // Past its end the sign-in is over even before a request finds out: a past signInEndsAt says when.
    return { hasToken: this.clock.now() < signInEndsAt, expiresAt, signInEndsAt };
  }
}
