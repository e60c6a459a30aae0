import type { ExplainedError } from './explained-error.js';

/** How the catalog words a failure: title, detail, steps to fix, and whether trying again may help. */
export interface CatalogEntry {
  title: string;
  detail: string;
  fix: string[];
  retryable: boolean;
}

/**
 * The words for the failures the boundary itself produces (a refused request, a handler that broke, a
 * window that lost its connection to the core); the renderer builds the last without the catalog.
 */
export const BOUNDARY_ENTRIES: Record<'invalid_input' | 'internal_error' | 'disconnected', CatalogEntry> = {
  invalid_input: {
    title: 'That value was refused',
    detail: 'A value did not have the expected form.',
    fix: ['Correct the field named below.'],
    retryable: false,
  },
  internal_error: {
    title: 'Something went wrong inside softdial',
    detail: 'An unexpected error stopped the action.',
    fix: [
      'Try again; if it repeats, use Save diagnostics in Settings and send the file, which includes the log (logs/softdial.log in the data folder), to your admin.',
    ],
    retryable: true,
  },
  disconnected: {
    title: 'softdial is not reachable',
    detail: 'The connection to softdial was lost before this action was answered.',
    fix: [
      'Wait while the page reconnects, then try again; if a call was being placed, check your phone before calling again.',
    ],
    retryable: true,
  },
};

const explained = (code: keyof typeof BOUNDARY_ENTRIES, detail?: string): ExplainedError => {
  const entry = BOUNDARY_ENTRIES[code];
  return { code, ...entry, fix: [...entry.fix], ...(detail ? { detail: `${entry.detail} ${detail}` } : {}) };
};

/** A request refused at the boundary, naming what was wrong with it. */
export const invalidInput = (detail: string): ExplainedError => explained('invalid_input', detail);

/** Something broke: the window is told only that it did (and where); the details go to the unexpected-error log. */
export const internalError = (where?: string): ExplainedError =>
  explained('internal_error', where ? `It happened while ${where}, and was logged.` : undefined);

/** The window lost its connection to the core (the socket of `softdial web` closed) before an answer came. */
export const disconnectedError = (detail: string): ExplainedError => explained('disconnected', detail);
