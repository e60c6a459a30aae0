import type { ConnectionReport } from './settings.svelte.js';

/** One check of "Test connection". */
export type ConnectionCheck = ConnectionReport['checks'][number];

/** How a check came out, in the three words the list shows next to its icon (never colour alone). */
export const CHECK_OUTCOMES = ['Passed', 'Warning', 'Failed'] as const;
/** A check's outcome. */
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** A failed check that does not stop dialling is a warning; the doctor marks those itself. */
export const outcomeOf = (check: ConnectionCheck): CheckOutcome =>
  check.ok ? 'Passed' : check.warning ? 'Warning' : 'Failed';

/** The one line above the list: ready or not, and how many checks need a look. */
export function verdictOf(report: ConnectionReport): string {
  const count = (outcome: CheckOutcome) => report.checks.filter((check) => outcomeOf(check) === outcome).length;
  const failed = count('Failed');
  const warned = count('Warning');
  const warnings = warned === 0 ? '' : ` ${warned} warning${warned === 1 ? '' : 's'}.`;
  if (report.ready)
    return `Ready to dial: ${report.checks.length - warned} of ${report.checks.length} checks passed.${warnings}`;
  return `Not ready to dial: ${failed} check${failed === 1 ? '' : 's'} failed.${warnings}`;
}
