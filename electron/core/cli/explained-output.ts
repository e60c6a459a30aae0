import type { ExplainedError } from '../../shared/explained-error.js';
import { terminalMessage } from './terminal-text.js';
import { t } from '../../shared/i18n/language.js';
import '../i18n/core-messages.js';

/** An explained error as the agent reads it in a terminal: what, why, what to do, and support's details (control characters shown, never run). */
export function formatExplained(error: ExplainedError): string {
  const lines = [`✗ ${error.title}`, `  ${error.detail}`];
  if (error.fix.length > 0) lines.push(`  ${t('cli.what_to_do')}`, ...error.fix.map((step) => `   - ${step}`));
  const facts = [
    error.httpStatus !== undefined ? `HTTP ${error.httpStatus}` : undefined,
    error.genesysCode,
    error.correlationId ? `correlation id ${error.correlationId}` : undefined,
    error.retryAfterSeconds !== undefined ? `retry after ${error.retryAfterSeconds} s` : undefined,
  ].filter(Boolean);
  if (facts.length > 0) lines.push(`  (${facts.join(' · ')})`);
  if (error.request)
    lines.push(
      `  Request: ${error.request.method} ${error.request.url}${error.request.body ? ` ${error.request.body}` : ''}`,
    );
  if (error.response) lines.push(`  Response: ${error.response.status} ${error.response.body}`);
  return terminalMessage(`${lines.join('\n')}\n`);
}

/** Codes that mean the input or the configuration must change (exit 2), not that Genesys refused (exit 1). */
const INPUT_CODES = new Set<ExplainedError['code']>([
  'bad_number',
  'needs_confirmation',
  'reading_changed',
  'emergency_number',
  'not_configured',
  'sign_in_required',
]);

/** The exit status for an explained failure, per the CLI contract. */
export const exitStatusOf = (error: ExplainedError): number => (INPUT_CODES.has(error.code) ? 2 : 1);
