import { join } from 'node:path';
import { MemorySecretStore } from '../electron/core/auth/secret-store.js';
import type { GenesysEmulator } from '../electron/core/emulator/emulator.js';
import { DEMO } from '../electron/core/emulator/demo-org.js';
import { SoftdialCore } from '../electron/core/softdial-core.js';
import type { CoreDeps } from '../electron/core/softdial-core.js';

/** One way for every bench to build a core: client credentials against the emulator, on behalf of the demo agent. */
export function benchCore(
  emulator: GenesysEmulator,
  dataDir: string,
  extra: Omit<CoreDeps, 'env' | 'secrets'> = {},
): Promise<SoftdialCore> {
  return SoftdialCore.create({
    env: {
      SOFTDIAL_DATA_DIR: dataDir,
      SOFTDIAL_POLICY_FILE: join(dataDir, 'none.json'),
      GENESYSCLOUD_REGION: emulator.url,
      GENESYSCLOUD_OAUTHCLIENT_ID: DEMO.serviceClientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: DEMO.serviceClientSecret,
      SOFTDIAL_USER_ID: DEMO.agentUserId,
      SOFTDIAL_DEFAULT_REGION: 'GB',
    },
    secrets: { store: new MemorySecretStore() },
    ...extra,
  });
}
