import { openSecretStore } from './auth/keychain-store.js';
import type { OpenedSecretStore } from './auth/keychain-store.js';
import { accounts } from './auth/secret-store.js';
import type { TokenStatus } from './auth/token-manager.js';
import { systemClock } from './clock.js';
import type { Clock } from './clock.js';
import { fetchProgress, hangUp, watchCall } from './dialing/call-progress.js';
import type { CallProgress } from './dialing/call-progress.js';
import { genesysContacts } from './dialing/contacts.js';
import { Dialer } from './dialing/dialer.js';
import type { DialContext, DialOutcome, DialRequest } from './dialing/dialer.js';
import { explainCode } from './explain/catalog.js';
import type { SecretStoreKind } from '../shared/closed-sets.js';
import type { ExplainedError } from '../shared/explained-error.js';
import { fail, ok } from '../shared/outcome.js';
import type { Outcome } from '../shared/outcome.js';
import { createHttpClient } from './genesys/http.js';
import { resolveRegion } from './genesys/regions.js';
import { ExchangeLog, recordingHttp } from './diagnostics/exchange-log.js';
import type { RecordedExchange } from './diagnostics/exchange-log.js';
import { rememberSecret } from './explain/redact.js';
import type { HttpClient } from './genesys/http.js';
import type { DefaultCountry } from './phone/default-country.js';
import { parsePhone } from './phone/parse.js';
import type { PhoneResult } from './phone/types.js';
import { SettingsStore } from './settings/settings-store.js';
import type { ResolvedSettings } from './settings/settings-store.js';
import { Connections } from './connection/connections.js';
import type { Connection } from './connection/connections.js';
import type { ConnectionConfig } from './connection/resolve-connection.js';
import { DefaultCountryCache } from './settings/default-country-cache.js';
import { signIn, signOut } from './session.js';
import type { SessionDeps } from './session.js';

/** Everything the core needs from outside; the defaults are the real things. */
export interface CoreDeps {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  secrets?: OpenedSecretStore;
  http?: HttpClient;
  /** Opens the system browser for agent sign-in. */
  openBrowser?: (url: string) => Promise<void>;
  /** The built-in emulator's base URL, for sandbox mode (no region configured). */
  sandboxUrl?: string;
  /** Starts the built-in emulator when the settings configure no region, and gives its URL. */
  startSandbox?: () => Promise<string>;
}

/** What the UI may know about the connection: never a token or a secret. */
export interface CoreStatus {
  sandbox: boolean;
  mode?: ConnectionConfig['mode'];
  region?: string;
  onBehalfOfUserId?: string;
  token: TokenStatus;
  keychain: { kind: SecretStoreKind; problem?: string };
  defaultCountry: DefaultCountry;
  configurationError?: ExplainedError;
  warnings: string[];
  errors: string[];
}

const MAX_RECENTS = 10;

/**
 * The composition of the core: settings, secrets, the token lifecycle, the Genesys client and the
 * dialer, behind the verbs the CLI, the IPC handlers and the web transport call.
 */
export class SoftdialCore {
  private readonly connections: Connections;
  private readonly countries: DefaultCountryCache;
  private recents: { e164: string; international: string }[] = [];
  private readonly dialer: Dialer;

  private constructor(
    private readonly store: SettingsStore,
    private resolved: ResolvedSettings,
    private readonly secrets: OpenedSecretStore,
    private readonly http: HttpClient,
    private readonly exchanges: ExchangeLog,
    private readonly clock: Clock,
    private readonly deps: CoreDeps,
  ) {
    const env = deps.env ?? process.env;
    this.connections = new Connections({
      http,
      clock,
      secrets: secrets.store,
      env,
      ...(deps.sandboxUrl ? { sandboxUrl: deps.sandboxUrl } : {}),
    });
    this.countries = new DefaultCountryCache(env);
    this.dialer = new Dialer({
      context: () => this.dialContext(),
      contacts: genesysContacts,
      clock,
      guardWindowMs: () => this.resolved.values.dialGuardSeconds * 1000,
    });
  }

  /** Loads settings and opens the keychain. */
  static async create(deps: CoreDeps = {}): Promise<SoftdialCore> {
    const env = deps.env ?? process.env;
    const store = new SettingsStore(env);
    const resolved = await store.load();
    const sandboxUrl =
      deps.sandboxUrl ?? (!resolved.values.region && deps.startSandbox ? await deps.startSandbox() : undefined);
    const secrets = deps.secrets ?? (await openSecretStore());
    const exchanges = new ExchangeLog();
    const http = recordingHttp(
      deps.http ?? createHttpClient({ timeoutMs: resolved.values.requestTimeoutSeconds * 1000, env }),
      exchanges,
    );
    return new SoftdialCore(store, resolved, secrets, http, exchanges, deps.clock ?? systemClock, {
      ...deps,
      ...(sandboxUrl ? { sandboxUrl } : {}),
    });
  }

  get settings(): ResolvedSettings {
    return this.resolved;
  }

  /** The last exchanges with Genesys, redacted, for the diagnostics bundle. */
  recentExchanges(): readonly RecordedExchange[] {
    return this.exchanges.recent();
  }

  /** The default country for national numbers and where it came from. */
  defaultCountry(): DefaultCountry {
    return this.countries.of(this.resolved);
  }

  /** Reads a number with the agent's default country. */
  parse(text: string): PhoneResult {
    return parsePhone(text, { defaultCountry: this.defaultCountry().country });
  }

  /** The connection for the current settings, rebuilt when they change. */
  connect(): Outcome<Connection> {
    return this.connections.for(this.resolved);
  }

  private dialContext(): Outcome<DialContext> {
    const connected = this.connect();
    if (!connected.ok) return connected;
    const { api, config } = connected.value;
    const defaultCountry = this.defaultCountry().country;
    return ok({ api, config, settings: this.resolved.values, ...(defaultCountry ? { defaultCountry } : {}) });
  }

  status(): CoreStatus {
    const connected = this.connect();
    const config = connected.ok ? connected.value.config : undefined;
    return {
      sandbox: config?.sandbox ?? !this.resolved.values.region,
      ...(config ? { mode: config.mode, region: config.endpoints.region } : {}),
      ...(config?.onBehalfOfUserId ? { onBehalfOfUserId: config.onBehalfOfUserId } : {}),
      token: connected.ok ? connected.value.tokens.status() : { hasToken: false },
      keychain: {
        kind: this.secrets.store.kind,
        ...(this.secrets.unavailableReason ? { problem: this.secrets.unavailableReason } : {}),
      },
      defaultCountry: this.defaultCountry(),
      ...(connected.ok ? {} : { configurationError: connected.error }),
      warnings: [
        ...this.resolved.warnings,
        ...(this.secrets.unavailableReason ? [this.secrets.unavailableReason] : []),
      ],
      errors: this.resolved.errors,
    };
  }

  async dial(request: DialRequest): Promise<DialOutcome> {
    const outcome = await this.dialer.dial(request);
    if (outcome.ok && !outcome.value.dryRun) {
      const { e164, international } = outcome.value.number;
      this.recents = [{ e164, international }, ...this.recents.filter((recent) => recent.e164 !== e164)].slice(
        0,
        MAX_RECENTS,
      );
    }
    return outcome;
  }

  /** The numbers dialled in this session, newest first, for redial. */
  recentCalls(): readonly { e164: string; international: string }[] {
    return this.recents;
  }

  /** The call's progress now. */
  async callProgress(conversationId: string): Promise<Outcome<CallProgress>> {
    const connected = this.connect();
    return connected.ok ? fetchProgress(connected.value.api, conversationId) : connected;
  }

  /** Hangs the call up. */
  async hangUp(conversationId: string): Promise<Outcome<CallProgress>> {
    const connected = this.connect();
    return connected.ok ? hangUp(connected.value.api, conversationId) : connected;
  }

  /** Follows a call until it ends, reporting each change of phase. */
  async watchCall(
    conversationId: string,
    onProgress: (progress: CallProgress) => void,
    signal?: AbortSignal,
  ): Promise<Outcome<CallProgress>> {
    const connected = this.connect();
    if (!connected.ok) return connected;
    return watchCall(connected.value.api, conversationId, onProgress, {
      clock: this.clock,
      ...(signal ? { signal } : {}),
    });
  }

  /** Agent sign-in (PKCE) through the system browser (see session.ts). */
  signIn(): Promise<Outcome<null>> {
    return signIn(this.session());
  }

  /** Revokes and forgets the token and the refresh token (see session.ts). */
  signOut(): Promise<{ revoked: boolean }> {
    return signOut(this.session());
  }

  private session(): SessionDeps {
    return {
      settings: () => this.resolved,
      updateSettings: (patch) => this.updateSettings(patch),
      connect: () => this.connect(),
      http: this.http,
      secrets: this.secrets.store,
      ...(this.deps.openBrowser ? { openBrowser: this.deps.openBrowser } : {}),
    };
  }

  /**
   * Keeps a client secret in the keychain (or, without one, in memory for this session) and says which;
   * it is bound to the client id and the region set now, so a later change of region asks for it again.
   */
  async storeClientSecret(secret: string): Promise<Outcome<SecretStoreKind>> {
    const { clientId, region } = this.resolved.values;
    const resolved = region && this.resolved.errors.length === 0 ? resolveRegion(region) : undefined;
    const endpoints = resolved?.ok ? resolved.value : undefined;
    if (!clientId || !endpoints)
      return fail(explainCode('not_configured', 'Set the region and the OAuth client id before the client secret.'));
    rememberSecret(secret);
    await this.secrets.store.set(accounts.clientSecret(endpoints.loginBase, clientId), secret);
    return ok(this.secrets.store.kind);
  }

  /** Changes the user's settings; a refused change is explained field by field and changes nothing. */
  async updateSettings(patch: unknown): Promise<Outcome<ResolvedSettings>> {
    const updated = await this.store.update(patch);
    if (!updated.ok) return fail(explainCode('invalid_input', updated.error.join('; ')));
    this.resolved = updated.value;
    return updated;
  }
}
