import { errorBodyOf, explainCode, missingPermissions } from '../explain/catalog.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import type { ContactSource } from '../../shared/contact-sets.js';
import type { SourceStatus } from './types.js';

const SOURCE_NAMES: Record<ContactSource, string> = {
  users: 'the Genesys Cloud directory',
  external: 'Genesys Cloud external contacts',
  local: 'your own contacts',
};

/** Why a sync stopped between two pages: softdial is closing; what it read so far is kept for the next start. */
export const closedDuringSync = (source: ContactSource): ExplainedError =>
  explainCode('disconnected', `softdial closed while reading ${SOURCE_NAMES[source]}; the next start resumes it.`);

/** Whether a failure switches a source off: Genesys refused the permission, so asking again will not help. */
export const switchesOff = (error: ExplainedError): boolean =>
  error.code === 'missing_permission' || error.code === 'not_authorized';

/**
 * What a failed request means for a source: a missing permission switches it off and names the
 * permission; anything else marks it failed with the explanation, keeping what it had.
 */
export function sourceFailure(
  source: ContactSource,
  error: ExplainedError,
  permission: string,
): Pick<SourceStatus, 'state' | 'reason' | 'permission' | 'error'> {
  if (switchesOff(error)) {
    const named = (error.response ? missingPermissions(errorBodyOf(error.response.body) ?? {}) : [])[0] ?? permission;
    return {
      state: 'off',
      permission: named,
      reason: `${SOURCE_NAMES[source]} is switched off: your Genesys Cloud role lacks the permission ${named}. Ask your admin to add it; everything else keeps working.`,
      error,
    };
  }
  return {
    state: 'failed',
    reason: `${SOURCE_NAMES[source]} could not be reached (${error.title}); what softdial had is kept.`,
    error,
  };
}
