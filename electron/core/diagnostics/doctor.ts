import type { ExplainedError } from '../../shared/explained-error.js';
import { noOnBehalfUser } from '../connection/resolve-connection.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { describePermissions, permissionsFor } from '../genesys/permissions.js';
import { TokenInfoSchema } from '../genesys/schemas.js';
import { endpointOf, readAgentUser, readStation, ringingStation } from '../agent/agent-identity.js';
import type { Endpoint, StationLookup } from '../agent/agent-identity.js';
import { metadataVersion } from './metadata-version.js';
import type { ResolvedSettings } from '../settings/settings-store.js';
import type { Connection } from '../connection/connection-cache.js';
import type { CoreStatus } from '../connection/core-status.js';
import type { Outcome } from '../../shared/outcome.js';

/** One readiness check: its name, whether it passed, what was found, and how to fix it. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string[];
  /** A failed check that does not stop dialling (e.g. memory-only secrets). */
  warning?: boolean;
  /** The Genesys request this check makes and the permissions that endpoint lists (none: any token may). */
  endpoint?: Endpoint;
}

/** Reads the station a call would ring on, says none is there, or (forbidden) that it cannot tell. */
function stationCheck(lookup: StationLookup): Check {
  const { endpoint, stations } = lookup;
  if (!stations.ok && stations.error.forbidden)
    // Since May 2026 reading another user's station needs its own permission: not knowing is not "not ready".
    return {
      name: 'station',
      ok: false,
      warning: true,
      detail: `Cannot check the station: reading another user's station needs ${describePermissions(endpoint.permissions)}, which the OAuth client lacks. Dialling may still work.`,
      fix: [
        `Admin: add ${describePermissions(endpoint.permissions)} to the OAuth client's role to let softdial check it.`,
      ],
      endpoint,
    };
  if (!stations.ok) return { ...failed('station', stations.error), endpoint };
  const station = ringingStation(stations.value);
  return station
    ? { name: 'station', ok: true, detail: `Calls ring on ${station.name ?? station.id}.`, endpoint }
    : {
        name: 'station',
        ok: false,
        detail: 'No phone (station) is selected or assigned, so Genesys Cloud cannot place calls.',
        fix: ['In Genesys Cloud, choose Calls > Select a phone.', 'Admin: assign a default station to the user.'],
        endpoint,
      };
}

/** The doctor's verdict: every check, and whether dialling can work. */
export interface DoctorReport {
  ready: boolean;
  checks: Check[];
}

const failed = (name: string, error: ExplainedError): Check => ({
  name,
  ok: false,
  detail: `${error.title}. ${error.detail}${error.correlationId ? ` (correlation id ${error.correlationId})` : ''}`,
  fix: error.fix,
});

/** What the doctor reads of the core (SoftdialCore is one): settings, status, a connection, the live-progress check. */
export interface DoctorSubject {
  readonly settings: ResolvedSettings;
  status(): CoreStatus;
  connect(): Outcome<Connection>;
  checkLiveProgress(userId: string): Promise<Check>;
}

/**
 * Checks everything dialling depends on, in the order it depends on it: configuration, keychain,
 * numbering metadata, default country, token, user, station.
 */
export async function runDoctor(core: DoctorSubject): Promise<DoctorReport> {
  const checks: Check[] = [];
  const status = core.status();
  const settings = core.settings;
  checks.push(
    settings.errors.length > 0
      ? {
          name: 'configuration',
          ok: false,
          detail: settings.errors.join('; '),
          fix: ['Fix the environment variable or policy entry named above.'],
        }
      : {
          name: 'configuration',
          ok: true,
          detail: `data in ${settings.dataDir}; policy ${settings.policyPath}${settings.warnings.length ? `; ${settings.warnings.join('; ')}` : ''}`,
        },
  );
  checks.push(
    status.keychain.kind === 'keychain'
      ? { name: 'keychain', ok: true, detail: 'The system keychain answers; secrets are stored there.' }
      : {
          name: 'keychain',
          ok: false,
          warning: true,
          detail: status.keychain.problem ?? 'Secrets are kept in memory only.',
          fix: ['Linux: install and unlock gnome-keyring (or another Secret Service).'],
        },
  );
  checks.push({ name: 'numbering metadata', ok: true, detail: metadataVersion() });
  const country = status.defaultCountry;
  checks.push(
    country.country
      ? { name: 'default country', ok: true, detail: `${country.country} (from ${country.source})` }
      : {
          name: 'default country',
          ok: false,
          warning: true,
          detail: 'None: national numbers need a + and country code.',
          fix: ['Set SOFTDIAL_DEFAULT_REGION (for example GB) or the default country in Settings.'],
        },
  );
  const connected = core.connect();
  if (!connected.ok) {
    checks.push(failed('connection', connected.error));
    return { ready: false, checks };
  }
  const { api, config } = connected.value;
  checks.push({
    name: 'connection',
    ok: true,
    detail: `${config.sandbox ? 'sandbox (built-in emulator)' : config.endpoints.region}: ${config.mode} sign-in, client ${config.clientId}${config.onBehalfOfUserId ? `, dialling on behalf of ${config.onBehalfOfUserId}` : ''}${config.endpoints.note ? `. Note: ${config.endpoints.note}` : ''}`,
  });
  const tokenEndpoint = endpointOf('GET', GENESYS_PATHS.tokenOfCallerKeepingIdle);
  const token = await api.call({ method: 'GET', path: tokenEndpoint.path, schema: TokenInfoSchema, action: 'read' });
  if (!token.ok) {
    checks.push({ ...failed('token', token.error), endpoint: tokenEndpoint });
    return { ready: false, checks };
  }
  const endsAt = core.status().token.signInEndsAt;
  checks.push({
    name: 'token',
    ok: true,
    detail: `Signed in to ${token.value.organization?.name ?? 'the org'}${token.value.OAuthClient?.name ? ` with ${token.value.OAuthClient.name}` : ''}.${endsAt !== undefined ? ` The sign-in ends at ${new Date(endsAt).toISOString()} and cannot be renewed silently: sign in again then.` : ''}${token.value.dateTokenIdles ? ` It idles out at ${token.value.dateTokenIdles} unless used.` : ''}`,
    endpoint: tokenEndpoint,
  });
  const dialPath = GENESYS_PATHS.calls(config.onBehalfOfUserId);
  const dialPermissions = [...(permissionsFor('POST', dialPath)?.any ?? [])];
  const dialNeeds = `Dialling (POST ${dialPath}) needs ${describePermissions(dialPermissions)}${config.onBehalfOfUserId ? ' on the OAuth client' : ''}.`;
  if (config.mode === 'client-credentials' && !config.onBehalfOfUserId) {
    checks.push(failed('user', noOnBehalfUser()));
    return { ready: false, checks };
  }
  // The agent's own user comes with their station in one request, which needs no extra permission.
  const { endpoint: userEndpoint, user } = await readAgentUser(api, config.onBehalfOfUserId);
  if (!user.ok) {
    checks.push({ ...failed('user', user.error), endpoint: userEndpoint });
    return { ready: false, checks };
  }
  checks.push({
    name: 'user',
    ok: true,
    detail: `Calls are placed as ${user.value.name ?? user.value.id} (${user.value.id}). ${dialNeeds}`,
    endpoint: userEndpoint,
  });
  const lookup = await readStation(api, user.value, config.onBehalfOfUserId !== undefined, userEndpoint);
  checks.push(stationCheck(lookup));
  checks.push(await core.checkLiveProgress(user.value.id));
  return { ready: checks.every((check) => check.ok || check.warning), checks };
}
