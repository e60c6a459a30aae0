import type { SecretStore } from './secret-store.js';
import { MemorySecretStore, SECRET_SERVICE } from './secret-store.js';

interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** The OS keychain through keytar (Keychain, Credential Manager, Secret Service). */
export class KeychainSecretStore implements SecretStore {
  readonly kind = 'keychain';

  constructor(
    private readonly keytar: Keytar,
    private readonly service = SECRET_SERVICE,
  ) {}

  async get(account: string): Promise<string | undefined> {
    return (await this.keytar.getPassword(this.service, account)) ?? undefined;
  }

  async set(account: string, secret: string): Promise<void> {
    await this.keytar.setPassword(this.service, account, secret);
  }

  async delete(account: string): Promise<void> {
    await this.keytar.deletePassword(this.service, account);
  }
}

/** The store to use and, when the keychain could not be used, why (shown to the user; never a silent fallback to a file). */
export interface OpenedSecretStore {
  store: SecretStore;
  unavailableReason?: string;
}

/**
 * Opens the OS keychain and proves it answers; when keytar cannot load or the keychain refuses, says so
 * and keeps secrets in memory for this session only.
 */
export async function openSecretStore(service = SECRET_SERVICE): Promise<OpenedSecretStore> {
  try {
    const module = (await import('keytar')) as unknown as { default?: Keytar } & Keytar;
    const keytar = module.default ?? module;
    const store = new KeychainSecretStore(keytar, service);
    await store.get('softdial:probe');
    return { store };
  } catch (error) {
    const reason = `The system keychain is unavailable (${(error as Error).message.split('\n')[0]}). Secrets are kept in memory for this session only and must be entered again next time.`;
    return { store: new MemorySecretStore(), unavailableReason: reason };
  }
}
