import type { ContactsService } from '../../electron/core/contacts/contacts-service.js';
import { contactDial } from '../../electron/core/contacts/genesys-lookup.js';

/** What dialling a contact by id would call: the number the contacts service and the dialer agree on. */
export async function numberDialled(contacts: ContactsService, contactId: string): Promise<string | undefined> {
  const found = await contacts.contactToDial(contactId);
  const target = found && contactDial(found.contact, found.preferredId);
  return target?.ok ? target.value.phone : undefined;
}
