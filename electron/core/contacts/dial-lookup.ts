import { explainCode } from '../explain/catalog.js';
import { fail, ok } from '../../shared/outcome.js';
import type { ContactLookup } from '../dialing/contacts.js';
import type { ContactsService } from './contacts-service.js';
import { dialText } from './numbers.js';

/**
 * Dialling by contact id through the contacts service: the contact's preferred number from any source
 * (local ones included); an id no source knows is asked of Genesys by the fallback.
 */
export function contactsLookup(contacts: ContactsService, fallback: ContactLookup): ContactLookup {
  return {
    async lookup(contactId, api) {
      const found = await contacts.numberToDial(contactId);
      if (!found) return fallback.lookup(contactId, api);
      if (!found.number)
        return fail(explainCode('unknown_contact', `${found.name} has no number that can be dialled.`));
      return ok({ name: found.name, phone: dialText(found.number) });
    },
  };
}
