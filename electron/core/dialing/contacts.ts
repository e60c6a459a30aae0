import * as v from 'valibot';
import { explainCode } from '../explain/catalog.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { GenesysApi } from '../genesys/api.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { ExternalContactSchema, UserSchema } from '../genesys/schemas.js';
import { toCountryCode } from '../phone/numbering-plan.js';
import { parsePhone } from '../phone/parse.js';

/** A contact's name and the number to dial (or, for an extension-only directory entry, the internal extension). */
export interface ContactNumber {
  name: string;
  phone: string;
  /** Set when the directory gives only an internal extension (no address): dialled as it is. */
  internalExtension?: string;
}

/** Finds the number of a contact id ("user:ID" for the Genesys directory, "external:ID" for external contacts). */
export interface ContactLookup {
  lookup(contactId: string, api: GenesysApi): Promise<Outcome<ContactNumber>>;
}

const ContactIdSchema = v.pipe(
  v.string(),
  v.regex(/^(user|external):[\w.-]{1,100}$/, 'must be user:ID or external:ID'),
);

/**
 * A directory address as the dialer should read it: a national address of an entry that names its country
 * (a colleague abroad) made international in that country, else the address as written (read with the
 * agent's default country).
 */
function inOwnCountry(address: string, countryCode: string | undefined): string {
  const country = toCountryCode(countryCode);
  if (!country || address.trim().startsWith('+')) return address;
  const read = parsePhone(address, { defaultCountry: country });
  return read.ok ? read.e164 : address;
}

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
      const phones = [...user.value.addresses, ...user.value.primaryContactInfo].filter(
        (contact) => contact.mediaType === 'PHONE',
      );
      const name = user.value.name ?? id;
      const phone = phones.find((contact) => contact.address);
      if (phone?.address) {
        const address = inOwnCountry(phone.address, phone.countryCode);
        return ok({ name, phone: phone.extension ? `${address};ext=${phone.extension}` : address });
      }
      // `extension` and `address` exclude each other: an extension-only entry is a real internal number.
      const internal = phones.find((contact) => contact.extension)?.extension;
      return internal
        ? ok({ name, phone: internal, internalExtension: internal })
        : fail(explainCode('unknown_contact', `${name} has no phone number in Genesys Cloud.`));
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
