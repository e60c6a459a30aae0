import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';
import type { TokenResponse } from '../genesys/schemas.js';
import { listenForRedirect } from './loopback.js';
import { authorizeUrl, newPkceSession } from './pkce.js';
import type { SecretStore } from './secret-store.js';
import { accounts } from './secret-store.js';
import { requestToken } from './token-endpoint.js';
import type { TokenEndpoint } from './token-endpoint.js';

/** Everything agent sign-in needs; `openBrowser` is the system browser in the app, a scripted one in tests. */
export interface AgentSignInDeps extends TokenEndpoint {
  clientId: string;
  secrets: SecretStore;
  redirectPort: number;
  redirectPath: string;
  openBrowser(url: string): Promise<void>;
  timeoutMs?: number;
}

/**
 * Authorization Code + PKCE (S256) through the system browser and a loopback redirect on 127.0.0.1;
 * exchanges the code, keeps a refresh token (when one is returned) in the keychain only.
 */
export async function signInAgent(deps: AgentSignInDeps): Promise<Outcome<TokenResponse>> {
  const signInFailed = (detail: string) => fail(deps.explain.code('sign_in_failed', detail));
  const session = newPkceSession();
  let listener;
  try {
    listener = await listenForRedirect({
      port: deps.redirectPort,
      path: deps.redirectPath,
      state: session.state,
      timeoutMs: deps.timeoutMs ?? 300_000,
    });
  } catch (error) {
    return signInFailed(
      `softdial could not listen on 127.0.0.1:${deps.redirectPort} for the sign-in answer ` +
        `(${(error as Error).message}). Close the program using that port or change the redirect port.`,
    );
  }
  const url = authorizeUrl(deps.endpoints.loginBase, {
    clientId: deps.clientId,
    redirectUri: listener.redirectUri,
    session,
  });
  try {
    await deps.openBrowser(url);
  } catch (error) {
    listener.close();
    return signInFailed(`The browser could not be opened (${(error as Error).message}).`);
  }
  const redirect = await listener.result;
  if (!redirect.ok) return signInFailed(redirect.error);
  const outcome = await requestToken(deps, {
    grant_type: 'authorization_code',
    code: redirect.value,
    code_verifier: session.verifier,
    client_id: deps.clientId,
    redirect_uri: listener.redirectUri,
  });
  if (!outcome.ok)
    return outcome.error.code === 'credentials_rejected'
      ? fail({ ...outcome.error, code: 'sign_in_failed', title: 'Sign-in did not complete' })
      : outcome;
  const { refresh_token: refreshToken } = outcome.value;
  if (refreshToken)
    await deps.secrets.set(accounts.refreshToken(deps.endpoints.loginBase, deps.clientId), refreshToken);
  return ok(outcome.value);
}
