import type { SecretStoreKind } from '../../shared/closed-sets.js';
import type { ExplainedError } from '../../shared/explained-error.js';
import type { TokenStatus } from '../auth/token-manager.js';
import type { DefaultCountry } from '../phone/default-country.js';
import type { ConnectionConfig } from './resolve-connection.js';

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
  /** Live updates are paused (the slow poll runs instead), and why: e.g. the 20-channel limit. */
  liveUpdatesPaused?: ExplainedError;
  warnings: string[];
  errors: string[];
}
