import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { Handlers } from '../../ipc/dispatch.js';
import { PushQueue } from '../../ipc/push-queue.js';
import type { PushSink } from '../../ipc/push-queue.js';
import type { PayloadOf, PushEvent } from '../../ipc/contract.js';
import type { ServerMessage } from '../../ipc/web-socket-protocol.js';

/** One browser page: its pushes wait here while its socket is away, until it comes back or its grace ends. */
export interface WebSession {
  id: string;
  queue: PushQueue;
  handlers: Handlers;
  socket?: WebSocket;
  /** Aborted when the page is gone for good: its call watchers stop. */
  gone: AbortController;
  expiry?: NodeJS.Timeout;
}

/** How sessions are made and bounded. */
export interface SessionOptions {
  /** How long a page may be away (reload, dropped socket) before its session and watchers end. */
  graceMs: number;
  /** The most a socket may hold unsent before the server closes it (a client that never reads). */
  maxBufferedBytes: number;
  createHandlers: (pushes: PushSink, onReady: () => void, gone: AbortSignal) => Handlers;
  log: (line: string) => void;
}

/**
 * The pages connected to `softdial web`, by session id: a page that reconnects after a dropped socket
 * gets its session back, with the pushes that waited for it; one that stays away is forgotten.
 */
export class WebSessions {
  private readonly sessions = new Map<string, WebSession>();

  constructor(private readonly options: SessionOptions) {}

  /** Pushes to every page (each held until that page is ready). */
  readonly broadcast: PushSink = {
    emit: <E extends PushEvent>(event: E, payload: PayloadOf<E>) => {
      for (const session of this.sessions.values()) session.queue.emit(event, payload);
    },
  };

  /** How many pages are known (connected or within their grace). */
  get size(): number {
    return this.sessions.size;
  }

  /** Attaches a socket to its session (the one it names, if still known) or to a new one. */
  attach(socket: WebSocket, requested: string | null): WebSession {
    const known = requested === null ? undefined : this.sessions.get(requested);
    const session = known ?? this.create();
    clearTimeout(session.expiry);
    session.socket?.terminate();
    session.socket = socket;
    this.send(session, { type: 'hello', session: session.id });
    socket.on('close', () => this.detach(session, socket));
    return session;
  }

  private isOpen(session: WebSession): boolean {
    return session.socket !== undefined && session.socket.readyState === session.socket.OPEN;
  }

  /** Sends a message to a session's page if it is there; a page that stopped reading is cut off. */
  send(session: WebSession, message: ServerMessage): void {
    const socket = session.socket;
    if (!socket || !this.isOpen(session)) return;
    if (socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.options.log(`closed a page that stopped reading (${socket.bufferedAmount} bytes waiting)`);
      socket.terminate();
      return;
    }
    socket.send(JSON.stringify(message));
  }

  /** Ends every session (the server is closing). */
  closeAll(): void {
    for (const session of this.sessions.values()) this.end(session);
  }

  private create(): WebSession {
    const id = randomBytes(16).toString('base64url');
    const gone = new AbortController();
    const deliver = (event: PushEvent, payload: unknown): void => {
      if (this.isOpen(session)) this.send(session, { type: 'event', event, payload });
      else {
        // The socket went between the push and its delivery: the push waits for the page like any other.
        queue.markNotReady();
        queue.emit(event, payload as PayloadOf<typeof event>);
      }
    };
    const queue: PushQueue = new PushQueue(deliver, {
      onDrop: (event) => this.options.log(`a page not ready yet missed a "${event}" push (too many waiting)`),
    });
    const session: WebSession = {
      id,
      queue,
      gone,
      handlers: this.options.createHandlers(this.broadcast, () => queue.markReady(), gone.signal),
    };
    this.sessions.set(id, session);
    return session;
  }

  private detach(session: WebSession, socket: WebSocket): void {
    if (session.socket !== socket) return;
    session.socket = undefined;
    session.queue.markNotReady();
    session.expiry = setTimeout(() => this.end(session), this.options.graceMs);
    session.expiry.unref();
  }

  private end(session: WebSession): void {
    clearTimeout(session.expiry);
    session.gone.abort();
    session.socket?.terminate();
    this.sessions.delete(session.id);
  }
}
