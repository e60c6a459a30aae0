import type { App, Dialog } from 'electron';

/**
 * The words shown when softdial cannot start: what failed, that it closes rather than linger, and where the
 * details are (the support log: an installed app has no terminal to run `softdial doctor` from).
 */
export function startFailureMessage(error: unknown, logFile: string): string {
  const what = error instanceof Error ? error.message : String(error);
  return `${what}\n\nsoftdial closes now; start it again. If this happens again, send the log file ${logFile} to your administrator.`;
}

/**
 * Ends a start that failed: reports it, says why in a dialog (usable before the app is ready) and exits with an
 * error, so no window-less process keeps the single-instance lock and swallows the next launch.
 */
export function failStart(
  error: unknown,
  report: (error: unknown) => void,
  electron: { app: Pick<App, 'exit'>; dialog: Pick<Dialog, 'showErrorBox'> },
  logFile: string,
): void {
  try {
    report(error);
    electron.dialog.showErrorBox('softdial could not start', startFailureMessage(error, logFile));
  } finally {
    electron.app.exit(1);
  }
}
