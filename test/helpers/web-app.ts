import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { startWebServer } from '../../electron/core/web/web-server.js';
import type { WebServer } from '../../electron/core/web/web-server.js';
import { startHarness } from './sandbox.js';
import type { Harness } from './sandbox.js';
import type { Transport } from '../../electron/ipc/client.js';
import { webSocketTransport } from '../../renderer/src/lib/ws-transport.js';

/** The renderer's own WebSocket transport, opened from Node against a running `softdial web`. */
export function webSocketTo(server: WebServer): Transport {
  const url = new URL(server.url);
  class OriginSocket extends WebSocket {
    constructor(address: string) {
      super(address, { origin: server.origin });
    }
  }
  return webSocketTransport({ hash: url.hash, host: url.host, protocol: url.protocol }, OriginSocket);
}

/** The built renderer (npm test builds it before the tests run). */
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/** The real core against the emulator, served to a browser by `softdial web`'s server. */
export async function startWebApp(
  options: Parameters<typeof startHarness>[0] = {},
): Promise<{ harness: Harness; server: WebServer; close(): Promise<void> }> {
  const harness = await startHarness(options);
  const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
  return {
    harness,
    server,
    close: async () => {
      await server.close();
      await harness.close();
    },
  };
}
