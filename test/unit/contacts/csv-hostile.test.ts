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
