import { ROUTING_STATUSES, SYSTEM_PRESENCES } from '../../shared/contact-sets.js';
import type { RoutingStatus, SystemPresence } from '../../shared/contact-sets.js';
import type { DirectoryUser, ExternalContact } from './genesys-shapes.js';
import { readContactNumber } from './numbers.js';
import type { RawNumber } from './numbers.js';
import type { BaseContact, Presence } from './types.js';

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

/** The phone numbers of a user, every type, each once; an extension-only entry is an internal extension. */
function userNumbers(user: DirectoryUser): RawNumber[] {
  const numbers: RawNumber[] = [];
  const seen = new Set<string>();
  for (const entry of [...user.addresses, ...user.primaryContactInfo]) {
    if (entry.mediaType !== 'PHONE' || !(entry.address || entry.extension)) continue;
    const key = `${entry.address ?? ''};${entry.extension ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const type = (entry.type ?? 'OTHER').toUpperCase();
    const label = USER_LABELS[type] ?? 'Other';
    const id = numbers.some((number) => number.id === type) ? `${type}-${numbers.length + 1}` : type;
    numbers.push({
      id,
      label: entry.address ? label : `${label} extension`,
      raw: entry.address ?? '',
      ...(entry.extension ? { extension: entry.extension } : {}),
    });
  }
  return numbers;
}

/** A directory user as a contact, every number read with the default country. */
export function userContact(user: DirectoryUser, defaultCountry: string | undefined): BaseContact {
  return {
    id: `user:${user.id}`,
    source: 'users',
    name: user.name?.trim() || user.email || user.id,
    ...(user.title ? { title: user.title } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(user.email ? { email: user.email } : {}),
    numbers: userNumbers(user).map((number) => readContactNumber(number, defaultCountry)),
  };
}

const presenceNames = new Map(SYSTEM_PRESENCES.map((name) => [name.toLowerCase().replace(/[\s_]/g, ''), name]));
const routingNames = new Set<string>(ROUTING_STATUSES);

/** A user's presence as Genesys gave it (expand=presence,routingStatus); undefined when absent or unknown. */
export function userPresence(user: Pick<DirectoryUser, 'presence' | 'routingStatus'>): Presence | undefined {
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
    const extension = phone?.extension === undefined ? undefined : String(phone.extension);
    if (raw || extension)
      numbers.push(
        readContactNumber(
          { id: field, label, raw, ...(extension ? { extension } : {}) },
          phone?.countryCode || defaultCountry,
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
