import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeContactsFile } from '../../../electron/core/contacts/files/decode.js';
import { importContacts } from '../../../electron/core/contacts/files/import-contacts.js';
import { readVcard } from '../../../electron/core/contacts/files/vcard.js';

/** Bytes that look random but are the same on every run (xorshift32), so a failure can be replayed. */
const noise = (length: number, seed: number): Buffer => {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let at = 0; at < length; at++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[at] = state & 0xff;
  }
  return bytes;
};

let ids = 0;
const run = (fileName: string, bytes: Uint8Array, defaultCountry: string) => {
  const result = importContacts({
    fileName,
    bytes,
    dryRun: false,
    existing: [],
    defaultCountry,
    newId: () => `local:${++ids}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** A contacts list as Excel's "Unicode Text" writes it: tab-separated, CRLF, names in Cyrillic and Greek. */
const unicodeText = [
  'Name\tMobile Phone\tBusiness Phone',
  'Иван Петров\t+7 912 345-67-89\t+7 495 123-45-67',
  'Ελένη Παπαδοπούλου\t+30 691 234 5678\t',
  'Ольга Смирнова\t\t+7 812 765-43-21',
  '',
].join('\r\n');

describe('UTF-16 without a byte-order mark', () => {
  for (const encoding of ['utf-16le', 'utf-16be'] as const)
    it(`imports a Cyrillic and Greek list written ${encoding.toUpperCase()} without a BOM`, () => {
      const { report, contacts } = run('contacts.txt', iconv.encode(unicodeText, encoding), 'RU');
      expect(report.encoding).toBe(encoding.toUpperCase());
      expect(report.counts).toMatchObject({ records: 3, imported: 3, refused: 0 });
      expect(contacts.map(({ name, numbers }) => [name, numbers.map((number) => number.e164)])).toEqual([
        ['Иван Петров', ['+79123456789', '+74951234567']],
        ['Ελένη Παπαδοπούλου', ['+306912345678']],
        ['Ольга Смирнова', ['+78127654321']],
      ]);
      const latin = decodeContactsFile(iconv.encode('Name,Phone\r\nZoë Müller,+49 30 1234567\r\n', encoding));
      expect(latin).toMatchObject({ ok: true, value: { encoding: encoding.toUpperCase() } });
      const oneLine = decodeContactsFile(iconv.encode('Ελένη,+30 691 234 5678', encoding));
      expect(oneLine).toEqual({
        ok: true,
        value: { encoding: encoding.toUpperCase(), text: 'Ελένη,+30 691 234 5678' },
      });
    });

  it('tells a short UTF-16 list from PNG, ZIP and random bytes, which are refused with the reason', () => {
    const short = iconv.encode('Имя,Тел\nИван,+7 912 345-67-89\n', 'utf-16le');
    expect(decodeContactsFile(short)).toMatchObject({ ok: true, value: { encoding: 'UTF-16LE' } });
    const png = Buffer.concat([
      Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
      Buffer.from('1f15c4890000000d49444154789c6300010000050001a5f645400000000049454e44ae426082', 'hex'),
    ]);
    const zip = Buffer.concat([
      Buffer.from('504b0304140000000800', 'hex'),
      noise(4096, 1),
      Buffer.from('504b0506000000000100010036000000', 'hex'),
    ]);
    const strayNul = Buffer.from(`Name,Phone\n\0${'Ada Lovelace,+44 20 7946 0958\n'.repeat(40)}`);
    for (const bytes of [png, zip, noise(64 * 1024, 2), noise(1000, 3), noise(1000, 4), strayNul])
      expect(decodeContactsFile(bytes)).toEqual({
        ok: false,
        error: 'The file is not text (it holds binary data): export your contacts as CSV or vCard and import that.',
      });
  });
});

/** Two cards as old Outlook and Nokia exports write vCard 2.1: bare parameters, quoted-printable with soft breaks. */
const vcard21 = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;LANGUAGE=de;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:M=FCller;J=FCrgen',
  'FN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:J=FCrgen M=FCller',
  'ORG;QUOTED-PRINTABLE:B=E4ckerei M=FCller GmbH',
  'TITLE;CHARSET=Windows-1252;QUOTED-PRINTABLE:Gesch=E4ftsf=FChrer =80-Konten',
  'TEL;WORK;VOICE:+49 30 1234567',
  'TEL;CELL;VOICE:+49 170 1234567',
  'TEL;WORK;FAX:+49 30 1234568',
  'ADR;WORK;QUOTED-PRINTABLE:;;Hauptstra=DFe 1=0D=0A=',
  'Hinterhaus;Berlin;;10115;Deutschland',
  'EMAIL;PREF;INTERNET:juergen@example.de',
  'REV:20080424T195243Z',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;QUOTED-PRINTABLE:=C3=98stergaard;S=C3=B8ren;;;',
  'FN;CHARSET=UTF-8;QUOTED-PRINTABLE:S=C3=B8ren=',
  ' =C3=98stergaard',
  'TEL;CELL:+45 20 12 34 56',
  'TEL;HOME:+45 33 12 34 56',
  'TEL;FAX:+45 33 12 34 57',
  'PHOTO;JPEG;BASE64:',
  '  /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////',
  '  //////////////////////////////////////////////////8=',
  '',
  'END:VCARD',
  '',
].join('\r\n');

describe('vCard 2.1', () => {
  it('reads bare QUOTED-PRINTABLE in its charset, joins soft breaks, and reads bare TEL types as TYPE=…', () => {
    const read = readVcard(vcard21);
    expect(read.refused).toEqual([]);
    expect(read.records).toEqual([
      {
        line: 1,
        name: 'Jürgen Müller',
        organization: 'Bäckerei Müller GmbH',
        title: 'Geschäftsführer €-Konten',
        email: 'juergen@example.de',
        numbers: [
          { label: 'Work', raw: '+49 30 1234567' },
          { label: 'Mobile', raw: '+49 170 1234567' },
        ],
      },
      {
        line: 15,
        name: 'Søren Østergaard',
        numbers: [
          { label: 'Mobile', raw: '+45 20 12 34 56' },
          { label: 'Home', raw: '+45 33 12 34 56' },
        ],
      },
    ]);
    const { report, contacts } = run('contacts.vcf', Buffer.from(vcard21, 'latin1'), 'DE');
    expect(report.counts).toMatchObject({ records: 2, imported: 2, refused: 0 });
    expect(contacts.map((contact) => contact.numbers.map((number) => number.e164))).toEqual([
      ['+49301234567', '+491701234567'],
      ['+4520123456', '+4533123456'],
    ]);
  });

  it('reads a bare QUOTED-PRINTABLE name in UTF-8 when no charset is named, else in Windows-1252', () => {
    const card = (name: string) =>
      readVcard(`BEGIN:VCARD\r\n${name}\r\nTEL:+49 30 1\r\nEND:VCARD\r\n`).records[0]?.name;
    expect(card('N;QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen')).toBe('Jürgen Müller');
    expect(card('N;QUOTED-PRINTABLE:M=FCller;J=FCrgen')).toBe('Jürgen Müller');
    expect(card('FN;quoted-printable:J=FCrgen M=FC=\r\nller')).toBe('Jürgen Müller');
  });
});
