/** Where secrets live: the OS keychain, or (when it is unavailable) this process's memory only. */
export interface SecretStore {
  readonly kind: 'keychain' | 'memory';
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<void>;
}

/** The keychain service name every softdial secret is filed under. */
export const SECRET_SERVICE = 'softdial';

/** Keychain account names, in one place so nothing reads a secret under a different name. */
export const accounts = {
  /** Bound to the region it was entered for: a secret is never sent to another host than the one it was given for. */
  clientSecret: (loginBase: string, clientId: string): string => `client-secret:${loginBase}:${clientId}`,
  refreshToken: (loginBase: string, clientId: string): string => `refresh-token:${loginBase}:${clientId}`,
};

/** An honest in-memory store: secrets last as long as the process and are written nowhere. */
export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory';
  private readonly secrets = new Map<string, string>();

  async get(account: string): Promise<string | undefined> {
    return this.secrets.get(account);
  }

  async set(account: string, secret: string): Promise<void> {
    this.secrets.set(account, secret);
  }

  async delete(account: string): Promise<void> {
    this.secrets.delete(account);
  }
}
