import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Stats } from 'node:fs';

/** What reading a file that must be an ordinary file found. */
export type RegularRead =
  | { kind: 'ok'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'not-a-file'; what: string }
  | { kind: 'too-large'; limit: number; size: number }
  | { kind: 'unreadable'; code: string };

/** What a path that is not an ordinary file is, in words a person recognises. */
function whatItIs(found: Stats): string {
  if (found.isDirectory()) return 'a folder';
  if (found.isFIFO()) return 'a named pipe (FIFO)';
  if (found.isCharacterDevice() || found.isBlockDevice()) return 'a device';
  if (found.isSocket()) return 'a socket';
  return 'not an ordinary file';
}

/**
 * Reads an ordinary file (or a link to one), at most `limit` bytes. A pipe, a device such as /dev/zero
 * or a folder is refused and named, never read: it is opened without blocking and checked on the open
 * handle, so a FIFO cannot hang the reader and nothing swapped in after a check is read.
 */
export async function readRegularFile(file: string, limit: number): Promise<RegularRead> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR') return { kind: 'not-a-file', what: 'a folder' };
    return { kind: 'unreadable', code };
  }
  try {
    const found = await handle.stat();
    if (!found.isFile()) return { kind: 'not-a-file', what: whatItIs(found) };
    if (found.size > limit) return { kind: 'too-large', limit, size: found.size };
    // Read to the cap, not to the size stat gave: a file growing while read is cut, never followed.
    const buffer = Buffer.alloc(Math.min(limit + 1, found.size + 1));
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > limit) return { kind: 'too-large', limit, size: filled };
    return { kind: 'ok', bytes: buffer.subarray(0, filled) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return code === 'EISDIR' ? { kind: 'not-a-file', what: 'a folder' } : { kind: 'unreadable', code };
  } finally {
    await handle.close();
  }
}
