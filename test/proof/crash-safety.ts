import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SettingsStore } from '../../electron/core/settings/settings-store.js';

const STORE = new URL('../../dist/electron/core/settings/settings-store.js', import.meta.url).href;

/** A writer that updates the settings as fast as it can, printing each update it finished. */
const WRITER = `
const { SettingsStore } = await import(process.argv[1]);
const store = new SettingsStore({ SOFTDIAL_DATA_DIR: process.argv[2], SOFTDIAL_POLICY_FILE: process.argv[2] + '/none.json' });
const favourites = Array.from({ length: 20 }, (_, i) => ({ name: 'Favourite ' + i, number: '+4420794609' + String(i).padStart(2, '0') }));
for (let i = 0; ; i++) {
  await store.update({ callerIdName: 'v' + i, favourites });
  process.stdout.write(i + '\\n');
}`;

/** Kills a settings writer with SIGKILL mid-write, again and again; every time the file must parse whole. */
export async function killDuringWrites(
  dataDir: string,
  kills: number,
): Promise<{ kills: number; corrupt: number; leftovers: number }> {
  let corrupt = 0;
  for (let round = 0; round < kills; round++) {
    const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, STORE, dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const target = 1 + (round % 7);
    let finished = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        finished += chunk.toString().split('\n').filter(Boolean).length;
        if (finished >= target) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    try {
      const value = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as {
        callerIdName?: string;
        favourites?: unknown[];
      };
      if (!/^v\d+$/.test(value.callerIdName ?? '') || value.favourites?.length !== 20) corrupt++;
    } catch {
      corrupt++;
    }
  }
  await new SettingsStore({ SOFTDIAL_DATA_DIR: dataDir, SOFTDIAL_POLICY_FILE: join(dataDir, 'none.json') }).load();
  const leftovers = (await readdir(dataDir)).filter((name) => name.endsWith('.tmp')).length;
  return { kills, corrupt, leftovers };
}
