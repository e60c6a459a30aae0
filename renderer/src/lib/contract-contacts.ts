import type { PayloadOf, SoftdialApi, ValueOf } from '../../../electron/ipc/contract.js';
import type { Contact, ContactsPort, Group, Recent } from './contacts.svelte.js';

type WireContact = ValueOf<'getContact'>;
type WireFavourite = ValueOf<'listFavourites'>[number];
type WireRecent = ValueOf<'listRecents'>[number];

const GROUP_OF: Record<WireContact['source'], Group> = { users: 'directory', external: 'external', local: 'local' };
const DIRECTORY_PAGE = 500;

/** A contact from the contract as the window lists it. */
export function toContact(contact: WireContact, group: Group = GROUP_OF[contact.source]): Contact {
  const numbers = contact.numbers.map((number) => ({
    id: number.id,
    label: number.label,
    dial: number.e164 ? number.e164 + (number.extension ? `;ext=${number.extension}` : '') : number.raw,
    display: number.reading?.international ?? number.raw,
  }));
  const preferred = contact.numbers.findIndex((number) => number.id === contact.preferredNumberId);
  const detail = [contact.title, contact.organization ?? contact.department].filter(Boolean).join(', ');
  return {
    id: contact.id,
    name: contact.name,
    group,
    favourite: contact.favourite,
    numbers,
    ...(preferred >= 0 ? { preferred } : {}),
    ...(detail ? { detail } : {}),
  };
}

/**
 * A favourite as the window lists it. One kept with a number calls that number (the core resolves it into
 * `number`, also after an edit moved or removed it); one kept without calls the contact's preferred number.
 */
export function fromFavourite(favourite: WireFavourite): Contact {
  if (favourite.contact) {
    const contact = toContact(favourite.contact, 'favourites');
    if (favourite.numberId === undefined) return { ...contact, favourite: true };
    const chosen = contact.numbers.findIndex((number) => number.dial === favourite.number);
    if (chosen >= 0) return { ...contact, favourite: true, preferred: chosen };
    const kept = { id: favourite.numberId, label: 'Favourite', dial: favourite.number, display: favourite.number };
    return { ...contact, favourite: true, numbers: [...contact.numbers, kept], preferred: contact.numbers.length };
  }
  return {
    id: favourite.contactId,
    name: favourite.name,
    group: 'favourites',
    favourite: true,
    numbers: [
      { id: favourite.numberId ?? 'number', label: 'Phone', dial: favourite.number, display: favourite.number },
    ],
  };
}

function fromRecent(recent: WireRecent): Recent {
  return {
    id: recent.id,
    dial: recent.number,
    display: recent.international ?? recent.number,
    at: recent.at,
    outcome: recent.outcome.replace(/_/g, ' '),
    ...(recent.name ? { name: recent.name } : {}),
    ...(recent.durationSeconds !== undefined ? { seconds: recent.durationSeconds } : {}),
  };
}

/**
 * The contacts service of the contract behind the window's port: ranked search with stale answers
 * dropped by request id, remote hits appended as they stream in, favourites, recents, the directory.
 */
export function contractContacts(api: SoftdialApi): ContactsPort {
  let latest = '';
  let counter = 0;
  const moreListeners = new Set<(contacts: Contact[]) => void>();
  api.on('contactResults', (push: PayloadOf<'contactResults'>) => {
    if (push.requestId !== latest) return;
    const contacts = push.hits.map((hit) => toContact(hit.contact));
    for (const listener of moreListeners) listener(contacts);
  });
  return {
    async search(text) {
      latest = `q${++counter}`;
      const result = await api.searchContacts(text, latest);
      return result.ok ? result.value.hits.map((hit) => toContact(hit.contact)) : [];
    },
    async favourites() {
      const result = await api.listFavourites();
      return result.ok ? result.value.map(fromFavourite) : [];
    },
    async directory(offset) {
      const result = await api.listContacts({ offset, limit: DIRECTORY_PAGE });
      if (!result.ok) return { contacts: [], total: 0 };
      return { contacts: result.value.contacts.map((contact) => toContact(contact)), total: result.value.total };
    },
    async recents() {
      const result = await api.listRecents();
      return result.ok ? result.value.map(fromRecent) : undefined;
    },
    async setFavourite(contact, favourite) {
      if (!favourite) {
        await api.removeFavourite(contact.id);
        return;
      }
      // Without a chosen number the favourite follows the contact (the agent chooses when calling it).
      const number = contact.preferred === undefined ? undefined : contact.numbers[contact.preferred];
      await api.addFavourite({ contactId: contact.id, ...(number ? { numberId: number.id } : {}) });
    },
    async setPreferred(contact, index) {
      const number = contact.numbers[index];
      if (number) await api.setPreferredNumber(contact.id, number.id);
    },
    async favouriteNumber(dial, display) {
      const added = await api.addContact({ name: display, numbers: [{ label: 'Phone', raw: dial }] });
      if (added.ok) await api.addFavourite({ contactId: added.value.id });
    },
    onMore(listener) {
      moreListeners.add(listener);
      return () => moreListeners.delete(listener);
    },
    onChanged(listener) {
      const stops = [
        api.on('contactsChanged', () => listener('contacts')),
        api.on('favouritesChanged', () => listener('favourites')),
        api.on('recentsChanged', () => listener('recents')),
      ];
      return () => stops.forEach((stop) => stop());
    },
  };
}
