import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptSettingsFavourites } from '../../electron/core/service/settings-favourites.js';
import { SoftdialCore } from '../../electron/core/softdial-core.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { value } from '../helpers/outcome.js';

// Older settings kept the tray's quick dials in `favourites`; they become the window's favourites.
let harness: Harness | undefined;
let restarted: SoftdialCore | undefined;
afterEach(async () => {
  await restarted?.close();
  restarted = undefined;
  harness?.core.contacts.stop();
  await harness?.close();
  harness = undefined;
});

const favouriteNames = async (core: SoftdialCore) =>
  value(await core.contacts.favourites()).map((favourite) => `${favourite.name} ${favourite.number}`);

describe('quick dials from older settings', () => {
  it("loads an old settings file, adopts its quick dials once as favourites and clears them from the agent's file", async () => {
    harness = await startHarness();
    const settingsFile = join(harness.dataDir, 'settings.json');
    await writeFile(
      settingsFile,
      JSON.stringify({
        callerIdName: 'Desk',
        favourites: [
          { name: 'Support desk', number: '020 7946 0000' },
          { name: 'Paris office', number: '+33 1 23 45 67 89' },
        ],
      }),
    );
    restarted = await SoftdialCore.create({ env: { ...process.env, ...envOf(harness) } });
    expect([...restarted.settings.errors, ...restarted.settings.warnings]).toEqual([]);
    expect(restarted.settings.values.favourites).toHaveLength(2);

    expect(value(await adoptSettingsFavourites(restarted))).toEqual({
      added: 2,
      present: 0,
      refused: [],
      cleared: true,
    });
    expect(await favouriteNames(restarted)).toEqual(['Support desk +442079460000', 'Paris office +33123456789']);
    expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toEqual({ callerIdName: 'Desk' });
    expect(value(await adoptSettingsFavourites(restarted))).toMatchObject({ added: 0, present: 0 });
    await restarted.close();

    restarted = await SoftdialCore.create({ env: { ...process.env, ...envOf(harness) } });
    expect(await favouriteNames(restarted)).toEqual(['Support desk +442079460000', 'Paris office +33123456789']);
    expect(value(await restarted.contacts.list({ source: 'local', offset: 0, limit: 50 })).total).toBe(2);
  });

  it("adopts an admin's preset list without duplicates, leaves a removed one removed, and keeps unreadable entries", async () => {
    harness = await startHarness();
    const policy = join(harness.dataDir, 'policy.json');
    await writeFile(
      policy,
      JSON.stringify({
        preset: {
          favourites: [
            { name: 'Support desk', number: '+44 20 7946 0000' },
            { name: 'Reception', number: 'ask at the desk' },
          ],
        },
      }),
    );
    restarted = await SoftdialCore.create({ env: { ...process.env, ...envOf(harness), SOFTDIAL_POLICY_FILE: policy } });
    const first = value(await adoptSettingsFavourites(restarted));
    expect(first).toMatchObject({ added: 1, present: 0, cleared: false });
    expect(first.refused).toHaveLength(1);
    expect(first.refused[0]).toMatch(/^Reception \(ask at the desk\): /);
    const [desk] = value(await restarted.contacts.favourites());
    value(await restarted.contacts.removeFavourite(desk?.contactId ?? ''));
    expect(value(await adoptSettingsFavourites(restarted))).toMatchObject({ added: 0, present: 1 });
    expect(await favouriteNames(restarted)).toEqual([]);
    expect(restarted.settings.values.favourites).toHaveLength(2);
  });
});

/** The environment the harness's core was started with (data folder, emulator, credentials). */
function envOf(running: Harness): NodeJS.ProcessEnv {
  return {
    SOFTDIAL_DATA_DIR: running.dataDir,
    SOFTDIAL_POLICY_FILE: join(running.dataDir, 'no-policy.json'),
    SOFTDIAL_DEFAULT_REGION: 'GB',
  };
}
