import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SettingsStore } from '../../electron/core/settings/settings-store.js';
import { runSoftdial } from '../helpers/run-softdial.js';

/** Paths that are not ordinary files, as someone could put them where softdial reads a file. */
const KINDS: Record<string, (path: string) => Promise<void>> = {
  'a named pipe (FIFO)': async (path) => void execFileSync('mkfifo', [path]),
  'a device': (path) => symlink('/dev/zero', path),
  'a folder': (path) => mkdir(path),
};

/** What each try answered: the exit status and message of the CLI, the problems of the settings store. */
export interface NotFileResult {
  tried: number;
  named: number;
  failures: string[];
}

/**
 * Puts each kind of non-file in the place of the file `contacts import` and `explain` read, of settings.json and of
 * the policy file; each must be refused promptly, with what it was named (exit 2 for the CLI).
 */
export async function filesThatAreNotFiles(folder: string): Promise<NotFileResult> {
  const failures: string[] = [];
  let tried = 0;
  for (const [what, make] of Object.entries(KINDS)) {
    const place = join(folder, `place-${tried}`);
    await rm(place, { recursive: true, force: true });
    await mkdir(place, { recursive: true });
    const target = join(place, 'contacts.csv');
    await make(target);
    tried++;
    const cli = await runSoftdial(['contacts', 'import', target], {
      env: { SOFTDIAL_DATA_DIR: join(place, 'data'), SOFTDIAL_POLICY_FILE: join(place, 'none.json') },
    });
    if (cli.code !== 2 || !cli.stderr.includes(`is ${what}, not a file`))
      failures.push(`contacts import of ${what}: exit ${String(cli.code)}, ${cli.stderr.slice(0, 200)}`);
    const explained = await runSoftdial(['explain', target], {
      env: { SOFTDIAL_DATA_DIR: join(place, 'data'), SOFTDIAL_POLICY_FILE: join(place, 'none.json') },
    });
    tried++;
    if (explained.code !== 2 || !explained.stderr.includes(`is ${what}, not a file`))
      failures.push(`explain of ${what}: exit ${String(explained.code)}, ${explained.stderr.slice(0, 200)}`);
    const data = join(place, 'settings-data');
    await mkdir(data, { recursive: true });
    await make(join(data, 'settings.json'));
    const policy = join(place, 'policy.json');
    await make(policy);
    tried += 2;
    const resolved = await new SettingsStore({ SOFTDIAL_DATA_DIR: data, SOFTDIAL_POLICY_FILE: policy }).load();
    if (!resolved.warnings.some((warning) => warning.includes(`is ${what}, not a file`)))
      failures.push(`settings.json as ${what}: ${resolved.warnings.join('; ')}`);
    if (!resolved.errors.some((error) => error.includes(`is ${what}, not a file`)))
      failures.push(`policy file as ${what}: ${resolved.errors.join('; ')}`);
  }
  return { tried, named: tried - failures.length, failures };
}
