import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SoftdialCore } from '../../electron/core/softdial-core.js';

const CORE = new URL('../../dist/electron/core', import.meta.url).href;

/** The second process, as the CLI runs it: its own core on the same data folder, importing, calling, setting. */
const CLI_PROCESS = `
const [base, dataDir, rounds] = [process.argv[1], process.argv[2], Number(process.argv[3])];
const { SoftdialCore } = await import(base + '/softdial-core.js');
const { MemorySecretStore } = await import(base + '/auth/secret-store.js');
const core = await SoftdialCore.create({
  env: { SOFTDIAL_DATA_DIR: dataDir, SOFTDIAL_POLICY_FILE: dataDir + '/no-policy.json' },
  secrets: { store: new MemorySecretStore() },
});
const pad = (i) => String(i).padStart(2, '0');
for (let i = 0; i < rounds; i++) {
  const csv = 'name,phone\\nCLI ' + i + ',+4420794610' + pad(i) + '\\n';
  const imported = await core.contacts.importFile({ fileName: 'cli-' + i + '.csv', bytes: new TextEncoder().encode(csv), dryRun: false });
  if (!imported.ok) throw new Error(imported.error.detail);
  await core.contacts.recordCall({ number: '+4420794611' + pad(i), source: 'cli', outcome: 'placed' });
  const set = await core.updateSettings({ callerIdName: 'cli ' + i });
  if (!set.ok) throw new Error(set.error.detail);
}
await core.close();
process.stdout.write('done\\n');
`;

/** Runs the second process to its end; rejects with what it printed when it failed. */
function runCliProcess(dataDir: string, rounds: number): Promise<void> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', CLI_PROCESS, CORE, dataDir, String(rounds)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the CLI process failed: ${printed}`)))),
  );
}

/** What each side wrote and what the files hold afterwards. */
export interface TwoProcessResult {
  rounds: number;
  lostContacts: number;
  lostRecents: number;
  lostSettings: number;
}

/**
 * The window (this process's core) and the CLI (another process) change the contacts, the recents and
 * the settings at once, `rounds` times each; counts what either side wrote that the files no longer hold.
 */
export async function windowAndCliAtOnce(
  core: SoftdialCore,
  dataDir: string,
  rounds: number,
): Promise<TwoProcessResult> {
  const pad = (i: number): string => String(i).padStart(2, '0');
  const windowSide = (async () => {
    for (let i = 0; i < rounds; i++) {
      await core.contacts.add({ name: `Window ${i}`, numbers: [{ label: 'Work', raw: `+4420794612${pad(i)}` }] });
      await core.contacts.recordCall({ number: `+4420794613${pad(i)}`, source: 'pad', outcome: 'placed' });
      await core.updateSettings({ callerId: `+4420794614${pad(i)}` });
    }
  })();
  await Promise.all([windowSide, runCliProcess(dataDir, rounds)]);
  const contacts = JSON.parse(await readFile(join(dataDir, 'contacts', 'local.json'), 'utf8')) as {
    contacts: { name: string }[];
  };
  const recents = JSON.parse(await readFile(join(dataDir, 'contacts', 'recents.json'), 'utf8')) as {
    calls: { number: string }[];
  };
  const settings = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
  const names = new Set(contacts.contacts.map((contact) => contact.name));
  const numbers = new Set(recents.calls.map((call) => call.number));
  const expectedNames = Array.from({ length: rounds }, (_, i) => [`Window ${i}`, `CLI ${i}`]).flat();
  const expectedNumbers = Array.from({ length: rounds }, (_, i) => [
    `+4420794613${pad(i)}`,
    `+4420794611${pad(i)}`,
  ]).flat();
  return {
    rounds,
    lostContacts: expectedNames.filter((name) => !names.has(name)).length,
    lostRecents: expectedNumbers.filter((number) => !numbers.has(number)).length,
    lostSettings:
      (settings['callerIdName'] === `cli ${rounds - 1}` ? 0 : 1) +
      (settings['callerId'] === `+4420794614${pad(rounds - 1)}` ? 0 : 1),
  };
}
