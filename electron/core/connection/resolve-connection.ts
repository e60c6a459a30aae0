import { explainConfiguration } from '../explain/catalog.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import type { SignInMode } from '../../shared/closed-sets.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import { resolveRegion } from '../genesys/regions.js';
import type { Endpoints } from '../genesys/regions.js';
import type { Settings } from '../settings/schema.js';

/** How softdial reaches Genesys Cloud right now: where, with which grant, for whom. */
export interface ConnectionConfig {
  endpoints: Endpoints;
  mode: SignInMode;
  clientId: string;
  /** The user calls are placed for (client credentials only). */
  onBehalfOfUserId?: string;
  /** Whether this is the built-in emulator (no region configured). */
  sandbox: boolean;
}

/**
 * The refusal of a client-credentials dial for nobody: `--as-user ID` (or SOFTDIAL_USER_ID) names the user
 * whose phone places the call; without one there is no user context at all.
 */
export function noOnBehalfUser(): ExplainedError {
  return explainConfiguration(
    'Client credentials have no user context, so calls must be placed on behalf of a user, and none is set.',
    [
      'Command line: add --as-user <Genesys user id>.',
      'Admin: set SOFTDIAL_USER_ID (or "Dial on behalf of user" in Settings) to the Genesys user id whose phone places the calls, or use agent sign-in.',
    ],
  );
}

/**
 * Resolves the real connection from settings: the region's endpoints, the sign-in mode, the OAuth
 * client and the user calls are placed for, or which setting is missing or wrong.
 */
export function resolveConnection(settings: Settings): Outcome<ConnectionConfig> {
  if (!settings.region)
    return fail(
      explainConfiguration('No region is set.', [
        'Set GENESYSCLOUD_REGION (for example eu-central-1) or the region in Settings.',
      ]),
    );
  const region = resolveRegion(settings.region);
  if (!region.ok)
    return fail(explainConfiguration(region.error, ['Fix GENESYSCLOUD_REGION or the region in Settings.']));
  const endpoints = region.value;
  if (!settings.clientId) {
    return fail(
      explainConfiguration('No OAuth client id is set.', [
        'Admin: set GENESYSCLOUD_OAUTHCLIENT_ID or the client id in Settings (Admin > Integrations > OAuth).',
      ]),
    );
  }
  const mode = settings.mode ?? 'agent';
  return ok({
    endpoints,
    mode,
    clientId: settings.clientId,
    ...(mode === 'client-credentials' && settings.userId ? { onBehalfOfUserId: settings.userId } : {}),
    sandbox: false,
  });
}
