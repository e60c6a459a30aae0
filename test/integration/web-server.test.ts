import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect as connectSocket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebServer } from '../../electron/core/web/web-server.js';
import { TOKEN_REFUSED } from '../../electron/ipc/web-socket-protocol.js';
import type { WebServer } from '../../electron/core/web/web-server.js';
import { startHarness, temporaryDirectory } from '../helpers/sandbox.js';
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

/** Sends one request line exactly as written (no client normalises it) and returns the whole raw answer. */
function rawGet(port: string, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectSocket(Number(port), '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
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
  });

  it('never serves a file outside its folder, however the request line spells the way out', async () => {
    harness = await startHarness();
    const dir = await temporaryDirectory();
    try {
      await mkdir(join(dir.path, 'www'));
      await writeFile(join(dir.path, 'www', 'index.html'), '<div id="app"></div>');
      await writeFile(join(dir.path, 'secret.txt'), 'SECRET-NEXT-TO-THE-RENDERER');
      server = await startWebServer({ core: harness.core, rendererDir: join(dir.path, 'www') });
      const { port } = new URL(server.url);
      expect(await rawGet(port, '/index.html')).toMatch(/^HTTP\/1\.1 200/);
      for (const target of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/%2e%2e%2fsecret.txt',
        '/..%2fsecret.txt',
        '/..%5csecret.txt',
        '..%2fsecret.txt',
        '/www/../../secret.txt',
      ]) {
        const answer = await rawGet(port, target);
        expect(answer, target).toMatch(/^HTTP\/1\.1 (400|404)/);
        expect(answer, target).not.toContain('SECRET');
      }
    } finally {
      await dir.remove();
    }
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
