import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** Reports an error no handler expected; the server answers 500 (or drops that connection) and goes on. */
export type UnexpectedSink = (error: unknown) => void;

/** Handles one request whose target already parsed; may throw or reject, the guard answers for it. */
export type GuardedHandler = (request: IncomingMessage, response: ServerResponse, target: URL) => void | Promise<void>;

/** Handles one upgrade whose target already parsed; the socket already has an error listener. */
export type GuardedUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer, target: URL) => void;

/**
 * The path and query of an origin-form request target ("/path?query"), or undefined for anything else:
 * `//a:b/`, `*`, absolute URLs and other shapes `new URL(target, base)` would throw on or misread.
 */
export function requestTarget(raw: string | undefined): URL | undefined {
  if (raw === undefined || !raw.startsWith('/') || raw.length > 8192) return undefined;
  try {
    const url = new URL(`http://request.invalid${raw}`);
    return url.host === 'request.invalid' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a handler that may throw synchronously or reject, sending either failure to one place. */
function runGuarded(run: () => void | Promise<void>, onFailure: (error: unknown) => void): void {
  try {
    const pending = run();
    if (pending) pending.catch(onFailure);
  } catch (error) {
    onFailure(error);
  }
}

/** Ends a raw socket with a bare HTTP status, or destroys it when it cannot be written any more. */
export function refuseSocket(socket: Duplex, status: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  else socket.destroy();
}

/**
 * An HTTP server that no request can take down: every target is parsed defensively (400 when it is not a
 * path), malformed HTTP gets 400, and whatever a handler throws is reported once and answered with 500.
 * Every server of softdial (the web app, the emulator, the sign-in redirect) is built on it.
 */
export function createGuardedServer(
  handler: GuardedHandler,
  options: { onUnexpected: UnexpectedSink; upgrade?: GuardedUpgrade },
): Server {
  const server = createServer((request, response) => {
    const target = requestTarget(request.url);
    if (!target) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      response.end('The request target must be a path.');
      return;
    }
    runGuarded(
      () => handler(request, response, target),
      (error) => {
        options.onUnexpected(error);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error.');
        else response.destroy();
      },
    );
  });
  server.on('clientError', (_error, socket) => refuseSocket(socket, '400 Bad Request'));
  server.on('error', (error) => {
    if (server.listening) options.onUnexpected(error);
  });
  const upgrade = options.upgrade;
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const target = requestTarget(request.url);
    if (!upgrade || !target) {
      refuseSocket(socket, upgrade ? '400 Bad Request' : '404 Not Found');
      return;
    }
    runGuarded(
      () => upgrade(request, socket, head, target),
      (error) => {
        options.onUnexpected(error);
        socket.destroy();
      },
    );
  });
  return server;
}

/** Listens on a host and port (0: any free port) and gives the port it got. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : port;
}

/** Stops accepting and drops every open connection, so a close never waits for an idle keep-alive. */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
