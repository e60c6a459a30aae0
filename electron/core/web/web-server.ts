import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as v from 'valibot';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { dispatch } from '../../ipc/dispatch.js';
import { PushQueue } from '../../ipc/push-queue.js';
import type { PushSink } from '../../ipc/push-queue.js';
import type { PayloadOf, PushEvent } from '../../ipc/contract.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import { createHandlers } from '../service/handlers.js';
import type { SoftdialCore } from '../softdial-core.js';
import { rendererCsp } from './csp.js';
import { ClientMessageSchema } from './protocol.js';
import type { ServerMessage } from './protocol.js';
import { rendererFile } from './static-files.js';

/** A WebSocket message's bytes as text, however ws delivered them (one buffer, fragments, an ArrayBuffer). */
const textOf = (data: RawData): string =>
  (Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');

/** A running `softdial web`: its URL (with the per-launch token) and how to stop it. */
export interface WebServer {
  url: string;
  origin: string;
  /** Pushes to every connected browser (each held until that browser is ready). */
  pushes: PushSink;
  close(): Promise<void>;
}

const sameSecret = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * `softdial web`: the renderer in a browser, speaking the same contract as Electron IPC over a WebSocket.
 * Bound to 127.0.0.1 only; the socket needs the per-launch token and our own Origin and Host, so another
 * local page or a DNS-rebinding site cannot drive it.
 */
export async function startWebServer(options: {
  core: SoftdialCore;
  rendererDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  const log = options.log ?? (() => undefined);
  let origin = '';
  let hosts = new Set<string>();
  const queues = new Set<PushQueue>();
  const broadcast: PushSink = {
    emit<E extends PushEvent>(event: E, payload: PayloadOf<E>) {
      for (const queue of queues) queue.emit(event, payload);
    },
  };

  const server: Server = createServer((request, response) => {
    const serving = (async () => {
      if (!hosts.has(request.headers.host ?? '') || request.method !== 'GET') {
        response.writeHead(request.method !== 'GET' ? 405 : 421).end();
        return;
      }
      const file = await rendererFile(options.rendererDir, (request.url ?? '/').split('?')[0] ?? '/');
      if (!file) {
        response
          .writeHead(404, { 'content-type': 'text/plain' })
          .end('Not found. Run `npm run build` if the renderer is missing.');
        return;
      }
      response.writeHead(200, {
        'content-type': file.type,
        'content-security-policy': rendererCsp(`ws://${request.headers.host ?? ''}`),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      response.end(file.body);
    })();
    fireAndForget(serving, 'serving a file of the window');
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  server.on('upgrade', (request: IncomingMessage, socket, head) => {
    const url = new URL(request.url ?? '/', origin);
    const allowed =
      url.pathname === '/ws' &&
      hosts.has(request.headers.host ?? '') &&
      request.headers.origin === `http://${request.headers.host ?? ''}` &&
      sameSecret(url.searchParams.get('token') ?? '', token);
    if (!allowed) {
      log(`refused a WebSocket from origin ${request.headers.origin ?? 'none'}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serve(ws));
  });

  const serve = (ws: WebSocket): void => {
    const send = (message: ServerMessage): void => ws.send(JSON.stringify(message));
    const queue = new PushQueue((event, payload) => send({ type: 'event', event, payload }));
    queues.add(queue);
    const handlers = createHandlers(options.core, broadcast, () => queue.markReady());
    ws.on('close', () => queues.delete(queue));
    ws.on('message', (data) => {
      let parsed: v.InferOutput<typeof ClientMessageSchema>;
      try {
        parsed = v.parse(ClientMessageSchema, JSON.parse(textOf(data)));
      } catch {
        ws.close(1008, 'messages must be {type:"invoke", id, method, args}');
        return;
      }
      const answer = dispatch(handlers, parsed.method, parsed.args).then((result) => {
        send({ type: 'result', id: parsed.id, result });
      });
      fireAndForget(answer, `answering ${parsed.method} over the WebSocket`);
    });
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `${origin}/#token=${token}`,
    origin,
    pushes: broadcast,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
