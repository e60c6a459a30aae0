import { afterEach, describe, expect, it } from 'vitest';
import { accounts } from '../../electron/core/auth/secret-store.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { AGENT_ENV, startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { scriptedBrowser } from '../helpers/scripted-browser.js';

let harness: Harness;
afterEach(async () => harness?.close());

/** An agent-mode harness: region = the emulator, the sandbox's PKCE client, no secret, no on-behalf user. */
async function agentHarness(
  browser = scriptedBrowser(),
  emulator: { tokenLifetimeSeconds?: number; issueRefreshTokens?: boolean; idleTimeoutSeconds?: number } = {},
): Promise<Harness> {
  const started = await startHarness({
    env: AGENT_ENV,
    core: { openBrowser: browser },
    emulator,
  });
  await started.core.updateSettings({ redirectPort: 0 });
  return started;
}

describe('agent sign-in (Authorization Code + PKCE)', () => {
  it('asks for sign-in before it has a token', async () => {
    harness = await agentHarness();
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('sign_in_required');
  });

  it('signs in through the browser and a loopback redirect, keeps the refresh token in the secret store only, and dials as the agent', async () => {
    harness = await agentHarness();
    const signedIn = await harness.core.signIn();
    expect(signedIn).toEqual({ ok: true, value: null });
    const tokenRequest = harness.emulator.received('POST', '/oauth/token')[0];
    const form = new URLSearchParams(tokenRequest?.body);
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code_verifier')).toMatch(/^[\w-]{43}$/);
    expect(form.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    expect(form.has('client_secret')).toBe(false);
    const authorize = harness.emulator.received('GET', '/oauth/authorize')[0];
    expect(new URLSearchParams(authorize?.query).get('code_challenge_method')).toBe('S256');
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(outcome.ok && outcome.value.endpoint).toBe('/api/v2/conversations/calls');
    expect(harness.emulator.received('POST', '/api/v2/conversations/calls')).toHaveLength(1);
  });

  it('renews silently with the refresh token when one is returned (a confidential client)', async () => {
    harness = await agentHarness(scriptedBrowser(), { tokenLifetimeSeconds: 300, issueRefreshTokens: true });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    harness.clock.advance(301_000);
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(outcome.ok).toBe(true);
    const grants = harness.emulator
      .received('POST', '/oauth/token')
      .map((request) => new URLSearchParams(request.body).get('grant_type'));
    expect(grants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('reads the idle deadline again after a silent renewal (the new token idles on its own clock)', async () => {
    harness = await agentHarness(scriptedBrowser(), {
      tokenLifetimeSeconds: 300,
      issueRefreshTokens: true,
      idleTimeoutSeconds: 900,
    });
    const idleReads = () =>
      harness.emulator
        .received('GET', '/api/v2/tokens/me')
        .filter((request) => request.query.includes('preserveIdleTTL')).length;
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    expect(idleReads()).toBe(1);
    harness.clock.advance(301_000);
    expect((await harness.core.dial({ text: '+442079460958', source: 'pad' })).ok).toBe(true);
    await expect.poll(idleReads).toBe(2);
  });

  it('keeps a refresh token in the secret store only, when Genesys returns one', async () => {
    harness = await agentHarness(scriptedBrowser(), { issueRefreshTokens: true });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    const stored = await harness.secrets.get(accounts.refreshToken(harness.emulator.url, DEMO.agentClientId));
    expect(stored).toBeTruthy();
    expect(JSON.stringify(harness.core.status())).not.toContain(stored);
    expect(harness.core.status().token.renewsAt).toBeDefined();
    expect(harness.core.status().token.signInEndsAt).toBeUndefined();
  });

  it('says when a PKCE sign-in (no refresh token) ends, and a dial after it asks to sign in again', async () => {
    harness = await agentHarness(scriptedBrowser(), { tokenLifetimeSeconds: 3600 });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    const signedInAt = harness.clock.now();
    expect(await harness.secrets.get(accounts.refreshToken(harness.emulator.url, DEMO.agentClientId))).toBeUndefined();
    expect(harness.core.status().token).toMatchObject({ hasToken: true, signInEndsAt: signedInAt + 3_600_000 });
    expect(harness.core.status().token.renewsAt).toBeUndefined();
    harness.clock.advance(3_590_000);
    expect((await harness.core.dial({ text: '+442079460958', source: 'pad' })).ok).toBe(true);
    harness.clock.advance(20_000);
    const outcome = await harness.core.dial({ text: '+442079460959', source: 'pad' });
    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'sign_in_expired' });
    if (!outcome.ok) expect(outcome.error.fix.join(' ')).toMatch(/Sign in/);
    expect(harness.emulator.received('POST', '/api/v2/conversations/calls')).toHaveLength(1);
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    expect((await harness.core.dial({ text: '+442079460957', source: 'pad' })).ok).toBe(true);
  });

  it('reads the org idle timeout from tokens/me without resetting it, and ends the sign-in then', async () => {
    harness = await agentHarness(scriptedBrowser(), { idleTimeoutSeconds: 900 });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    const idle = harness.emulator.requests.find((request) => request.path === '/api/v2/tokens/me');
    expect(idle?.query).toBe('?preserveIdleTTL=true');
    expect(harness.core.status().token.signInEndsAt).toBe(harness.clock.now() + 900_000);
    harness.clock.advance(901_000);
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('sign_in_expired');
  });

  it('signs out by revoking the token and forgetting the refresh token', async () => {
    harness = await agentHarness();
    await harness.core.signIn();
    expect(await harness.core.signOut()).toEqual({ revoked: true });
    expect(harness.emulator.received('DELETE', '/api/v2/tokens/me')).toHaveLength(1);
    expect(await harness.secrets.get(accounts.refreshToken(harness.emulator.url, DEMO.agentClientId))).toBeUndefined();
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('sign_in_required');
  });

  it('ignores a redirect with a forged state or a bare error (escaped, under a CSP) and completes with the genuine one', async () => {
    const forgeries: { url: string; status: number; csp: string | null; body: string }[] = [];
    harness = await agentHarness(scriptedBrowser({ forgeries }));
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    expect(forgeries).toHaveLength(2);
    for (const forgery of forgeries) {
      expect(forgery.status).toBe(400);
      expect(forgery.csp).toMatch(/default-src 'none'/);
      expect(forgery.body).not.toContain('<script>');
      expect(forgery.body).toMatch(/ignored/);
    }
    const exchanged = harness.emulator.received('POST', '/oauth/token');
    expect(exchanged).toHaveLength(1);
    expect(exchanged[0]?.body).not.toContain('stolen');
  });

  it('explains a cancelled sign-in', async () => {
    harness = await agentHarness(scriptedBrowser({ deny: true }));
    const result = await harness.core.signIn();
    expect(!result.ok && result.error.code).toBe('sign_in_failed');
    if (!result.ok) expect(result.error.detail).toMatch(/access_denied/);
  });

  it('explains an expired refresh token as a sign-out and asks to sign in again', async () => {
    harness = await agentHarness(scriptedBrowser(), { tokenLifetimeSeconds: 300, issueRefreshTokens: true });
    await harness.core.signIn();
    harness.emulator.state.refreshTokens.clear();
    harness.clock.advance(301_000);
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('signed_out');
    expect(await harness.secrets.get(accounts.refreshToken(harness.emulator.url, DEMO.agentClientId))).toBeUndefined();
  });

  it('explains client credentials sent to the agent endpoint (not.a.user), as the tutorial did', async () => {
    harness = await startHarness();
    const tokenResponse = await fetch(`${harness.emulator.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const response = await fetch(`${harness.emulator.url}/api/v2/conversations/calls`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ phoneNumber: '+13175551234' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'not.a.user', status: 400 });
  });
});
