import { chmod, mkdir, unlink } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { dirname } from 'node:path';
import * as v from 'valibot';
import { ExtensionReplySchema, ExtensionRequestSchema, extensionFailure } from '../../shared/native-messages.js';
import type { ExtensionReply, ExtensionRequest } from '../../shared/native-messages.js';
import { describeIssues } from '../../shared/describe-issues.js';
import { fireAndForget } from '../../shared/unexpected-errors.js';
import { MAX_MESSAGE_BYTES } from './framing.js';

/** How the app answers one request of the extension. */
export type ExtensionHandler = (request: ExtensionRequest) => Promise<ExtensionReply>;

/** How long either side waits for the other before giving up on one exchange. */
const EXCHANGE_TIMEOUT_MS = 5000;

/** Reads one newline-ended line of at most MAX_MESSAGE_BYTES from a socket; undefined when it is longer or never ends. */
function readLine(socket: Socket): Promise<string | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const done = (line: string | undefined): void => {
      socket.removeAllListeners('data');
      clearTimeout(timer);
      resolve(line);
    };
    const timer = setTimeout(() => done(undefined), EXCHANGE_TIMEOUT_MS);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end >= 0) done(text.slice(0, end));
      else if (Buffer.byteLength(text) > MAX_MESSAGE_BYTES) done(undefined);
    });
    socket.once('end', () => done(undefined));
    socket.once('error', () => done(undefined));
  });
}

/** Parses a line as JSON, or undefined. */
function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/** Answers one connection: one request line, one reply line, then the socket closes. */
async function serveConnection(socket: Socket, handle: ExtensionHandler): Promise<void> {
  const line = await readLine(socket);
  const parsed = v.safeParse(ExtensionRequestSchema, line === undefined ? undefined : parseJson(line));
  const reply = parsed.success
    ? await handle(parsed.output).catch(() => extensionFailure('app_failed', 'softdial could not handle the request.'))
    : extensionFailure('invalid_message', `The request was refused: ${describeIssues(parsed.issues).join('; ')}`);
  socket.end(`${JSON.stringify(reply)}\n`);
}

/** Whether something already answers on this socket path. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

/** The running app's end of the socket. */
export interface AppSocketServer {
  path: string;
  close(): Promise<void>;
}

/**
 * Serves the extension's requests on the per-user socket: the folder is private (0700) and the socket
 * itself 0600, so only the same user reaches it. A socket left behind by a crashed app is replaced; one
 * another running app answers on is left to it (undefined is returned: that app serves the extension).
 */
export async function serveAppSocket(path: string, handle: ExtensionHandler): Promise<AppSocketServer | undefined> {
  const unix = !path.startsWith('\\\\.\\pipe\\');
  if (unix) {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await chmod(dirname(path), 0o700);
    if (await answers(path)) return undefined;
    await unlink(path).catch(() => undefined);
  }
  const server: Server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    fireAndForget(serveConnection(socket, handle), 'answering the browser extension');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  if (unix) await chmod(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

/** Asks the running app one request over its socket; `app_not_running` when nothing answers there. */
export function askApp(path: string, request: ExtensionRequest): Promise<ExtensionReply> {
  return new Promise((resolve) => {
    const socket = connect(path);
    const notRunning = extensionFailure('app_not_running', 'softdial is not running: start it, then try again.');
    socket.once('error', () => resolve(notRunning));
    socket.once('connect', () => {
      socket.write(`${JSON.stringify(request)}\n`);
      const answered = readLine(socket).then((line) => {
        socket.destroy();
        const parsed = v.safeParse(ExtensionReplySchema, line === undefined ? undefined : parseJson(line));
        resolve(
          parsed.success
            ? parsed.output
            : extensionFailure('app_failed', 'softdial gave an answer that could not be read.'),
        );
      });
      fireAndForget(answered, "reading softdial's answer");
    });
  });
}
