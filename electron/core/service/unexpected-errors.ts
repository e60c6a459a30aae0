import type { PushSink } from '../../ipc/push-queue.js';
import { internalError } from '../../shared/boundary-errors.js';
import { addUnexpectedErrorListener, onUnexpectedError } from '../../shared/unexpected-errors.js';
import { redactText } from '../explain/redact.js';

/** An error as one log entry: its name, message and stack, with every secret blanked. */
export function describeUnexpected(error: unknown, where: string): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return redactText(`unexpected error while ${where}: ${text}`);
}

/**
 * Attaches the process's log and its window(s) to the unexpected-error sink: each error is logged
 * (redacted) and the window is told that something broke and where, never the details. Returns a
 * function that detaches them. The Electron main and `softdial web` call this once at start.
 */
export function reportUnexpectedErrors(deps: { log: (line: string) => void; pushes?: PushSink }): () => void {
  return addUnexpectedErrorListener((error, where) => {
    deps.log(describeUnexpected(error, where));
    deps.pushes?.emit('unexpectedError', internalError(where));
  });
}

/** Sends the process's own last-resort events (a rejection nobody handled, an uncaught exception) to the sink. */
export function catchProcessErrors(process: NodeJS.Process): void {
  process.on('unhandledRejection', (reason) => {
    onUnexpectedError(reason, 'running a promise nobody awaited');
  });
  process.on('uncaughtException', (error) => {
    onUnexpectedError(error, 'running a callback');
  });
}
