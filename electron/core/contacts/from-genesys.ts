import { ROUTING_STATUSES, SYSTEM_PRESENCES } from '../../shared/contact-sets.js';
import type { RoutingStatus, SystemPresence } from '../../shared/contact-sets.js';
import type { ExternalContact, GenesysUser } from '../genesys/schemas.js';
import { toCountryCode } from '../phone/numbering-plan.js';
import { readContactNumber } from './numbers.js';
import type { BaseContact, ContactNumber, Presence } from './types.js';

const USER_LABELS: Record<string, string> = {
  PRIMARY: 'Primary',
  WORK: 'Work',
  WORK2: 'Work 2',
  WORK3: 'Work 3',
  WORK4: 'Work 4',
  HOME: 'Home',
  MOBILE: 'Mobile',
  MAIN: 'Main',
  OTHER: 'Other',
};

/**
 * The country a number of Genesys is read in: its own (a colleague abroad keeps "030 1234567" as a Berlin
 * number), else the agent's default; a code the phone module does not know counts as none.
 */
const countryOf = (own: string | undefined, defaultCountry: string | undefined): string | undefined =>
  toCountryCode(own) ?? defaultCountry;

/**
 * The phone numbers of a user, every type, each once, each read in its entry's own country (else the
 * default); an extension-only entry is an internal extension.
 */
function userNumbers(user: GenesysUser, defaultCountry: string | undefined): ContactNumber[] {
  const numbers: ContactNumber[] = [];
  const seen = new Set<string>();
  for (const entry of [...user.addresses, ...user.primaryContactInfo]) {
    if (entry.mediaType !== 'PHONE' || !(entry.address || entry.extension)) continue;
    const type = (entry.type ?? 'OTHER').toUpperCase();
    const label = USER_LABELS[type] ?? 'Other';
    const id = numbers.some((number) => number.id === type) ? `${type}-${numbers.length + 1}` : type;
    const raw = {
      id,
      label: entry.address ? label : `${label} extension`,
      raw: entry.address ?? '',
      ...(entry.extension ? { extension: entry.extension } : {}),
    };
    const read = readContactNumber(raw, countryOf(entry.countryCode, defaultCountry));
    // Once per number as read: Genesys lists a user's number under addresses (with a country) and again
    // under primaryContactInfo (often without one).
    const key =
      read.e164 === undefined ? `text:${read.raw};${read.extension ?? ''}` : `${read.e164};${read.extension ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    numbers.push(read);
  }
  return numbers;
}

/** A directory user as a contact, each number read with its own country, else the default one. */
export function userContact(user: GenesysUser, defaultCountry: string | undefined): BaseContact {
  return {
    id: `user:${user.id}`,
    source: 'users',
    name: user.name?.trim() || user.email || user.id,
    ...(user.title ? { title: user.title } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(user.email ? { email: user.email } : {}),
    numbers: userNumbers(user, defaultCountry),
  };
}

const presenceNames = new Map(SYSTEM_PRESENCES.map((name) => [name.toLowerCase().replace(/[\s_]/g, ''), name]));
const routingNames = new Set<string>(ROUTING_STATUSES);

/** A user's presence as Genesys gave it (expand=presence,routingStatus); undefined when absent or unknown. */
export function userPresence(user: Pick<GenesysUser, 'presence' | 'routingStatus'>): Presence | undefined {
  const system = user.presence?.presenceDefinition?.systemPresence;
  const name: SystemPresence | undefined = system
    ? presenceNames.get(system.toLowerCase().replace(/[\s_]/g, ''))
    : undefined;
  if (!name) return undefined;
  const routing = user.routingStatus?.status;
  return {
    systemPresence: name,
    ...(user.presence?.message ? { message: user.presence.message } : {}),
    ...(routing && routingNames.has(routing) ? { routingStatus: routing as RoutingStatus } : {}),
    ...(user.presence?.modifiedDate ? { since: user.presence.modifiedDate } : {}),
  };
}

const EXTERNAL_PHONES = [
  ['workPhone', 'Work'],
  ['cellPhone', 'Mobile'],
  ['homePhone', 'Home'],
  ['otherPhone', 'Other'],
] as const;

/** An external contact as a contact; its PhoneNumber's e164 is preferred over its display text. */
export function externalContact(contact: ExternalContact, defaultCountry: string | undefined): BaseContact {
  const numbers = [];
  for (const [field, label] of EXTERNAL_PHONES) {
    const phone = contact[field];
    const raw = phone?.e164 || phone?.display || '';
    const extension = phone?.extension;
    if (raw || extension)
      numbers.push(
        readContactNumber(
          { id: field, label, raw, ...(extension ? { extension } : {}) },
          countryOf(phone?.countryCode, defaultCountry),
        ),
      );
  }
  const name = [contact.firstName, contact.middleName, contact.lastName].filter(Boolean).join(' ').trim();
  const organization = contact.externalOrganization?.name;
  return {
    id: `external:${contact.id}`,
    source: 'external',
    name: name || organization || contact.id,
    ...(organization ? { organization } : {}),
    ...(contact.title ? { title: contact.title } : {}),
    ...(contact.workEmail ? { email: contact.workEmail } : {}),
    numbers,
  };
}
