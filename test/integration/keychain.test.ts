import { describe, expect, it } from 'vitest';
import { openSecretStore } from '../../electron/core/auth/keychain-store.js';

// Runs against a real Secret Service: gnome-keyring in the D-Bus session that scripts/test.sh starts.
const secretService = process.env['SOFTDIAL_SECRET_SERVICE'] === '1';
if (!secretService && process.env['CI'])
  throw new Error('CI must run the keychain tests inside scripts/with-keyring.sh');

describe.skipIf(!secretService)('the OS keychain (real Secret Service)', () => {
  it('stores, reads and deletes a secret under the softdial service', async () => {
    const { store, unavailableReason } = await openSecretStore('softdial-test');
    expect(unavailableReason).toBeUndefined();
    expect(store.kind).toBe('keychain');
    const account = `client-secret:test-${process.pid}`;
    await store.set(account, 's3cr3t-value');
    expect(await store.get(account)).toBe('s3cr3t-value');
    await store.delete(account);
    expect(await store.get(account)).toBeUndefined();
  });

  it('is visible to other Secret Service clients, so it really is the keychain', async () => {
    const { execFile } = await import('node:child_process');
    const { store } = await openSecretStore('softdial-test');
    await store.set('probe-account', 'visible-to-secret-tool');
    const { promisify } = await import('node:util');
    const lookup = ['lookup', 'service', 'softdial-test', 'account', 'probe-account'];
    const { stdout: found } = await promisify(execFile)('secret-tool', lookup);
    expect(found.trim()).toBe('visible-to-secret-tool');
    await store.delete('probe-account');
  });
});

describe('without a Secret Service', () => {
  it('says so and keeps secrets in memory only', async () => {
    const { spawnSync } = await import('node:child_process');
    const script =
      "import('./electron/core/auth/keychain-store.ts').then(async (m) => { const o = await m.openSecretStore('softdial-test'); console.log(JSON.stringify({ kind: o.store.kind, reason: o.unavailableReason })); })";
    const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent', DISPLAY: '' },
      encoding: 'utf8',
    });
    const outcome = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { kind: string; reason?: string };
    expect(outcome.kind).toBe('memory');
    expect(outcome.reason).toMatch(/keychain is unavailable.*memory for this session only/);
  });
});
