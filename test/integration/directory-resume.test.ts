import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DirectoryPerson } from '../../electron/core/emulator/directory-routes.js';
import type { SourceStatus } from '../../electron/core/contacts/types.js';
import { listeningTo } from '../../electron/core/contacts/verbs.js';
import { harnessPerTest } from '../helpers/harness-per-test.js';
import type { Harness } from '../helpers/sandbox.js';
import { value } from '../helpers/outcome.js';

const startHarness = harnessPerTest();

/** New people of the directory, named by a tag so that each call adds others. */
const newcomers = (tag: string, count: number): DirectoryPerson[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${tag}-${index}`,
    name: `Newcomer ${tag} ${index}`,
    email: `${tag}-${index}@directory.example`,
    phones: [{ type: 'WORK', address: `+1650555${String(1000 + index).slice(-4)}` }],
  }));

/** The user ids the finished cache holds, in its order. */
const cachedIds = async (h: Harness): Promise<string[]> => {
  const cache = JSON.parse(await readFile(join(h.dataDir, 'contacts', 'users.json'), 'utf8')) as {
    contacts: { id: string; name: string }[];
  };
  return cache.contacts.map((contact) => contact.id);
};

const directoryIds = (h: Harness): string[] => h.emulator.directory.people.map((person) => `user:${person.id}`);

const pagesAsked = (h: Harness) =>
  h.emulator.received('GET', '/api/v2/users').map((request) => new URLSearchParams(request.query).get('pageNumber'));

/** A directory of 1,529 users (4 pages) whose sync was cut by a rate limit at page 3, after pages 1 and 2. */
async function cutAtPageThree(): Promise<Harness> {
  const h = await startHarness();
  h.emulator.directory.generate(1500);
  h.emulator.directory.failingPage = { pageNumber: 3, status: 429, retryAfterSeconds: 600 };
  expect(await h.core.contacts.syncNow()).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  h.emulator.directory.failingPage = undefined;
  h.emulator.requests.length = 0;
  return h;
}

/** The users source's status after each push. */
function usersStatuses(h: Harness, onStatus: (status: SourceStatus) => void = () => undefined): SourceStatus[] {
  const seen: SourceStatus[] = [];
  const events = listeningTo({
    status: (status) => {
      const users = status.sources.find((source) => source.source === 'users');
      if (!users) return;
      seen.push(users);
      onStatus(users);
    },
  });
  h.core.contacts.attach(events, events);
  return seen;
}

describe('a directory sync resumed after users were added or removed in Genesys', () => {
  it('reads the directory again from page 1 when users were added, and holds each user once', async () => {
    const harness = await cutAtPageThree();
    harness.emulator.directory.people.unshift(...newcomers('added', 7));
    const statuses = usersStatuses(harness);
    value(await harness.core.contacts.syncNow());
    expect(pagesAsked(harness)).toEqual(['3', '1', '2', '3', '4']);
    const ids = await cachedIds(harness);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(directoryIds(harness).sort());
    expect(statuses.some((status) => /changed .*1529 users, now 1536/.test(status.reason ?? ''))).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ state: 'ready', count: 1536 });
  });

  it('reads the directory again from page 1 when users were removed, so nobody shifted onto a read page is lost', async () => {
    const harness = await cutAtPageThree();
    harness.emulator.directory.people.splice(0, 5);
    value(await harness.core.contacts.syncNow());
    expect(pagesAsked(harness)).toEqual(['3', '1', '2', '3', '4']);
    const ids = await cachedIds(harness);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(directoryIds(harness).sort());
  });

  it('holds a user met on two pages once, as the later page had them, when the total stayed the same', async () => {
    const harness = await cutAtPageThree();
    const people = harness.emulator.directory.people;
    const boundary = people[499 + 500];
    if (!boundary) throw new Error('The directory has no 1,000th user.');
    people.unshift(...newcomers('moved', 1));
    people.pop();
    boundary.name = 'Renamed Since Page Two';
    value(await harness.core.contacts.syncNow());
    expect(pagesAsked(harness)).toEqual(['3', '4']);
    const ids = await cachedIds(harness);
    expect(new Set(ids).size).toBe(ids.length);
    expect(value(await harness.core.contacts.get(`user:${boundary.id}`)).name).toBe('Renamed Since Page Two');
  });

  it('says so when the directory changes again while it is read the second time, and still holds each user once', async () => {
    const harness = await cutAtPageThree();
    const { emulator } = harness;
    emulator.directory.people.unshift(...newcomers('first', 5));
    let restarted = false;
    let changedAgain = false;
    const statuses = usersStatuses(harness, (status) => {
      if (!restarted && /changed/.test(status.reason ?? '')) {
        restarted = true;
        // Page 1 of the second reading passes; page 2 is rate limited, and meanwhile 5 more people join.
        emulator.inject({ method: 'GET', path: '/api/v2/users' });
        emulator.inject({ method: 'GET', path: '/api/v2/users', status: 429, headers: { 'retry-after': '1' } });
      } else if (restarted && !changedAgain && /wait/.test(status.reason ?? '')) {
        changedAgain = true;
        emulator.directory.people.unshift(...newcomers('second', 5));
      }
    });
    value(await harness.core.contacts.syncNow());
    expect(pagesAsked(harness)).toEqual(['3', '1', '2', '2', '3', '4']);
    const ids = await cachedIds(harness);
    expect(new Set(ids).size).toBe(ids.length);
    expect(statuses.at(-1)).toMatchObject({
      state: 'ready',
      reason: expect.stringMatching(/changed in Genesys Cloud again .*next sync/),
    });
  });
});
