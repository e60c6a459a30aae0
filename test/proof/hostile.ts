import { Readable, Writable } from 'node:stream';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { runCli } from '../../electron/core/cli/main.js';
import { SettingsSchema } from '../../electron/core/settings/schema.js';
import { SettingsStore } from '../../electron/core/settings/settings-store.js';
import { createHandlers } from '../../electron/core/service/handlers.js';
import type { Handlers } from '../../electron/ipc/dispatch.js';
import { channelOf, invokeChannels } from '../../electron/ipc/contract.js';
import type { Method } from '../../electron/ipc/contract.js';
import { registerContract, windowPushes } from '../../electron/main/ipc.js';
import { MemoryIpc } from '../helpers/memory-ipc.js';
import { frame, rawExchange, rawWebSocket, statusOf } from '../helpers/raw-socket.js';
import type { Harness } from '../helpers/sandbox.js';
import type { PageClient } from '../helpers/ws-client.js';

const METHODS = Object.keys(invokeChannels) as Method[];
const SETTING_NAMES = Object.keys(SettingsSchema.entries);

/** Whether arguments (as they arrive on the wire) are valid for a method: only then may its handler run. */
export function validCall(method: unknown, args: unknown): boolean {
  if (typeof method !== 'string' || !Object.hasOwn(invokeChannels, method) || !Array.isArray(args)) return false;
  const schemas = invokeChannels[method as Method].args as readonly v.GenericSchema[];
  return args.length === schemas.length && schemas.every((schema, index) => v.safeParse(schema, args[index]).success);
}

/** What a hostile page or renderer sends: a method (real, prototype-named or made up) and arguments near and far from valid. */
export const hostileCall = fc.record({
  method: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...METHODS) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  ),
  args: fc.oneof(
    fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 3 }),
    fc.tuple(
      fc.record(
        {
          text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('+442079460958', '020 7946 0958')),
          contactId: fc.string({ maxLength: 10 }),
          source: fc.oneof(fc.constantFrom('pad', 'tray', 'link', 'hotkey', 'contact'), fc.string({ maxLength: 8 })),
          confirmed: fc.anything({ maxDepth: 1 }),
        },
        { requiredKeys: [] },
      ),
    ),
    fc.tuple(
      fc.dictionary(
        fc.oneof(
          fc.constantFrom(...SETTING_NAMES, '__proto__', 'constructor', 'toString'),
          fc.string({ maxLength: 12 }),
        ),
        fc.anything({ maxDepth: 2 }),
        { maxKeys: 4 },
      ),
    ),
    fc.tuple(fc.string({ maxLength: 200 })),
    fc.anything({ maxDepth: 2 }),
  ),
});

/** Handlers that count how often each one runs, around the real ones. */
export function countingHandlers(inner: Handlers): { handlers: Handlers; runs: () => number } {
  let runs = 0;
  const handlers = Object.fromEntries(
    METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        runs++;
        return (inner[method] as (...values: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, runs: () => runs };
}

/** The contract over Electron IPC (in memory, structured clone, sender check) with counted handlers. */
export function electronPath(harness: Harness): {
  invoke(method: Method, args: unknown[]): Promise<unknown>;
  runs: () => number;
} {
  const ipc = new MemoryIpc();
  const pushes = windowPushes(ipc.send);
  const counted = countingHandlers(createHandlers(harness.core, pushes, () => pushes.markReady()));
  registerContract(ipc.main, counted.handlers, () => true);
  const renderer = ipc.renderer({ webContentsId: 1, frameUrl: 'app://softdial/index.html' });
  return { invoke: (method, args) => renderer.invoke(channelOf(method), ...args), runs: counted.runs };
}

/** What came back was refused before any handler ran (the dispatcher's own refusal). */
export const refusedBeforeHandler = (answer: unknown): boolean =>
  typeof answer === 'object' &&
  answer !== null &&
  'ok' in answer &&
  answer.ok === false &&
  'error' in answer &&
  /is not a softdial method|takes \d+ argument|argument \d+:/.test(JSON.stringify(answer.error));

/** Sends a raw invoke over a page's socket and waits for its result (any JSON the page could send). */
export function rawInvoke(page: PageClient, id: number, method: unknown, args: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (data: unknown): void => {
      const message = JSON.parse(String(data)) as { type: string; id?: number; result?: unknown };
      if (message.type !== 'result' || message.id !== id) return;
      page.socket.off('message', listener);
      resolve(message.result);
    };
    page.socket.on('message', listener);
    page.socket.send(JSON.stringify({ type: 'invoke', id, method, args }));
  });
}

/** A raw HTTP request of any shape a page or a local process could send, always ending so the server answers. */
export const hostileRequest = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'BREW', 'get'),
    target: fc.oneof(
      fc.constantFrom(
        '//a:b/',
        '*',
        '/ws',
        '/oauth/callback',
        '/api/v2/users/me',
        '/oauth/token',
        '/__emulator/faults',
      ),
      fc.webPath(),
      fc.string({ maxLength: 40 }).map((text) => `/${text}`),
      fc.webUrl(),
    ),
    query: fc.oneof(
      fc.constant(''),
      fc.webQueryParameters().map((query) => `?${query}`),
    ),
    host: fc.oneof(fc.constant('HOST'), fc.domain(), fc.constant('')),
    origin: fc.option(fc.oneof(fc.constant('http://HOST'), fc.webUrl()), { nil: undefined }),
    upgrade: fc.boolean(),
    body: fc.string({ maxLength: 100 }),
  })
  .map(({ method, target, query, host, origin, upgrade, body }) =>
    [
      `${method} ${target}${query} HTTP/1.1`,
      ...(host ? [`Host: ${host}`] : []),
      ...(origin ? [`Origin: ${origin}`] : []),
      ...(upgrade
        ? [
            'Upgrade: websocket',
            'Connection: Upgrade',
            'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
            'Sec-WebSocket-Version: 13',
          ]
        : ['Connection: close']),
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n'),
  );

/** Sends hostile requests to one server, checking it still answers after each batch; gives how many were sent. */
export async function fuzzServer(port: number, healthy: () => Promise<boolean>, runs: number): Promise<number> {
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(hostileRequest, async (raw) => {
      await rawExchange(port, raw.replaceAll('HOST', `127.0.0.1:${port}`), 400);
      sent++;
      return sent % 20 !== 0 || (await healthy());
    }),
    { numRuns: runs },
  );
  return sent;
}

/** A frame of any shape a client could write after the handshake. */
export const hostileFrame = fc
  .record({
    opcode: fc.integer({ min: 0, max: 15 }),
    rsv: fc.integer({ min: 0, max: 7 }),
    mask: fc.boolean(),
    fin: fc.boolean(),
    payload: fc.oneof(
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
      fc.json().map((text) => Buffer.from(text)),
      fc
        .string({ maxLength: 100 })
        .map((text) => Buffer.from(`{"type":"invoke","id":1,"method":${JSON.stringify(text)},"args":[]}`)),
    ),
  })
  .map((shape) => frame(shape));

/** Writes hostile frames over fresh sockets; gives how many were sent. */
export async function fuzzFraming(
  port: number,
  path: string,
  origin: string,
  runs: number,
  healthy: () => Promise<boolean>,
): Promise<number> {
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(hostileFrame, { minLength: 1, maxLength: 3 }), async (frames) => {
      const socket = await rawWebSocket(port, path, origin);
      for (const bytes of frames) socket.socket.write(bytes);
      await Promise.race([socket.closeCode, new Promise((resolve) => setTimeout(resolve, 30))]);
      socket.socket.destroy();
      sent++;
      return sent % 20 !== 0 || (await healthy());
    }),
    { numRuns: runs },
  );
  return sent;
}

/** A writable that keeps what the CLI printed. */
function sink(): { stream: Writable; text: () => string } {
  let text = '';
  return {
    stream: new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
    text: () => text,
  };
}

/** Runs the CLI in-process with hostile argv and stdin; crashes are throws or exit codes outside the contract. */
export async function fuzzCli(
  env: NodeJS.ProcessEnv,
  runs: number,
): Promise<{ tried: number; crashes: number; printed: string[] }> {
  let tried = 0;
  let crashes = 0;
  const printed: string[] = [];
  const word = fc.oneof(
    fc.constantFrom('normalize', 'explain', 'dial', 'doctor', 'constructor', '__proto__', 'toString', 'help'),
    fc.constantFrom(
      '--json',
      '--dry-run',
      '--region',
      '-',
      '--yes',
      '--as-user',
      '--queue',
      '--caller-id',
      '--port',
      '--',
    ),
    fc.string({ maxLength: 30 }),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(word, { maxLength: 5 }), fc.string({ maxLength: 300 }), async (argv, stdin) => {
      tried++;
      const out = sink();
      const err = sink();
      try {
        const code = await runCli(argv, { stdin: Readable.from([stdin]), stdout: out.stream, stderr: err.stream, env });
        if (![0, 1, 2].includes(code)) crashes++;
      } catch {
        crashes++;
      }
      printed.push(out.text(), err.text());
      return true;
    }),
    { numRuns: runs },
  );
  return { tried, crashes, printed };
}

/** Settings and policy files of any content: loading never throws and every value in force is a valid one. */
export async function fuzzSettingsFiles(dataDir: string, runs: number): Promise<{ tried: number; crashes: number }> {
  let tried = 0;
  let crashes = 0;
  const content = fc.oneof(
    fc.json(),
    fc.string({ maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    fc
      .dictionary(
        fc.oneof(
          fc.constantFrom(...SETTING_NAMES, '__proto__', 'constructor', 'preset', 'locked', 'allowedBaseUrls'),
          fc.string(),
        ),
        fc.anything({ maxDepth: 2 }),
      )
      .map((value) => JSON.stringify(value)),
    fc.json().map((text) => `\uFEFF${text}`),
  );
  const env = { SOFTDIAL_DATA_DIR: dataDir, SOFTDIAL_POLICY_FILE: join(dataDir, 'policy.json') };
  await fc.assert(
    fc.asyncProperty(content, content, async (settings, policy) => {
      tried++;
      await writeFile(join(dataDir, 'settings.json'), settings);
      await writeFile(join(dataDir, 'policy.json'), policy);
      try {
        const resolved = await new SettingsStore(env).load();
        for (const [key, value] of Object.entries(resolved.values)) {
          const schema = (SettingsSchema.entries as Record<string, v.GenericSchema>)[key];
          if (!schema || !v.safeParse(schema, value).success) crashes++;
        }
      } catch {
        crashes++;
      }
      return true;
    }),
    { numRuns: runs },
  );
  return { tried, crashes };
}

/** Whether a server answered a plain GET with the expected status. */
export const answers = async (port: number, path: string, status: number): Promise<boolean> =>
  statusOf(await rawExchange(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)) ===
  status;
