import type { ExplainedError } from '../../shared/explained-error.js';
import { noOnBehalfUser } from '../connection/resolve-connection.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import { describePermissions, permissionsFor } from '../genesys/permissions.js';
import { TokenInfoSchema } from '../genesys/schemas.js';
import { endpointOf, readAgentUser, readStation, ringingStation } from '../agent/agent-identity.js';
import type { StationLookup } from '../agent/agent-identity.js';
import type { Check } from './check.js';
import { checkLiveProgress } from './live-progress-check.js';
import { metadataVersion } from './metadata-version.js';
import type { ResolvedSettings } from '../settings/settings-store.js';
import type { Connection } from '../connection/connection-cache.js';
import type { CoreStatus } from '../connection/core-status.js';
import type { Outcome } from '../../shared/outcome.js';
import { t } from '../../shared/i18n/language.js';
import '../i18n/core-messages.js';

/** Reads the station a call would ring on, says none is there, or (forbidden) that it cannot tell. */
function stationCheck(lookup: StationLookup): Check {
  const { endpoint, stations } = lookup;
  if (!stations.ok && stations.error.forbidden)
    // Since May 2026 reading another user's station needs its own permission: not knowing is not "not ready".
    return {
      name: 'station',
      ok: false,
      warning: true,
      detail: t('doctor.station.cannot_check', { permissions: describePermissions(endpoint.permissions) }),
      fix: [t('doctor.station.cannot_check_fix', { permissions: describePermissions(endpoint.permissions) })],
      endpoint,
    };
  if (!stations.ok) return { ...failed('station', stations.error), endpoint };
  const station = ringingStation(stations.value);
  return station
    ? { name: 'station', ok: true, detail: t('doctor.station.ok', { station: station.name ?? station.id }), endpoint }
    : {
        name: 'station',
        ok: false,
        detail: t('doctor.station.none'),
        fix: [t('doctor.station.none_fix'), t('doctor.station.none_fix_admin')],
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

/** What the doctor reads of the core (SoftdialCore is one): settings, status and a connection. */
export interface DoctorSubject {
  readonly settings: ResolvedSettings;
  status(): CoreStatus;
  connect(): Outcome<Connection>;
}

/** The checks that need no connection: configuration, keychain, numbering metadata, default country. */
function localChecks(core: DoctorSubject): Check[] {
  const checks: Check[] = [];
  const status = core.status();
  const settings = core.settings;
  checks.push(
    settings.errors.length > 0
      ? {
          name: 'configuration',
          ok: false,
          detail: settings.errors.join('; '),
          fix: [t('doctor.configuration.fix')],
        }
      : {
          name: 'configuration',
          ok: true,
          detail: [
            t('doctor.configuration.ok', { dataDir: settings.dataDir, policyPath: settings.policyPath }),
            ...settings.warnings,
          ].join('; '),
        },
  );
  checks.push(
    status.keychain.kind === 'keychain'
      ? { name: 'keychain', ok: true, detail: t('doctor.keychain.ok') }
      : {
          name: 'keychain',
          ok: false,
          warning: true,
          detail: status.keychain.problem ?? t('doctor.keychain.memory_only'),
          fix: [t('doctor.keychain.fix_linux')],
        },
  );
  checks.push({ name: 'numbering metadata', ok: true, detail: metadataVersion() });
  const country = status.defaultCountry;
  checks.push(
    country.country
      ? {
          name: 'default country',
          ok: true,
          detail: t('doctor.default_country.ok', { country: country.country, source: country.source }),
        }
      : {
          name: 'default country',
          ok: false,
          warning: true,
          detail: t('doctor.default_country.none'),
          fix: [t('doctor.default_country.fix', { variable: 'SOFTDIAL_DEFAULT_REGION' })],
        },
  );
  return checks;
}

/**
 * Checks everything dialling depends on, in the order it depends on it: configuration, keychain,
 * numbering metadata, default country, token, user, station.
 */
export async function runDoctor(core: DoctorSubject): Promise<DoctorReport> {
  const checks = localChecks(core);
  const connected = core.connect();
  if (!connected.ok) {
    checks.push(failed('connection', connected.error));
    return { ready: false, checks };
  }
  const { api, config } = connected.value;
  checks.push({
    name: 'connection',
    ok: true,
    detail: [
      t('doctor.connection.ok', {
        where: config.sandbox ? t('doctor.connection.sandbox') : config.endpoints.region,
        mode: config.mode,
        clientId: config.clientId,
      }),
      ...(config.onBehalfOfUserId ? [t('doctor.connection.on_behalf', { user: config.onBehalfOfUserId })] : []),
      ...(config.endpoints.note ? [t('doctor.connection.note', { note: config.endpoints.note })] : []),
    ].join(', '),
  });
  const tokenEndpoint = endpointOf('GET', GENESYS_PATHS.tokenOfCallerKeepingIdle);
  const token = await api.call({ method: 'GET', path: tokenEndpoint.path, schema: TokenInfoSchema, action: 'read' });
  if (!token.ok) {
    checks.push({ ...failed('token', token.error), endpoint: tokenEndpoint });
    return { ready: false, checks };
  }
  const endsAt = core.status().token.signInEndsAt;
  const org = token.value.organization?.name ?? 'Genesys Cloud';
  checks.push({
    name: 'token',
    ok: true,
    detail: [
      token.value.OAuthClient?.name
        ? t('doctor.token.signed_in_with', { org, client: token.value.OAuthClient.name })
        : t('doctor.token.signed_in', { org }),
      ...(endsAt !== undefined ? [t('doctor.token.ends', { time: new Date(endsAt).toISOString() })] : []),
      ...(token.value.dateTokenIdles ? [t('doctor.token.idles', { time: token.value.dateTokenIdles })] : []),
    ].join(' '),
    endpoint: tokenEndpoint,
  });
  const dialPath = GENESYS_PATHS.calls(config.onBehalfOfUserId);
  const dialPermissions = [...(permissionsFor('POST', dialPath)?.any ?? [])];
  const dialNeeds = t(config.onBehalfOfUserId ? 'doctor.user.dial_needs_client' : 'doctor.user.dial_needs', {
    endpoint: `POST ${dialPath}`,
    permissions: describePermissions(dialPermissions),
  });
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
    detail: `${t('doctor.user.ok', { name: user.value.name ?? user.value.id, id: user.value.id })} ${dialNeeds}`,
    endpoint: userEndpoint,
  });
  const lookup = await readStation(api, user.value, config.onBehalfOfUserId !== undefined, userEndpoint);
  checks.push(stationCheck(lookup));
  checks.push(await checkLiveProgress(connected.value.channel, user.value.id));
  return { ready: checks.every((check) => check.ok || check.warning), checks };
}
