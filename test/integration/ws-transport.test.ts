import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebServer } from '../../electron/core/web/web-server.js';
import type { WebServer } from '../../electron/core/web/web-server.js';
import { createSoftdialApi } from '../../electron/ipc/client.js';
import { webSocketTransport } from '../../renderer/src/lib/ws-transport.js';
import type { ConnectionState, WebSocketTransport } from '../../renderer/src/lib/ws-transport.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';

let harness: Harness | undefined;
const servers: WebServer[] = [];
let transport: WebSocketTransport | undefined;
afterEach(async () => {
  transport?.close();
  for (const server of servers.splice(0)) await server.close();
  await harness?.close();
});

/** The renderer's transport in Node, against a real server, with the Origin a browser would send. */
function connect(server: WebServer): { transport: WebSocketTransport; states: ConnectionState[] } {
  const url = new URL(server.url);
  class OriginSocket extends WebSocket {
    constructor(address: string) {
      super(address, { origin: server.origin });
    }
  }
  const states: ConnectionState[] = [];
  transport = webSocketTransport({ hash: url.hash, host: url.host, protocol: url.protocol }, OriginSocket, [20, 40]);
  transport.onState((state) => states.push(state));
  return { transport, states };
}

describe('the browser transport when softdial goes away', () => {
  it('reconnects to the same server after a dropped socket and resumes', async () => {
    harness = await startHarness();
    const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
    servers.push(server);
    const { transport, states } = connect(server);
    const api = createSoftdialApi(transport);
    expect(await api.status()).toMatchObject({ ok: true });
    server.dropSockets();
    await expect.poll(() => states).toEqual(['connected', 'unreachable', 'connected']);
    expect(await api.parse('+442079460958')).toMatchObject({ ok: true });
    expect(server.sessions).toBe(1);
  });

  it('says softdial was restarted when the same address refuses the launch token, and stops retrying', async () => {
    harness = await startHarness();
    const first = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
    const { transport } = connect(first);
    const api = createSoftdialApi(transport);
    expect(await api.status()).toMatchObject({ ok: true });
    await first.close();
    await expect.poll(() => transport.state).toBe('unreachable');
    expect(await api.status()).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    servers.push(
      await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR, port: Number(new URL(first.origin).port) }),
    );
    await expect.poll(() => transport.state).toBe('restarted');
    expect(await api.status()).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });
});
