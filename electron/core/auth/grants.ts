import { explainCode } from '../explain/catalog.js';
import type { HttpClient } from '../genesys/http.js';
import type { Endpoints } from '../genesys/regions.js';
import type { SecretStore } from './secret-store.js';
import { accounts } from './secret-store.js';
import { requestToken, signInRequired } from './token-endpoint.js';
import type { TokenGrant } from './token-manager.js';

/** Client credentials (Basic auth), for dialling on behalf of a user. The secret is read when needed, never kept elsewhere. */
export function clientCredentialsGrant(deps: {
  http: HttpClient;
  endpoints: Endpoints;
  clientId: string;
  secret: () => Promise<string | undefined>;
}): TokenGrant {
  return {
    async obtain() {
      const secret = await deps.secret();
      if (!secret) {
        return { ok: false, error: explainCode('not_configured', 'No client secret is stored for this OAuth client.') };
      }
      const basic = Buffer.from(`${deps.clientId}:${secret}`).toString('base64');
      const outcome = await requestToken(
        deps.http,
        deps.endpoints,
        { grant_type: 'client_credentials' },
        { authorization: `Basic ${basic}` },
      );
      return outcome.ok ? outcome : { ok: false, error: outcome.error };
    },
  };
}

/**
 * The agent's refresh token (from PKCE sign-in) in the keychain: renews silently, stores a rotated
 * refresh token, and forgets a refused one so the agent is asked to sign in again.
 */
export function refreshTokenGrant(deps: {
  http: HttpClient;
  endpoints: Endpoints;
  clientId: string;
  secrets: SecretStore;
}): TokenGrant {
  const account = accounts.refreshToken(deps.endpoints.loginBase, deps.clientId);
  return {
    async obtain() {
      const refreshToken = await deps.secrets.get(account);
      if (!refreshToken) return { ok: false, error: signInRequired() };
      const outcome = await requestToken(deps.http, deps.endpoints, {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: deps.clientId,
      });
      if (!outcome.ok) {
        if (!outcome.refused) return { ok: false, error: outcome.error };
        await deps.secrets.delete(account);
        return {
          ok: false,
          error: {
            ...explainCode('signed_out'),
            ...(outcome.error.response ? { response: outcome.error.response } : {}),
          },
        };
      }
      if (outcome.token.refresh_token && outcome.token.refresh_token !== refreshToken)
        await deps.secrets.set(account, outcome.token.refresh_token);
      return outcome;
    },
  };
}
