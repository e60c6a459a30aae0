import { clientCredentialsGrant, refreshTokenGrant } from '../auth/grants.js';
import type { OpenedSecretStore } from '../auth/keychain-store.js';
import { accounts } from '../auth/secret-store.js';
import { TokenManager } from '../auth/token-manager.js';
import type { Clock } from '../../shared/clock.js';
import type { ConnectionConfig } from './resolve-connection.js';
import { catalogExplainer, explainConfiguration } from '../explain/catalog.js';
import { rememberSecret } from '../explain/redact.js';
import { GenesysApi } from '../genesys/api.js';
import type { HttpClient } from '../genesys/http.js';
import { NotificationChannel } from '../genesys/notification-channel.js';
import type { ChannelTiming } from '../genesys/notification-channel.js';
import type { SocketFactory } from '../genesys/notification-socket.js';
import { openNotificationSocket } from '../genesys/notification-socket.js';
import type { Settings } from '../settings/schema.js';
import type { ResolvedSettings } from '../settings/settings-store.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';

/** One signed-in connection to Genesys (or the sandbox): its config, tokens, client and notification channel. */
export interface Connection {
  key: string;
  /** The settings it was derived from: unchanged settings reuse it without deriving again. */
  settings: ResolvedSettings;
  config: ConnectionConfig;
  tokens: TokenManager;
  api: GenesysApi;
  /** The one notification channel of this sign-in, shared by every watched call. */
  channel: NotificationChannel;
  /** The signed-in agent's user id, once a call has shown it (its call topic). */
  agentUserId?: string;
}

/** What building a connection needs; the composition root decides how settings become a config. */
export interface ConnectionCacheDeps {
  http: HttpClient;
  clock: Clock;
  secrets: OpenedSecretStore;
  env: NodeJS.ProcessEnv;
  /** The connection config the settings describe (the real resolver, or the sandbox's when no region is set). */
  derive: (values: Settings) => Outcome<ConnectionConfig>;
  /** A client secret the composition root already knows for this config (the sandbox's demo secret). */
  knownSecret: (config: ConnectionConfig) => string | undefined;
  openSocket?: SocketFactory;
  channelTiming?: Partial<ChannelTiming>;
  /** Told when the current connection's channel goes live or down. */
  onChannelHealth?: () => void;
  /** Told when an agent's token was renewed silently (its idle deadline must be read again). */
  onAgentTokenRenewed?: (connection: Connection) => void;
}

/** Keeps the connection for the current settings, so tokens and the socket survive until the settings change. */
export class ConnectionCache {
  private current?: Connection;

  constructor(private readonly deps: ConnectionCacheDeps) {}

  /** The connection for these settings, reused while they (or the config they derive) are unchanged. */
  get(resolved: ResolvedSettings): Outcome<Connection> {
    if (this.current?.settings === resolved) return ok(this.current);
    if (resolved.errors.length > 0) {
      return fail(
        explainConfiguration(resolved.errors.join(' '), [
          'Fix the setting named above (environment variable or policy file).',
        ]),
      );
    }
    const derived = this.deps.derive(resolved.values);
    if (!derived.ok) return derived;
    const config = derived.value;
    const key = JSON.stringify(config);
    if (this.current?.key === key) {
      this.current.settings = resolved;
      return ok(this.current);
    }
    const { http, clock, secrets } = this.deps;
    const explain = catalogExplainer;
    const grant =
      config.mode === 'client-credentials'
        ? clientCredentialsGrant({
            http,
            endpoints: config.endpoints,
            explain,
            clientId: config.clientId,
            secret: () => this.clientSecret(config),
          })
        : refreshTokenGrant({
            http,
            endpoints: config.endpoints,
            explain,
            clientId: config.clientId,
            secrets: secrets.store,
          });
    const tokens = new TokenManager(grant, clock, explain);
    const api = new GenesysApi({ http, endpoints: config.endpoints, tokens, clock, explain });
    const channel = new NotificationChannel({
      api,
      clock,
      explain,
      openSocket: this.deps.openSocket ?? openNotificationSocket(this.deps.env),
      ...(this.deps.channelTiming ? { timing: this.deps.channelTiming } : {}),
    });
    const onHealth = this.deps.onChannelHealth;
    if (onHealth) channel.onHealth(() => onHealth());
    this.current?.channel.close();
    const connection: Connection = { key, settings: resolved, config, tokens, api, channel };
    const onRenewed = this.deps.onAgentTokenRenewed;
    if (config.mode === 'agent' && onRenewed) tokens.onRenewed(() => onRenewed(connection));
    this.current = connection;
    return ok(this.current);
  }

  /** Closes the current connection's notification socket (what keeps the process alive). */
  close(): void {
    this.current?.channel.close();
  }

  /** The client secret: one the root knows, GENESYSCLOUD_OAUTHCLIENT_SECRET (never stored), or the keychain. */
  private async clientSecret(config: ConnectionConfig): Promise<string | undefined> {
    const known = this.deps.knownSecret(config);
    if (known) return known;
    const secret =
      this.deps.env['GENESYSCLOUD_OAUTHCLIENT_SECRET'] ||
      (await this.deps.secrets.store.get(accounts.clientSecret(config.endpoints.loginBase, config.clientId)));
    if (secret) rememberSecret(secret);
    return secret;
  }
}
