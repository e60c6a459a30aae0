import type { PushSink } from '../../ipc/push-queue.js';
import { internalError } from '../../shared/boundary-errors.js';
import type { Disposable } from '../../shared/disposable.js';
import { addUnexpectedErrorListener } from '../../shared/unexpected-errors.js';

/**
 * Tells the window(s) of each unexpected error that something broke and where, never the details (the
 * process's error sink logs those). The Electron main and `softdial web` attach this once they have a window.
 */
export function tellWindowOfUnexpectedErrors(pushes: PushSink): Disposable {
  const stop = addUnexpectedErrorListener((_error, where) => {
    pushes.emit('unexpectedError', internalError(where));
  });
  return { dispose: stop };
}
