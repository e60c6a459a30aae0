import { describe, expect, it } from 'vitest';
import { readContactNumber } from '../../../electron/core/contacts/numbers.js';
import type { Contact, Favourite, RecentCall } from '../../../electron/core/contacts/types.js';
import { TRAY_RECENTS, trayFavourites, trayRecents } from '../../../electron/main/tray-lists.js';

const work = readContactNumber({ id: 'n1', label: 'Work', raw: '+44 20 7946 0958' }, 'GB');
const mobile = readContactNumber({ id: 'n2', label: 'Mobile', raw: '+44 7400 123456' }, 'GB');
const contact = (preferredNumberId?: string): Contact => ({
  id: 'local:jane',
  source: 'local',
  name: 'Jane Doe',
  numbers: [work, mobile],
  favourite: true,
  ...(preferredNumberId ? { preferredNumberId } : {}),
});
const favourite = (extra: Partial<Favourite>): Favourite => ({
  contactId: 'local:jane',
  name: 'Jane Doe',
  number: '+442079460958',
  ...extra,
});

describe("the tray's favourites", () => {
  it('calls the number a favourite was kept with, else the chosen one, else offers every dialable one', () => {
    expect(
      trayFavourites([favourite({ numberId: 'n2', number: '+447400123456', contact: contact() })])[0]?.numbers,
    ).toEqual([{ label: 'Mobile', display: '+44 7400 123456', dial: '+447400123456' }]);
    expect(trayFavourites([favourite({ contact: contact('n1') })])[0]?.numbers.map((n) => n.dial)).toEqual([
      '+442079460958',
    ]);
    expect(trayFavourites([favourite({ contact: contact() })])[0]?.numbers.map((n) => n.dial)).toEqual([
      '+442079460958',
      '+447400123456',
    ]);
  });

  it('calls the number a favourite was kept with after an edit removed it, never another of the contact', () => {
    const removed = favourite({ numberId: 'n3', number: '+447400999999', contact: contact('n1') });
    expect(trayFavourites([removed])[0]?.numbers).toEqual([
      { label: '', display: '+447400999999', dial: '+447400999999' },
    ]);
  });

  it('keeps a favourite whose contact is gone, with the number it was kept with', () => {
    expect(trayFavourites([favourite({})])).toEqual([
      { name: 'Jane Doe', numbers: [{ label: '', display: '+442079460958', dial: '+442079460958' }] },
    ]);
  });
});

describe("the tray's recent calls", () => {
  const call = (index: number, extra: Partial<RecentCall> = {}): RecentCall => ({
    id: `r${index}`,
    number: `+4420794609${String(index).padStart(2, '0')}`,
    at: 1_000 - index,
    source: 'pad',
    outcome: 'placed',
    ...extra,
  });

  it('offers the last distinct numbers, newest first, named by contact, with the extension kept', () => {
    const recents = trayRecents([
      call(1, { name: 'Grace Hopper', international: '+44 20 7946 0901' }),
      call(1),
      call(2, { extension: '12' }),
      ...Array.from({ length: 10 }, (_, index) => call(index + 3)),
    ]);
    expect(recents).toHaveLength(TRAY_RECENTS);
    expect(recents[0]).toEqual({ label: 'Grace Hopper (+44 20 7946 0901)', dial: '+442079460901' });
    expect(recents[1]).toEqual({ label: '+442079460902', dial: '+442079460902;ext=12' });
    expect(recents[2]?.dial).toBe('+442079460903');
  });
});
