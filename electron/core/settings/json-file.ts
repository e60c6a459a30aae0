import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What reading a JSON file found: its value, nothing, or a file that was moved aside because it was unreadable. */
export type JsonRead =
  { kind: 'missing' } | { kind: 'ok'; value: unknown } | { kind: 'corrupt'; movedTo: string; reason: string };

/** Moves a damaged file aside under a dated name, so nothing a person wrote is ever lost or overwritten. */
export async function moveAside(file: string, label: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), `${basename(file)}.${label}-${stamp}`);
  await rename(file, target);
  return target;
}

/** Reads a JSON file; one that does not parse is moved aside and reported, never silently replaced. */
export async function readJsonFile(file: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch (error) {
    const movedTo = await moveAside(file, 'corrupt');
    return { kind: 'corrupt', movedTo, reason: (error as Error).message };
  }
}

/** Writes JSON atomically: a temporary file in the same folder, flushed, then renamed over the old one. */
export async function writeJsonFileAtomic(file: string, value: unknown, indent = 2): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
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
