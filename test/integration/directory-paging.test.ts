import { afterEach, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { value } from '../helpers/outcome.js';

// What Genesys answers rather than what softdial asked for (the page size it gives back), and lists sent as
// repeated parameters (id=a&id=b), the "multi" format the SDKs' docs name.

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const usersReads = (h: Harness) =>
  h.emulator.received('GET', '/api/v2/users').map((request) => new URLSearchParams(request.query));

describe('the directory as Genesys pages it', () => {
  it('reads every user when Genesys answers fewer per page than asked', async () => {
    harness = await startHarness();
    harness.emulator.directory.generate(250);
    harness.emulator.directory.maxUsersPageSize = 100;
    value(await harness.core.contacts.syncNow());
    const users = value(await harness.core.contacts.status()).sources.find((source) => source.source === 'users');
    expect(users).toMatchObject({ state: 'ready', count: harness.emulator.directory.people.length });
    expect(usersReads(harness).map((query) => query.get('pageNumber'))).toEqual(['1', '2', '3']);
  });

  it('asks presence with repeated id and expand parameters, and reads it', async () => {
    harness = await startHarness({ core: { liveProgress: false } });
    value(await harness.core.contacts.syncNow());
    harness.emulator.directory.setPresence('user-grace', { systemPresence: 'Busy' }, harness.clock.now());
    value(await harness.core.contacts.watchPresence(['user:user-grace', 'user:user-10']));
    const read = usersReads(harness).find((query) => query.has('id'));
    expect(read?.getAll('id')).toEqual(['user-grace', 'user-10']);
    expect(read?.getAll('expand')).toEqual(['presence', 'routingStatus']);
    expect(value(await harness.core.contacts.get('user:user-grace')).presence).toMatchObject({
      systemPresence: 'Busy',
    });
  });
});
