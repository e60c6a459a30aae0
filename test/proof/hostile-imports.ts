import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { importContacts } from '../../electron/core/contacts/files/import-contacts.js';
import { LocalContacts } from '../../electron/core/contacts/local-contacts.js';
import type { BaseContact } from '../../electron/core/contacts/types.js';
import type { SoftdialCore } from '../../electron/core/softdial-core.js';
import { runSoftdial } from '../helpers/run-softdial.js';

/** A contacts file as a person (or an attacker) could hand it to softdial. */
export interface HostileFile {
  fileName: string;
  bytes: Uint8Array;
}

const NUMBERS = ['+442079460958', '020 7946 0958', '0044 20 7946 0958 x12', '+1 (555) 010-0199', 'tel:+33142685300'];
const piece = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 30, unit: 'grapheme' }),
  fc.constantFrom(...NUMBERS, '"', '""', '"a"b"', '\r', '\n', '\r\n', ',', ';', '\t', '\\', '=', '\uFEFF', '\u0000'),
);
const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

/** CSV with malformed quoting: open quotes, quotes inside fields, ragged rows, any separator. */
const malformedCsv = fc
  .tuple(
    fc.constantFrom(',', ';', '\t', '|'),
    fc.array(fc.array(piece, { maxLength: 8 }), { maxLength: 30 }),
    fc.constantFrom('name,phone', 'First Name;Last Name;Mobile Phone', 'Name\tTelephone', '', '"Name,Phone'),
  )
  .map(([separator, rows, header]) => [header, ...rows.map((row) => row.join(separator))].join('\n'));

/** vCards built from real and broken lines: deep folding, bad quoted-printable, unknown charsets, no END. */
const vcardLine = fc.oneof(
  fc.constantFrom(
    'BEGIN:VCARD',
    'END:VCARD',
    'VERSION:2.1',
    'VERSION:3.0',
    'VERSION:4.0',
    'FN:Ada Lovelace',
    'N:;;;;',
    'TEL;TYPE=CELL:+442079460958',
    'TEL;VALUE=uri:tel:+1-555-010-0199',
    'FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=A9=',
    'FN;ENCODING=QUOTED-PRINTABLE:=ZZ=4=G=\r\n=',
    'N;ENCODING=QUOTED-PRINTABLE;CHARSET=x-bogus:=41=42',
    'PHOTO;ENCODING=BASE64:////',
    'item1.TEL:020 7946 0958',
    ':',
    ';;;:',
  ),
  fc
    .tuple(fc.constantFrom('FN', 'TEL', 'N', 'ORG', 'EMAIL', 'X-Y'), fc.string({ maxLength: 40 }))
    .map(([name, value]) => `${name}:${value}`),
  fc
    .tuple(fc.constantFrom('FN:', 'TEL:', 'NOTE:'), fc.integer({ min: 1, max: 5_000 }), fc.constantFrom(' ', '\t'))
    .map(([start, folds, indent]) => `${start}${`x\r\n${indent}`.repeat(folds)}end`),
  fc
    .tuple(fc.integer({ min: 1, max: 5_000 }), fc.constantFrom('=\r\n', '=\n', '=3', '=\r\n '))
    .map(([count, tail]) => `NOTE;ENCODING=QUOTED-PRINTABLE:${'=41'.repeat(count)}${tail}`),
  text,
);
const vcard = fc
  .tuple(fc.array(vcardLine, { maxLength: 40 }), fc.constantFrom('\r\n', '\n', '\r'))
  .map(([lines, end]) => lines.join(end));

/** The same text in another encoding, with or without a BOM, sometimes cut to an odd number of bytes. */
const encoded = fc
  .tuple(
    fc.oneof(text, malformedCsv, vcard),
    fc.constantFrom('utf8', 'utf16le', 'utf16be', 'latin1', 'win1252', 'macintosh', 'shift_jis'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([content, encoding, bom, cut]) => {
    const body = iconv.encode(content, encoding, { addBOM: bom });
    return cut && body.length % 2 === 0 ? body.subarray(0, Math.max(0, body.length - 1)) : body;
  });

/** Pieces in different encodings glued into one file. */
const mixed = fc
  .array(
    fc
      .tuple(text, fc.constantFrom('utf8', 'utf16le', 'latin1', 'utf16be'))
      .map(([part, encoding]) => iconv.encode(part, encoding, { addBOM: encoding.startsWith('utf16') })),
    { minLength: 2, maxLength: 5 },
  )
  .map((parts) => Buffer.concat(parts));

/** One field far larger than any contact (up to 1 MB), quoted or not, closed or not. */
const hugeField = fc
  .tuple(fc.integer({ min: 10_000, max: 1_000_000 }), fc.constantFrom('"', ''), fc.boolean())
  .map(([size, quote, closed]) =>
    Buffer.from(`name,phone\n${quote}${'A'.repeat(size)}${closed ? quote : ''},+442079460958\n`),
  );

/** Every kind of hostile contacts file, under a name that may lie about what it holds. */
export const hostileFile: fc.Arbitrary<HostileFile> = fc.record({
  fileName: fc.constantFrom('contacts.csv', 'contacts.vcf', 'export.tsv', 'contacts', 'cards.VCARD', 'photo.csv'),
  bytes: fc.oneof(
    { weight: 3, arbitrary: fc.uint8Array({ maxLength: 3_000 }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.concat([PNG, bytes])) },
    { weight: 3, arbitrary: malformedCsv.map((csv) => Buffer.from(csv)) },
    { weight: 3, arbitrary: vcard.map((card) => Buffer.from(card)) },
    { weight: 3, arbitrary: encoded },
    { weight: 2, arbitrary: mixed },
    { weight: 1, arbitrary: hugeField },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from([0xff, 0xfe, 0x41]),
        Buffer.from([0xfe, 0xff, 0x00]),
        Buffer.alloc(0),
      ),
    },
  ),
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Freezes a value and everything in it, so an import that touched the existing contacts throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Hostile files through the core's import function (existing contacts frozen) and through the service
 * writing for real: never a throw, and the local contacts file unchanged by any import that took nothing.
 */
export async function fuzzImports(
  core: SoftdialCore,
  localFile: string,
  runs: number,
): Promise<{ tried: number; crashes: number; touched: number }> {
  let tried = 0;
  let crashes = 0;
  let touched = 0;
  const stored = new LocalContacts(dirname(localFile));
  await stored.load();
  const existing = deepFreeze(structuredClone(stored.list()) as BaseContact[]);
  let id = 0;
  await fc.assert(
    fc.asyncProperty(hostileFile, async (file) => {
      tried++;
      try {
        importContacts({ ...file, dryRun: true, existing, defaultCountry: 'GB', newId: () => `local:fuzz-${id++}` });
        const before = await readFile(localFile);
        const result = await core.contacts.importFile({ ...file, dryRun: false });
        const took = result.ok && result.value.counts.imported + result.value.counts.merged > 0;
        if (!took && !before.equals(await readFile(localFile))) touched++;
      } catch {
        crashes++;
      }
      return true;
    }),
    { numRuns: runs },
  );
  return { tried, crashes, touched };
}

/** A stack trace or an uncaught error as Node prints it: never what a person should see. */
const TRACE = /^\s+at .+[(:]\d+|Uncaught|node:internal|UnhandledPromiseRejection|TypeError|RangeError/m;

/**
 * Hostile files through `softdial contacts import FILE --dry-run` as a process, a few at a time: exit 0 or 2
 * only, no stack trace, and the data folder's local contacts unchanged byte for byte.
 */
export async function fuzzImportCli(
  dataDir: string,
  localFile: string,
  runs: number,
): Promise<{ tried: number; crashes: number; touched: number; printed: string[] }> {
  const files = fc.sample(hostileFile, runs);
  const before = await readFile(localFile);
  const env = { SOFTDIAL_DATA_DIR: dataDir, SOFTDIAL_POLICY_FILE: join(dataDir, 'none.json') };
  let crashes = 0;
  const printed: string[] = [];
  const one = async (file: HostileFile, index: number): Promise<void> => {
    const path = join(dataDir, `${index}-${file.fileName}`);
    await writeFile(path, file.bytes);
    const run = await runSoftdial(['contacts', 'import', path, '--dry-run'], { env });
    if (run.code === null || ![0, 2].includes(run.code) || TRACE.test(run.stderr)) crashes++;
    printed.push(run.stdout, run.stderr);
  };
  for (let start = 0; start < files.length; start += 4)
    await Promise.all(files.slice(start, start + 4).map((file, offset) => one(file, start + offset)));
  const touched = before.equals(await readFile(localFile)) ? 0 : 1;
  return { tried: files.length, crashes, touched, printed };
}
