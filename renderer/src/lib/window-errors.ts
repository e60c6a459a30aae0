import type { SoftdialApi } from '../../../electron/ipc/contract.js';
import type { Disposable } from '../../../electron/shared/disposable.js';
import { addUnexpectedErrorListener } from '../../../electron/shared/unexpected-errors.js';

/** More than this many reports from one page are a loop, not news: the rest stay in the browser's console. */
const MAX_REPORTS = 50;

const cut = (text: string, length: number): string => text.slice(0, length);

/** An error in the contract's shape: where it happened, and its own name, message and stack (cut to the schema's bounds). */
function windowError(error: unknown, where: string) {
  const known = error instanceof Error ? error : undefined;
  return {
    where: cut(where, 200),
    name: cut(known?.name ?? 'Error', 100),
    message: cut(known?.message ?? String(error), 2000),
    ...(known?.stack ? { stack: cut(known.stack, 8000) } : {}),
  };
}

/**
 * Sends the window's unexpected errors (the shared sink's, an uncaught exception, a rejection nobody
 * handled) to the core's support log through the contract. A report that cannot be delivered is dropped:
 * reporting it would only fail the same way.
 */
export function reportWindowErrors(api: Pick<SoftdialApi, 'reportWindowError'>, target: EventTarget): Disposable {
  let sent = 0;
  const report = (error: unknown, where: string): void => {
    if (sent >= MAX_REPORTS) return;
    sent += 1;
    api.reportWindowError(windowError(error, where)).then(
      () => undefined,
      () => undefined,
    );
  };
  // An ErrorEvent carries `error`, a PromiseRejectionEvent `reason`; read by name so any window's events do.
  const thrown = (event: Event): void => {
    report('error' in event ? event.error : event, 'running the page');
  };
  const rejected = (event: Event): void => {
    report('reason' in event ? event.reason : event, 'running a promise nobody awaited');
  };
  const stopListening = addUnexpectedErrorListener(report);
  target.addEventListener('error', thrown);
  target.addEventListener('unhandledrejection', rejected);
  return {
    dispose: () => {
      stopListening();
      target.removeEventListener('error', thrown);
      target.removeEventListener('unhandledrejection', rejected);
    },
  };
}
