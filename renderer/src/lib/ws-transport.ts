import { DisconnectedError, TooLargeError } from '../../../electron/ipc/client.js';
import type { Transport } from '../../../electron/ipc/client.js';
import type { Method, PushEvent } from '../../../electron/ipc/contract.js';
import { MAX_MESSAGE_BYTES, TOKEN_REFUSED } from '../../../electron/ipc/web-socket-protocol.js';
import type { ServerMessage } from '../../../electron/ipc/web-socket-protocol.js';

/** Where the page stands with softdial: first connecting, connected, lost (retrying), or facing a restarted softdial. */
export const CONNECTION_STATES = ['connecting', 'connected', 'unreachable', 'restarted'] as const;
/** One of the connection states. */
export type ConnectionState = (typeof CONNECTION_STATES)[number];

/** The contract over the WebSocket, and the state of its connection for the page's notice. */
export interface WebSocketTransport extends Transport {
  readonly state: ConnectionState;
  onState(listener: (state: ConnectionState) => void): () => void;
  /** Closes the socket for good: no reconnection (a page being left, a test ending). */
  close(): void;
}

/** The WebSocket constructor: the browser's, or a compatible one (the `ws` package in Node tests). */
type SocketConstructor = new (url: string) => Pick<WebSocket, 'addEventListener' | 'send' | 'close'>;

/** Waits before each reconnection attempt: quick at first, then every few seconds for as long as it takes. */
const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 5000];

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The contract over the WebSocket of `softdial web`, authenticated by the token in the page's #fragment.
 * When the socket closes, every pending call fails at once as `disconnected` (as does any call made while
 * it is away); the page reconnects with backoff to the same session and gets the pushes that waited for it.
 * A refused launch token means softdial was restarted: the page stops retrying and says so.
 */
export function webSocketTransport(
  location: Pick<Location, 'hash' | 'host' | 'protocol'>,
  Socket: SocketConstructor = WebSocket,
  backoffMs: readonly number[] = BACKOFF_MS,
): WebSocketTransport {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  const base = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?token=${encodeURIComponent(token)}`;
  const waiting = new Map<number, Waiting>();
  const outbox: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  let socket: Pick<WebSocket, 'addEventListener' | 'send' | 'close'>;
  let session: string | undefined;
  let readySaid = false;
  let attempts = 0;
  let nextId = 0;
  let closed = false;

  const setState = (next: ConnectionState): void => {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener(next);
  };

  const failAll = (): void => {
    const failed = [...waiting.values()];
    waiting.clear();
    outbox.length = 0;
    for (const call of failed) call.reject(new DisconnectedError('softdial is not reachable'));
  };

  const send = (id: number, method: Method, args: unknown[], call: Waiting): void => {
    const text = JSON.stringify({ type: 'invoke', id, method, args });
    // The server drops a socket that sends more than it reads: such a call is answered here instead.
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_MESSAGE_BYTES) {
      call.reject(
        new TooLargeError(
          `It is ${Math.ceil(bytes / 1024)} KB; the browser's connection to softdial carries at most ${Math.floor(MAX_MESSAGE_BYTES / 1024)} KB. Import a large file with \`softdial contacts import FILE\`.`,
        ),
      );
      return;
    }
    waiting.set(id, call);
    if (state === 'connected') socket.send(text);
    else outbox.push(text);
  };

  const connect = (): void => {
    if (closed) return;
    socket = new Socket(session ? `${base}&session=${encodeURIComponent(session)}` : base);
    // A failed attempt is followed by 'close', which decides what happens next.
    socket.addEventListener('error', () => undefined);
    socket.addEventListener('open', () => {
      attempts = 0;
      setState('connected');
      for (const text of outbox.splice(0)) socket.send(text);
      // The server holds this page's pushes until it hears "ready" again on the new socket.
      if (readySaid) send(nextId++, 'ready', [], { resolve: () => undefined, reject: () => undefined });
    });
    socket.addEventListener('message', (event) => {
      let message: ServerMessage;
      try {
        message = JSON.parse(String(event.data)) as ServerMessage;
      } catch {
        return;
      }
      if (message.type === 'hello') session = message.session;
      else if (message.type === 'result') {
        waiting.get(message.id)?.resolve(message.result);
        waiting.delete(message.id);
      } else for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    });
    socket.addEventListener('close', (event) => {
      failAll();
      if (event.code === TOKEN_REFUSED) {
        setState('restarted');
        return;
      }
      setState('unreachable');
      if (closed) return;
      const delay = backoffMs[Math.min(attempts++, backoffMs.length - 1)] ?? 5000;
      setTimeout(connect, delay);
    });
  };
  connect();

  return {
    get state() {
      return state;
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    close() {
      closed = true;
      socket.close();
    },
    invoke(method: Method, args: unknown[]) {
      if (state === 'unreachable' || state === 'restarted')
        return Promise.reject(new DisconnectedError('softdial is not reachable'));
      if (method === 'ready') readySaid = true;
      return new Promise((resolve, reject) => send(nextId++, method, args, { resolve, reject }));
    },
    subscribe(event: PushEvent, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
