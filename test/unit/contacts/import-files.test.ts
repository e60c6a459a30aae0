import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exportContacts } from '../../../electron/core/contacts/files/export.js';
import { decodeContactsFile } from '../../../electron/core/contacts/files/decode.js';
import { MAX_IMPORT_BYTES } from '../../../electron/shared/limits.js';
import { importContacts } from '../../../electron/core/contacts/files/import-contacts.js';
import { numberReader } from '../../../electron/core/contacts/files/number-reader.js';
import type { ImportInput } from '../../../electron/core/contacts/files/import-contacts.js';
import { readVcard } from '../../../electron/core/contacts/files/vcard.js';
import type { BaseContact } from '../../../electron/core/contacts/types.js';

let ids = 0;
const run = (text: string | Uint8Array, options: Partial<ImportInput> = {}) => {
  const result = importContacts({
    fileName: 'contacts.csv',
    bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
    dryRun: false,
    existing: [],
    defaultCountry: 'GB',
    newId: () => `local:${++ids}`,
    ...options,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe('CSV import', () => {
  it('reads headers in several languages and every separator', () => {
    const english = run(
      'Name,Company,Mobile Phone,Business Phone\nAda Lovelace,Analytical,07400 123456,020 7946 0958\n',
    );
    expect(english.contacts[0]).toMatchObject({
      name: 'Ada Lovelace',
      organization: 'Analytical',
      numbers: [
        { label: 'Mobile', e164: '+447400123456' },
        { label: 'Work', e164: '+442079460958' },
      ],
    });
    const german = run(
      'Vorname;Nachname;Firma;Telefon geschäftlich;Handy\nHans;Müller;Beispiel GmbH;+49 30 1234567;\n',
    );
    expect(german).toMatchObject({ report: { separator: 'semicolon' } });
    expect(german.contacts[0]).toMatchObject({ name: 'Hans Müller', organization: 'Beispiel GmbH' });
    const french = run('Nom\tPrénom\tTéléphone\nCurie\tMarie\t+33 6 12 34 56 78\n');
    expect(french.report.separator).toBe('tab');
    expect(french.contacts[0]?.numbers[0]?.e164).toBe('+33612345678');
    const spanish = run('Nombre,Apellidos,Móvil\nJosé,García,+34 612 345 678\n');
    expect(spanish.contacts[0]).toMatchObject({ name: 'José García', numbers: [{ label: 'Mobile' }] });
  });

  it('handles quotes, a BOM, several numbers in a cell and files without a header', () => {
    const quoted = run('\ufeff"Name","Phone"\n"Doe, Jane","+44 20 7946 0958 ::: +44 7400 123456"\n');
    expect(quoted.contacts[0]).toMatchObject({ name: 'Doe, Jane' });
    expect(quoted.contacts[0]?.numbers).toHaveLength(2);
    expect(quoted.report.encoding).toBe('UTF-8');
    const bare = run('Grace Hopper,+1 650 253 0001\nAlan Turing,+44 161 496 0002\n');
    expect(bare.contacts.map((contact) => contact.name)).toEqual(['Grace Hopper', 'Alan Turing']);
  });

  it('detects UTF-16, Windows-1252 and mixed encodings', () => {
    const text = 'Name,Phone\nZoë Müller,+49 30 1234567\n';
    const utf16 = run(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    expect(utf16.report.encoding).toBe('UTF-16LE');
    expect(utf16.contacts[0]?.name).toBe('Zoë Müller');
    const legacy = run(iconv.encode(text, 'windows-1252'));
    expect(legacy.report.encoding).toMatch(/WINDOWS-1252|ISO-8859/);
    expect(legacy.contacts[0]?.name).toBe('Zoë Müller');
    const mixed = run(
      Buffer.concat([
        Buffer.from('Name,Phone\nZoë Adams,+1 650 253 0001\n'),
        iconv.encode('Jürgen Groß,+49 30 7654321\n', 'latin1'),
      ]),
    );
    expect(mixed.report.encoding).toMatch(/^mixed UTF-8 and/);
    expect(mixed.contacts.map((contact) => contact.name)).toEqual(['Zoë Adams', 'Jürgen Groß']);
  });

  it('reports fixed, merged and refused lines, importing the rest', () => {
    const { report, contacts } = run(
      [
        'Name,Phone',
        'Ada,020 7946 0958',
        'Grace,+1 650 253 0001',
        '"Broken,123',
        'Alan,not a number',
        'Ada again,+44 20 7946 0958',
        'Linus,+358 9 1234 5678',
        'Nobody,',
      ].join('\n'),
    );
    expect(report.counts).toEqual({ records: 7, imported: 3, fixed: 1, merged: 1, refused: 3 });
    expect(report.fixed[0]).toMatchObject({ line: 2, name: 'Ada', notes: [expect.stringMatching(/Added \+44/)] });
    expect(report.merged).toEqual([{ line: 6, name: 'Ada again', into: 'Ada' }]);
    expect(report.refused).toEqual(
      expect.arrayContaining([
        { line: 4, reason: expect.stringMatching(/quote/) },
        { line: 5, reason: expect.stringMatching(/Alan: no number could be read/) },
        { line: 8, reason: 'Nobody has no phone number.' },
      ]),
    );
    expect(contacts.map((contact) => contact.name)).toEqual(['Ada', 'Grace', 'Linus']);
  });

  it('merges duplicates into existing contacts by number', () => {
    const existing: BaseContact[] = run('Name,Phone\nAda,+44 20 7946 0958\n').contacts;
    const { report, contacts } = run('Name,Phone,Mobile\nAda L.,+44 20 7946 0958,+44 7400 123456\n', { existing });
    expect(report.counts.merged).toBe(1);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]?.numbers.map((number) => number.e164)).toEqual(['+442079460958', '+447400123456']);
  });

  it("keeps different people at one number apart, and merges each one's duplicate into that person", () => {
    const { report, contacts } = run(
      [
        'Name,Work,Mobile',
        'Alice Smith,+1 650 253 0000,+1 650 555 0101',
        'Bob Jones,+1 650 253 0000,+1 650 555 0102',
        'Reception,+1 650 253 0000,',
        'Jones Bob,+1 650 253 0000,+1 650 555 0112',
        'A. Smith,,+1 650 555 0101',
      ].join('\n'),
      { defaultCountry: 'US' },
    );
    expect(contacts.map((contact) => [contact.name, contact.numbers.map((number) => number.e164)])).toEqual([
      ['Alice Smith', ['+16502530000', '+16505550101']],
      ['Bob Jones', ['+16502530000', '+16505550102', '+16505550112']],
      ['Reception', ['+16502530000']],
    ]);
    expect(report.counts).toMatchObject({ imported: 3, merged: 2 });
    expect(report.merged).toEqual([
      { line: 5, name: 'Jones Bob', into: 'Bob Jones' },
      { line: 6, name: 'A. Smith', into: 'Alice Smith' },
    ]);
    expect(report.imported.find((entry) => entry.name === 'Bob Jones')?.notes).toEqual([
      'Shares a number with Alice Smith: kept as a contact of its own.',
    ]);
    const again = run('Name,Phone\nReception,+1 650 253 0000\nCarol,+1 650 253 0000\n', {
      existing: contacts,
      defaultCountry: 'US',
    });
    expect(again.report.counts).toMatchObject({ imported: 1, merged: 1 });
    expect(again.report.merged).toEqual([{ line: 2, name: 'Reception', into: 'Reception' }]);
  });

  it('refuses binary files and files over the limit with the reason', () => {
    const binary = decodeContactsFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    expect(binary).toMatchObject({ ok: false, error: expect.stringMatching(/not text/) });
    const huge = decodeContactsFile(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(huge).toMatchObject({ ok: false, error: expect.stringMatching(/up to 64 MB/) });
  });
});

describe('CSV import fast paths', () => {
  it('reads every row of a long file, past the rows its columns are guessed from, with and without quotes', () => {
    const lines = Array.from(
      { length: 45 },
      (_, index) => `Person ${index},+44 20 7946 ${String(index).padStart(4, '0')}`,
    );
    const bare = run(`${lines.join('\n')}\n`);
    expect(bare.report.counts).toMatchObject({ records: 45, imported: 45 });
    expect(bare.contacts.at(-1)).toMatchObject({ name: 'Person 44', numbers: [{ e164: '+442079460044' }] });
    const quoted = run(`Name,Phone\n"Quoted, One",+44 20 7946 9999\n${lines.join('\n')}\n`);
    expect(quoted.report.counts).toMatchObject({ records: 46, imported: 46 });
    expect(quoted.contacts.map((contact) => contact.name)).toContain('Person 44');
  });

  it('lists refusals in line order, whichever reader refused them', () => {
    const { report } = run('Name,Phone\nNobody,\nAlan,not a number\nAda,+44 20 7946 0958\nNoone,\n');
    expect(report.refused.map((refusal) => refusal.line)).toEqual([2, 3, 5]);
    expect(report.counts).toMatchObject({ records: 4, imported: 1, refused: 3 });
  });

  it('refuses 200,000 lines without a number and still imports the one that has one', () => {
    const names = Array.from({ length: 200_000 }, (_, index) => `Person ${index},`).join('\n');
    const { report } = run(`Name,Phone\n${names}\nAda,+44 20 7946 0958\n`);
    expect(report.counts).toMatchObject({ records: 200_001, imported: 1, refused: 200_000 });
    expect(report.refused).toHaveLength(1000);
  });

  it('reads the 150,000 lines after a stray quote near the top of a file', () => {
    const lines = Array.from(
      { length: 150_000 },
      (_, index) => `P${index},+44 20 7946 ${String(index % 100).padStart(4, '0')}`,
    );
    const { report } = run(`Name,Phone\n"Broken,123\n${lines.join('\n')}\n`);
    // 150,000 people at 100 numbers: none is another's duplicate, so each is kept.
    expect(report.counts).toMatchObject({ records: 150_001, imported: 150_000, merged: 0, refused: 1 });
    expect(report.refused).toEqual([{ line: 2, reason: expect.stringMatching(/quote/) }]);
  });

  it('reads a number repeated on many lines once, each contact keeping its own label and id', () => {
    const read = numberReader('GB');
    const work = read({ id: 'n1', label: 'Work', raw: '020 7946 0958' });
    const mobile = read({ id: 'n2', label: 'Mobile', raw: '020 7946 0958' });
    expect(mobile).toEqual({ ...work, id: 'n2', label: 'Mobile' });
    expect(mobile).not.toBe(work);
    const switchboard = run(
      `Name,Phone\n${['Ada', 'Grace', 'Alan'].map((name) => `${name},020 7946 0000`).join('\n')}\n`,
    );
    expect(switchboard.report.counts).toMatchObject({ imported: 3, merged: 0 });
  });

  it('never gives a number read with one default country to an import with another', () => {
    const file = 'Name,Phone\nGrace,650 253 0001\n';
    const american = run(file, { defaultCountry: 'US' });
    const british = run(file, { defaultCountry: 'GB' });
    expect(american.contacts[0]?.numbers[0]?.e164).toBe('+16502530001');
    expect(british.contacts).toEqual([]);
    expect(british.report.refused[0]?.reason).toMatch(/Grace: no number could be read/);
    expect(numberReader('GB')({ id: 'n1', label: 'Phone', raw: '650 253 0001' }).e164).toBeUndefined();
  });
});

describe('CSV lines and duplicates at scale', () => {
  it('reads Windows, Unix and old Mac line ends, mixed, keeping each line number and skipping blank lines', () => {
    const text = 'Name,Phone\r\nAda,020 7946 0958\rGrace,020 7946 0959\n \t\r\n\u00a0\nAlan,020 7946 0960\r\n,,\n';
    const { report, contacts } = run(text);
    expect(contacts.map((contact) => [contact.name, contact.numbers[0]?.e164])).toEqual([
      ['Ada', '+442079460958'],
      ['Grace', '+442079460959'],
      ['Alan', '+442079460960'],
    ]);
    expect(report.refused).toEqual([{ line: 7, reason: 'The line has no name and no number.' }]);
  });

  it('cuts cells at every separator, empty cells included, without reading past the line', () => {
    const { contacts } = run('Name;Company;;Phone\nAda;;;020 7946 0958\nGrace;Navy;x;020 7946 0959\n');
    expect(contacts).toMatchObject([
      { name: 'Ada', numbers: [{ e164: '+442079460958' }] },
      { name: 'Grace', organization: 'Navy', numbers: [{ e164: '+442079460959' }] },
    ]);
    expect(contacts[0]?.organization).toBeUndefined();
  });

  it('merges 20,000 distinct numbers written twice in another shape, with extensions kept apart', () => {
    const digits = Array.from({ length: 20_000 }, (_, index) => `3${String(index).padStart(7, '0')}`);
    const first = digits.map((number, index) => `First ${index},020 ${number}`);
    const second = digits.map((number, index) => `First ${index},+44 20 ${number}`);
    const extensions = ['Desk,020 30000000 ext 12', 'Other desk,020 30000000 ext 13', 'Same desk,+442030000000;ext=12'];
    const { report, contacts } = run(`Name,Phone\n${[...first, ...second, ...extensions].join('\n')}\n`);
    expect(report.counts).toMatchObject({ records: 40_003, imported: 20_002, merged: 20_001 });
    expect(contacts.at(19_999)?.name).toBe('First 19999');
    expect(contacts.slice(20_000).map((contact) => [contact.name, contact.numbers[0]?.extension])).toEqual([
      ['Desk', '12'],
      ['Other desk', '13'],
    ]);
  });

  it('keeps one list of notes for all the numbers of an import that carry the same notes', () => {
    const { contacts } = run('Name,Phone\nAda,020 7946 0958\nGrace,020 7946 0959\nAlan,+44 20 7946 0960\n');
    const [ada, grace, alan] = contacts.map((contact) => contact.numbers[0]?.reading?.notes);
    expect(ada).toEqual(['Added +44 because your default country is United Kingdom.']);
    expect(grace).toBe(ada);
    expect(alan).toEqual([]);
  });

  it('reads past the point where a file that hardly repeats its numbers stops being remembered, the same as before it', () => {
    const read = numberReader('GB');
    const distinct = Array.from({ length: 3000 }, (_, index) => `020 3${String(index).padStart(7, '0')}`);
    const readings = distinct.map((raw, index) => read({ id: 'n1', label: String(index), raw }));
    const again = read({ id: 'n2', label: 'Again', raw: distinct[2999] ?? '' });
    expect(again).toEqual({ ...readings[2999], id: 'n2', label: 'Again' });
    expect(readings.every((reading, index) => reading.e164 === `+4420${distinct[index]?.slice(4)}`)).toBe(true);
  });
});

describe('vCard import', () => {
  it('reads 3.0 and 4.0 cards: TEL types, folded lines, quoted-printable, several numbers', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ada Lovelace',
      'N:Lovelace;Ada;;;',
      'ORG:Analytical Engines;Research',
      'TEL;TYPE=WORK,VOICE:+44 20 7946',
      '  0958',
      'TEL;TYPE=CELL:+44 7400 123456',
      'TEL;TYPE=FAX:+44 20 7946 0000',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Zo\\, Müller',
      'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-650-253-0001;ext=12',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;',
      'TEL;HOME:030 1234567',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:No Number',
      'END:VCARD',
    ].join('\r\n');
    const read = readVcard(text);
    expect(read.records).toEqual([
      {
        line: 1,
        name: 'Ada Lovelace',
        organization: 'Analytical Engines',
        numbers: [
          { label: 'Work', raw: '+44 20 7946 0958' },
          { label: 'Mobile', raw: '+44 7400 123456' },
        ],
      },
      { line: 11, name: 'Zo, Müller', numbers: [{ label: 'Work', raw: '+1-650-253-0001;ext=12' }] },
      { line: 16, name: 'Jürgen Müller', numbers: [{ label: 'Home', raw: '030 1234567' }] },
    ]);
    expect(read.refused).toEqual([{ line: 21, reason: 'No Number has no phone number (TEL).' }]);
    const imported = run(text, { fileName: 'cards.vcf', defaultCountry: 'DE' });
    expect(imported.contacts[1]?.numbers[0]).toMatchObject({ e164: '+16502530001', extension: '12' });
    expect(imported.contacts[2]?.numbers[0]?.e164).toBe('+49301234567');
  });

  it('unfolds 100,000 soft breaks and folds in one pass (a quadratic reader never finishes)', () => {
    const softBreaks = `BEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE:${'=41:=\r\n'.repeat(100_000)}x\r\nTEL:+442079460958\r\nEND:VCARD`;
    expect(readVcard(softBreaks).records[0]?.name).toBe(`${'A:'.repeat(100_000)}x`);
    const folds = `BEGIN:VCARD\r\nFN:${'a:\r\n '.repeat(100_000)}z\r\nTEL:+442079460958\r\nEND:VCARD`;
    expect(readVcard(folds).records[0]?.name).toBe(`${'a:'.repeat(100_000)}z`);
  });
});

describe('export', () => {
  it('writes CSV and vCard that import again to the same contacts', () => {
    const { contacts } = run(
      'Name,Company,Work,Mobile\n"Doe, Jane",Acme,+44 20 7946 0958,+44 7400 123456\nZoë Müller,,+49 30 1234567,\n',
    );
    for (const format of ['csv', 'vcard'] as const) {
      const file = exportContacts(contacts, format);
      const again = run(file.content, { fileName: file.fileName });
      expect(
        again.contacts.map(({ name, organization, numbers }) => ({
          name,
          organization,
          numbers: numbers.map((n) => [n.label, n.e164]),
        })),
        format,
      ).toEqual(
        contacts.map(({ name, organization, numbers }) => ({
          name,
          organization,
          numbers: numbers.map((n) => [n.label, n.e164]),
        })),
      );
    }
  });
});
