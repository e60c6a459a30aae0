import { describe, expect, it } from 'vitest';
import { catalogExplainer } from '../../../electron/core/explain/catalog.js';
import { TokenManager } from '../../../electron/core/auth/token-manager.js';
import type { TokenGrant } from '../../../electron/core/auth/token-manager.js';
import { explainCode } from '../../../electron/core/explain/catalog.js';
import { fail, ok } from '../../../electron/shared/outcome.js';
import { ManualClock } from '../../helpers/manual-clock.js';

/** An honest in-memory grant: issues numbered tokens of a given lifetime, or refuses while told to. */
class CountingGrant implements TokenGrant {
  issued = 0;
  refusing = false;
  constructor(private readonly lifetimeSeconds: number) {}
  async obtain() {
    await Promise.resolve();
    if (this.refusing) return fail(explainCode('credentials_rejected'));
    this.issued++;
    return ok({ access_token: `token-${String(this.issued)}`, expires_in: this.lifetimeSeconds });
  }
}

describe('the token manager', () => {
  it('shares one renewal among concurrent callers', async () => {
    const grant = new CountingGrant(3600);
    const manager = new TokenManager(grant, new ManualClock(), catalogExplainer);
    const tokens = await Promise.all(Array.from({ length: 50 }, () => manager.get()));
    expect(grant.issued).toBe(1);
    expect(new Set(tokens.map((t) => (t.ok ? t.value : '')))).toEqual(new Set(['token-1']));
  });

  it('renews a tenth of the lifetime before expiry (at least 30 s, at most 5 min)', async () => {
    const clock = new ManualClock();
    const grant = new CountingGrant(300);
    const manager = new TokenManager(grant, clock, catalogExplainer);
    await manager.get();
    expect(manager.status().renewsAt).toBe(clock.now() + 270_000);
    clock.advance(269_999);
    expect(await manager.get()).toEqual({ ok: true, value: 'token-1' });
    clock.advance(1);
    expect(await manager.get()).toEqual({ ok: true, value: 'token-2' });
    const long = new TokenManager(new CountingGrant(172_800), clock, catalogExplainer);
    await long.get();
    expect(long.status().renewsAt).toBe(clock.now() + 172_800_000 - 300_000);
  });

  it('drops only the token that was refused', async () => {
    const grant = new CountingGrant(3600);
    const manager = new TokenManager(grant, new ManualClock(), catalogExplainer);
    await manager.get();
    manager.invalidate('token-0');
    expect(await manager.get()).toEqual({ ok: true, value: 'token-1' });
    manager.invalidate('token-1');
    expect(await manager.get()).toEqual({ ok: true, value: 'token-2' });
  });

  it('passes the explanation through when the grant fails, and tries again next time', async () => {
    const grant = new CountingGrant(3600);
    grant.refusing = true;
    const manager = new TokenManager(grant, new ManualClock(), catalogExplainer);
    expect(await manager.get()).toMatchObject({ ok: false, error: { code: 'credentials_rejected' } });
    grant.refusing = false;
    expect(await manager.get()).toEqual({ ok: true, value: 'token-1' });
  });
});
