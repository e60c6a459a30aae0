import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/core/contacts/files/csv.js';
import { importContacts } from '../../../electron/core/contacts/files/import-contacts.js';

let ids = 0;
const run = (text: string) => {
  const result = importContacts({
    fileName: 'contacts.csv',
    bytes: Buffer.from(text, 'utf8'),
    dryRun: false,
    existing: [],
    defaultCountry: 'US',
    newId: () => `local:${++ids}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** The lines of a report, imported or refused, in order. */
const linesOf = ({ report }: ReturnType<typeof run>) => ({
  taken: [...report.imported, ...report.fixed, ...report.merged].map((entry) => entry.line).sort((a, b) => a - b),
  refused: report.refused.map((entry) => entry.line),
});

/** A contact's numbers as label and E.164. */
const numbersOf = (contact: { numbers: { label: string; e164?: string }[] } | undefined) =>
  contact?.numbers.map((number) => [number.label, number.e164]);

describe('CSV quotes', () => {
  it('reads a quoted cell that spans lines and holds the separator (Google address), lines counted right after it', () => {
    const file = [
      'Name,Phone 1 - Type,Phone 1 - Value,Address 1 - Formatted',
      'Alice Smith,Mobile,+1 650 555 0101,"1600 Amphitheatre Pkwy',
      'Mountain View, CA 94043',
      'US"',
      'Bob,Work,+1 650 555 0102,',
      'Nobody,Work,,',
    ];
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      const read = run(`${file.join(lineEnd)}${lineEnd}`);
      expect(read.contacts.map((contact) => [contact.name, ...(numbersOf(contact) ?? [])])).toEqual([
        ['Alice Smith', ['Mobile', '+16505550101']],
        ['Bob', ['Work', '+16505550102']],
      ]);
      expect(linesOf(read)).toEqual({ taken: [2, 5], refused: [6] });
      expect(read.report.refused).toEqual([{ line: 6, reason: 'Nobody has no phone number.' }]);
    }
  });

  it('refuses only the line of a quote never closed, with old Mac line ends too, and reads every later line', () => {
    const read = run('Name,Phone\r"Doe, John,+1 650 555 0101\rJane,+1 650 555 0102\rBob,+1 650 555 0103\r');
    expect(read.report.counts).toMatchObject({ records: 3, imported: 2, refused: 1 });
    expect(read.report.refused).toEqual([{ line: 2, reason: 'A quote (") is opened and never closed on this line.' }]);
    expect(read.contacts.map((contact) => contact.name)).toEqual(['Jane', 'Bob']);
  });

  it('accounts for every line of a file with stray and partial quotes, whatever its line ends', () => {
    const file = [
      'Name,Phone',
      'Ada,+1 650 555 0101',
      '"Doe, John,+1 650 555 0102',
      'Bob "The Builder" Smith,+1 650 555 0103',
      '"Smith" Jr,+1 650 555 0104',
      'Carol,"+1 650 555 0105',
      'Dan,+1 650 555 0106',
      '"Eve",+1 650 555 0107',
    ];
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      const read = run(file.join(lineEnd));
      expect(linesOf(read)).toEqual({ taken: [2, 4, 5, 7, 8], refused: [3, 6] });
      expect(read.report.refused.map((entry) => entry.reason)).toEqual([
        'A quote (") is opened and never closed on this line.',
        'A quote (") is opened and never closed on this line.',
      ]);
      expect(read.contacts.map((contact) => contact.name)).toEqual([
        'Ada',
        'Bob "The Builder" Smith',
        '"Smith" Jr',
        'Dan',
        'Eve',
      ]);
    }
  });

  it('reads 20,000 crafted lines of broken quotes in one pass, each refused or read with its line number', () => {
    // Every other line opens a quote closed on the next line and followed by text: a reader that rereads the
    // rest of the file for each such line takes minutes here.
    const lines = Array.from({ length: 20_000 }, (_, index) =>
      index % 2 === 0 ? '"P 1" x,"+1 650 555 0001' : `Q ${index},+1 650 555 ${String(index).padStart(4, '0')}`,
    );
    const read = readCsv(`Name,Phone\n${lines.join('\n')}\n`);
    const records = [...read.records];
    expect(records.map((record) => record.line)).toEqual(lines.map((_, index) => index + 2).filter((n) => n % 2 === 1));
    expect(records.at(-1)).toMatchObject({ name: 'Q 19999', numbers: [{ raw: '+1 650 555 19999' }] });
    expect(read.refused.map((refusal) => refusal.line)).toEqual(
      lines.map((_, index) => index + 2).filter((n) => n % 2 === 0),
    );
    expect(new Set(read.refused.map((refusal) => refusal.reason))).toEqual(
      new Set(['A quote (") is opened and never closed on this line.']),
    );
  });
});

describe('CSV separator line', () => {
  it('never lets a stray quote swallow the lines up to a later quote (an inch mark): they are read as written', () => {
    const read = run(
      [
        'Name,Phone,Notes',
        'Ann,650 555 0101,"prefers mornings',
        'Bob,650 555 0102,x',
        'Cid,650 555 0103,x',
        'Dan,650 555 0104,screen 27"',
        'Eve,650 555 0105,"a note, quoted"',
      ].join('\n'),
    );
    expect(read.contacts.map((contact) => contact.name)).toEqual(['Bob', 'Cid', 'Dan', 'Eve']);
    expect(linesOf(read)).toEqual({ taken: [3, 4, 5, 6], refused: [2] });
  });

  it('reads lines that each open a quote closed only on the next line in one pass, not once per line', () => {
    const read = run(`Name,Phone\n${'a","b\n'.repeat(80_000)}Ada,650 555 0101\n`);
    expect(read.contacts.map((contact) => contact.name)).toEqual(['Ada']);
    expect(read.report.counts.records).toBe(80_001);
  });

  it("takes Excel's sep= first line as the separator, keeping the file's line numbers", () => {
    for (const file of [
      'sep=;\nName;Phone\nAda, Countess;+1 650 555 0101\nNobody;\n',
      'sep=;\r\n"Name";"Phone"\r\n"Ada, Countess";"+1 650 555 0101"\r\n"Nobody";""\r\n',
    ]) {
      const read = run(file);
      expect(read.report.separator).toBe('semicolon');
      expect(read.contacts.map((contact) => [contact.name, ...(numbersOf(contact) ?? [])])).toEqual([
        ['Ada, Countess', ['Phone', '+16505550101']],
      ]);
      expect(read.report.refused).toEqual([{ line: 4, reason: 'Nobody has no phone number.' }]);
    }
  });
});

/** A CSV line of these cells, each quoted. */
const csvLine = (cells: readonly string[]): string => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');

/** A file of this header and rows given by header, every other cell empty. */
const csvFile = (header: readonly string[], rows: readonly Record<string, string>[]): string =>
  [header, ...rows.map((row) => header.map((column) => row[column] ?? ''))].map(csvLine).join('\r\n');

const OUTLOOK = [
  'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title',
  'Business Street', 'Business Street 2', 'Business Street 3', 'Business City', 'Business State',
  'Business Postal Code', 'Business Country/Region', 'Home Street', 'Home Street 2', 'Home Street 3', 'Home City',
  'Home State', 'Home Postal Code', 'Home Country/Region', 'Other Street', 'Other Street 2', 'Other Street 3',
  'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region', "Assistant's Phone", 'Business Fax',
  'Business Phone', 'Business Phone 2', 'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax', 'Home Phone',
  'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone', 'Radio Phone',
  'TTY/TDD Phone', 'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday',
  'Business Address PO Box', 'Categories', 'Children', 'Directory Server', 'E-mail Address', 'E-mail Type',
  'E-mail Display Name', 'E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address',
  'E-mail 3 Type', 'E-mail 3 Display Name', 'Gender', 'Government ID Number', 'Hobby', 'Home Address PO Box',
  'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage', 'Notes',
  'Office Location', 'Organizational ID Number', 'Other Address PO Box', 'Priority', 'Private', 'Profession',
  'Referred By', 'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page',
]; // prettier-ignore

const GOOGLE = [
  'First Name', 'Middle Name', 'Last Name', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name',
  'Name Prefix', 'Name Suffix', 'Nickname', 'File As', 'Organization Name', 'Organization Title',
  'Organization Department', 'Birthday', 'Notes', 'Photo', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value',
  'E-mail 2 - Label', 'E-mail 2 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label',
  'Phone 2 - Value', 'Phone 3 - Label', 'Phone 3 - Value', 'Address 1 - Label', 'Address 1 - Formatted',
  'Address 1 - Street', 'Address 1 - City', 'Address 1 - PO Box', 'Address 1 - Region', 'Address 1 - Postal Code',
  'Address 1 - Country', 'Address 1 - Extended Address', 'Relation 1 - Label', 'Relation 1 - Value',
]; // prettier-ignore

describe('CSV headers of Outlook and Google exports', () => {
  it("reads Outlook's export: the person's own name, job title (not Mr.), e-mail and voice numbers, nobody else's", () => {
    const read = run(
      csvFile(OUTLOOK, [
        {
          Title: 'Mr.',
          'First Name': 'John',
          'Last Name': 'Doe',
          Suffix: 'Jr.',
          Company: 'Acme',
          Department: 'Sales',
          'Job Title': 'Engineer',
          "Assistant's Phone": '+1 650 555 0124',
          'Business Fax': '+1 650 555 0125',
          'Business Phone': '+1 650 555 0121',
          'Company Main Phone': '+1 650 555 0100',
          'Home Phone': '+1 650 555 0123',
          'Mobile Phone': '+1 650 555 0122',
          Pager: '+1 650 555 0126',
          'TTY/TDD Phone': '+1 650 555 0127',
          "Assistant's Name": 'Mary Jones',
          'E-mail Address': 'john@acme.example',
          'E-mail Type': 'SMTP',
          'E-mail Display Name': 'John Doe (john@acme.example)',
          'Government ID Number': '123-45-6789',
          Initials: 'J.D.',
          "Manager's Name": 'Bob Boss',
          'Organizational ID Number': '40417',
        },
        {
          Title: 'Dr.',
          'First Name': 'Grace',
          'Last Name': 'Hopper',
          'Company Main Phone': '+1 650 555 0100',
          'Mobile Phone': '+1 650 555 0131',
          'E-mail Type': 'SMTP',
          'E-mail Display Name': 'Grace Hopper',
          'Organizational ID Number': '40418',
        },
      ]),
    );
    expect(read.report.counts).toMatchObject({ records: 2, imported: 2, merged: 0, refused: 0 });
    const [john, grace] = read.contacts;
    expect(john).toMatchObject({
      name: 'John Doe',
      organization: 'Acme',
      title: 'Engineer',
      email: 'john@acme.example',
    });
    expect(numbersOf(john)).toEqual([
      ['Work', '+16505550121'],
      ['Home', '+16505550123'],
      ['Mobile', '+16505550122'],
    ]);
    expect(john?.numbers.map((number) => number.extension)).toEqual([undefined, undefined, undefined]);
    expect(grace).toMatchObject({ name: 'Grace Hopper', numbers: [{ label: 'Mobile', e164: '+16505550131' }] });
    expect(grace?.title).toBeUndefined();
    expect(grace?.email).toBeUndefined();
    // Without a job title column, a bare Title is the job title.
    expect(run('Name,Title,Phone\nAda,Countess,+1 650 555 0101\n').contacts[0]).toMatchObject({ title: 'Countess' });
  });

  it("reads Google's export: the first name kept, prefix and nickname left out, labelled numbers, no fax", () => {
    const read = run(
      csvFile(GOOGLE, [
        {
          'First Name': 'Jane',
          'Last Name': 'Smith',
          'Phonetic First Name': 'Jayn',
          'Name Prefix': 'Dr.',
          'Name Suffix': 'PhD',
          Nickname: 'Janie',
          'File As': 'Smith, Jane',
          'Organization Name': 'Google',
          'Organization Title': 'Engineer',
          'Organization Department': 'Research',
          Labels: '* myContacts',
          'E-mail 1 - Label': '* Work',
          'E-mail 1 - Value': 'jane@google.example',
          'Phone 1 - Label': 'Mobile',
          'Phone 1 - Value': '+1 650 555 0111',
          'Phone 2 - Label': 'Work Fax',
          'Phone 2 - Value': '+1 650 555 0112',
          'Phone 3 - Label': 'Work',
          'Phone 3 - Value': '+1 650 555 0113 ::: +1 650 555 0114',
          'Address 1 - Label': 'Work',
          'Address 1 - Formatted': '1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUS',
          'Relation 1 - Label': 'Assistant',
          'Relation 1 - Value': 'Mary Jones',
        },
        { 'First Name': 'Alan', 'Phone 1 - Label': 'Home', 'Phone 1 - Value': '+1 650 555 0141' },
      ]),
    );
    expect(read.report.counts).toMatchObject({ records: 2, imported: 2, refused: 0 });
    const [jane, alan] = read.contacts;
    expect(jane).toMatchObject({
      name: 'Jane Smith',
      organization: 'Google',
      title: 'Engineer',
      email: 'jane@google.example',
    });
    expect(numbersOf(jane)).toEqual([
      ['Mobile', '+16505550111'],
      ['Work', '+16505550113'],
      ['Work', '+16505550114'],
    ]);
    expect(alan).toMatchObject({ name: 'Alan', numbers: [{ label: 'Home', e164: '+16505550141' }] });
    expect(read.report.imported.map((entry) => entry.line)).toEqual([2, 5]);
  });
});
