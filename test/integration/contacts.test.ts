import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listeningTo } from '../../electron/core/contacts/verbs.js';
import type { DirectoryStatus, SearchResultsPush } from '../../electron/core/contacts/types.js';
import { SoftdialCore } from '../../electron/core/softdial-core.js';
import { addUnexpectedErrorListener, fireAndForget } from '../../electron/shared/unexpected-errors.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { numberDialled } from '../helpers/number-dialled.js';
import { value } from '../helpers/outcome.js';

let harness: Harness | undefined;
afterEach(async () => {
  harness?.core.contacts.stop();
  await harness?.close();
  harness = undefined;
});

/** Collects what the contacts service pushes. */
function listen(core: SoftdialCore) {
  const results: SearchResultsPush[] = [];
  const statuses: DirectoryStatus[] = [];
  const events = listeningTo({
    results: (push) => results.push(push),
    status: (status) => statuses.push(status),
  });
  core.contacts.attach(events, events);
  return { results, statuses };
}

const usersStatus = async (core: SoftdialCore) => {
  const status = await core.contacts.status();
  if (!status.ok) throw new Error(status.error.detail);
  return status.value.sources.find((source) => source.source === 'users');
};

const pagesAsked = (h: Harness) =>
  h.emulator.received('GET', '/api/v2/users').map((request) => new URLSearchParams(request.query).get('pageNumber'));

describe('the Genesys directory', () => {
  it('syncs every page into a cache, with progress, and finds users by name and number', async () => {
    harness = await startHarness();
    harness.emulator.directory.generate(1200);
    const { statuses } = listen(harness.core);
    value(await harness.core.contacts.syncNow());
    expect(pagesAsked(harness)).toEqual(['1', '2', '3']);
    expect(await usersStatus(harness.core)).toMatchObject({ state: 'ready', count: 1229 });
    expect(statuses.some((status) => status.sources[0]?.progress?.pages === 2)).toBe(true);
    const cache = JSON.parse(await readFile(join(harness.dataDir, 'contacts', 'users.json'), 'utf8')) as {
      contacts: unknown[];
    };
    expect(cache.contacts).toHaveLength(1229);

    const grace = value(await harness.core.contacts.search('grace hop', 'r1'));
    expect(grace.hits[0]?.contact).toMatchObject({ id: 'user-grace'.replace(/^/, 'user:'), name: 'Grace Hopper' });
    const person = harness.emulator.directory.people[100];
    const work = person?.phones[0]?.address ?? '';
    const byDigits = value(await harness.core.contacts.search(work.slice(-7), 'r2'));
    expect(byDigits.hits.map((hit) => hit.contact.id)).toContain(`user:${person?.id}`);
    const extensionOnly = harness.emulator.directory.people.find((p) => p.phones.some((phone) => phone.extension));
    const contact = value(await harness.core.contacts.get(`user:${extensionOnly?.id}`));
    expect(contact.numbers.find((number) => number.label === 'Work 2 extension')).toMatchObject({
      extension: extensionOnly?.phones.find((phone) => phone.extension)?.extension,
    });
  });

  it('keeps the old cache when a page fails halfway, and resumes from that page', async () => {
    harness = await startHarness();
    value(await harness.core.contacts.syncNow());
    harness.emulator.directory.generate(1500);
    harness.emulator.directory.failingPage = { pageNumber: 3, status: 429, retryAfterSeconds: 600 };
    const failed = await harness.core.contacts.syncNow();
    expect(failed).toMatchObject({ ok: false, error: { code: 'rate_limited', retryAfterSeconds: 600 } });
    expect(await usersStatus(harness.core)).toMatchObject({ state: 'failed', count: 29 });
    const files = await readdir(join(harness.dataDir, 'contacts'));
    expect(files).toContain('users.partial.json');
    expect(value(await harness.core.contacts.search('ada', 'r1')).hits[0]?.contact.name).toBe('Ada Lovelace');

    harness.emulator.directory.failingPage = undefined;
    harness.emulator.requests.length = 0;
    value(await harness.core.contacts.syncNow());
    expect(pagesAsked(harness)).toEqual(['3', '4']);
    expect(await usersStatus(harness.core)).toMatchObject({ state: 'ready', count: 1529 });
    expect(await readdir(join(harness.dataDir, 'contacts'))).not.toContain('users.partial.json');
  });

  it('searches a directory above the size setting in Genesys as the agent types, dropping stale answers', async () => {
    harness = await startHarness();
    harness.emulator.directory.generate(300);
    await harness.core.updateSettings({ directoryMaxUsers: 100 });
    const { results } = listen(harness.core);
    value(await harness.core.contacts.syncNow());
    expect(pagesAsked(harness)).toEqual(['1']);
    expect(await usersStatus(harness.core)).toMatchObject({
      state: 'search_only',
      reason: expect.stringMatching(/329 users.*directoryMaxUsers/),
    });
    const [first, second] = await Promise.all([
      harness.core.contacts.search('ada', 'r1'),
      harness.core.contacts.search('grace', 'r2'),
    ]);
    expect(value(second).sources[0]).toMatchObject({ source: 'users', pending: true });
    expect(value(first).hits).toEqual([]);
    await expect.poll(() => results.filter((push) => push.source === 'users').length).toBe(1);
    const push = results.find((candidate) => candidate.source === 'users');
    expect(push).toMatchObject({ requestId: 'r2', done: true });
    expect(push?.hits[0]?.contact).toMatchObject({ name: 'Grace Hopper', presence: { systemPresence: 'Available' } });
  });

  it('switches a source off when a permission is missing, naming it, and the rest keeps working', async () => {
    harness = await startHarness();
    harness.emulator.directory.denied.add('externalContacts:contact:view');
    const { results } = listen(harness.core);
    await harness.core.contacts.add({ name: 'Jane Local', numbers: [{ label: 'Work', raw: '020 7946 0000' }] });
    const answer = value(await harness.core.contacts.search('jane', 'r1'));
    expect(answer.hits.map((hit) => hit.contact.name)).toEqual(['Jane Local']);
    await expect.poll(() => results.find((push) => push.source === 'external')?.error?.code).toBe('missing_permission');
    const external = value(await harness.core.contacts.status()).sources.find((s) => s.source === 'external');
    expect(external).toMatchObject({
      state: 'off',
      permission: 'externalContacts:contact:view',
      reason: expect.stringContaining('externalContacts:contact:view'),
    });
    expect(value(await harness.core.contacts.search('jane', 'r2')).sources[1]).toMatchObject({ pending: false });
  });
});

describe('external contacts', () => {
  it('says when the 1,000-record window cut the results, and remembers the hits', async () => {
    harness = await startHarness();
    harness.emulator.directory.generate(0, 6000);
    const { results } = listen(harness.core);
    await harness.core.contacts.search('e', 'r0');
    await harness.core.contacts.search('acme', 'r1');
    const external = () => results.find((push) => push.requestId === 'r1' && push.source === 'external');
    await expect.poll(() => external()?.cut).toMatch(/Showing 25 of 1201 .*only the first 1,000/);
    const push = external();
    expect(push?.hits).toHaveLength(25);
    expect(push?.hits[0]?.match.kind).toBe('organization');
    const again = value(await harness.core.contacts.search('acme', 'r2'));
    expect(again.hits.length).toBeGreaterThanOrEqual(25);
  });

  it('reads every external contact through the scan API when the setting allows it', async () => {
    harness = await startHarness();
    harness.emulator.directory.generate(0, 450);
    await harness.core.updateSettings({ externalContactsScan: true });
    value(await harness.core.contacts.syncNow());
    const scans = harness.emulator.received('GET', '/api/v2/externalcontacts/scan/contacts');
    expect(scans.map((request) => new URLSearchParams(request.query).has('cursor'))).toEqual([false, true, true]);
    const external = value(await harness.core.contacts.status()).sources.find((s) => s.source === 'external');
    expect(external).toMatchObject({ state: 'ready', count: 456 });
  });
});

describe('favourites, recents, preferred numbers and local contacts', () => {
  it('keeps them across restarts and records each call with its contact and outcome', async () => {
    harness = await startHarness();
    const core = harness.core;
    value(await core.contacts.syncNow());
    const local = value(
      await core.contacts.add({
        name: 'Zoë Local',
        organization: 'Acme',
        numbers: [
          { label: 'Work', raw: '020 7946 0958' },
          { label: 'Mobile', raw: '07400 123456' },
        ],
      }),
    );
    expect(local.numbers[0]).toMatchObject({ e164: '+442079460958', reading: { country: 'GB' } });
    expect(local.preferredNumberId).toBeUndefined();
    expect(await numberDialled(core.contacts, local.id)).toBe('+442079460958');
    value(await core.contacts.setPreferredNumber(local.id, 'n2'));
    value(await core.contacts.addFavourite('user:user-grace'));
    const favourites = value(await core.contacts.addFavourite(local.id));
    expect(favourites.map((favourite) => favourite.name)).toEqual(['Grace Hopper', 'Zoë Local']);
    expect(favourites[1]?.number).toBe('+447400123456');
    value(await core.contacts.reorderFavourites([local.id, 'user:user-grace']));
    expect(await core.contacts.reorderFavourites([local.id])).toMatchObject({ ok: false });

    const placed = await core.dial({ contactId: local.id, source: 'contact' });
    expect(placed).toMatchObject({ ok: true, value: { body: { phoneNumber: '+447400123456' } } });
    const recents = value(await core.contacts.recents());
    expect(recents[0]).toMatchObject({
      number: '+447400123456',
      contactId: local.id,
      name: 'Zoë Local',
      source: 'contact',
      outcome: 'placed',
    });
    const search = value(await core.contacts.search('z', 'r1'));
    expect(search.hits[0]?.contact).toMatchObject({ name: 'Zoë Local', favourite: true, preferredNumberId: 'n2' });

    const again = await SoftdialCore.create({
      env: { SOFTDIAL_DATA_DIR: harness.dataDir, SOFTDIAL_POLICY_FILE: join(harness.dataDir, 'none.json') },
      secrets: { store: harness.secrets },
    });
    expect(value(await again.contacts.favourites()).map((favourite) => favourite.name)).toEqual([
      'Zoë Local',
      'Grace Hopper',
    ]);
    expect(value(await again.contacts.recents())[0]?.name).toBe('Zoë Local');
    expect(value(await again.contacts.clearRecents())).toEqual([]);
    expect(value(await again.contacts.remove(local.id))).toEqual({ deleted: true });
    expect(value(await again.contacts.favourites()).map((favourite) => favourite.name)).toEqual(['Grace Hopper']);
  });

  it('refuses unreadable numbers by name and edits only local contacts', async () => {
    harness = await startHarness();
    value(await harness.core.contacts.syncNow());
    const refused = await harness.core.contacts.add({
      name: 'Typo',
      numbers: [
        { label: 'Work', raw: '+44 20 7946 0958' },
        { label: 'Mobile', raw: 'call me' },
      ],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', detail: expect.stringMatching(/Number 2 \("call me"\)/) },
    });
    const edit = await harness.core.contacts.update('user:user-grace', {
      name: 'X',
      numbers: [{ label: 'Work', raw: '+16502530001' }],
    });
    expect(edit).toMatchObject({
      ok: false,
      error: { detail: expect.stringMatching(/Grace Hopper comes from the Genesys Cloud directory/) },
    });
  });

  it('keeps a damaged contacts file aside and starts empty', async () => {
    harness = await startHarness();
    const folder = join(harness.dataDir, 'contacts');
    await harness.core.contacts.add({ name: 'First', numbers: [{ label: 'Work', raw: '+442079460958' }] });
    await writeFile(join(folder, 'local.json'), '{"version":1,"contacts":[{"id":');
    const again = await SoftdialCore.create({
      env: { SOFTDIAL_DATA_DIR: harness.dataDir, SOFTDIAL_POLICY_FILE: join(harness.dataDir, 'none.json') },
      secrets: { store: harness.secrets },
    });
    const local = value(await again.contacts.status()).sources.find((source) => source.source === 'local');
    expect(local).toMatchObject({ count: 0, reason: expect.stringMatching(/kept as .*local\.json\.corrupt-/) });
    expect((await readdir(folder)).some((name) => name.startsWith('local.json.corrupt-'))).toBe(true);
  });

  it('closes only once the calls being recorded are on disk, and writes nothing after', async () => {
    const unexpected: unknown[] = [];
    const stopListening = addUnexpectedErrorListener((error, where) => unexpected.push({ where, error }));
    try {
      harness = await startHarness();
      const contacts = harness.core.contacts;
      const call = { number: '+442079460958', source: 'cli', outcome: 'placed', conversationId: 'c-1' } as const;
      fireAndForget(contacts.recordCall(call), 'recording a call in recents');
      await contacts.close();
      const recents = join(harness.dataDir, 'contacts', 'recents.json');
      const stored = JSON.parse(await readFile(recents, 'utf8')) as { calls: { conversationId?: string }[] };
      expect(stored.calls.map((recent) => recent.conversationId)).toEqual(['c-1']);
      await contacts.recordCall({ ...call, conversationId: 'c-2' });
      expect(await contacts.addFavourite('user:user-grace')).toMatchObject({
        ok: false,
        error: { code: 'disconnected' },
      });
      await harness.close();
      harness = undefined;
      expect(unexpected).toEqual([]);
    } finally {
      stopListening();
    }
  });

  it('pushes the presence of watched contacts; absent presence stays unknown', async () => {
    harness = await startHarness();
    harness.emulator.directory.generate(50);
    const changes: unknown[] = [];
    const events = listeningTo({
      presence: (list) => changes.push(...list),
    });
    harness.core.contacts.attach(events, events);
    const withPresence = harness.emulator.directory.people.find((p) => p.id.startsWith('gen-') && p.presence);
    const without = harness.emulator.directory.people.find((p) => p.id.startsWith('gen-') && !p.presence);
    value(await harness.core.contacts.watchPresence([`user:${withPresence?.id}`, `user:${without?.id}`]));
    expect(changes).toEqual([
      {
        contactId: `user:${withPresence?.id}`,
        presence: expect.objectContaining({ systemPresence: withPresence?.presence?.systemPresence }),
      },
    ]);
  });
});
