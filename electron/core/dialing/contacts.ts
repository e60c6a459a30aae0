import * as v from 'valibot';
import { explainCode } from '../explain/catalog.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { ExternalContactSchema, UserSchema } from '../genesys/schemas.js';

/** A contact's name and the number to dial. */
export interface ContactNumber {
  name: string;
  phone: string;
}

/** Finds the number of a contact id ("user:ID" for the Genesys directory, "external:ID" for external contacts). */
export interface ContactLookup {
  lookup(contactId: string, api: GenesysApi): Promise<Outcome<ContactNumber>>;
}

const ContactIdSchema = v.pipe(
  v.string(),
  v.regex(/^(user|external):[\w.-]{1,100}$/, 'must be user:ID or external:ID'),
);

/** Looks contacts up in Genesys Cloud: a user's first phone address, or an external contact's first phone. */
export const genesysContacts: ContactLookup = {
  async lookup(contactId, api) {
    const parsed = v.safeParse(ContactIdSchema, contactId);
    if (!parsed.success)
      return fail(explainCode('unknown_contact', `"${contactId}" is not a contact id (user:ID or external:ID).`));
    const [kind, id = ''] = parsed.output.split(/:(.*)/s);
    if (kind === 'user') {
      const user = await api.call({
        method: 'GET',
        path: GENESYS_PATHS.user(id),
        schema: UserSchema,
        action: 'read',
      });
      if (!user.ok) return user;
      const phone = [...user.value.addresses, ...user.value.primaryContactInfo].find(
        (contact) => contact.mediaType === 'PHONE' && contact.address,
      );
      return phone?.address
        ? ok({
            name: user.value.name ?? id,
            phone: phone.extension ? `${phone.address};ext=${phone.extension}` : phone.address,
          })
        : fail(explainCode('unknown_contact', `${user.value.name ?? id} has no phone number in Genesys Cloud.`));
    }
    const contact = await api.call({
      method: 'GET',
      path: GENESYS_PATHS.externalContact(id),
      schema: ExternalContactSchema,
      action: 'read',
    });
    if (!contact.ok) return contact;
    const value = contact.value;
    const phone = [value.workPhone, value.cellPhone, value.homePhone, value.otherPhone].find(
      (number) => number?.e164 || number?.display,
    );
    const name = [value.firstName, value.lastName].filter(Boolean).join(' ') || id;
    return phone
      ? ok({ name, phone: (phone.e164 ?? phone.display ?? '') + (phone.extension ? `;ext=${phone.extension}` : '') })
      : fail(explainCode('unknown_contact', `${name} has no phone number.`));
  },
};
