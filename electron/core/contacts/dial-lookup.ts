import type { ContactLookup } from '../dialing/contacts.js';
import type { ContactsService } from './contacts-service.js';
import { contactDial } from './genesys-lookup.js';

/**
 * Dialling by contact id through the contacts service: the contact's preferred number from any source
 * (local ones included); an id no source knows is asked of Genesys by the fallback.
 */
export function contactsLookup(contacts: ContactsService, fallback: ContactLookup): ContactLookup {
  return {
    async lookup(contactId, api) {
      const found = await contacts.contactToDial(contactId);
      return found ? contactDial(found.contact, found.preferredId) : fallback.lookup(contactId, api);
    },
  };
}
