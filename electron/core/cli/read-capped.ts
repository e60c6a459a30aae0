import { Readable } from 'node:stream';
import { assertNever } from '../../shared/assert-never.js';
import { readRegularFile } from '../files/regular-file.js';

/** Why input could not be read whole: too large (at `limit` bytes) or unreadable, in words. */
export type CappedRead = { ok: true; text: string } | { ok: false; tooLarge: boolean; problem: string };

/**
 * Reads a stream as UTF-8, stopping as soon as it passes `limit` bytes: `/dev/zero` or an endless pipe
 * costs at most the limit in memory, never the whole input.
 */
export async function readCapped(stream: NodeJS.ReadableStream, limit: number): Promise<CappedRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > limit) {
        if (stream instanceof Readable) stream.destroy();
        return { ok: false, tooLarge: true, problem: `larger than ${limit} bytes` };
      }
      chunks.push(bytes);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, tooLarge: false, problem: code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable') };
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * Reads a file (or `-` for stdin) with the same cap; a file must be an ordinary one: a FIFO, a device or
 * a folder is named, never opened for a blocking read.
 */
export async function readFileCapped(file: string, stdin: NodeJS.ReadableStream, limit: number): Promise<CappedRead> {
  if (file === '-') return readCapped(stdin, limit);
  const read = await readRegularFile(file, limit);
  switch (read.kind) {
    case 'ok':
      return { ok: true, text: read.bytes.toString('utf8') };
    case 'too-large':
      return { ok: false, tooLarge: true, problem: `larger than ${limit} bytes` };
    case 'not-a-file':
      return { ok: false, tooLarge: false, problem: `it is ${read.what}, not a file` };
    case 'missing':
      return { ok: false, tooLarge: false, problem: 'ENOENT' };
    case 'unreadable':
      return { ok: false, tooLarge: false, problem: read.code };
    default:
      return assertNever(read);
  }
}

/** How deeply a JSON text nests arrays and objects, counted without parsing (strings are skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth--;
  }
  return deepest;
}
