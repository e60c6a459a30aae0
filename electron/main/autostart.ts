import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fail, ok } from '../shared/outcome.js';
import type { Outcome } from '../shared/outcome.js';

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Whether the autostart entry exists, i.e. whether Linux starts softdial at login now. */
export async function hasAutostart(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Writes a desktop file (the autostart entry, mimeapps.list) atomically: a session reading it mid-write never sees half a file. */
export async function writeDesktopFile(path: string, content: string): Promise<Outcome<void, string>> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content, { mode: 0o644 });
    await rename(temporary, path);
    return ok(undefined);
  } catch (error) {
    await rm(temporary, { force: true });
    return fail(`Could not write ${path} (${reason(error)}).`);
  }
}

/** Removes the autostart entry; absent already counts as done. */
export async function removeAutostart(path: string): Promise<Outcome<void, string>> {
  try {
    await rm(path, { force: true });
    return ok(undefined);
  } catch (error) {
    return fail(`Could not remove ${path} (${reason(error)}).`);
  }
}
