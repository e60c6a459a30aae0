import * as v from 'valibot';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { ContactLookup, ContactNumber as DialNumber } from '../dialing/contacts.js';
import { explainCode } from '../explain/catalog.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { ExternalContactSchema, UserSchema } from '../genesys/schemas.js';
import { externalContact, userContact } from './from-genesys.js';
import { dialText, isDialable, preferredNumber } from './numbers.js';
import type { BaseContact, ContactNumber } from './types.js';

const ContactIdSchema = v.pipe(
  v.string(),
  v.regex(/^(user|external):[\w.-]{1,100}$/, 'must be user:ID or external:ID'),
);

/** What dialling one number of a contact means: its E.164 reading (with extension), or an internal extension. */
export function dialTarget(name: string, number: ContactNumber): DialNumber {
  return number.e164 === undefined && number.extension !== undefined && number.raw === number.extension
    ? { name, phone: number.extension, internalExtension: number.extension }
    : { name, phone: dialText(number) };
}

/** The number a contact is dialled on (its preferred one, else its first dialable), or why there is none. */
export function contactDial(contact: BaseContact, preferredId?: string): Outcome<DialNumber> {
  const number = preferredNumber(contact.numbers, preferredId);
  return number && isDialable(number)
    ? ok(dialTarget(contact.name, number))
    : fail(explainCode('unknown_contact', `${contact.name} has no number that can be dialled.`));
}

/** Reads one user or external contact of Genesys by id, as the directory sync would list it. */
async function readContact(
  kind: string,
  id: string,
  api: GenesysApi,
  defaultCountry: string | undefined,
): Promise<Outcome<BaseContact>> {
  if (kind === 'user') {
    const user = await api.call({ method: 'GET', path: GENESYS_PATHS.user(id), schema: UserSchema, action: 'read' });
    return user.ok ? ok(userContact(user.value, defaultCountry)) : user;
  }
  const contact = await api.call({
    method: 'GET',
    path: GENESYS_PATHS.externalContact(id),
    schema: ExternalContactSchema,
    action: 'read',
  });
  return contact.ok ? ok(externalContact(contact.value, defaultCountry)) : contact;
}

/**
 * Looks a contact up in Genesys Cloud by id (one the contacts have not listed yet, before the directory
 * sync): read with the same model and the same reading of its numbers as the sync, so a contact dialled by
 * id rings the same number before the sync as after it.
 */
export function genesysLookup(defaultCountry: () => string | undefined): ContactLookup {
  return {
    async lookup(contactId, api) {
      const parsed = v.safeParse(ContactIdSchema, contactId);
      if (!parsed.success)
        return fail(explainCode('unknown_contact', `"${contactId}" is not a contact id (user:ID or external:ID).`));
      const [kind = '', id = ''] = parsed.output.split(/:(.*)/s);
      const contact = await readContact(kind, id, api, defaultCountry());
      return contact.ok ? contactDial(contact.value) : contact;
    },
  };
}
