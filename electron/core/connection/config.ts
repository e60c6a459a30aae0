import { explainConfiguration } from '../explain/catalog.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import { RegionError, resolveRegion } from '../genesys/regions.js';
import type { Endpoints } from '../genesys/regions.js';
import { DEMO } from '../emulator/org.js';
import type { Settings } from '../settings/schema.js';

/** How softdial reaches Genesys Cloud right now: where, with which grant, for whom. */
export interface ConnectionConfig {
  endpoints: Endpoints;
  mode: 'agent' | 'client-credentials';
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
 * Derives the connection from settings: a configured region means the real thing; none means sandbox
 * mode against the built-in emulator at `sandboxUrl`, dialling on behalf of the demo agent.
 */
export function connectionConfig(
  settings: Settings,
  sandboxUrl: string | undefined,
): { ok: true; config: ConnectionConfig } | { ok: false; error: ExplainedError } {
  if (!settings.region) {
    if (!sandboxUrl)
      return {
        ok: false,
        error: explainConfiguration('No region is set.', [
          'Set GENESYSCLOUD_REGION (for example eu-central-1) or the region in Settings.',
        ]),
      };
    const agent = settings.mode === 'agent';
    return {
      ok: true,
      config: {
        endpoints: { region: 'sandbox', loginBase: sandboxUrl, apiBase: sandboxUrl },
        mode: agent ? 'agent' : 'client-credentials',
        clientId: agent ? DEMO.agentClientId : DEMO.serviceClientId,
        ...(agent ? {} : { onBehalfOfUserId: settings.userId ?? DEMO.agentUserId }),
        sandbox: true,
      },
    };
  }
  let endpoints: Endpoints;
  try {
    endpoints = resolveRegion(settings.region);
  } catch (error) {
    if (error instanceof RegionError)
      return {
        ok: false,
        error: explainConfiguration(error.message, ['Fix GENESYSCLOUD_REGION or the region in Settings.']),
      };
    throw error;
  }
  if (!settings.clientId) {
    return {
      ok: false,
      error: explainConfiguration('No OAuth client id is set.', [
        'Admin: set GENESYSCLOUD_OAUTHCLIENT_ID or the client id in Settings (Admin > Integrations > OAuth).',
      ]),
    };
  }
  const mode = settings.mode ?? 'agent';
  return {
    ok: true,
    config: {
      endpoints,
      mode,
      clientId: settings.clientId,
      ...(mode === 'client-credentials' && settings.userId ? { onBehalfOfUserId: settings.userId } : {}),
      sandbox: false,
    },
  };
}
