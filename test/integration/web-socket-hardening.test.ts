import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebServer } from '../../electron/core/web/web-server.js';
import type { WebServer } from '../../electron/core/web/web-server.js';
import { MAX_PENDING_PUSHES } from '../../electron/ipc/push-queue.js';
import {
  MAX_CONTRACT_TEXT,
  MAX_MESSAGE_BYTES,
  MAX_MESSAGE_FRAGMENTS,
  TOKEN_REFUSED,
} from '../../electron/ipc/web-socket-protocol.js';
import { frame, rawWebSocket } from '../helpers/raw-socket.js';
import { startHarness } from '../helpers/sandbox.js';
import { pageClient } from '../helpers/ws-client.js';
import type { PageClient } from '../helpers/ws-client.js';
import type { Harness } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';

let harness: Harness;
let server: WebServer;
const logged: string[] = [];
const opened: WebSocket[] = [];

afterEach(async () => {
  for (const socket of opened.splice(0)) socket.terminate();
  await server?.close();
  await harness?.close();
  logged.length = 0;
});

async function start(
  options: Partial<Parameters<typeof startWebServer>[0]> = {},
): Promise<{ port: number; token: string }> {
  harness ??= await startHarness();
  server = await startWebServer({
    core: harness.core,
    rendererDir: RENDERER_DIR,
    log: (line) => logged.push(line),
    ...options,
  });
  const url = new URL(server.url);
  return { port: Number(url.port), token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '' };
}

/** A well-behaved page, closed after the test. */
async function client(): Promise<PageClient> {
  const page = await pageClient(server);
  opened.push(page.socket);
  return page;
}

const BAD_FRAMES: [string, Buffer, number][] = [
  [
    'a frame over the limit',
    frame({ opcode: 1, payload: Buffer.from('{}'), announcedLength: MAX_MESSAGE_BYTES + 1 }),
    1009,
  ],
  ['invalid UTF-8', frame({ opcode: 1, payload: Buffer.from([0x22, 0xff, 0xfe, 0x22]) }), 1007],
  ['a reserved opcode', frame({ opcode: 0x3, payload: Buffer.from('x') }), 1002],
  ['an unmasked frame', frame({ opcode: 1, payload: Buffer.from('{}'), mask: false }), 1002],
  ['RSV bits set', frame({ opcode: 1, payload: Buffer.from('{}'), rsv: 4 }), 1002],
  [
    'a flood of one-byte fragments',
    Buffer.concat([
      frame({ opcode: 1, payload: Buffer.from('{'), fin: false }),
      ...Array.from({ length: MAX_MESSAGE_FRAGMENTS + 1 }, () =>
        frame({ opcode: 0, payload: Buffer.from(' '), fin: false }),
      ),
    ]),
    1008,
  ],
  ['a binary frame', frame({ opcode: 2, payload: Buffer.from('{}') }), 1008],
  ['text that is not an invoke', frame({ opcode: 1, payload: Buffer.from('{"type":"nope"}') }), 1008],
];

describe('the WebSocket of softdial web under protocol errors', () => {
  it.each(BAD_FRAMES)(
    '%s closes that socket with its code; the server and other clients go on',
    async (_name, bad, code) => {
      const { port, token } = await start();
      const bystander = await client();
      const attacker = await rawWebSocket(port, `/ws?token=${token}`, server.origin);
      attacker.socket.write(bad);
      expect(await attacker.closeCode).toBe(code);
      expect(await bystander.invoke('status', [])).toMatchObject({ ok: true });
      expect((await client()).socket.readyState).toBe(WebSocket.OPEN);
    },
  );

  it('carries the longest text the contract allows, however it is encoded', async () => {
    await start();
    const page = await client();
    for (const char of ['€', '\u0001', '😀'.slice(0, 1)]) {
      const result = await page.invoke('parse', [char.repeat(MAX_CONTRACT_TEXT)]);
      expect(result).toMatchObject({ ok: true, value: { ok: false } });
    }
    expect(await page.invoke('parse', ['1'.repeat(MAX_CONTRACT_TEXT + 1)])).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('compares tokens as bytes: a multi-byte token of the right length is refused, not a crash', async () => {
    const { port, token } = await start();
    const forged = await rawWebSocket(port, `/ws?token=${encodeURIComponent(`é${token.slice(1)}`)}`, server.origin);
    expect(await forged.closeCode).toBe(TOKEN_REFUSED);
    expect(await (await client()).invoke('status', [])).toMatchObject({ ok: true });
  });
});

describe('bounded memory in softdial web', () => {
  it('cuts off a page that never reads, and serves the others', async () => {
    const { port, token } = await start({ maxBufferedBytes: 256 * 1024 });
    const bystander = await client();
    await bystander.invoke('ready', []);
    const stuck = await rawWebSocket(port, `/ws?token=${token}`, server.origin);
    stuck.socket.write(
      frame({ opcode: 1, payload: Buffer.from('{"type":"invoke","id":0,"method":"ready","args":[]}') }),
    );
    await expect.poll(() => stuck.received().includes('"result"')).toBe(true);
    stuck.socket.pause();
    const reason = 'x'.repeat(64 * 1024);
    let emitted = 0;
    while (emitted < 4000 && !logged.some((line) => line.includes('stopped reading'))) {
      server.pushes.emit('dialWaiting', { seconds: emitted++, reason });
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(logged.some((line) => line.includes('stopped reading'))).toBe(true);
    await expect.poll(() => bystander.events.length).toBe(emitted);
    expect(await bystander.invoke('status', [])).toMatchObject({ ok: true });
  });

  it('keeps at most a bounded queue for a page that is not ready, newest state only', async () => {
    await start();
    const page = await client();
    for (let index = 0; index < 5000; index++) server.pushes.emit('dialWaiting', { seconds: index, reason: 'wait' });
    for (let index = 0; index < 50; index++) server.pushes.emit('status', harness.core.status());
    await page.invoke('ready', []);
    await expect.poll(() => page.events.length).toBe(MAX_PENDING_PUSHES);
    expect(page.events.filter((event) => event.event === 'status')).toHaveLength(1);
    expect(page.events.at(-2)).toMatchObject({ event: 'dialWaiting', payload: { seconds: 4999 } });
    expect(logged.some((line) => line.includes('missed a "dialWaiting" push'))).toBe(true);
  });

  it('stops following a call once its page is gone for good', async () => {
    harness = await startHarness({ realTime: true, core: { channelTiming: { idleCloseMs: 50 } } });
    await start({ sessionGraceMs: 20 });
    const page = await client();
    const dialled = (await page.invoke('dial', [{ text: '+442079460958', source: 'pad' }])) as {
      value: { conversationId: string };
    };
    const path = `/api/v2/conversations/calls/${dialled.value.conversationId}`;
    // The call is followed on the notification socket.
    await expect.poll(() => harness.emulator.notifications.openSockets).toBe(1);
    page.socket.terminate();
    await expect.poll(() => server.sessions).toBe(0);
    // The watch ends, nothing listens any more, and the socket is closed: nothing follows the call.
    await expect.poll(() => harness.emulator.notifications.openSockets).toBe(0);
    const reads = harness.emulator.received('GET', path).length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.emulator.received('GET', path)).toHaveLength(reads);
  });
});
