// The one process-wide sink for errors nobody expected: a handler that threw, a promise nobody awaited, a
// listener that broke. Expected failures are Outcomes and never come here. Whoever owns the process (the
// core's host, the Electron main) attaches listeners that log the error (redacted) and tell the window.

/** Hears about every unexpected error, with where it happened (a method name, "following a call"). */
export type UnexpectedErrorListener = (error: unknown, where: string) => void;

const listeners = new Set<UnexpectedErrorListener>();

/** Reports an error nobody expected. Never throws: a listener that fails is itself only reported to stderr. */
export function onUnexpectedError(error: unknown, where: string): void {
  if (listeners.size === 0) {
    console.error(
      `softdial: unexpected ${error instanceof Error ? error.name : 'error'} in ${where} (no log attached)`,
    );
    return;
  }
  for (const listener of [...listeners]) {
    try {
      listener(error, where);
    } catch {
      console.error(`softdial: an unexpected-error listener failed while reporting ${where}`);
    }
  }
}

/** Adds a listener; the returned function removes it again. */
export function addUnexpectedErrorListener(listener: UnexpectedErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets a promise run without awaiting it, reporting a rejection to the sink instead of losing it. */
export function fireAndForget(promise: Promise<unknown>, where: string): void {
  promise.then(undefined, (error: unknown) => {
    onUnexpectedError(error, where);
  });
}
