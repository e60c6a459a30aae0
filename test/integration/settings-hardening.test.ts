import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '../../electron/core/settings/settings-store.js';
import type { Outcome } from '../../electron/shared/outcome.js';
import { temporaryDirectory } from '../helpers/sandbox.js';

let dir: { path: string; remove(): Promise<void> };
beforeEach(async () => {
  dir = await temporaryDirectory();
});
afterEach(async () => dir.remove());

const policyPath = () => join(dir.path, 'policy.json');
const settingsPath = () => join(dir.path, 'settings.json');
const store = (env: NodeJS.ProcessEnv = {}) =>
  new SettingsStore({ SOFTDIAL_DATA_DIR: dir.path, SOFTDIAL_POLICY_FILE: policyPath(), ...env });
/** The problems of a refused update, joined; empty when it was accepted. */
const refusal = async (update: Promise<Outcome<unknown, string[]>>): Promise<string> => {
  const outcome = await update;
  return outcome.ok ? '' : outcome.error.join('\n');
};

describe('settings keys named after Object.prototype members', () => {
  it('are reported and the file is moved aside, never run', async () => {
    await writeFile(
      settingsPath(),
      '{"constructor": 1, "toString": "x", "__proto__": {"region": "http://evil"}, "hasOwnProperty": 2, "defaultCountry": "GB"}',
    );
    const resolved = await store().load();
    expect(resolved.values.defaultCountry).toBe('GB');
    expect(resolved.values.region).toBeUndefined();
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(resolved.warnings.join('\n')).toContain(`unknown setting "${key}"`);
    expect((await readdir(dir.path)).some((name) => name.startsWith('settings.json.invalid-'))).toBe(true);
    expect(JSON.parse(await readFile(settingsPath(), 'utf8'))).toEqual({ defaultCountry: 'GB' });
  });

  it('are refused in an update, by name', async () => {
    for (const key of ['constructor', 'toString', '__proto__', 'valueOf'])
      expect(await refusal(store().update(JSON.parse(`{"${key}": 1}`)))).toContain(`unknown setting "${key}"`);
  });
});

describe('concurrent updates', () => {
  it('are applied one after the other: no update is lost', async () => {
    const settings = store();
    for (let pair = 0; pair < 20; pair++) {
      await Promise.all([
        settings.update({ callerIdName: `name ${pair}` }),
        settings.update({ dialGuardSeconds: pair }),
        settings.update({ defaultCountry: pair % 2 ? 'GB' : 'FR' }),
      ]);
      expect((await settings.load()).values).toMatchObject({
        callerIdName: `name ${pair}`,
        dialGuardSeconds: pair,
        defaultCountry: pair % 2 ? 'GB' : 'FR',
      });
    }
  });
});

describe('settings and policy files as people and tools leave them', () => {
  it('accept a byte-order mark', async () => {
    await writeFile(settingsPath(), '\uFEFF{"defaultCountry": "GB"}');
    await writeFile(policyPath(), '\uFEFF{"preset": {"callerIdName": "Fleet"}}');
    const resolved = await store().load();
    expect(resolved.values).toMatchObject({ defaultCountry: 'GB', callerIdName: 'Fleet' });
    expect([...resolved.warnings, ...resolved.errors]).toEqual([]);
  });

  it('say clearly when a folder stands where the file should be, and write nothing', async () => {
    await mkdir(settingsPath());
    await mkdir(policyPath());
    const resolved = await store().load();
    expect(resolved.warnings.join('\n')).toMatch(/settings\.json is a folder, not a file/);
    expect(resolved.errors.join('\n')).toMatch(/policy\.json is a folder, not a file/);
    expect(resolved.errors.join('\n')).not.toMatch(/ at |Error:/);
    expect(await refusal(store().update({ defaultCountry: 'GB' }))).toMatch(/cannot be written \(EISDIR\)/);
  });

  it('never echo what an unparsable file (or the file a link points at) holds', async () => {
    const target = join(dir.path, 'private.txt');
    await writeFile(target, 'root:CANARY-CONTENT:0:0 not json');
    await symlink(target, settingsPath());
    await symlink(target, policyPath());
    const resolved = await store().load();
    const said = [...resolved.warnings, ...resolved.errors].join('\n');
    expect(said).toMatch(/not valid JSON/);
    expect(said).not.toContain('CANARY');
    expect(said).not.toContain('root');
  });

  it('clean temporary files a killed writer left, and leave a live writer’s alone', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const abandoned = `.settings.json.${gone}-0a1b2c.tmp`;
    const live = `.settings.json.${process.pid}-0a1b2c.tmp`;
    await writeFile(join(dir.path, abandoned), '{"half":');
    await writeFile(join(dir.path, live), '{"half":');
    await store().load();
    const names = await readdir(dir.path);
    expect(names).not.toContain(abandoned);
    expect(names).toContain(live);
  });
});

describe('the region', () => {
  it('is a Genesys region, or a base URL the admin allowed', async () => {
    expect(await refusal(store().update({ region: 'http://attacker.example' }))).toMatch(/must use https/);
    expect(await refusal(store().update({ region: 'https://gateway.example.com' }))).toMatch(/allowed by your admin/);
    expect(await refusal(store().update({ region: 'http://127.0.0.1:9000' }))).toMatch(/allowed by your admin/);
    expect(await refusal(store().update({ region: 'https://user:pass@gateway.example.com' }))).toMatch(
      /user name or password/,
    );
    expect(await refusal(store().update({ region: 'eu-west-2' }))).toBe('');
    const allowedByEnvironment = store({ SOFTDIAL_ALLOWED_BASE_URLS: 'https://gateway.example.com/' });
    expect(await refusal(allowedByEnvironment.update({ region: 'https://gateway.example.com' }))).toBe('');
    await writeFile(policyPath(), JSON.stringify({ allowedBaseUrls: ['https://other.example.com/genesys'] }));
    expect(await refusal(store().update({ region: 'https://other.example.com/genesys' }))).toBe('');
  });

  it('from the environment or policy may be any https or loopback base URL, never plain http elsewhere', async () => {
    expect((await store({ GENESYSCLOUD_REGION: 'http://127.0.0.1:9000' }).load()).errors).toEqual([]);
    expect((await store({ GENESYSCLOUD_REGION: 'https://gateway.example.com' }).load()).errors).toEqual([]);
    expect((await store({ GENESYSCLOUD_REGION: 'http://gateway.example.com' }).load()).errors.join()).toMatch(
      /must use https/,
    );
  });

  it('written into the user file by hand is an error, not a destination', async () => {
    await writeFile(settingsPath(), JSON.stringify({ region: 'https://attacker.example' }));
    expect((await store().load()).errors.join()).toMatch(/allowed by your admin/);
  });
});
