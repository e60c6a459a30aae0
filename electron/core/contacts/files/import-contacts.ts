import { extname } from 'node:path';
import type { ContactFileFormat } from '../../../shared/contact-sets.js';
import { fail, ok } from '../../../shared/outcome.js';
import type { Outcome } from '../../../shared/outcome.js';
import { isDialable, localNumberId } from '../numbers.js';
import type { RawNumber } from '../numbers.js';
import type { BaseContact, ContactNumber, ImportReport } from '../types.js';
import { readCsv } from './csv.js';
import { decodeContactsFile } from './decode.js';
import { numberReader } from './number-reader.js';
import { NumberHolders } from './number-holders.js';
import { personName } from './same-person.js';
import type { ContactRecord, RefusedRecord } from './records.js';
import { readVcard } from './vcard.js';

/** How many entries each list of the report holds; the counts are always complete. */
const LISTED = 1000;

/** A file to import and what it merges into. */
export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  format?: ContactFileFormat;
  dryRun: boolean;
  existing: readonly BaseContact[];
  defaultCountry: string | undefined;
  newId: () => string;
  /** The number ids of a contact that a favourite or preferred number names: a merged number never takes one. */
  referencedNumberIds?: (contactId: string) => ReadonlySet<string>;
}

/** The format of a file: asked for, else from its extension, else from its first line. */
function formatOf(fileName: string, text: string, asked?: ContactFileFormat): ContactFileFormat {
  if (asked) return asked;
  const extension = extname(fileName).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv' || extension === '.tsv') return 'csv';
  return /^\s*BEGIN:VCARD/i.test(text.slice(0, 200)) ? 'vcard' : 'csv';
}

/** Whether two numbers have the same key, compared without building the keys. */
const sameNumber = (one: ContactNumber, other: ContactNumber): boolean =>
  one.e164 === other.e164 && one.extension === other.extension;

/**
 * Reads a CSV or vCard file into the local contacts: every number read with the default country,
 * duplicates (a number shared under the same person's name) merged and reported, different people at one
 * number (a switchboard) kept apart and reported, unreadable numbers refused with the reason while the
 * rest is imported. Answers the report and the whole new list; nothing is written here.
 */
export function importContacts(input: ImportInput): Outcome<{ report: ImportReport; contacts: BaseContact[] }, string> {
  const decoded = decodeContactsFile(input.bytes);
  if (!decoded.ok) return decoded;
  const format = formatOf(input.fileName, decoded.value.text, input.format);
  const read = format === 'vcard' ? readVcard(decoded.value.text) : readCsv(decoded.value.text);
  const contacts = input.existing.map((contact) => ({ ...contact, numbers: [...contact.numbers] }));
  const report: ImportReport = {
    format,
    encoding: decoded.value.encoding,
    ...(read.separator ? { separator: read.separator } : {}),
    dryRun: input.dryRun,
    counts: { records: 0, imported: 0, fixed: 0, merged: 0, refused: 0 },
    imported: [],
    fixed: [],
    merged: [],
    refused: [],
    omitted: 0,
  };
  const listed = (entries: readonly unknown[]): boolean => {
    if (entries.length < LISTED) return true;
    report.omitted++;
    return false;
  };
  const refused: RefusedRecord[] = [];
  const readNumber = numberReader(input.defaultCountry);
  // One string per organisation: a company written on thousands of lines is kept once.
  const organizations = new Map<string, string>();
  const organizationNamed = (name: string): string => {
    const known = organizations.get(name);
    if (known !== undefined) return known;
    organizations.set(name, name);
    return name;
  };
  const holders = new NumberHolders((index) => contacts[index]?.name ?? '');
  contacts.forEach((contact, index) => holders.hold(contact.numbers, index));
  for (const record of read.records) {
    report.counts.records++;
    const taken = takeRecord(record, readNumber);
    if ('reason' in taken) {
      refused.push(taken);
      continue;
    }
    const sharing = holders.firstHolderOf(taken.numbers);
    // Folded only when a number is shared: a file of distinct numbers never compares names.
    const person = sharing === undefined ? undefined : personName(record.name);
    const index = person === undefined ? undefined : holders.samePersonAs(person, taken.numbers);
    const target = index === undefined ? undefined : contacts[index];
    if (index !== undefined && target) {
      const merged = mergeInto(target, record, taken.numbers, input.referencedNumberIds?.(target.id));
      if (merged !== target) {
        contacts[index] = merged;
        holders.hold(merged.numbers, index);
      }
      report.counts.merged++;
      if (listed(report.merged)) report.merged.push({ line: record.line, name: record.name, into: target.name });
      continue;
    }
    // Made whole in one literal (a field added afterwards costs V8 a second object per contact); the
    // fields a file lacks stay undefined, which no reader tells from absent.
    const contact: BaseContact = {
      id: input.newId(),
      source: 'local',
      name: record.name,
      organization: record.organization && organizationNamed(record.organization),
      title: record.title,
      email: record.email,
      // A copy of the exact length: the list read into grew room for 17 numbers.
      numbers: taken.numbers.slice(),
    };
    contacts.push(contact);
    if (sharing === undefined) holders.holdNew(taken.numbers, contacts.length - 1);
    else holders.hold(taken.numbers, contacts.length - 1, person);
    report.counts.imported++;
    if (taken.fixed) report.counts.fixed++;
    const entries = taken.fixed ? report.fixed : report.imported;
    const shared = sharing === undefined ? undefined : contacts[sharing];
    if (listed(entries))
      entries.push({
        line: record.line,
        name: record.name,
        numbers: taken.numbers.map((number) => number.reading?.international ?? number.raw),
        notes: shared
          ? [...notesOf(taken), `Shares a number with ${shared.name}: kept as a contact of its own.`]
          : notesOf(taken),
      });
  }
  // One by one: a file of 100,000 lines without numbers is too many for push(...spread).
  for (const entry of read.refused) refused.push(entry);
  report.counts.records += read.refused.length;
  if (report.counts.records === 0)
    return fail(`${input.fileName} holds no contacts${format === 'vcard' ? ' (no BEGIN:VCARD)' : ''}.`);
  report.counts.refused = refused.length;
  report.refused = refused.sort((one, other) => one.line - other.line).slice(0, LISTED);
  report.omitted += refused.length - report.refused.length;
  return ok({ report, contacts });
}

/** A record's numbers as read: the dialable ones, and the texts left out with why. */
interface TakenRecord {
  numbers: ContactNumber[];
  problems: string[];
  /** Whether anything was fixed or left out, so that the record is reported with notes. */
  fixed: boolean;
}

/** A record's numbers read; refused when none can be dialled. Notes are worded only for listed lines. */
function takeRecord(
  record: ContactRecord,
  readNumber: (number: RawNumber) => ContactNumber,
): TakenRecord | { line: number; reason: string } {
  const taken: TakenRecord = { numbers: [], problems: [], fixed: false };
  record.numbers.forEach((number, index) => {
    const read = readNumber({ id: localNumberId(index), label: number.label, raw: number.raw });
    if (read.reading?.problem || !isDialable(read)) {
      taken.problems.push(`"${number.raw}": ${read.reading?.problem ?? 'not a number'}`);
      taken.fixed = true;
      return;
    }
    if (taken.numbers.some((other) => sameNumber(other, read))) return;
    taken.numbers.push(read);
    if (read.reading?.notes.length) taken.fixed = true;
  });
  if (taken.numbers.length === 0)
    return { line: record.line, reason: `${record.name}: no number could be read (${taken.problems.join('; ')}).` };
  return taken;
}

/** The notes of a listed line: what was fixed in each number, then what was left out. */
function notesOf(taken: TakenRecord): string[] {
  const notes = taken.numbers.flatMap((number) =>
    (number.reading?.notes ?? []).map((note) => `${number.raw}: ${note}`),
  );
  return [...notes, ...taken.problems.map((problem) => `Left out ${problem}`)];
}

/**
 * A duplicate merged into the contact it shares a number with: new numbers added (with ids neither the
 * contact nor the agent's choices use), missing fields filled. The target itself when the duplicate brings
 * nothing new.
 */
function mergeInto(
  target: BaseContact,
  record: ContactRecord,
  numbers: ContactNumber[],
  referenced: ReadonlySet<string> = new Set(),
): BaseContact {
  const fresh = numbers.filter((number) => !target.numbers.some((known) => sameNumber(known, number)));
  const organization = !target.organization && record.organization;
  const title = !target.title && record.title;
  const email = !target.email && record.email;
  if (fresh.length === 0 && !organization && !title && !email) return target;
  const ids = new Set([...target.numbers.map((number) => number.id), ...referenced]);
  const freeId = (): string => {
    let next = ids.size + 1;
    while (ids.has(`n${next}`)) next++;
    ids.add(`n${next}`);
    return `n${next}`;
  };
  return {
    ...target,
    ...(organization ? { organization } : {}),
    ...(title ? { title } : {}),
    ...(email ? { email } : {}),
    numbers: [...target.numbers, ...fresh.map((number) => ({ ...number, id: freeId() }))],
  };
}
