import { assertNever } from '../../../shared/assert-never.js';
import type { ContactFileFormat } from '../../../shared/contact-sets.js';
import { dialText } from '../numbers.js';
import { formulaLike } from './formula-guard.js';
import type { BaseContact, ContactExport, ContactNumber } from '../types.js';

/** Numbers as softdial writes them (E.164, `;ext=`, joined by " ::: "): no formula can be spelled with these. */
const NUMBERS_ONLY = /^\+?\d+(?:;ext=\d+)?(?: ::: \+?\d+(?:;ext=\d+)?)*$/;

/** A CSV cell, quoted; text a spreadsheet would run as a formula is kept as text by a leading `'`. */
const csvField = (value: string): string => {
  const safe = formulaLike(value) && !NUMBERS_ONLY.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** Starts a CSV so that Excel reads it as UTF-8 ("Zoë", not "ZoÃ«"); softdial's own import skips it. */
const UTF8_BOM = '\uFEFF';

/**
 * Contacts as CSV: one column per number label ("Work phone", "Mobile phone"…), several numbers joined by " ::: ",
 * with a UTF-8 BOM and formula-like cells defused.
 */
function toCsv(contacts: readonly BaseContact[]): string {
  const labels = [...new Set(contacts.flatMap((contact) => contact.numbers.map((number) => number.label)))];
  const header = ['Name', 'Organization', 'Title', 'Email', ...labels.map((label) => `${label} phone`)];
  const rows = contacts.map((contact) => [
    contact.name,
    contact.organization ?? '',
    contact.title ?? '',
    contact.email ?? '',
    ...labels.map((label) =>
      contact.numbers
        .filter((number) => number.label === label)
        .map(dialText)
        .join(' ::: '),
    ),
  ]);
  return `${UTF8_BOM}${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Escapes a vCard text value (RFC 6350 §3.4). */
const vcardText = (value: string): string =>
  value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * A TEL value (vCard 3.0's phone-number, not text): E.164 with an unescaped `;ext=` as RFC 3966 writes it, so
 * that readers find the extension; a line break, which would end the property, becomes a space.
 */
const vcardTel = (number: ContactNumber): string => dialText(number).replace(/[\r\n]+/g, ' ');

/** Folds a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 sequence. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** The TYPE of a TEL by the first word of its label; any other label is a voice number. */
const VCARD_TYPES: Record<string, string> = {
  Mobile: 'CELL,VOICE',
  Home: 'HOME,VOICE',
  Work: 'WORK,VOICE',
  Main: 'MAIN,VOICE',
  Pager: 'PAGER',
};

/** Contacts as vCard 3.0, which every address book reads. */
function toVcard(contacts: readonly BaseContact[]): string {
  return contacts
    .map((contact) => {
      const words = contact.name.trim().split(/\s+/);
      const last = words.length > 1 ? (words.pop() ?? '') : '';
      const lines = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${vcardText(contact.name)}`,
        `N:${vcardText(last)};${vcardText(words.join(' '))};;;`,
        ...(contact.organization ? [`ORG:${vcardText(contact.organization)}`] : []),
        ...(contact.title ? [`TITLE:${vcardText(contact.title)}`] : []),
        ...(contact.email ? [`EMAIL;TYPE=INTERNET:${vcardText(contact.email)}`] : []),
        ...contact.numbers.map(
          (number) => `TEL;TYPE=${VCARD_TYPES[number.label.split(' ')[0] ?? ''] ?? 'VOICE'}:${vcardTel(number)}`,
        ),
        'END:VCARD',
      ];
      return lines.map(fold).join('\r\n');
    })
    .join('\r\n')
    .concat('\r\n');
}

/** Contacts as a file of the format asked for. */
export function exportContacts(contacts: readonly BaseContact[], format: ContactFileFormat): ContactExport {
  switch (format) {
    case 'csv':
      return { fileName: 'contacts.csv', mimeType: 'text/csv', content: toCsv(contacts), count: contacts.length };
    case 'vcard':
      return { fileName: 'contacts.vcf', mimeType: 'text/vcard', content: toVcard(contacts), count: contacts.length };
    default:
      return assertNever(format);
  }
}
