import type { ErrorCode, ExplainedError } from './explained-error.js';
import { t } from './i18n/language.js';
import type { PlainKey } from './i18n/catalog-types.js';

/**
 * How the catalog words a failure, in the current language: its title and detail are the messages
 * `explain.<code>.title` and `.detail` (or `detail` where it takes placeholders), then the steps to fix it
 * and whether trying again may help.
 */
export interface CatalogEntry {
  fix: () => string[];
  retryable: boolean;
  detail?: () => string;
}

/** Steps to fix that are plain messages, shown in the language current when the failure is explained. */
export const steps =
  (...keys: PlainKey[]): (() => string[]) =>
  () =>
    keys.map((key) => t(key));

/** A code the catalog words from `explain.<code>.title`/`.detail` messages. */
type WordedCode = Exclude<ErrorCode, 'bad_number' | 'needs_confirmation'>;

/** The codes whose detail message takes no placeholders; the others' entries give `detail`. */
type PlainDetailCode = { [C in WordedCode]: `explain.${C}.detail` extends PlainKey ? C : never }[WordedCode];

/** An entry as an ExplainedError in the current language. */
export function fromEntry(code: WordedCode, entry: CatalogEntry): ExplainedError {
  return {
    code,
    title: t(`explain.${code}.title`),
    detail: entry.detail ? entry.detail() : t(`explain.${code as PlainDetailCode}.detail`),
    fix: entry.fix(),
    retryable: entry.retryable,
  };
}

/**
 * The words for the failures the boundary itself produces (a refused request, a handler that broke, a
 * window that lost its connection to the core); the renderer builds the last without the catalog.
 */
export const BOUNDARY_ENTRIES: Record<'invalid_input' | 'internal_error' | 'disconnected', CatalogEntry> = {
  invalid_input: { fix: steps('explain.invalid_input.fix'), retryable: false },
  internal_error: {
    fix: () => [t('explain.internal_error.fix', { log: 'logs/softdial.log' })],
    retryable: true,
  },
  disconnected: { fix: steps('explain.disconnected.fix'), retryable: true },
};

const explained = (code: keyof typeof BOUNDARY_ENTRIES, detail?: string): ExplainedError => {
  const error = fromEntry(code, BOUNDARY_ENTRIES[code]);
  return detail ? { ...error, detail: `${error.detail} ${detail}` } : error;
};

/** A request refused at the boundary, naming what was wrong with it. */
export const invalidInput = (detail: string): ExplainedError => explained('invalid_input', detail);

/** Something broke: the window is told only that it did (and where); the details go to the unexpected-error log. */
export const internalError = (where?: string): ExplainedError =>
  explained('internal_error', where ? t('explain.internal_error.where', { where }) : undefined);

/** The window lost its connection to the core (the socket of `softdial web` closed) before an answer came. */
export const disconnectedError = (detail: string): ExplainedError => explained('disconnected', detail);
