import { extname } from 'node:path';
import type { ContactFileFormat } from '../../../shared/contact-sets.js';
import { fail, ok } from '../../../shared/outcome.js';
import type { Outcome } from '../../../shared/outcome.js';
import { isDialable, readContactNumber } from '../numbers.js';
import type { BaseContact, ContactNumber, ImportReport, ImportedLine } from '../types.js';
import { readCsv } from './csv.js';
import { decodeContactsFile } from './decode.js';
import type { ContactRecord } from './records.js';
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
}

/** The format of a file: asked for, else from its extension, else from its first line. */
function formatOf(fileName: string, text: string, asked?: ContactFileFormat): ContactFileFormat {
  if (asked) return asked;
  const extension = extname(fileName).toLowerCase();
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv' || extension === '.tsv') return 'csv';
  return /^\s*BEGIN:VCARD/i.test(text.slice(0, 200)) ? 'vcard' : 'csv';
}

/** The keys a number is recognised by when merging duplicates: its E.164 (with extension), or the extension alone. */
const numberKey = (number: ContactNumber): string | undefined =>
  number.e164 ? `${number.e164};${number.extension ?? ''}` : number.extension ? `x${number.extension}` : undefined;

/**
 * Reads a CSV or vCard file into the local contacts: every number read with the default country,
 * duplicates (by number) merged and reported, unreadable numbers refused with the reason while the rest
 * is imported. Answers the report and the whole new list; nothing is written here.
 */
export function importContacts(input: ImportInput): Outcome<{ report: ImportReport; contacts: BaseContact[] }, string> {
  const decoded = decodeContactsFile(input.bytes);
  if (!decoded.ok) return decoded;
  const format = formatOf(input.fileName, decoded.value.text, input.format);
  const read = format === 'vcard' ? readVcard(decoded.value.text) : readCsv(decoded.value.text);
  if (read.records.length === 0 && read.refused.length === 0)
    return fail(`${input.fileName} holds no contacts${format === 'vcard' ? ' (no BEGIN:VCARD)' : ''}.`);
  const contacts = input.existing.map((contact) => ({ ...contact, numbers: [...contact.numbers] }));
  const byNumber = new Map<string, number>();
  contacts.forEach((contact, index) => {
    for (const number of contact.numbers) {
      const key = numberKey(number);
      if (key) byNumber.set(key, index);
    }
  });
  const report: ImportReport = {
    format,
    encoding: decoded.value.encoding,
    ...(read.separator ? { separator: read.separator } : {}),
    dryRun: input.dryRun,
    counts: { records: read.records.length + read.refused.length, imported: 0, fixed: 0, merged: 0, refused: 0 },
    imported: [],
    fixed: [],
    merged: [],
    refused: [],
    omitted: 0,
  };
  const list = <T>(entries: T[], entry: () => T): void => {
    if (entries.length < LISTED) entries.push(entry());
    else report.omitted++;
  };
  for (const refused of read.refused) {
    report.counts.refused++;
    list(report.refused, () => refused);
  }
  for (const record of read.records) {
    const taken = takeRecord(record, input.defaultCountry);
    if ('reason' in taken) {
      report.counts.refused++;
      list(report.refused, () => taken);
      continue;
    }
    const line = (): ImportedLine => ({
      line: record.line,
      name: record.name,
      numbers: taken.numbers.map((number) => number.reading?.international ?? number.raw),
      notes: taken.notes,
    });
    const duplicateOf = taken.numbers.map(numberKey).find((key) => key !== undefined && byNumber.has(key));
    const index = duplicateOf === undefined ? undefined : byNumber.get(duplicateOf);
    const target = index === undefined ? undefined : contacts[index];
    if (index !== undefined && target) {
      contacts[index] = mergeInto(target, record, taken.numbers);
      report.counts.merged++;
      list(report.merged, () => ({ line: record.line, name: record.name, into: target.name }));
    } else {
      contacts.push({
        id: input.newId(),
        source: 'local',
        name: record.name,
        ...(record.organization ? { organization: record.organization } : {}),
        ...(record.title ? { title: record.title } : {}),
        ...(record.email ? { email: record.email } : {}),
        numbers: taken.numbers,
      });
      report.counts.imported++;
      if (taken.notes.length > 0) report.counts.fixed++;
      list(taken.notes.length > 0 ? report.fixed : report.imported, line);
    }
    const at = index ?? contacts.length - 1;
    for (const number of contacts[at]?.numbers ?? []) {
      const key = numberKey(number);
      if (key && !byNumber.has(key)) byNumber.set(key, at);
    }
  }
  return ok({ report, contacts });
}

/** A record's numbers read, with the notes of what was fixed; refused when none can be dialled. */
function takeRecord(
  record: ContactRecord,
  defaultCountry: string | undefined,
): { numbers: ContactNumber[]; notes: string[] } | { line: number; reason: string } {
  const numbers: ContactNumber[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  record.numbers.forEach((number, index) => {
    const read = readContactNumber({ id: `n${index + 1}`, label: number.label, raw: number.raw }, defaultCountry);
    if (read.reading?.problem || !isDialable(read)) {
      problems.push(`"${number.raw}": ${read.reading?.problem ?? 'not a number'}`);
      return;
    }
    if (numbers.some((other) => other.e164 === read.e164 && other.extension === read.extension)) return;
    numbers.push(read);
    for (const note of read.reading?.notes ?? []) notes.push(`${number.raw}: ${note}`);
  });
  if (numbers.length === 0)
    return { line: record.line, reason: `${record.name}: no number could be read (${problems.join('; ')}).` };
  return { numbers, notes: [...notes, ...problems.map((problem) => `Left out ${problem}`)] };
}

/** A duplicate merged into the contact it shares a number with: new numbers added, missing fields filled. */
function mergeInto(target: BaseContact, record: ContactRecord, numbers: ContactNumber[]): BaseContact {
  const known = new Set(target.numbers.map(numberKey));
  const ids = new Set(target.numbers.map((number) => number.id));
  const freeId = (): string => {
    let next = ids.size + 1;
    while (ids.has(`n${next}`)) next++;
    ids.add(`n${next}`);
    return `n${next}`;
  };
  const added = numbers
    .filter((number) => !known.has(numberKey(number)))
    .map((number) => ({ ...number, id: freeId() }));
  return {
    ...target,
    ...(!target.organization && record.organization ? { organization: record.organization } : {}),
    ...(!target.title && record.title ? { title: record.title } : {}),
    ...(!target.email && record.email ? { email: record.email } : {}),
    numbers: [...target.numbers, ...added],
  };
}
