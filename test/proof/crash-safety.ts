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

/**
 * Runs a writer script (it prints one line per finished write) and kills it with SIGKILL once it printed
 * `target` lines and `delayMs` more; answers the last number it printed, the last write it acknowledged.
 */
export async function killAfterWrites(script: string, args: string[], target: number, delayMs = 0): Promise<number> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.split('\n').filter(Boolean).length < target) return;
      setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, delayMs);
    });
    child.on('exit', () => resolve());
  });
  await new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
  );
  const lines = printed.split('\n').filter((line) => /^\d+$/.test(line));
  return Number(lines.at(-1) ?? -1);
}

/** Kills a settings writer with SIGKILL mid-write, again and again; every time the file must parse whole. */
export async function killDuringWrites(
  dataDir: string,
  kills: number,
): Promise<{ kills: number; corrupt: number; leftovers: number }> {
  let corrupt = 0;
  for (let round = 0; round < kills; round++) {
    await killAfterWrites(WRITER, [STORE, dataDir], 1 + (round % 7));
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
