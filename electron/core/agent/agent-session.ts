import { signInAgent } from '../auth/agent-sign-in.js';
import type { OpenedSecretStore } from '../auth/keychain-store.js';
import { accounts } from '../auth/secret-store.js';
import type { Connection } from '../connection/connection-cache.js';
import { catalogExplainer, explainCode, explainConfiguration } from '../explain/catalog.js';
import { GENESYS_PATHS } from '../genesys/paths.js';
import type { HttpClient } from '../genesys/http.js';
import { TokenInfoSchema } from '../genesys/schemas.js';
import type { ResolvedSettings } from '../settings/settings-store.js';
import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';

/** What the agent's session needs from the composition. */
export interface AgentSessionDeps {
  http: HttpClient;
  secrets: OpenedSecretStore;
  /** Opens the system browser for agent sign-in. */
  openBrowser?: (url: string) => Promise<void>;
  connect: () => Outcome<Connection>;
  settings: () => ResolvedSettings;
  updateSettings: (patch: unknown) => Promise<Outcome<ResolvedSettings>>;
}

/** The agent's sign-in and sign-out, and when Genesys says the sign-in idles out. */
export class AgentSession {
  constructor(private readonly deps: AgentSessionDeps) {}

  /** Agent sign-in (PKCE) through the system browser; the token stays in memory, the refresh token in the keychain. */
  async signIn(): Promise<Outcome<null>> {
    const current = this.deps.settings().values;
    if (!current.region && current.mode !== 'agent') {
      const switched = await this.deps.updateSettings({ mode: 'agent' });
      if (!switched.ok) return switched;
    }
    const connected = this.deps.connect();
    if (!connected.ok) return connected;
    const { config, tokens } = connected.value;
    if (config.mode !== 'agent')
      return fail(
        explainConfiguration('Sign-in is for agent mode; this softdial uses client credentials.', [
          'Admin: set the mode to "agent" to let agents sign in.',
        ]),
      );
    if (!this.deps.openBrowser) return fail(explainCode('sign_in_failed', 'No browser is available to this process.'));
    const values = this.deps.settings().values;
    const result = await signInAgent({
      http: this.deps.http,
      endpoints: config.endpoints,
      explain: catalogExplainer,
      clientId: config.clientId,
      secrets: this.deps.secrets.store,
      redirectPort: values.redirectPort,
      redirectPath: values.redirectPath,
      openBrowser: this.deps.openBrowser,
    });
    if (!result.ok) return result;
    tokens.accept(result.value, result.value.refresh_token !== undefined);
    // Another agent may have signed in: their calls are on their own topic, on a channel of their own.
    connected.value.agentUserId = undefined;
    connected.value.channel.close();
    await this.readIdleTime(connected.value);
    return ok(null);
  }

  /**
   * Revokes the token at Genesys and forgets it and the refresh token. Signing
   * out locally always succeeds; `revoked` says whether Genesys confirmed the revocation.
   */
  async signOut(): Promise<{ revoked: boolean }> {
    const connected = this.deps.connect();
    if (!connected.ok) return { revoked: false };
    const { api, tokens, config } = connected.value;
    const revoked = tokens.status().hasToken ? (await api.revokeToken()).ok : false;
    tokens.forget();
    connected.value.agentUserId = undefined;
    connected.value.channel.close();
    await this.deps.secrets.store.delete(accounts.refreshToken(config.endpoints.loginBase, config.clientId));
    return { revoked };
  }

  /** Asks Genesys when the agent's token idles out (without resetting the idle timer) and remembers it; after sign-in and each renewal. */
  async readIdleTime(connection: Connection): Promise<void> {
    const info = await connection.api.call({
      method: 'GET',
      path: GENESYS_PATHS.tokenOfCallerKeepingIdle,
      schema: TokenInfoSchema,
      action: 'read',
    });
    const idles = info.ok && info.value.dateTokenIdles ? Date.parse(info.value.dateTokenIdles) : Number.NaN;
    if (!Number.isNaN(idles)) connection.tokens.noteIdlesAt(idles);
  }
}
