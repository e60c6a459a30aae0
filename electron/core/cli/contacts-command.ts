import { parseArgs } from 'node:util';
import { CONTACT_FILE_FORMATS, CONTACT_SOURCES } from '../../shared/contact-sets.js';
import type { ContactFileFormat, ContactSource } from '../../shared/contact-sets.js';
import { assertNever } from '../../shared/assert-never.js';
import { MAX_IMPORT_BYTES } from '../../shared/limits.js';
import { readRegularFile } from '../files/regular-file.js';
import { listeningTo } from '../contacts/verbs.js';
import type { DirectoryStatus, ImportReport, SearchHit, SearchResultsPush } from '../contacts/types.js';
import { exitStatusOf, formatExplained } from './explained-output.js';
import { EXIT, UsageError, writeAll } from './io.js';
import type { CliIo } from './io.js';
import { openCore } from './open-core.js';
import { terminalSafe } from './terminal-text.js';

const USAGE = 'use: softdial contacts import FILE [--dry-run] | search TEXT | export [--format csv|vcard] | sync';

/** `softdial contacts import|search|export|sync`: the agent's contacts from a terminal. */
export async function contactsCommand(args: string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  switch (verb) {
    case 'import':
      return importCommand(rest, io);
    case 'search':
      return searchCommand(rest, io);
    case 'export':
      return exportCommand(rest, io);
    case 'sync':
      return syncCommand(rest, io);
    default:
      throw new UsageError(verb ? `"${verb}" is not a contacts command; ${USAGE}` : USAGE);
  }
}

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined => {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}").`);
};

/** `contacts import FILE [--dry-run] [--format csv|vcard]`: prints the report; exit 0 when anything was taken, 2 when nothing. */
async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { 'dry-run': { type: 'boolean' }, format: { type: 'string' }, json: { type: 'boolean' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('give one file to import: softdial contacts import FILE');
  const format = oneOf<ContactFileFormat>(values.format, CONTACT_FILE_FORMATS, '--format');
  const bytes = await importedBytes(file);
  const { core, close } = await openCore(io);
  try {
    const result = await core.contacts.importFile({
      fileName: file,
      bytes,
      dryRun: values['dry-run'] ?? false,
      ...(format ? { format } : {}),
    });
    if (!result.ok) {
      await writeAll(io.stderr, formatExplained(result.error));
      return EXIT.usage;
    }
    const report = result.value;
    // Names come from the file: a terminal escape in one is printed as its escape (JSON reads it the same).
    await writeAll(io.stdout, terminalSafe(values.json ? `${JSON.stringify(report)}\n` : formatReport(file, report)));
    return report.counts.imported + report.counts.merged > 0 ? EXIT.ok : EXIT.usage;
  } finally {
    await close();
  }
}

/** The bytes of a file to import: an ordinary file within the limit, else a usage error that says what it was. */
async function importedBytes(file: string): Promise<Buffer> {
  const read = await readRegularFile(file, MAX_IMPORT_BYTES);
  switch (read.kind) {
    case 'ok':
      return read.bytes;
    case 'missing':
      throw new UsageError(`cannot read ${file}: there is no such file.`);
    case 'not-a-file':
      throw new UsageError(`${file} is ${read.what}, not a file: give the contacts file to import.`);
    case 'too-large':
      throw new UsageError(
        `${file} is ${Math.round(read.size / 1048576)} MB; softdial imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. Split it and import the parts.`,
      );
    case 'unreadable':
      throw new UsageError(`cannot read ${file}: ${read.code}.`);
    default:
      return assertNever(read);
  }
}

/** An import report as a person reads it. */
function formatReport(file: string, report: ImportReport): string {
  const { counts } = report;
  const lines = [
    `${file}: ${report.format === 'csv' ? `CSV (${report.separator ?? 'comma'}-separated)` : 'vCard'}, ${report.encoding}, ${counts.records} records.`,
    `${report.dryRun ? 'Would import' : 'Imported'} ${counts.imported} contacts (${counts.fixed} with fixes), merged ${counts.merged} duplicates, refused ${counts.refused}.${report.dryRun ? ' Dry run: nothing was saved.' : ''}`,
  ];
  if (report.imported.length > 0)
    lines.push(
      'Imported:',
      ...report.imported.map((line) => `  line ${line.line}: ${line.name} (${line.numbers.join(', ')})`),
    );
  if (report.fixed.length > 0)
    lines.push(
      'Fixed:',
      ...report.fixed.flatMap((line) => [
        `  line ${line.line}: ${line.name}`,
        ...line.notes.map((note) => `    - ${note}`),
      ]),
    );
  if (report.merged.length > 0)
    lines.push(
      'Merged (the same person, by name and number):',
      ...report.merged.map((line) => `  line ${line.line}: ${line.name} into ${line.into}`),
    );
  if (report.refused.length > 0)
    lines.push('Refused:', ...report.refused.map((line) => `  line ${line.line}: ${line.reason}`));
  if (report.omitted > 0) lines.push(`(${report.omitted} more lines not listed; the counts above are complete.)`);
  return `${lines.join('\n')}\n`;
}

/** One search hit as a JSON line. */
const hitLine = (hit: SearchHit): string => terminalSafe(`${JSON.stringify({ ...hit.contact, match: hit.match })}\n`);

/** `contacts search TEXT`: every hit as a JSON line, local ones first, then each remote source's as it answers. */
async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  const text = positionals.join(' ').trim();
  if (text === '') throw new UsageError('give what to search for: softdial contacts search "ada"');
  const { core, close } = await openCore(io);
  try {
    const pushes: SearchResultsPush[] = [];
    let arrived: () => void = () => undefined;
    const events = listeningTo({
      results: (push) => {
        pushes.push(push);
        arrived();
      },
    });
    core.contacts.attach(events, events);
    const answer = await core.contacts.search(text, 'cli');
    if (!answer.ok) {
      await writeAll(io.stderr, formatExplained(answer.error));
      return exitStatusOf(answer.error);
    }
    for (const hit of answer.value.hits) await writeAll(io.stdout, hitLine(hit));
    const pending = new Set(answer.value.sources.filter((source) => source.pending).map((source) => source.source));
    while (pending.size > 0) {
      if (pushes.length === 0) await new Promise<void>((resolve) => (arrived = resolve));
      for (const push of pushes.splice(0)) {
        for (const hit of push.hits) await writeAll(io.stdout, hitLine(hit));
        if (push.cut) await writeAll(io.stderr, `${push.cut}\n`);
        if (push.error) await writeAll(io.stderr, formatExplained(push.error));
        if (push.done) pending.delete(push.source);
      }
    }
    for (const source of answer.value.sources) if (source.off) await writeAll(io.stderr, `${source.off}\n`);
    return EXIT.ok;
  } finally {
    await close();
  }
}

/** `contacts export [--format csv|vcard] [--source S]…`: the file on stdout (default: your own contacts as CSV). */
async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { format: { type: 'string' }, source: { type: 'string', multiple: true } },
  });
  const format = oneOf<ContactFileFormat>(values.format, CONTACT_FILE_FORMATS, '--format') ?? 'csv';
  const sources = values.source?.map(
    (source) => oneOf<ContactSource>(source, CONTACT_SOURCES, '--source') as ContactSource,
  );
  const { core, close } = await openCore(io);
  try {
    const exported = await core.contacts.exportContacts({ format, ...(sources ? { sources } : {}) });
    if (!exported.ok) {
      await writeAll(io.stderr, formatExplained(exported.error));
      return exitStatusOf(exported.error);
    }
    await writeAll(io.stdout, exported.value.content);
    await writeAll(io.stderr, `${exported.value.count} contacts exported.\n`);
    return EXIT.ok;
  } finally {
    await close();
  }
}

/** A progress bar for a terminal: `[#####     ] 2500/10000 users, 5 pages`. */
function progressBar(status: DirectoryStatus): string | undefined {
  const users = status.sources.find((source) => source.source === 'users');
  const progress = users?.progress;
  if (!progress || users.state !== 'syncing') return undefined;
  const total = progress.total ?? 0;
  const filled = total > 0 ? Math.round((progress.done / total) * 30) : 0;
  return `\r[${'#'.repeat(filled).padEnd(30)}] ${progress.done}/${total || '?'} users, ${progress.pages} pages`;
}

/** `contacts sync`: syncs the directory now (a progress bar on a terminal) and prints where each source stands. */
async function syncCommand(args: string[], io: CliIo): Promise<number> {
  parseArgs({ args, strict: true, options: {} });
  const { core, close } = await openCore(io);
  const tty = 'isTTY' in io.stderr && Boolean(io.stderr.isTTY);
  try {
    const events = listeningTo({
      status: (status) => {
        const bar = tty ? progressBar(status) : undefined;
        if (bar) io.stderr.write(bar);
      },
    });
    core.contacts.attach(events, events);
    const result = await core.contacts.syncNow();
    if (tty) io.stderr.write('\n');
    const status = await core.contacts.status();
    if (status.ok)
      for (const source of status.value.sources)
        await writeAll(
          io.stdout,
          terminalSafe(
            `${source.source}: ${source.state}, ${source.count} contacts${source.reason ? ` (${source.reason})` : ''}\n`,
          ),
        );
    if (!result.ok) {
      await writeAll(io.stderr, formatExplained(result.error));
      return exitStatusOf(result.error);
    }
    return EXIT.ok;
  } finally {
    await close();
  }
}
