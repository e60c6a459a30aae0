import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { assertNever } from '../../shared/assert-never.js';
import { MAX_STORED_CONTACTS_BYTES } from '../../shared/limits.js';
import { readRegularFile } from './regular-file.js';

/** What reading a JSON file found, without moving anything: its value, nothing, or why it cannot be used. */
export type JsonText =
  | { kind: 'missing' }
  | { kind: 'ok'; value: unknown }
  | { kind: 'invalid'; reason: string }
  | { kind: 'unreadable'; reason: string };

/** What reading a user's JSON file found: its value, nothing, a file moved aside, or one that cannot be read at all. */
export type JsonRead =
  | { kind: 'missing' }
  | { kind: 'ok'; value: unknown }
  | { kind: 'corrupt'; movedTo: string; reason: string }
  | { kind: 'unreadable'; reason: string };

/** Why a file could not be read, in words, without a stack trace. */
function unreadable(file: string, code: string | undefined): string {
  switch (code) {
    case 'EISDIR':
      return `${file} is a folder, not a file: move it away`;
    case 'EACCES':
    case 'EPERM':
      return `${file} cannot be read (permission denied)`;
    default:
      return `${file} cannot be read (${code ?? 'unknown error'})`;
  }
}

/**
 * Reads and parses a JSON file of at most `limit` bytes. A byte-order mark (PowerShell writes one) is
 * accepted; a parse error says where, never what the file holds (it may be a link to a file that is
 * nobody's business); a pipe, a device or a folder in its place is named and not read.
 */
export async function readJsonText(file: string, limit = MAX_STORED_CONTACTS_BYTES): Promise<JsonText> {
  const read = await readRegularFile(file, limit);
  switch (read.kind) {
    case 'missing':
      return { kind: 'missing' };
    case 'not-a-file':
      return { kind: 'unreadable', reason: `${file} is ${read.what}, not a file: move it away` };
    case 'too-large':
      return { kind: 'unreadable', reason: `${file} is larger than ${read.limit} bytes, more than softdial reads` };
    case 'unreadable':
      return { kind: 'unreadable', reason: unreadable(file, read.code) };
    case 'ok':
      break;
    default:
      return assertNever(read);
  }
  const text = read.bytes.toString('utf8');
  try {
    return { kind: 'ok', value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { kind: 'invalid', reason: `not valid JSON (${read.bytes.length} bytes)` };
  }
}

/** Moves a damaged file aside under a dated name, so nothing a person wrote is ever lost or overwritten. */
export async function moveAside(file: string, label: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), `${basename(file)}.${label}-${stamp}`);
  await rename(file, target);
  return target;
}

/** Reads a JSON file; one that does not parse is moved aside and reported, never silently replaced. */
export async function readJsonFile(file: string, limit = MAX_STORED_CONTACTS_BYTES): Promise<JsonRead> {
  const read = await readJsonText(file, limit);
  if (read.kind !== 'invalid') return read;
  try {
    return { kind: 'corrupt', movedTo: await moveAside(file, 'corrupt'), reason: read.reason };
  } catch (error) {
    return { kind: 'unreadable', reason: unreadable(file, (error as NodeJS.ErrnoException).code) };
  }
}

const TEMPORARY = /^\..+\.(\d+)-[0-9a-f]+\.tmp$/;

/** Whether a process is still running (a temporary file or a lock of a live process must be left alone). */
export function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of writers that were killed mid-write (their process is gone); gives how many. */
export async function removeAbandonedTemporaryFiles(folder: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    await unlink(join(folder, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

/** Writes JSON atomically: a temporary file in the same folder, flushed, then renamed over the old one. */
export async function writeJsonFileAtomic(file: string, value: unknown, indent = 2): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(value, null, indent)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
