import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebServer } from '../../electron/core/web/web-server.js';
import { TOKEN_REFUSED } from '../../electron/ipc/web-socket-protocol.js';
import type { WebServer } from '../../electron/core/web/web-server.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';

let harness: Harness;
let server: WebServer;
afterEach(async () => {
  await server?.close();
  await harness?.close();
});

async function start(): Promise<{ port: string; token: string }> {
  harness = await startHarness();
  server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
  const url = new URL(server.url);
  return { port: url.port, token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '' };
}

/**
 * Opens a WebSocket with the given headers; resolves 'open' once the server greets it, the HTTP status it
 * was refused with, or the close code it was closed with (a refused launch token).
 */
function connect(url: string, headers: { origin?: string; host?: string }): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, {
      ...(headers.origin ? { origin: headers.origin } : {}),
      headers: headers.host ? { host: headers.host } : {},
    });
    socket.on('message', () => {
      socket.close();
      resolve('open');
    });
    socket.on('close', (code) => resolve(code));
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', () => undefined);
  });
}

/** A GET with a chosen Host header (what a DNS-rebinding page would send). */
function get(
  port: string,
  path: string,
  host: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('softdial web', () => {
  it('listens on 127.0.0.1 only and prints a URL with a per-launch token', async () => {
    await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    const other = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
    expect(new URL(other.url).hash).not.toBe(new URL(server.url).hash);
    await other.close();
  });

  it('accepts the socket only with the token, from its own origin and host', async () => {
    const { port, token } = await start();
    const origin = `http://127.0.0.1:${port}`;
    expect(await connect(`ws://127.0.0.1:${port}/ws?token=${token}`, { origin })).toBe('open');
    expect(await connect(`ws://127.0.0.1:${port}/ws`, { origin })).toBe(TOKEN_REFUSED);
    expect(await connect(`ws://127.0.0.1:${port}/ws?token=${token.slice(1)}x`, { origin })).toBe(TOKEN_REFUSED);
    expect(await connect(`ws://127.0.0.1:${port}/ws?token=${token}`, { origin: 'http://evil.example' })).toBe(403);
    expect(await connect(`ws://127.0.0.1:${port}/ws?token=${token}`, {})).toBe(403);
    expect(
      await connect(`ws://127.0.0.1:${port}/ws?token=${token}`, {
        origin: 'http://rebind.example',
        host: `rebind.example:${port}`,
      }),
    ).toBe(403);
  });

  it('serves the renderer with a strict CSP, and nothing to a rebinding host or outside its folder', async () => {
    const { port } = await start();
    const page = await get(port, '/', `127.0.0.1:${port}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="app">');
    expect(page.headers['content-security-policy']).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src ws://127.0.0.1:${port}; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect((await get(port, '/', `attacker.example:${port}`)).status).toBe(421);
    expect((await get(port, '/../../package.json', `127.0.0.1:${port}`)).status).toBe(404);
    expect((await get(port, '/%2e%2e/%2e%2e/package.json', `127.0.0.1:${port}`)).status).toBe(404);
  });

  it('closes a socket that sends something other than an invoke', async () => {
    const { port, token } = await start();
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`, { origin: `http://127.0.0.1:${port}` });
    await new Promise((resolve) => socket.on('open', resolve));
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.send('{"type":"eval","code":"process.exit()"}');
    expect(await closed).toBe(1008);
  });
});
