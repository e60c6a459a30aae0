import type { LogFile } from '../logging/log-file.js';

/** The process surface a command may touch, injected so tests run commands in-process with real streams. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** The process's support log, opened only when something is written (absent: the core opens its own). */
  log?: LogFile;
}

/** Exit statuses of the CLI contract: 0 done, 1 refused and explained, 2 bad input or configuration. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** A command-line mistake; the message names the option and the fix, and the exit status is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Writes text and waits when the stream asks for it, so 100,000 lines never pile up in memory. */
export async function writeAll(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}
