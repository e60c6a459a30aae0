import { join } from 'node:path';
import { openSecretStore } from './auth/keychain-store.js';
import type { OpenedSecretStore } from './auth/keychain-store.js';
import { accounts } from './auth/secret-store.js';
import { AgentSession } from './agent/agent-session.js';
import { systemClock } from '../shared/clock.js';
import { ConnectionCache } from './connection/connection-cache.js';
import type { Connection } from './connection/connection-cache.js';
import type { CoreStatus } from './connection/core-status.js';
import { DefaultCountryCache } from './settings/default-country-cache.js';
import { LogFile, logFolder } from './logging/log-file.js';
import { explainCode } from './explain/catalog.js';
import type { Clock } from '../shared/clock.js';
import { noOnBehalfUser, resolveConnection } from './connection/resolve-connection.js';
import { readAgentIdentity } from './agent/agent-identity.js';
import type { AgentIdentity } from './agent/agent-identity.js';
import { listQueues } from './agent/queues.js';
import type { QueueChoice } from './agent/queues.js';
import { ContactsService } from './contacts/contacts-service.js';
import { contactsLookup } from './contacts/dial-lookup.js';
import { genesysLookup } from './contacts/genesys-lookup.js';
import { ExchangeLog, recordingHttp } from './diagnostics/exchange-log.js';
import type { RecordedExchange } from './diagnostics/exchange-log.js';
import { fetchProgress, hangUp } from './dialing/call-progress.js';
import type { CallProgress } from './dialing/call-progress.js';
import { watchCall } from './dialing/call-watch.js';
import { DialClaims } from './dialing/dial-claims.js';
import { Dialer } from './dialing/dialer.js';
import type { DialContext, DialOutcome, DialRequest } from './dialing/dialer.js';
import { SANDBOX_CLIENT_SECRET, sandboxConnection } from './sandbox/sandbox-connection.js';
import { rememberSecret } from './explain/redact.js';
import type { SecretStoreKind } from '../shared/closed-sets.js';
import type { ExplainedError } from '../shared/explained-error.js';
import { fail, ok } from '../shared/outcome.js';
import { fireAndForget, onUnexpectedError } from '../shared/unexpected-errors.js';
import type { Outcome } from '../shared/outcome.js';
import { createHttpClient } from './genesys/http.js';
import type { ChannelTiming } from './genesys/notification-channel.js';
import type { SocketFactory } from './genesys/notification-socket.js';
import { resolveRegion } from './genesys/regions.js';
import type { HttpClient } from './genesys/http.js';
import type { DefaultCountry } from './phone/default-country.js';
import { readNumber } from './phone/read-number.js';
import type { PhoneResult } from './phone/types.js';
import { dataDirectory } from './settings/paths.js';
import { SettingsStore } from './settings/settings-store.js';
import type { ResolvedSettings } from './settings/settings-store.js';
import './i18n/core-messages.js';

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
  /** Opens the notification WebSocket (default: `ws`, through the proxy the environment names). */
  openSocket?: SocketFactory;
  /** Notification channel timing (tests shorten it). */
  channelTiming?: Partial<ChannelTiming>;
  /** Live call progress and presence through the Notification API (default); off: poll, as a fallback only would. */
  liveProgress?: boolean;
  /** Between two presence polls where presence cannot be live (tests shorten it). */
  presencePollMs?: number;
  /** The process's support log (default: logs/softdial.log in the data folder); its level follows the policy. */
  log?: LogFile;
}

/**
 * The composition of the core: settings, secrets, the token lifecycle, the Genesys client and the
 * dialer, behind the verbs the CLI, the IPC handlers and the web transport call.
 */
export class SoftdialCore {
  private readonly connections: ConnectionCache;
  private readonly country: DefaultCountryCache;
  private readonly session: AgentSession;
  /** The user each call was placed for (on-behalf dials), so its hang-up uses that user's leg. */
  private readonly callers = new Map<string, string>();
  private readonly dialer: Dialer;
  /** Every contact source, the search index, favourites and recents. */
  readonly contacts: ContactsService;
  /** Told when live updates go live or down (the status the window shows may have changed). */
  private readonly liveListeners = new Set<() => void>();
  /** The support log this core writes to, and whose tail "Save diagnostics" includes. */
  readonly log: LogFile;

  private constructor(
    private readonly store: SettingsStore,
    private resolved: ResolvedSettings,
    private readonly secrets: OpenedSecretStore,
    private readonly http: HttpClient,
    private readonly exchanges: ExchangeLog,
    private readonly clock: Clock,
    private readonly deps: CoreDeps,
  ) {
    const sandboxUrl = deps.sandboxUrl;
    this.log = deps.log ?? new LogFile({ dir: logFolder(resolved.dataDir) });
    this.log.setLevel(resolved.logLevel);
    this.connections = new ConnectionCache({
      http,
      clock,
      secrets,
      env: this.env,
      derive: (values) =>
        !values.region && sandboxUrl ? ok(sandboxConnection(values, sandboxUrl)) : resolveConnection(values),
      knownSecret: (config) => (config.sandbox ? SANDBOX_CLIENT_SECRET : undefined),
      ...(deps.openSocket ? { openSocket: deps.openSocket } : {}),
      ...(deps.channelTiming ? { channelTiming: deps.channelTiming } : {}),
      onChannelHealth: () => {
        for (const listener of this.liveListeners) listener();
      },
      onAgentTokenRenewed: (connection) =>
        fireAndForget(this.session.readIdleTime(connection), 'reading when the renewed sign-in idles'),
    });
    this.country = new DefaultCountryCache(this.env);
    this.session = new AgentSession({
      http,
      secrets,
      ...(deps.openBrowser ? { openBrowser: deps.openBrowser } : {}),
      connect: () => this.connect(),
      settings: () => this.resolved,
      updateSettings: (patch) => this.updateSettings(patch),
    });
    this.contacts = new ContactsService({
      folder: join(dataDirectory(this.env), 'contacts'),
      api: () => {
        const connected = this.connect();
        return connected.ok ? ok(connected.value.api) : connected;
      },
      channel: () => {
        if (this.deps.liveProgress === false)
          return fail(explainCode('not_configured', 'Live updates are switched off; softdial polls instead.'));
        const connected = this.connect();
        return connected.ok ? ok(connected.value.channel) : connected;
      },
      ...(deps.presencePollMs ? { presencePollMs: deps.presencePollMs } : {}),
      defaultCountry: () => this.defaultCountry().country,
      settings: () => this.resolved.values,
      clock,
      random: Math.random,
    });
    this.dialer = new Dialer({
      context: () => this.dialContext(),
      contacts: contactsLookup(
        this.contacts,
        genesysLookup(() => this.defaultCountry().country),
      ),
      clock,
      guardWindowMs: () => this.resolved.values.dialGuardSeconds * 1000,
      claims: new DialClaims(join(dataDirectory(this.env), 'dial-guard.json'), () => clock.now()),
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

  private get env(): NodeJS.ProcessEnv {
    return this.deps.env ?? process.env;
  }

  /** The default country for national numbers and where it came from. */
  defaultCountry(): DefaultCountry {
    return this.country.of(this.resolved);
  }

  /** Reads a number with the agent's default country. */
  parse(text: string): PhoneResult {
    return readNumber(text, { defaultCountry: this.defaultCountry().country });
  }

  /** The connection for the current settings, rebuilt when they change. */
  connect(): Outcome<Connection> {
    return this.connections.get(this.resolved);
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
    const live = connected.ok ? connected.value.channel.status : undefined;
    const paused = live?.health === 'down' && live.problem?.code === 'channel_limit' ? live.problem : undefined;
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
      ...(paused ? { liveUpdatesPaused: paused } : {}),
      warnings: [
        ...this.resolved.warnings,
        ...(config?.endpoints.note ? [config.endpoints.note] : []),
        ...(this.secrets.unavailableReason ? [this.secrets.unavailableReason] : []),
      ],
      errors: this.resolved.errors,
    };
  }

  async dial(request: DialRequest): Promise<DialOutcome> {
    const outcome = await this.dialer.dial(request);
    if (outcome.ok && outcome.value.conversationId && outcome.value.asUserId)
      this.callers.set(outcome.value.conversationId, outcome.value.asUserId);
    const number = outcome.ok ? outcome.value.number : outcome.error.number;
    // A dial the agent cancelled while it waited was never sent: it is no call to remember.
    const recorded = outcome.ok
      ? !outcome.value.dryRun && !outcome.value.shared
      : number !== undefined && outcome.error.code !== 'dial_cancelled';
    // The call is out (or refused) whatever becomes of its record: a recents file that cannot be written never
    // turns a placed call into a failure the agent would dial again after.
    if (number && recorded)
      await this.contacts
        .recordCall({
          number: number.e164,
          international: number.international,
          ...(number.extension ? { extension: number.extension } : {}),
          ...(request.contactId ? { contactId: request.contactId } : {}),
          source: request.source,
          outcome: outcome.ok ? 'placed' : outcome.error.callMayHaveBeenPlaced ? 'uncertain' : 'refused',
          ...(outcome.ok && outcome.value.conversationId ? { conversationId: outcome.value.conversationId } : {}),
        })
        .catch((error: unknown) => onUnexpectedError(error, 'recording a call in the recents'));
    return outcome;
  }

  /** Hears every change of live updates (live, down, paused) until stopped, to push the status again. */
  onLiveUpdates(listener: () => void): { stop: () => void } {
    this.liveListeners.add(listener);
    return { stop: () => this.liveListeners.delete(listener) };
  }

  /**
   * The machine woke up (the desktop app calls this on powerMonitor resume): the socket may be dead without
   * having said so, and calls and presence may have changed while asleep. Reconnects the notification
   * channel at once, without the backoff; the watched calls and presence hear it go down and live again,
   * and read once what they follow (Genesys does not replay what the socket missed).
   */
  async resume(): Promise<void> {
    const connected = this.connect();
    if (!connected.ok) return;
    await connected.value.channel.resume();
  }

  /** The call's progress now. */
  async callProgress(conversationId: string): Promise<Outcome<CallProgress>> {
    const connected = this.connect();
    if (!connected.ok) return connected;
    const { api, config, agentUserId } = connected.value;
    return fetchProgress(
      api,
      conversationId,
      this.callers.get(conversationId) ?? config.onBehalfOfUserId ?? agentUserId,
    );
  }

  /** Hangs up: the whole call with the agent's token, the user's own leg with client credentials. */
  async hangUp(conversationId: string): Promise<Outcome<CallProgress>> {
    const connected = this.connect();
    if (!connected.ok) return connected;
    const { api, config } = connected.value;
    const userId = this.callers.get(conversationId) ?? config.onBehalfOfUserId;
    return hangUp(
      api,
      conversationId,
      config.mode === 'client-credentials' && userId ? { kind: 'on-behalf', userId } : { kind: 'agent' },
    );
  }

  /** Follows a call until it ends, reporting each change of phase: by notification socket, polling only as a fallback. */
  async watchCall(
    conversationId: string,
    onProgress: (progress: CallProgress) => void,
    options: { signal?: AbortSignal; onNotice?: (notice: ExplainedError) => void; unknownLimitMs?: number } = {},
  ): Promise<Outcome<CallProgress>> {
    const connected = this.connect();
    if (!connected.ok) return connected;
    const connection = connected.value;
    const { api, config, channel } = connection;
    const userId = this.callers.get(conversationId) ?? config.onBehalfOfUserId ?? connection.agentUserId;
    const follow = (progress: CallProgress): void => {
      fireAndForget(this.contacts.callPhase(conversationId, progress.phase), 'recording a call in recents');
      onProgress(progress);
    };
    return watchCall(api, conversationId, follow, {
      clock: this.clock,
      onOwner: (owner) => {
        if (config.mode === 'agent') connection.agentUserId = owner;
      },
      ...(this.deps.liveProgress === false ? {} : { channel }),
      ...(userId ? { userId } : {}),
      ...options,
    });
  }

  /** Who calls are placed as and where they ring, for the identity bar ("Rings on: …"). */
  async identity(): Promise<Outcome<AgentIdentity>> {
    const connected = this.connect();
    if (!connected.ok) return connected;
    const { api, config } = connected.value;
    if (config.mode === 'client-credentials' && !config.onBehalfOfUserId) return fail(noOnBehalfUser());
    return readAgentIdentity(api, config.onBehalfOfUserId);
  }

  /** The queues the agent may call from, for Settings' "Call from queue" (or why Genesys will not list them). */
  async queues(): Promise<Outcome<QueueChoice[]>> {
    const connected = this.connect();
    if (!connected.ok) return connected;
    const { api, config } = connected.value;
    if (config.mode === 'client-credentials' && !config.onBehalfOfUserId) return fail(noOnBehalfUser());
    return listQueues(api, config.onBehalfOfUserId);
  }

  /** Closes what keeps the process alive (the notification socket) once the contacts' writes are on disk; for the CLI and tests. */
  async close(): Promise<void> {
    await this.contacts.close();
    this.connections.close();
  }

  /** Agent sign-in (PKCE) through the system browser; the token stays in memory, the refresh token in the keychain. */
  signIn(): Promise<Outcome<null>> {
    return this.session.signIn();
  }

  /**
   * Revokes the token at Genesys and forgets it and the refresh token. Signing
   * out locally always succeeds; `revoked` says whether Genesys confirmed the revocation.
   */
  signOut(): Promise<{ revoked: boolean }> {
    return this.session.signOut();
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
