import { afterEach, describe, expect, it } from 'vitest';
import { contactDial, genesysLookup } from '../../electron/core/contacts/genesys-lookup.js';
import { readContactNumber } from '../../electron/core/contacts/numbers.js';
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

describe('a contact dialled by id', () => {
  it('rings the same number before the directory sync (asked of Genesys) as after it (from the contacts)', async () => {
    harness = await startHarness();
    const { api } = value(harness.core.connect());
    const lookup = genesysLookup(() => 'GB');
    const ids = ['user:user-grace', 'user:user-ada', 'user:user-alan'];
    const before = await Promise.all(ids.map(async (id) => value(await lookup.lookup(id, api)).phone));
    expect(before[0]).toBe('+16502530001');
    value(await harness.core.contacts.syncNow());
    const { contacts } = harness.core;
    const after = await Promise.all(ids.map((id) => numberDialled(contacts, id)));
    expect(after).toEqual(before);
  });

  it('dials an extension-only entry as an internal extension, whichever way it was found', () => {
    const extension = readContactNumber({ id: 'WORK2', label: 'Work 2 extension', raw: '', extension: '4201' }, 'GB');
    const national = readContactNumber({ id: 'WORK', label: 'Work', raw: '020 7946 0958', extension: '12' }, 'GB');
    const contact = { id: 'user:x', source: 'users' as const, name: 'Desk', numbers: [extension, national] };
    expect(value(contactDial(contact))).toEqual({ name: 'Desk', phone: '4201', internalExtension: '4201' });
    expect(value(contactDial(contact, 'WORK'))).toEqual({ name: 'Desk', phone: '+442079460958;ext=12' });
    expect(contactDial({ ...contact, numbers: [] })).toMatchObject({ ok: false, error: { code: 'unknown_contact' } });
  });
});
