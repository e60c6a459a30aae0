import type { ExplainedError } from '../shared/explained-error.js';
import { GENESYS_PATHS } from './genesys/paths.js';
import { TokenInfoSchema, UserSchema, UserStationsSchema } from './genesys/schemas.js';
import { metadataVersion } from './phone/metadata-version.js';
import type { SoftdialCore } from './softdial-core.js';

/** One readiness check: its name, whether it passed, what was found, and how to fix it. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string[];
  /** A failed check that does not stop dialling (e.g. memory-only secrets). */
  warning?: boolean;
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

/**
 * Checks everything dialling depends on, in the order it depends on it: configuration, keychain,
 * numbering metadata, default country, token, user, station.
 */
export async function runDoctor(core: SoftdialCore): Promise<DoctorReport> {
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
          detail:
            `data in ${settings.dataDir}; policy ${settings.policyPath}` +
            (settings.warnings.length ? `; ${settings.warnings.join('; ')}` : ''),
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
    detail:
      `${config.sandbox ? 'sandbox (built-in emulator)' : config.endpoints.region}: ` +
      `${config.mode} sign-in, client ${config.clientId}` +
      (config.onBehalfOfUserId ? `, dialling on behalf of ${config.onBehalfOfUserId}` : ''),
  });
  const token = await api.call({
    method: 'GET',
    path: GENESYS_PATHS.tokenOfCaller,
    schema: TokenInfoSchema,
    action: 'read',
  });
  if (!token.ok) {
    checks.push(failed('token', token.error));
    return { ready: false, checks };
  }
  checks.push({
    name: 'token',
    ok: true,
    detail:
      `Signed in to ${token.value.organization?.name ?? 'the org'}` +
      (token.value.OAuthClient?.name ? ` with ${token.value.OAuthClient.name}` : '') +
      '.',
  });
  const userPath = GENESYS_PATHS.user(config.onBehalfOfUserId);
  const user = await api.call({ method: 'GET', path: userPath, schema: UserSchema, action: 'read' });
  if (!user.ok) {
    checks.push(failed('user', user.error));
    return { ready: false, checks };
  }
  checks.push({
    name: 'user',
    ok: true,
    detail: `Calls are placed as ${user.value.name ?? user.value.id} (${user.value.id}).`,
  });
  const station = await api.call({
    method: 'GET',
    path: GENESYS_PATHS.stationOf(user.value.id),
    schema: UserStationsSchema,
    action: 'read',
  });
  if (!station.ok) {
    checks.push(failed('station', station.error));
    return { ready: false, checks };
  }
  const effective = station.value.effectiveStation ?? station.value.associatedStation ?? station.value.defaultStation;
  checks.push(
    effective
      ? { name: 'station', ok: true, detail: `Calls ring on ${effective.name ?? effective.id}.` }
      : {
          name: 'station',
          ok: false,
          detail: 'No phone (station) is selected or assigned, so Genesys Cloud cannot place calls.',
          fix: ['In Genesys Cloud, choose Calls > Select a phone.', 'Admin: assign a default station to the user.'],
        },
  );
  return { ready: checks.every((check) => check.ok || check.warning), checks };
}
