import { fireAndForget } from '../shared/unexpected-errors.js';

/** How long quitting waits for each part to finish (the last recents on disk, the sandbox's port) before going anyway. */
export const QUIT_GRACE_MS = 5_000;

/**
 * Closes each part in order (the core before the sandbox it may still be talking to), each bounded by the
 * grace time and never throwing: a part that hangs or fails is reported and quitting goes on.
 */
export async function closeInOrder(
  parts: readonly (() => Promise<unknown>)[],
  report: (error: unknown) => void,
  graceMs = QUIT_GRACE_MS,
): Promise<void> {
  for (const close of parts) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    try {
      await Promise.race([close(), grace]);
    } catch (error) {
      report(error);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Holds the first `will-quit` back until `close` has run, then quits again for real: Electron would end the
 * process while the core still writes its last changes. Further requests while closing are held too.
 */
export function quitAfterClosing(
  close: () => Promise<void>,
  quit: () => void,
): (event: { preventDefault(): void }) => void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    const closing = close().finally(() => {
      state = 'closed';
      quit();
    });
    fireAndForget(closing, 'closing before quitting');
  };
}
