import type { Disposable } from '../../shared/disposable.js';
import { addUnexpectedErrorListener, onUnexpectedError } from '../../shared/unexpected-errors.js';
import { redactText } from '../explain/redact.js';
import { LogFile, logFolder } from './log-file.js';
import type { Log } from './log-file.js';

/** An error as text: its name, message and stack, with every secret blanked. */
export function describeUnexpected(error: unknown, where: string): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return redactText(`unexpected error while ${where}: ${text}`);
}

/** What the sink writes to: the process's log file and its stderr. */
export interface ErrorSinkDeps {
  log: Log;
  stderr: Pick<NodeJS.WritableStream, 'write'>;
  /** Where support finds the details, named on stderr. */
  logFile?: string;
}

/** Sends the process's own last-resort events (a rejection nobody handled, an uncaught exception) to the sink. */
function catchProcessErrors(process: NodeJS.Process): Disposable {
  const rejected = (reason: unknown): void => {
    onUnexpectedError(reason, 'running a promise nobody awaited');
  };
  const thrown = (error: Error): void => {
    onUnexpectedError(error, 'running a callback');
  };
  process.on('unhandledRejection', rejected);
  process.on('uncaughtException', thrown);
  return {
    dispose: () => {
      process.off('unhandledRejection', rejected);
      process.off('uncaughtException', thrown);
    },
  };
}

/**
 * Installs the process's one unexpected-error sink, first thing in every process (the Electron main,
 * each CLI command, `softdial web`): an error nobody expected, a rejection nobody handled and an
 * uncaught exception each go, redacted, to the log file and to stderr. The window is told separately
 * (core/service), without the details.
 */
export function installErrorSink(process: NodeJS.Process, deps: ErrorSinkDeps): Disposable {
  const caught = catchProcessErrors(process);
  const listening = addUnexpectedErrorListener((error, where) => {
    const text = describeUnexpected(error, where);
    deps.log.write('error', 'unexpected', `unexpected error while ${where}`, { error: text.split('\n') });
    deps.stderr.write(`softdial: ${text}\n${deps.logFile ? `(logged in ${deps.logFile})\n` : ''}`);
  });
  return {
    dispose: () => {
      listening();
      caught.dispose();
    },
  };
}

/**
 * The first thing each process entry does (the Electron main, the CLI): opens its support log in the data
 * folder (lazily: nothing touches the disk until an entry is written) and installs the error sink on it.
 */
export function installProcessLog(process: NodeJS.Process, dataDir: string): LogFile {
  const log = new LogFile({
    dir: logFolder(dataDir),
    onUnwritable: (problem) => process.stderr.write(`softdial: ${problem}\n`),
  });
  installErrorSink(process, { log, stderr: process.stderr, logFile: log.file });
  return log;
}
