/** Reports an error nobody expected (a bug) in the Electron main, with where it happened, so it is seen, not lost. */
export function reportUnexpected(error: unknown, where: string): void {
  console.error(`softdial: unexpected error while ${where}:`, error);
}

/** A catch handler that reports to `reportUnexpected` with where it happened. */
export const reportingAs =
  (where: string) =>
  (error: unknown): void => {
    reportUnexpected(error, where);
  };
