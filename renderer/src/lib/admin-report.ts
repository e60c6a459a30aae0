import type { Explained } from './dial-pad.svelte.js';

/** The refusal as plain text for a support ticket: what happened and the exact (already redacted) exchange. */
export function adminReport(error: Explained): string {
  const lines = [`${error.title}: ${error.detail}`, `code: ${error.code}`];
  if (error.httpStatus !== undefined) lines.push(`HTTP status: ${error.httpStatus}`);
  if (error.genesysCode) lines.push(`Genesys code: ${error.genesysCode}`);
  if (error.correlationId) lines.push(`Correlation id: ${error.correlationId}`);
  if (error.request) lines.push('', `${error.request.method} ${error.request.url}`, error.request.body ?? '');
  if (error.response) lines.push('', `HTTP ${error.response.status}`, error.response.body);
  return lines.join('\n').trimEnd();
}
