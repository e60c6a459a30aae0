import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import * as v from 'valibot';
import type { RawData, WebSocket } from 'ws';
import { dispatch } from '../../ipc/dispatch.js';
import type { PushSink } from '../../ipc/push-queue.js';
import {
  ClientMessageSchema,
  MAX_MESSAGE_BYTES,
  MAX_MESSAGE_FRAGMENTS,
  TOKEN_REFUSED,
} from '../../ipc/web-socket-protocol.js';
import { fireAndForget, onUnexpectedError } from '../../shared/unexpected-errors.js';
import { closeServer, createGuardedServer, listen, refuseSocket } from '../net/guarded-server.js';
import { closeOnProtocolError, guardedSocketServer } from '../net/guarded-sockets.js';
import { createHandlers } from '../service/handlers.js';
import type { SoftdialCore } from '../softdial-core.js';
import { rendererCsp } from './csp.js';
import { rendererFile } from './static-files.js';
import { WebSessions } from './web-sessions.js';
import type { WebSession } from './web-sessions.js';

/** A WebSocket message's bytes as text, however ws delivered them (one buffer, fragments, an ArrayBuffer). */
const textOf = (data: RawData): string =>
  (Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');

/** A running `softdial web`: its URL (with the per-launch token) and how to stop it. */
export interface WebServer {
  url: string;
  origin: string;
  /** Pushes to every connected browser (each held until that browser is ready). */
  pushes: PushSink;
  /** How many pages the server keeps a session for (connected, or away within their grace). */
  readonly sessions: number;
  /** Drops every page's socket but keeps their sessions: what a network blip or a sleeping laptop does. */
  dropSockets(): void;
  close(): Promise<void>;
}

/** Compares two secrets in constant time, whatever their lengths or characters (digests of equal length). */
export const sameSecret = (a: string, b: string): boolean =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/**
 * `softdial web`: the renderer in a browser, speaking the same contract as Electron IPC over a WebSocket.
 * Bound to 127.0.0.1 only; the socket needs the per-launch token and our own Origin and Host, so another
 * local page or a DNS-rebinding site cannot drive it. No request and no frame can take it down.
 */
export async function startWebServer(options: {
  core: SoftdialCore;
  rendererDir: string;
  port?: number;
  log?: (line: string) => void;
  /** How long a page's session outlives its socket (reload, dropped connection); default one minute. */
  sessionGraceMs?: number;
  /** The most a socket may hold unsent before the page is cut off; default 8 MB. */
  maxBufferedBytes?: number;
}): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  const log = options.log ?? (() => undefined);
  const onUnexpected = (error: unknown): void => {
    onUnexpectedError(error, 'serving the window');
  };
  let hosts = new Set<string>();
  const sessions = new WebSessions({
    graceMs: options.sessionGraceMs ?? 60_000,
    maxBufferedBytes: options.maxBufferedBytes ?? 8 * 1024 * 1024,
    createHandlers: (pushes, onReady, gone) => createHandlers(options.core, pushes, onReady, gone),
    log,
  });
  const sockets = guardedSocketServer(MAX_MESSAGE_BYTES, MAX_MESSAGE_FRAGMENTS);

  const serve = (ws: WebSocket, session: WebSession): void => {
    ws.on('message', (data, isBinary) => {
      let parsed: v.InferOutput<typeof ClientMessageSchema>;
      try {
        if (isBinary) throw new Error('binary');
        parsed = v.parse(ClientMessageSchema, JSON.parse(textOf(data)));
      } catch {
        ws.close(1008, 'messages must be {type:"invoke", id, method, args}');
        return;
      }
      const answer = dispatch(session.handlers, parsed.method, parsed.args).then((result) => {
        sessions.send(session, { type: 'result', id: parsed.id, result });
      });
      fireAndForget(answer, `answering ${parsed.method} over the WebSocket`);
    });
  };

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer, target: URL): void => {
    const host = request.headers.host ?? '';
    if (target.pathname !== '/ws' || !hosts.has(host) || request.headers.origin !== `http://${host}`) {
      log(`refused a WebSocket from origin ${request.headers.origin ?? 'none'}`);
      refuseSocket(socket, '403 Forbidden');
      return;
    }
    const known = sameSecret(target.searchParams.get('token') ?? '', token);
    sockets.handleUpgrade(request, socket, head, (ws) => {
      closeOnProtocolError(ws, log);
      if (!known) {
        ws.close(TOKEN_REFUSED, 'launch token refused: softdial was restarted');
        return;
      }
      serve(ws, sessions.attach(ws, target.searchParams.get('session')));
    });
  };

  const server = createGuardedServer(
    async (request, response) => {
      if (!hosts.has(request.headers.host ?? '') || request.method !== 'GET') {
        response.writeHead(request.method !== 'GET' ? 405 : 421).end();
        return;
      }
      // The request's own path, not the parsed one (which has already folded ".."): the file guard judges it.
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
    },
    { onUnexpected, upgrade },
  );

  const port = await listen(server, options.port ?? 0, '127.0.0.1');
  const origin = `http://127.0.0.1:${port}`;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `${origin}/#token=${token}`,
    origin,
    pushes: sessions.broadcast,
    get sessions() {
      return sessions.size;
    },
    dropSockets: () => {
      for (const client of sockets.clients) client.terminate();
    },
    close: async () => {
      sessions.closeAll();
      for (const client of sockets.clients) client.terminate();
      await closeServer(server);
    },
  };
}
