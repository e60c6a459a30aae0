import { chmod, chown, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentNotSaved } from '../../../electron/core/contacts/document-file.js';
import { LocalContacts } from '../../../electron/core/contacts/local-contacts.js';
import { preferencesFile } from '../../../electron/core/contacts/preferences.js';
import { Recents } from '../../../electron/core/contacts/recents.js';
import type { BaseContact } from '../../../electron/core/contacts/types.js';
import { SoftdialCore } from '../../../electron/core/softdial-core.js';
import { clientCredentialsEnv, startHarness, temporaryDirectory } from '../../helpers/sandbox.js';

const NOBODY = 65534;
let folder: { path: string; remove(): Promise<void> } | undefined;
afterEach(async () => {
  await folder?.remove();
  folder = undefined;
});

/**
 * Runs `work` while this process gets a real "permission denied" reading `file` (chmod 000; as root, who
 * reads anything, under the effective user nobody, owner of the folder so that it could still write there).
 */
async function whileUnreadable<T>(file: string, work: () => Promise<T>): Promise<T> {
  await chmod(file, 0);
  const root = process.geteuid?.() === 0;
  if (root) {
    await chown(dirname(file), NOBODY, NOBODY);
    process.seteuid?.(NOBODY);
  }
  try {
    return await work();
  } finally {
    if (root) process.seteuid?.(0);
    await chmod(file, 0o600);
  }
}

const contact = (name: string): BaseContact => ({ id: `local:${name}`, source: 'local', name, numbers: [] });
const names = async (file: string) =>
  (JSON.parse(await readFile(file, 'utf8')) as { contacts: BaseContact[] }).contacts.map((c) => c.name);

describe('a contacts file that cannot be read', () => {
  it('is reported, never written over, and changes go on once it can be read again', async () => {
    folder = await temporaryDirectory();
    const file = join(folder.path, 'local.json');
    await new LocalContacts(folder.path).replace([contact('A'), contact('B'), contact('C')]);

    const local = new LocalContacts(folder.path);
    const { problem, refused } = await whileUnreadable(file, async () => ({
      problem: await local.load(),
      refused: await local.put(contact('D')).catch((error: unknown) => error),
    }));
    expect(await names(file)).toEqual(['A', 'B', 'C']);
    expect(problem).toMatch(/local\.json cannot be read \(permission denied\).*changes nothing in it/);
    expect(refused).toBeInstanceOf(DocumentNotSaved);
    expect((refused as DocumentNotSaved).explained).toMatchObject({
      title: 'Your change was not saved',
      detail: expect.stringMatching(/permission denied.*changed nothing in it/),
      fix: [expect.stringMatching(/Close the program that holds the file .* then try again/)],
    });

    await expect(local.put(contact('D'))).rejects.toThrow(/could be read again.*Make the change again/);
    expect(local.list().map((c) => c.name)).toEqual(['A', 'B', 'C']);
    expect(local.index.byId('local:B')?.name).toBe('B');
    await local.put(contact('D'));
    expect(await names(file)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('tells the agent through the contacts service why a change was not saved', async () => {
    const harness = await startHarness();
    try {
      const contacts = harness.core.contacts;
      const first = await contacts.add({ name: 'Ada', numbers: [{ label: 'Work', raw: '+44 20 7946 0958' }] });
      expect(first.ok).toBe(true);
      const file = join(harness.dataDir, 'contacts', 'local.json');
      const again = await SoftdialCore.create({
        env: { SOFTDIAL_DATA_DIR: harness.dataDir, SOFTDIAL_POLICY_FILE: join(harness.dataDir, 'none.json') },
        secrets: { store: harness.secrets },
      });
      const refused = await whileUnreadable(file, () =>
        again.contacts.add({ name: 'Grace', numbers: [{ label: 'Work', raw: '+44 20 7946 0959' }] }),
      );
      expect(refused).toMatchObject({ ok: false, error: { title: 'Your change was not saved', retryable: true } });
      expect(await names(file)).toEqual(['Ada']);
      again.contacts.stop();
    } finally {
      harness.core.contacts.stop();
      await harness.close();
    }
  });

  it('places a call once and says so when the recents file cannot be written', async () => {
    const harness = await startHarness();
    try {
      const first = await harness.core.dial({ text: '+44 20 7946 0958', source: 'pad' });
      if (!first.ok) throw new Error(first.error.detail);
      const posts = () => harness.emulator.received('POST', first.value.endpoint).length;
      const file = join(harness.dataDir, 'contacts', 'recents.json');
      const again = await SoftdialCore.create({
        env: clientCredentialsEnv(harness.emulator, harness.dataDir),
        secrets: { store: harness.secrets },
      });
      const before = posts();
      const outcome = await whileUnreadable(file, () => again.dial({ text: '+44 20 7946 0959', source: 'pad' }));
      expect(outcome).toMatchObject({ ok: true, value: { body: { phoneNumber: '+442079460959' } } });
      expect(posts()).toBe(before + 1);
      again.contacts.stop();
    } finally {
      harness.core.contacts.stop();
      await harness.close();
    }
  });

  it('keeps the favourites and the recent calls too', async () => {
    folder = await temporaryDirectory();
    const favourite = { contactId: 'local:A', name: 'A', number: '+442079460958' };
    await preferencesFile(folder.path).save({ version: 1, favourites: [favourite], preferred: {} });
    const call = { number: '+442079460958', source: 'cli', outcome: 'placed', at: 1 } as const;
    await new Recents(folder.path).add(call);
    const before = await Promise.all(
      ['preferences.json', 'recents.json'].map((n) => readFile(join(folder?.path ?? '', n))),
    );

    const preferences = preferencesFile(folder.path);
    await whileUnreadable(preferences.path, async () => {
      await preferences.load();
      await expect(preferences.save({ ...preferences.value, favourites: [] })).rejects.toThrow(DocumentNotSaved);
    });
    const recents = new Recents(folder.path);
    await whileUnreadable(join(folder.path, 'recents.json'), async () => {
      await recents.load();
      await expect(recents.clear()).rejects.toThrow(DocumentNotSaved);
    });
    const after = await Promise.all(
      ['preferences.json', 'recents.json'].map((n) => readFile(join(folder?.path ?? '', n))),
    );
    expect(after).toEqual(before);
  });

  it('leaves a file of another shape where it is when it cannot be moved aside', async () => {
    folder = await temporaryDirectory();
    const file = join(folder.path, 'local.json');
    const text = '{"version":99,"contacts":[]}';
    await writeFile(file, text);
    await chmod(file, 0o644);
    const local = new LocalContacts(folder.path);
    await chmod(folder.path, 0o555);
    try {
      const problem = await asOtherUser(() => local.load());
      expect(problem).toMatch(/not in a format this softdial reads .* could not be moved aside \(EACCES\)/);
      await expect(asOtherUser(() => local.put(contact('D')))).rejects.toThrow(DocumentNotSaved);
    } finally {
      await chmod(folder.path, 0o700);
    }
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(await readdir(folder.path)).toEqual(['local.json']);
  });
});

/** Runs `work` under the effective user nobody when root (whom no folder mode stops), else as this user. */
async function asOtherUser<T>(work: () => Promise<T>): Promise<T> {
  const root = process.geteuid?.() === 0;
  if (root) process.seteuid?.(NOBODY);
  try {
    return await work();
  } finally {
    if (root) process.seteuid?.(0);
  }
}
