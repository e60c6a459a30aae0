import { createHash, randomBytes } from 'node:crypto';

/** A PKCE pair (RFC 7636, S256) and an anti-forgery state, fresh for each sign-in. */
export interface PkceSession {
  verifier: string;
  challenge: string;
  state: string;
}

/** base64url without padding. */
const base64url = (bytes: Buffer): string => bytes.toString('base64url');

/** The S256 challenge of a verifier. */
function challengeOf(verifier: string): string {
  return base64url(createHash('sha256').update(verifier).digest());
}

/** A new verifier (43 characters of 32 random bytes), its challenge and a random state. */
export function newPkceSession(): PkceSession {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: challengeOf(verifier), state: base64url(randomBytes(16)) };
}

/** The /oauth/authorize URL the system browser opens. */
export function authorizeUrl(
  loginBase: string,
  params: { clientId: string; redirectUri: string; session: PkceSession },
): string {
  const url = new URL(`${loginBase}/oauth/authorize`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', params.clientId);
  url.searchParams.set('redirect_uri', params.redirectUri);
  url.searchParams.set('code_challenge', params.session.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', params.session.state);
  return url.toString();
}
