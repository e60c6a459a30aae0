import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { createSoftdialApi } from '../../electron/ipc/client.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import type { Fault } from '../../electron/core/emulator/faults.js';
import { createHttpClient } from '../../electron/core/genesys/http.js';
import { startWebServer } from '../../electron/core/web/web-server.js';
import { webSocketTransport } from '../../renderer/src/lib/ws-transport.js';
import WebSocket from 'ws';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';
import type { FaultRow } from './figures.js';

const CALLS = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;
const TIMEOUT_MS = 800;

/** One fault: how softdial is set up, what is armed, and how many calls may be placed at most. */
interface FaultCase {
  fault: string;
  region?: () => Promise<{ url: string; close(): Promise<void> }>;
  arrange?: (harness: Harness) => void;
  /** Dial through `softdial web` and drop the page's socket while the POST is in flight. */
  dropSocket?: boolean;
  /** Follow the placed call, drop the emulator's notification sockets mid-call, then hang up. */
  dropNotifications?: boolean;
}

const genesysError = (status: number, code: string, message: string): Fault['body'] => ({ status, code, message });
const onCalls =
  (fault: Omit<Fault, 'path' | 'method'>): ((harness: Harness) => void) =>
  (harness) =>
    harness.emulator.inject({ method: 'POST', path: CALLS, ...fault });

/** A TCP server that resets every connection as soon as it is accepted, before any request is read. */
async function resettingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every fault of the matrix. */
export const FAULT_CASES: FaultCase[] = [
  {
    fault: '401 mid-dial (token revoked)',
    arrange: onCalls({ status: 401, body: genesysError(401, 'bad.credentials', 'Invalid login credentials.') }),
  },
  { fault: 'token endpoint down (503)', arrange: (h) => h.emulator.inject({ path: '/oauth/token', status: 503 }) },
  {
    fault: 'token endpoint slow (past the timeout)',
    arrange: (h) => h.emulator.inject({ path: '/oauth/token', delayMs: TIMEOUT_MS * 2 }),
  },
  {
    fault: '429 with Retry-After: 1',
    arrange: onCalls({
      status: 429,
      headers: { 'retry-after': '1' },
      body: genesysError(429, 'too.many.requests.retry.after', 'Rate limit exceeded'),
    }),
  },
  {
    fault: '500',
    arrange: onCalls({
      status: 500,
      body: genesysError(500, 'internal.server.error', 'The server encountered an error.'),
    }),
  },
  { fault: '502', arrange: onCalls({ status: 502 }) },
  {
    fault: '503',
    arrange: onCalls({ status: 503, body: genesysError(503, 'service.unavailable', 'Service unavailable') }),
  },
  { fault: '504', arrange: onCalls({ status: 504 }) },
  {
    fault: 'connection refused',
    region: async () => {
      const closed = await resettingServer();
      await closed.close();
      return closed;
    },
  },
  { fault: 'reset before sending', region: resettingServer },
  { fault: 'reset after sending (call placed)', arrange: onCalls({ drop: true }) },
  { fault: 'response timeout (call placed)', arrange: onCalls({ delayMs: TIMEOUT_MS * 2 }) },
  { fault: 'malformed JSON (call placed)', arrange: onCalls({ malformed: true }) },
  {
    fault: 'DNS failure',
    region: async () => ({ url: 'https://api.softdial-test.invalid', close: async () => undefined }),
  },
  { fault: 'page socket dropped mid-dial', arrange: onCalls({ delayMs: 300 }), dropSocket: true },
  { fault: 'notification socket dropped mid-call', dropNotifications: true },
];

/** Dials once under one fault and reports what happened, as a row of the matrix. */
export async function runFault(fault: FaultCase, number: string): Promise<FaultRow> {
  const region = await fault.region?.();
  const harness = await startHarness({
    ...(region ? { env: { GENESYSCLOUD_REGION: region.url } } : {}),
    core: { http: createHttpClient({ timeoutMs: TIMEOUT_MS, env: {} }) },
  });
  try {
    fault.arrange?.(harness);
    const dialled = fault.dropSocket ? undefined : await harness.core.dial({ text: number, source: 'pad' });
    const outcome = dialled ?? (await dialAndDropSocket(harness, number));
    const followed = fault.dropNotifications && dialled?.ok ? await followThroughDrop(harness, dialled.value) : '';
    // A dropped page socket leaves the call to finish on its own: wait until the emulator has it.
    if (fault.dropSocket) while (harness.emulator.state.calls.size === 0) await new Promise((r) => setTimeout(r, 20));
    return {
      fault: fault.fault,
      outcome: outcome.ok
        ? `placed${followed}`
        : `${outcome.error.code}${outcome.error.callMayHaveBeenPlaced ? ' (may be ringing)' : ''}`,
      posts: harness.emulator.received('POST', CALLS).length,
      callsPlaced: harness.emulator.state.calls.size,
      explanation: outcome.ok ? '' : outcome.error.title,
    };
  } finally {
    await harness.close();
    await region?.close();
  }
}

/** Dials from a page of `softdial web` and drops its socket as soon as the emulator has the POST. */
async function dialAndDropSocket(
  harness: Harness,
  number: string,
): Promise<{ ok: true } | { ok: false; error: { code: string; title: string; callMayHaveBeenPlaced?: boolean } }> {
  const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
  const url = new URL(server.url);
  class OriginSocket extends WebSocket {
    constructor(address: string) {
      super(address, { origin: server.origin });
    }
  }
  const transport = webSocketTransport({ hash: url.hash, host: url.host, protocol: url.protocol }, OriginSocket);
  const api = createSoftdialApi(transport);
  try {
    const dialled = api.dial({ text: number, source: 'pad' });
    while (harness.emulator.received('POST', CALLS).length === 0) await new Promise((r) => setTimeout(r, 10));
    server.dropSockets();
    return await dialled;
  } finally {
    transport.close();
    await server.close();
  }
}

/** Follows a placed call, drops the notification sockets while it rings, hangs up: the end must still be seen. */
async function followThroughDrop(harness: Harness, placed: { conversationId?: string }): Promise<string> {
  const id = placed.conversationId;
  if (!id) return ', no conversation id';
  const phases: string[] = [];
  const watched = harness.core.watchCall(id, (progress) => phases.push(progress.phase));
  while (harness.emulator.notifications.openSockets === 0) await new Promise((r) => setTimeout(r, 10));
  harness.emulator.notifications.drop();
  await harness.core.hangUp(id);
  const ended = await watched;
  return ended.ok ? `, followed to ${ended.value.phase} after the drop` : `, watch ended: ${ended.error.code}`;
}
