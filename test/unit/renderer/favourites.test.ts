import { describe, expect, it } from 'vitest';
import { readContactNumber } from '../../../electron/core/contacts/numbers.js';
import type { Contact, Favourite } from '../../../electron/core/contacts/types.js';
import { fromFavourite } from '../../../renderer/src/lib/contract-contacts.js';

const work = readContactNumber({ id: 'n1', label: 'Work', raw: '+44 20 7946 0958' }, 'GB');
const mobile = readContactNumber({ id: 'n2', label: 'Mobile', raw: '+44 7400 123456' }, 'GB');
const jane: Contact = { id: 'local:jane', source: 'local', name: 'Jane', numbers: [work, mobile], favourite: true };
const favourite = (extra: Partial<Favourite>): Favourite => ({
  contactId: jane.id,
  name: 'Jane',
  number: '+442079460958',
  contact: jane,
  ...extra,
});
const dialled = (entry: Favourite) => {
  const listed = fromFavourite(entry);
  return listed.preferred === undefined ? undefined : listed.numbers[listed.preferred]?.dial;
};

describe("the window's favourites", () => {
  it('call the number a favourite was kept with, wherever the contact now holds it', () => {
    expect(dialled(favourite({ numberId: 'n2', number: '+447400123456' }))).toBe('+447400123456');
    expect(dialled(favourite({ numberId: 'n1', number: '+447400123456' }))).toBe('+447400123456');
  });

  it('call the kept number when an edit removed it from the contact, never another of its numbers', () => {
    const listed = fromFavourite(favourite({ numberId: 'n3', number: '+447400999999' }));
    expect(listed.numbers[listed.preferred ?? -1]).toMatchObject({ dial: '+447400999999', label: 'Favourite' });
  });

  it("leave a favourite kept without a number to the contact's preferred number", () => {
    expect(dialled(favourite({}))).toBeUndefined();
    expect(dialled(favourite({ contact: { ...jane, preferredNumberId: 'n2' } }))).toBe('+447400123456');
  });
});
