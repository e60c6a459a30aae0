import { onUnexpectedError } from '../shared/unexpected-errors.js';

/** A catch handler that reports to the process's error sink (log and stderr, redacted) with where it happened. */
export const reportingAs =
  (where: string) =>
  (error: unknown): void => {
    onUnexpectedError(error, where);
  };
