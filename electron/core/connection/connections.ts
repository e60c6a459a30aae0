import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import { clientCredentialsGrant, refreshTokenGrant } from '../auth/grants.js';
import { accounts } from '../auth/secret-store.js';
import type { SecretStore } from '../auth/secret-store.js';
import { TokenManager } from '../auth/token-manager.js';
import type { Clock } from '../clock.js';
import { catalogExplainer, explainConfiguration } from '../explain/catalog.js';
import { rememberSecret } from '../explain/redact.js';
import { GenesysApi } from '../genesys/api.js';
import type { HttpClient } from '../genesys/http.js';
import { SANDBOX_CLIENT_SECRET, sandboxConnection } from '../sandbox/sandbox-connection.js';
import type { ResolvedSettings } from '../settings/settings-store.js';
import { resolveConnection } from './resolve-connection.js';
import type { ConnectionConfig } from './resolve-connection.js';

/** A live connection: its configuration, its token lifecycle and its API client. */
export interface Connection {
  key: string;
  /** The settings it was derived from: unchanged settings reuse it without deriving again. */
  settings: ResolvedSettings;
  config: ConnectionConfig;
  tokens: TokenManager;
  api: GenesysApi;
}

/** What a connection is built from. */
export interface ConnectionDeps {
  http: HttpClient;
  clock: Clock;
  secrets: SecretStore;
  env: NodeJS.ProcessEnv;
  /** The built-in emulator's base URL, when sandbox mode runs (no region configured). */
  sandboxUrl?: string;
}

/**
 * The connection cache: one connection per distinct configuration, so a settings change that does not
 * touch the connection keeps its token, and one that does starts afresh.
 */
export class Connections {
  private current?: Connection;

  constructor(private readonly deps: ConnectionDeps) {}

  /** The connection for these settings: the sandbox when no region is set and it runs, else the real one. */
  for(settings: ResolvedSettings): Outcome<Connection> {
    if (this.current?.settings === settings) return ok(this.current);
    if (settings.errors.length > 0) {
      return fail(
        explainConfiguration(settings.errors.join(' '), [
          'Fix the setting named above (environment variable or policy file).',
        ]),
      );
    }
    const { sandboxUrl } = this.deps;
    const derived =
      !settings.values.region && sandboxUrl
        ? ok(sandboxConnection(settings.values, sandboxUrl))
        : resolveConnection(settings.values);
    if (!derived.ok) return derived;
    const config = derived.value;
    const key = JSON.stringify(config);
    if (this.current?.key === key) {
      this.current.settings = settings;
      return ok(this.current);
    }
    this.current = { key, settings, config, ...this.client(config) };
    return ok(this.current);
  }

  /** The token lifecycle and API client of a configuration. */
  private client(config: ConnectionConfig): { tokens: TokenManager; api: GenesysApi } {
    const { http, clock, secrets } = this.deps;
    const explain = catalogExplainer;
    const endpoint = { http, endpoints: config.endpoints, explain, clientId: config.clientId };
    const grant =
      config.mode === 'client-credentials'
        ? clientCredentialsGrant({ ...endpoint, secret: () => this.clientSecret(config) })
        : refreshTokenGrant({ ...endpoint, secrets });
    const tokens = new TokenManager(grant, clock);
    return { tokens, api: new GenesysApi({ http, endpoints: config.endpoints, tokens, clock, explain }) };
  }

  /** The client secret: the sandbox's demo secret, GENESYSCLOUD_OAUTHCLIENT_SECRET (never stored), or the keychain. */
  private async clientSecret(config: ConnectionConfig): Promise<string | undefined> {
    if (config.sandbox) return SANDBOX_CLIENT_SECRET;
    const account = accounts.clientSecret(config.endpoints.loginBase, config.clientId);
    const secret = this.deps.env['GENESYSCLOUD_OAUTHCLIENT_SECRET'] || (await this.deps.secrets.get(account));
    if (secret) rememberSecret(secret);
    return secret;
  }
}
