import { describe, expect, it } from 'vitest';
import { importContacts } from '../../../electron/core/contacts/files/import-contacts.js';
import {
  MAX_IMPORTED_FIELD,
  MAX_NUMBERS_PER_CONTACT,
  MAX_REFERENCE_LABEL,
  MAX_REPORT_CHARS,
} from '../../../electron/shared/limits.js';

let ids = 0;
const run = (text: string, fileName = 'contacts.csv') => {
  const result = importContacts({
    fileName,
    bytes: new TextEncoder().encode(text),
    dryRun: false,
    existing: [],
    defaultCountry: 'GB',
    newId: () => `local:${++ids}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** Every string of a report, so its size is what a transport would carry. */
const reportChars = (report: object): number => JSON.stringify(report).length;

describe('imports have bounds', () => {
  it('a vCard parameter repeated 50,000 times is read once, in one pass', () => {
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nTEL${';TYPE=work'.repeat(50_000)}:+442079460958\r\nEND:VCARD\r\n`;
    const { contacts } = run(card, 'ada.vcf');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]?.numbers).toHaveLength(1);
    expect(contacts[0]?.numbers[0]?.label).toBe('Work');
  });

  it(`a contact keeps at most ${MAX_NUMBERS_PER_CONTACT} numbers and says how many more it left out`, () => {
    const numbers = Array.from({ length: 10_000 }, (_, i) => `+4420794${String(10_000 + i).slice(1)}`);
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n${numbers.map((n) => `TEL:${n}`).join('\r\n')}\r\nEND:VCARD\r\n`;
    const { contacts, report } = run(card, 'many.vcf');
    expect(contacts[0]?.numbers).toHaveLength(MAX_NUMBERS_PER_CONTACT);
    expect(report.fixed[0]?.notes.join(' ')).toContain(`${10_000 - MAX_NUMBERS_PER_CONTACT} more numbers`);
  });

  it('every imported field is cut, and another contact is named by a short label', () => {
    const long = 'N'.repeat(100_000);
    const csv = `name,company,title,phone\n${long},${long},${long},+442079460958\nOther ${long},,,+442079460958\n`;
    const { contacts, report } = run(csv);
    for (const contact of contacts)
      for (const field of [contact.name, contact.organization ?? '', contact.title ?? ''])
        expect(field.length).toBeLessThanOrEqual(MAX_IMPORTED_FIELD);
    const note = report.imported
      .concat(report.fixed)
      .flatMap((line) => line.notes)
      .find((text) => text.startsWith('Shares a number with'));
    expect(note).toBeDefined();
    expect((note ?? '').length).toBeLessThan(MAX_REFERENCE_LABEL + 60);
  });

  it('thousands of records sharing one number make a report of bounded size, with complete counts', () => {
    const name = 'S'.repeat(2_000);
    const rows = Array.from({ length: 3_000 }, (_, i) => `${name} ${i},+442079460958`);
    const { report } = run(`name,phone\n${rows.join('\n')}\n`);
    expect(report.counts.imported + report.counts.merged).toBe(3_000);
    expect(report.omitted).toBeGreaterThan(0);
    expect(reportChars(report)).toBeLessThan(MAX_REPORT_CHARS * 2);
  });
});
