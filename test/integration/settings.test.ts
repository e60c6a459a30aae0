import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../electron/core/settings/settings-store.js';
import { temporaryDirectory } from '../helpers/sandbox.js';

let dir: { path: string; remove(): Promise<void> };
beforeEach(async () => {
  dir = await temporaryDirectory();
});
afterEach(async () => dir.remove());

const store = (env: NodeJS.ProcessEnv = {}) =>
  new SettingsStore({ SOFTDIAL_DATA_DIR: dir.path, SOFTDIAL_POLICY_FILE: join(dir.path, 'policy.json'), ...env });

describe('settings', () => {
  it('resolve environment > locked policy > user > preset > defaults, and say where each came from', async () => {
    await writeFile(
      join(dir.path, 'policy.json'),
      JSON.stringify({
        preset: { defaultCountry: 'FR', dialGuardSeconds: 5 },
        locked: { region: 'eu-west-2', clientId: 'fleet-client' },
      }),
    );
    await store().update({ defaultCountry: 'DE', callerIdName: 'Sales' });
    const resolved = await store({ GENESYSCLOUD_OAUTHCLIENT_ID: 'env-client' }).load();
    expect(resolved.values).toMatchObject({
      region: 'eu-west-2',
      clientId: 'env-client',
      defaultCountry: 'DE',
      dialGuardSeconds: 5,
      callerIdName: 'Sales',
      requestTimeoutSeconds: 20,
    });
    expect(resolved.sources).toMatchObject({
      region: 'policy',
      clientId: 'environment',
      defaultCountry: 'user',
      dialGuardSeconds: 'preset',
      requestTimeoutSeconds: 'default',
    });
    expect(resolved.locked.sort()).toEqual(['clientId', 'region']);
  });

  it('refuse to change a locked setting, naming it and who locked it', async () => {
    await writeFile(join(dir.path, 'policy.json'), JSON.stringify({ locked: { region: 'eu-west-2' } }));
    const refused = await store().update({ region: 'us-east-1' });
    expect(refused.ok ? [] : refused.error.join('\n')).toMatch(/region is set by your administrator's policy/);
  });

  it('refuse a bad value with the field and the fix, and write nothing', async () => {
    const refused = await store().update({ dialGuardSeconds: 'soon', defaultCountry: 'Narnia' });
    if (refused.ok) throw new Error('a bad value was accepted');
    expect(refused.error.join('\n')).toMatch(/dialGuardSeconds: must be a number of seconds/);
    expect(refused.error.join('\n')).toMatch(/defaultCountry: must be a two-letter country code/);
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('name a bad environment variable as a configuration error', async () => {
    const resolved = await store({ SOFTDIAL_DEFAULT_REGION: 'England' }).load();
    expect(resolved.errors).toEqual(['SOFTDIAL_DEFAULT_REGION: must be a two-letter country code such as GB or US']);
  });

  it('are written atomically as JSON, and null clears a setting', async () => {
    await store().update({ callerId: '+442079460000', hotkey: 'Alt+D' });
    await store().update({ callerId: null });
    expect(JSON.parse(await readFile(join(dir.path, 'settings.json'), 'utf8'))).toEqual({ hotkey: 'Alt+D' });
    expect((await readdir(dir.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('move a corrupt file aside with a warning instead of overwriting it', async () => {
    await writeFile(join(dir.path, 'settings.json'), '{"defaultCountry": "GB",');
    const resolved = await store().load();
    expect(resolved.warnings[0]).toMatch(/not valid JSON.*moved to/);
    const files = await readdir(dir.path);
    const aside = files.find((name) => name.startsWith('settings.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir.path, aside ?? ''), 'utf8')).toBe('{"defaultCountry": "GB",');
    expect(files).not.toContain('settings.json');
  });

  it('keep the valid fields of a file with bad ones, and keep the original', async () => {
    await writeFile(
      join(dir.path, 'settings.json'),
      JSON.stringify({ defaultCountry: 'GB', dialGuardSeconds: -4, colour: 'blue' }),
    );
    const resolved = await store().load();
    expect(resolved.values.defaultCountry).toBe('GB');
    expect(resolved.values.dialGuardSeconds).toBe(3);
    expect(resolved.warnings.join('\n')).toMatch(/dialGuardSeconds: must be 0 or more/);
    expect(resolved.warnings.join('\n')).toMatch(/unknown setting "colour"/);
    expect((await readdir(dir.path)).some((name) => name.startsWith('settings.json.invalid-'))).toBe(true);
  });

  it('report an unreadable policy as an error and ignore it', async () => {
    await writeFile(join(dir.path, 'policy.json'), JSON.stringify({ locked: { region: 42 } }));
    const resolved = await store().load();
    expect(resolved.errors[0]).toMatch(/policy file .*locked\.region/);
    expect(resolved.values.region).toBeUndefined();
  });
});
