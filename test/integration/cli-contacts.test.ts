import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { runSoftdial } from '../helpers/run-softdial.js';
import { clientCredentialsEnv, temporaryDirectory } from '../helpers/sandbox.js';

let emulator: GenesysEmulator;
let dir: { path: string; remove(): Promise<void> };
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  emulator = await GenesysEmulator.start();
  emulator.directory.generate(600);
  dir = await temporaryDirectory();
  env = clientCredentialsEnv(emulator, dir.path);
});
afterAll(async () => {
  await emulator.close();
  await dir.remove();
});

describe('softdial contacts', () => {
  it('imports a CSV (dry run first), searches it as JSON lines and exports it', async () => {
    const file = join(dir.path, 'people.csv');
    await writeFile(file, 'Name;Firma;Mobil\nZoë Müller;Beispiel;+49 151 12345678\nBad;;no number\n');
    const dry = await runSoftdial(['contacts', 'import', '--dry-run', file], { env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Would import 1 contacts .*refused 1\. Dry run: nothing was saved\./);
    expect(dry.stdout).toMatch(/line 3: Bad: no number could be read/);
    const before = await runSoftdial(['contacts', 'search', 'mueller'], { env });
    expect(before.stdout).toMatch(/"source":"users"/);
    expect(before.stdout).not.toMatch(/"source":"local"/);

    const real = await runSoftdial(['contacts', 'import', file], { env });
    expect(real.code).toBe(0);
    const found = await runSoftdial(['contacts', 'search', 'Zoe Mu'], { env });
    const hits = found.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { name: string; source: string });
    expect(hits[0]).toMatchObject({ name: 'Zoë Müller', source: 'local', match: { kind: 'prefix' } });

    const exported = await runSoftdial(['contacts', 'export', '--format', 'vcard'], { env });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Müller/);
    expect(exported.stdout).toMatch(/TEL;TYPE=CELL,VOICE:\+4915112345678/);
  });

  it('syncs the directory and reports each source', async () => {
    const { code, stdout } = await runSoftdial(['contacts', 'sync'], { env });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^users: ready, 629 contacts$/m);
    const search = await runSoftdial(['contacts', 'search', 'grace hopper'], { env });
    expect(JSON.parse(search.stdout.split('\n')[0] ?? '')).toMatchObject({ id: 'user:user-grace', source: 'users' });
  });

  it('refuses a binary file, a file over the limit and an unknown format with exit 2', async () => {
    const binary = join(dir.path, 'photo.csv');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 4]));
    const refused = await runSoftdial(['contacts', 'import', binary], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not text/);
    const huge = join(dir.path, 'huge.csv');
    await writeFile(huge, '');
    await truncate(huge, 200 * 1024 * 1024);
    const tooBig = await runSoftdial(['contacts', 'import', huge], { env });
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toMatch(/is 200 MB; softdial imports files up to 64 MB/);
    const format = await runSoftdial(['contacts', 'export', '--format', 'xls'], { env });
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of csv, vcard/);
  });
});
