import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { createHttpClient } from '../../electron/core/genesys/http.js';

/** A real (minimal) HTTP proxy: it opens CONNECT tunnels, as corporate proxies do, and records each one. */
async function startProxy(): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (request, client, head) => {
    seen.push(`CONNECT ${request.url}`);
    const [host = '', port = ''] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

let harness: Harness;
let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
afterEach(async () => {
  proxy?.server.closeAllConnections();
  proxy?.server.close();
  await harness?.close();
});

describe('proxies from the environment', () => {
  it('send every request through HTTP(S)_PROXY', async () => {
    proxy = await startProxy();
    harness = await startHarness({
      core: { http: createHttpClient({ timeoutMs: 5000, env: { HTTP_PROXY: proxy.url } }) },
    });
    const outcome = await harness.core.dial({ text: '+442079460958', source: 'pad' });
    expect(outcome.ok).toBe(true);
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT ${new URL(harness.emulator.url).host}`]));
    expect(harness.emulator.state.calls.size).toBe(1);
  });

  it('go direct for hosts in NO_PROXY', async () => {
    proxy = await startProxy();
    harness = await startHarness({
      core: { http: createHttpClient({ timeoutMs: 5000, env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } }) },
    });
    expect((await harness.core.dial({ text: '+442079460958', source: 'pad' })).ok).toBe(true);
    expect(proxy.seen).toEqual([]);
  });
});
