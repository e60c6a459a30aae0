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
import { cappedRecord, cutText, referenceTo } from './imported-fields.js';
import { MAX_IMPORTED_FIELD, MAX_NUMBERS_PER_CONTACT, MAX_REPORT_CHARS } from '../../../shared/limits.js';

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
  let reportChars = 0;
  /** Whether texts fit what is left of the report's MAX_REPORT_CHARS; if so they take their room. */
  const fits = (texts: readonly string[]): boolean => {
    const chars = texts.reduce((sum, text) => sum + text.length, 0);
    if (reportChars + chars > MAX_REPORT_CHARS) return false;
    reportChars += chars;
    return true;
  };
  /** Whether one more line is listed (LISTED per list, within the budget); else it is counted as omitted. */
  const listed = (entries: readonly unknown[], texts: readonly string[]): boolean => {
    if (entries.length < LISTED && fits(texts)) return true;
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
  for (const written of read.records) {
    const record = cappedRecord(written);
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
      const into = referenceTo(target.name);
      if (listed(report.merged, [record.name, into]))
        report.merged.push({ line: record.line, name: record.name, into });
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
    const numbers = taken.numbers.map((number) => number.reading?.international ?? number.raw);
    const notes = shared
      ? [...notesOf(taken), `Shares a number with ${referenceTo(shared.name)}: kept as a contact of its own.`]
      : notesOf(taken);
    if (listed(entries, [record.name, ...numbers, ...notes]))
      entries.push({ line: record.line, name: record.name, numbers, notes });
  }
  // One by one: a file of 100,000 lines without numbers is too many for push(...spread).
  for (const entry of read.refused) refused.push(entry);
  report.counts.records += read.refused.length;
  if (report.counts.records === 0)
    return fail(`${input.fileName} holds no contacts${format === 'vcard' ? ' (no BEGIN:VCARD)' : ''}.`);
  report.counts.refused = refused.length;
  refused.sort((one, other) => one.line - other.line);
  report.refused = refused.slice(0, LISTED).filter((entry) => fits([entry.reason]));
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
  let index = 0;
  // At most MAX_NUMBERS_PER_CONTACT, as a person would enter them: a record of thousands of numbers is
  // neither read nor compared number by number past them (that took quadratic time).
  for (; index < record.numbers.length && taken.numbers.length < MAX_NUMBERS_PER_CONTACT; index++) {
    const number = record.numbers[index];
    if (!number) continue;
    const raw = cutText(number.raw, MAX_IMPORTED_FIELD);
    const read = readNumber({ id: localNumberId(index), label: cutText(number.label, MAX_IMPORTED_FIELD), raw });
    if (read.reading?.problem || !isDialable(read)) {
      if (taken.problems.length < MAX_NUMBERS_PER_CONTACT)
        taken.problems.push(`"${raw}": ${read.reading?.problem ?? 'not a number'}`);
      taken.fixed = true;
      continue;
    }
    if (taken.numbers.some((other) => sameNumber(other, read))) continue;
    taken.numbers.push(read);
    if (read.reading?.notes.length) taken.fixed = true;
  }
  if (index < record.numbers.length) {
    taken.problems.push(
      `${record.numbers.length - index} more numbers (softdial keeps ${MAX_NUMBERS_PER_CONTACT} per contact)`,
    );
    taken.fixed = true;
  }
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
  const fresh = numbers
    .filter((number) => !target.numbers.some((known) => sameNumber(known, number)))
    .slice(0, Math.max(0, MAX_NUMBERS_PER_CONTACT - target.numbers.length));
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
