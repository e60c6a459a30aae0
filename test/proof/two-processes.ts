import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { clientCredentialsEnv } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

const CORE = new URL('../../dist/electron/core', import.meta.url).href;

/** The second process, as the CLI runs it: its own core on the same data folder, importing, calling, setting. */
const CLI_PROCESS = `
const [base, env, rounds] = [process.argv[1], JSON.parse(process.argv[2]), Number(process.argv[3])];
const { SoftdialCore } = await import(base + '/softdial-core.js');
const { MemorySecretStore } = await import(base + '/auth/secret-store.js');
const core = await SoftdialCore.create({
  env,
  secrets: { store: new MemorySecretStore() },
});
const pad = (i) => String(i).padStart(2, '0');
for (let i = 0; i < rounds; i++) {
  const csv = 'name,phone\\nCLI ' + i + ',+4420794610' + pad(i) + '\\n';
  const imported = await core.contacts.importFile({ fileName: 'cli-' + i + '.csv', bytes: new TextEncoder().encode(csv), dryRun: false });
  if (!imported.ok) throw new Error(imported.error.detail);
  const dialled = await core.dial({ text: '+4420794615' + pad(i), source: 'cli', confirmed: true });
  if (!dialled.ok) throw new Error(dialled.error.detail);
  const set = await core.updateSettings({ callerIdName: 'cli ' + i });
  if (!set.ok) throw new Error(set.error.detail);
}
await core.close();
process.stdout.write('done\\n');
`;

/** Runs the second process to its end; rejects with what it printed when it failed. */
function runCliProcess(env: NodeJS.ProcessEnv, rounds: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', CLI_PROCESS, CORE, JSON.stringify(env), String(rounds)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
  duplicateCalls: number;
}

/**
 * The window (this process's core) and the CLI (another process) change the contacts, the recents and
 * the settings and dial the same numbers at once, `rounds` times each; counts what either side wrote that
 * the files no longer hold, and the calls placed twice.
 */
export async function windowAndCliAtOnce(harness: Harness, rounds: number): Promise<TwoProcessResult> {
  const { core, dataDir } = harness;
  // Both sides dial each round's number once; the rounds drift apart, so the guard spans the whole run.
  await core.updateSettings({ dialGuardSeconds: 60 });
  const pad = (i: number): string => String(i).padStart(2, '0');
  const windowSide = (async () => {
    for (let i = 0; i < rounds; i++) {
      await core.contacts.add({ name: `Window ${i}`, numbers: [{ label: 'Work', raw: `+4420794612${pad(i)}` }] });
      await core.updateSettings({ callerId: `+4420794614${pad(i)}` });
      const dialled = await core.dial({ text: `+4420794615${pad(i)}`, source: 'contact', confirmed: true });
      if (!dialled.ok) throw new Error(dialled.error.detail);
    }
  })();
  await Promise.all([windowSide, runCliProcess(clientCredentialsEnv(harness.emulator, dataDir), rounds)]);
  const posts = harness.emulator
    .received('POST', `/api/v2/conversations/calls/user/${DEMO.agentUserId}`)
    .map((request) => request.body);
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
  const expectedNumbers = Array.from({ length: rounds }, (_, i) => `+4420794615${pad(i)}`);
  return {
    rounds,
    lostContacts: expectedNames.filter((name) => !names.has(name)).length,
    lostRecents: expectedNumbers.filter((number) => !numbers.has(number)).length,
    lostSettings:
      (settings['callerIdName'] === `cli ${rounds - 1}` ? 0 : 1) +
      (settings['callerId'] === `+4420794614${pad(rounds - 1)}` ? 0 : 1),
    duplicateCalls: posts.length - new Set(posts).size,
  };
}
