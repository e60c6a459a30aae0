import type { SoftdialApi } from '../../../electron/ipc/contract.js';
import type { Contact, ContactsPort } from './contacts.svelte.js';
import { readingOf } from './readings.js';

type Favourite = { name: string; number: string };

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * Contacts from the settings' quick-dial favourites (the tray's list): the window's source until the
 * contacts service is in the contract, and the same list the tray shows.
 */
export function settingsContacts(api: SoftdialApi, defaultCountry: () => string | undefined): ContactsPort {
  let stored: Favourite[] = [];
  const toContact = (favourite: Favourite, index: number): Contact => {
    const reading = readingOf(favourite.number, defaultCountry());
    return {
      id: `favourite:${index}`,
      name: favourite.name,
      group: 'favourites',
      favourite: true,
      numbers: [
        {
          label: reading?.ok && reading.type ? reading.type.replace(/_/g, ' ').toLowerCase() : 'phone',
          dial: reading?.ok ? reading.e164 : favourite.number,
          display: reading?.ok ? reading.international : favourite.number,
        },
      ],
    };
  };
  const load = async () => {
    const settings = await api.getSettings();
    stored = settings.ok ? (settings.value.values.favourites ?? []) : [];
    return stored.map(toContact);
  };
  const save = (favourites: Favourite[]) => api.updateSettings({ favourites }).then(() => undefined);
  return {
    favourites: load,
    directory: async () => [],
    async search(text) {
      const words = fold(text).split(/\s+/).filter(Boolean);
      const digits = digitsOf(text);
      return stored.map(toContact).filter((contact) => {
        const name = fold(contact.name);
        const byName = words.length > 0 && words.every((word) => name.includes(word));
        const byNumber = digits.length >= 3 && contact.numbers.some((number) => digitsOf(number.dial).includes(digits));
        return byName || byNumber;
      });
    },
    async setFavourite(contact, favourite) {
      const number = contact.numbers[contact.preferred ?? 0]?.dial;
      if (!number) return;
      const others = stored.filter((entry) => entry.number !== number);
      await save(favourite ? [...others, { name: contact.name, number }] : others);
    },
    async setPreferred() {
      // Quick-dial favourites hold one number each: nothing to choose.
    },
    onChanged: (listener) => api.on('settingsChanged', listener),
  };
}
