import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemorySecretStore } from '../../electron/core/auth/secret-store.js';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import type { EmulatorOptions } from '../../electron/core/emulator/emulator.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { createHttpClient } from '../../electron/core/genesys/http.js';
import { SoftdialCore } from '../../electron/core/softdial-core.js';
import type { CoreDeps } from '../../electron/core/softdial-core.js';
import { systemClock } from '../../electron/shared/clock.js';
import { ManualClock } from './manual-clock.js';
import { scriptedBrowser } from './scripted-browser.js';

/** A temporary data folder, removed by the returned function. */
export async function temporaryDirectory(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'softdial-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }) };
}

/** The environment that points softdial at an emulator with the demo org's client credentials. */
export function clientCredentialsEnv(
  emulator: GenesysEmulator,
  dataDir: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    SOFTDIAL_DATA_DIR: dataDir,
    SOFTDIAL_POLICY_FILE: join(dataDir, 'no-policy.json'),
    GENESYSCLOUD_REGION: emulator.url,
    GENESYSCLOUD_OAUTHCLIENT_ID: DEMO.serviceClientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: DEMO.serviceClientSecret,
    SOFTDIAL_USER_ID: DEMO.agentUserId,
    SOFTDIAL_DEFAULT_REGION: 'GB',
    ...extra,
  };
}

/** A real emulator and a real core talking to it over HTTP, sharing one manual clock. */
export interface Harness {
  emulator: GenesysEmulator;
  core: SoftdialCore;
  clock: Pick<ManualClock, 'now' | 'sleep' | 'advance' | 'sleeps'>;
  secrets: MemorySecretStore;
  dataDir: string;
  close(): Promise<void>;
}

/** How a harness starts: environment overrides, emulator and core options, real or manual time, sandbox mode. */
export interface HarnessOptions {
  env?: NodeJS.ProcessEnv;
  emulator?: EmulatorOptions;
  core?: Partial<CoreDeps>;
  realTime?: boolean;
  sandbox?: boolean;
}

/** Agent mode against the emulator: the sandbox's PKCE client, no secret, no on-behalf user. */
export const AGENT_ENV: NodeJS.ProcessEnv = {
  GENESYSCLOUD_OAUTHCLIENT_ID: DEMO.agentClientId,
  GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined,
  SOFTDIAL_USER_ID: undefined,
};

/** A harness in agent mode whose sign-in goes through a scripted browser and a redirect on any free port. */
export async function startAgentHarness(options: HarnessOptions = {}): Promise<Harness> {
  const harness = await startHarness({
    ...options,
    env: { ...AGENT_ENV, ...options.env },
    core: { openBrowser: scriptedBrowser(), ...options.core },
  });
  await harness.core.updateSettings({ redirectPort: 0 });
  return harness;
}

/** Starts the harness; `env` overrides the client-credentials environment. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const manual = new ManualClock();
  const clock = options.realTime
    ? {
        ...systemClock,
        sleeps: manual.sleeps,
        advance: () => {
          throw new Error('real time cannot be advanced');
        },
      }
    : manual;
  // Genesys's limits are on, as a real org has them: 300 requests per token per minute, with the
  // inin-ratelimit-* headers, and 429 with Retry-After past them.
  const emulator = await GenesysEmulator.start({
    controlRoutes: true,
    now: () => clock.now(),
    rateLimitPerMinute: 300,
    enforceRateLimit: true,
    ...options.emulator,
  });
  const directory = await temporaryDirectory();
  const secrets = new MemorySecretStore();
  const configured = clientCredentialsEnv(emulator, directory.path, options.env);
  // Sandbox: no region and no credentials, so the core talks to the emulator as the built-in one.
  const sandboxOnly = options.sandbox
    ? {
        GENESYSCLOUD_REGION: undefined,
        GENESYSCLOUD_OAUTHCLIENT_ID: undefined,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined,
        SOFTDIAL_USER_ID: undefined,
      }
    : {};
  const env = Object.fromEntries(
    Object.entries({ ...configured, ...sandboxOnly }).filter(([, value]) => value !== undefined),
  );
  const core = await SoftdialCore.create({
    env,
    clock,
    secrets: { store: secrets },
    http: createHttpClient({ timeoutMs: 5000, env: {} }),
    ...(options.sandbox ? { sandboxUrl: emulator.url } : {}),
    ...options.core,
  });
  return {
    emulator,
    core,
    clock,
    secrets,
    dataDir: directory.path,
    close: async () => {
      await core.close();
      await emulator.close();
      await directory.remove();
    },
  };
}
