import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { listenForRedirect } from '../../electron/core/auth/loopback.js';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { requestTarget } from '../../electron/core/net/guarded-server.js';
import { rawExchange, statusOf } from '../helpers/raw-socket.js';
import { startWebApp } from '../helpers/web-app.js';

const BIN = new URL('../../bin/softdial.js', import.meta.url).pathname;

/** Request shapes that once threw inside `new URL(...)` or reach a server's parser in odd ways. */
const HOSTILE: string[] = [
  'GET //a:b/ HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET //a:b/ HTTP/1.1\r\nHost: HOST\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  'GET * HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET http://[::1:bad/ HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET http://a:b:c/x HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /%E0%A4%A HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /%2e%2e%2f%2e%2e%2fetc/passwd HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET /\u0000 HTTP/1.1\r\nHost: HOST\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: HOST\r\nContent-Length: abc\r\n\r\n',
  'POST /oauth/token HTTP/1.1\r\nHost: HOST\r\nContent-Length: 1000\r\n\r\npartial',
  '\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003',
  `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: HOST\r\n\r\n`,
];

/** Sends every hostile shape, then checks the server still answers an ordinary request. */
async function survives(port: number, healthy: () => Promise<boolean>): Promise<number[]> {
  const statuses: number[] = [];
  for (const raw of HOSTILE) {
    statuses.push(statusOf(await rawExchange(port, raw.replaceAll('HOST', `127.0.0.1:${port}`))));
    expect(await healthy()).toBe(true);
  }
  return statuses;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('no request of any shape takes a server down', () => {
  it('reads only origin-form targets, never throwing', () => {
    expect(requestTarget('//a:b/')?.pathname).toBe('//a:b/');
    expect(requestTarget('*')).toBeUndefined();
    expect(requestTarget('http://a:b:c/')).toBeUndefined();
    expect(requestTarget(undefined)).toBeUndefined();
    expect(requestTarget('/x?y=1')?.searchParams.get('y')).toBe('1');
  });

  it('softdial web answers 400 to a target that is not a path and goes on', async () => {
    const app = await startWebApp();
    cleanups.push(() => app.close());
    const port = Number(new URL(app.server.origin).port);
    const healthy = async () =>
      statusOf(await rawExchange(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)) === 200;
    const statuses = await survives(port, healthy);
    expect(statuses[0]).toBe(404);
    expect(statuses[2]).toBe(400);
    expect(statuses.every((status) => status === 0 || (status >= 400 && status < 500))).toBe(true);
  });

  it('the emulator answers 400 and goes on', async () => {
    const unexpected: unknown[] = [];
    const emulator = await GenesysEmulator.start({ onUnexpected: (error) => unexpected.push(error) });
    cleanups.push(() => emulator.close());
    const port = Number(new URL(emulator.url).port);
    const healthy = async () =>
      statusOf(await rawExchange(port, `GET /api/v2/users/me HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)) === 401;
    const statuses = await survives(port, healthy);
    expect(statuses[0]).toBe(404);
    expect(statuses[2]).toBe(400);
    expect(unexpected).toEqual([]);
  });

  it('the sign-in listener answers 400, keeps waiting for the real answer and goes on', async () => {
    const listener = await listenForRedirect({
      port: 0,
      path: '/oauth/callback',
      state: 'expected',
      timeoutMs: 60_000,
    });
    cleanups.push(() => listener.close());
    const port = Number(new URL(listener.redirectUri).port);
    const healthy = async () =>
      statusOf(await rawExchange(port, `GET /oauth/callback?state=wrong HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)) === 400;
    const statuses = await survives(port, healthy);
    expect(statuses[0]).toBe(404);
    expect(statuses[2]).toBe(400);
    await rawExchange(port, `GET /oauth/callback?state=expected&code=the-code HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(await listener.result).toEqual({ ok: true, value: 'the-code' });
  });

  it('the sign-in page escapes what Genesys (or anyone) put in error_description, under a CSP', async () => {
    const listener = await listenForRedirect({ port: 0, path: '/cb', state: 's', timeoutMs: 60_000 });
    cleanups.push(() => listener.close());
    const page = await fetch(
      `${listener.redirectUri}?state=s&error=access_denied&error_description=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const body = await page.text();
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toContain('<img');
    expect(await listener.result).toMatchObject({ ok: false, error: expect.stringMatching(/access_denied/) });
  });

  it('`softdial emulator` keeps running', async () => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'emulator', '--port', '0'], { stdio: 'pipe' });
    cleanups.push(() => void child.kill());
    let printed = '';
    child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await expect.poll(() => /listening on (http:\/\/\S+)/.exec(printed)?.[1]).toBeTruthy();
    const port = Number(new URL(/listening on (http:\/\/\S+)/.exec(printed)?.[1] ?? '').port);
    const healthy = async () =>
      child.exitCode === null &&
      statusOf(await rawExchange(port, `GET /api/v2/users/me HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`)) === 401;
    await survives(port, healthy);
    expect(child.exitCode).toBeNull();
  });
});
