import { fail, ok } from '../../shared/outcome.js';
import type { SecretStore } from './secret-store.js';
import { accounts } from './secret-store.js';
import { requestToken, tokenRefused } from './token-endpoint.js';
import type { TokenEndpoint } from './token-endpoint.js';
import type { TokenGrant } from './token-manager.js';

/**
 * Client credentials (Basic auth), for dialling on behalf of a user. The secret is read when needed and
 * never kept elsewhere.
 */
export function clientCredentialsGrant(
  deps: TokenEndpoint & { clientId: string; secret: () => Promise<string | undefined> },
): TokenGrant {
  return {
    async obtain() {
      const secret = await deps.secret();
      if (!secret)
        return fail(deps.explain.code('not_configured', 'No client secret is stored for this OAuth client.'));
      const basic = Buffer.from(`${deps.clientId}:${secret}`).toString('base64');
      return requestToken(deps, { grant_type: 'client_credentials' }, { authorization: `Basic ${basic}` });
    },
  };
}

/**
 * The agent's refresh token (from PKCE sign-in) in the keychain: renews silently, stores a rotated
 * refresh token, and forgets a refused one so the agent is asked to sign in again.
 */
export function refreshTokenGrant(deps: TokenEndpoint & { clientId: string; secrets: SecretStore }): TokenGrant {
  const account = accounts.refreshToken(deps.endpoints.loginBase, deps.clientId);
  return {
    async obtain() {
      const refreshToken = await deps.secrets.get(account);
      if (!refreshToken) return fail(deps.explain.code('sign_in_required'));
      const outcome = await requestToken(deps, {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: deps.clientId,
      });
      if (!outcome.ok) {
        if (!tokenRefused(outcome.error)) return outcome;
        await deps.secrets.delete(account);
        const { response } = outcome.error;
        return fail({ ...deps.explain.code('signed_out'), ...(response ? { response } : {}) });
      }
      if (outcome.value.refresh_token && outcome.value.refresh_token !== refreshToken)
        await deps.secrets.set(account, outcome.value.refresh_token);
      return ok(outcome.value);
    },
  };
}
