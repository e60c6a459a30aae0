import { fail, ok } from '../shared/outcome.js';
import type { Outcome } from '../shared/outcome.js';
import { signInAgent } from './auth/agent-sign-in.js';
import { accounts } from './auth/secret-store.js';
import type { SecretStore } from './auth/secret-store.js';
import type { Connection } from './connection/connections.js';
import { catalogExplainer, explainCode, explainConfiguration } from './explain/catalog.js';
import type { HttpClient } from './genesys/http.js';
import type { ResolvedSettings } from './settings/settings-store.js';

/** What signing in and out needs from the core. */
export interface SessionDeps {
  settings: () => ResolvedSettings;
  updateSettings: (patch: unknown) => Promise<Outcome<ResolvedSettings>>;
  connect: () => Outcome<Connection>;
  http: HttpClient;
  secrets: SecretStore;
  /** Opens the system browser for agent sign-in; absent where there is none. */
  openBrowser?: (url: string) => Promise<void>;
}

/**
 * Agent sign-in (PKCE) through the system browser; the token stays in memory, the refresh token in the
 * keychain. In sandbox mode it first switches the saved mode to "agent", since that is what signing in
 * asks for; with a configured region the admin's mode stands and client credentials refuse sign-in.
 */
export async function signIn(deps: SessionDeps): Promise<Outcome<null>> {
  const before = deps.settings().values;
  if (!before.region && before.mode !== 'agent') {
    const switched = await deps.updateSettings({ mode: 'agent' });
    if (!switched.ok) return switched;
  }
  const connected = deps.connect();
  if (!connected.ok) return connected;
  const { config, tokens } = connected.value;
  if (config.mode !== 'agent')
    return fail(
      explainConfiguration('Sign-in is for agent mode; this softdial uses client credentials.', [
        'Admin: set the mode to "agent" to let agents sign in.',
      ]),
    );
  if (!deps.openBrowser) return fail(explainCode('sign_in_failed', 'No browser is available to this process.'));
  const values = deps.settings().values;
  const result = await signInAgent({
    http: deps.http,
    endpoints: config.endpoints,
    explain: catalogExplainer,
    clientId: config.clientId,
    secrets: deps.secrets,
    redirectPort: values.redirectPort,
    redirectPath: values.redirectPath,
    openBrowser: deps.openBrowser,
  });
  if (!result.ok) return result;
  tokens.accept(result.value);
  return ok(null);
}

/**
 * Revokes the token at Genesys and forgets it and the refresh token. Signing out locally always
 * succeeds; `revoked` says whether Genesys confirmed the revocation.
 */
export async function signOut(deps: SessionDeps): Promise<{ revoked: boolean }> {
  const connected = deps.connect();
  if (!connected.ok) return { revoked: false };
  const { api, tokens, config } = connected.value;
  const revoked = tokens.status().hasToken ? (await api.revokeToken()).ok : false;
  tokens.forget();
  await deps.secrets.delete(accounts.refreshToken(config.endpoints.loginBase, config.clientId));
  return { revoked };
}
