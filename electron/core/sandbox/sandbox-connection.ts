import type { ConnectionConfig } from '../connection/resolve-connection.js';
import type { Settings } from '../settings/schema.js';
import { DEMO } from '../emulator/demo-org.js';

/**
 * The connection of sandbox mode (no region configured): the built-in emulator at `url`, signing in as
 * the demo org's agent client, or with its service client dialling on behalf of the demo agent.
 */
export function sandboxConnection(settings: Settings, url: string): ConnectionConfig {
  const agent = settings.mode === 'agent';
  return {
    endpoints: { region: 'sandbox', loginBase: url, apiBase: url },
    mode: agent ? 'agent' : 'client-credentials',
    clientId: agent ? DEMO.agentClientId : DEMO.serviceClientId,
    ...(agent ? {} : { onBehalfOfUserId: settings.userId ?? DEMO.agentUserId }),
    sandbox: true,
  };
}

/** The demo service client's secret: public by design, valid only against the built-in emulator. */
export const SANDBOX_CLIENT_SECRET = DEMO.serviceClientSecret;
