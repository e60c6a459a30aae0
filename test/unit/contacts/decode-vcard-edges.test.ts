import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeContactsFile } from '../../../electron/core/contacts/files/decode.js';
import { importContacts } from '../../../electron/core/contacts/files/import-contacts.js';

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
