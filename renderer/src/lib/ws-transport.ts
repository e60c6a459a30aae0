import type { Transport } from '../../../electron/ipc/client.js';
import type { Method, PushEvent } from '../../../electron/ipc/contract.js';

type ServerMessage =
  { type: 'result'; id: number; result: unknown } | { type: 'event'; event: string; payload: unknown };

/** The WebSocket constructor: the browser's, or a compatible one (the `ws` package in Node tests). */
type SocketConstructor = new (url: string) => Pick<WebSocket, 'addEventListener' | 'send'>;

/** The contract over the WebSocket of `softdial web`, authenticated by the token in the page's #fragment. */
export function webSocketTransport(
  location: Pick<Location, 'hash' | 'host' | 'protocol'>,
  Socket: SocketConstructor = WebSocket,
): Transport {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  const socket = new Socket(
    `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?token=${encodeURIComponent(token)}`,
  );
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener(
      'error',
      () => reject(new Error('could not connect to softdial (check the URL and its token)')),
      { once: true },
    );
  });
  const waiting = new Map<number, (result: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 0;
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as ServerMessage;
    if (message.type === 'result') {
      waiting.get(message.id)?.(message.result);
      waiting.delete(message.id);
    } else {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    }
  });
  socket.addEventListener('close', () => {
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  });
  return {
    async invoke(method: Method, args: unknown[]) {
      await opened;
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        socket.send(JSON.stringify({ type: 'invoke', id, method, args }));
      });
    },
    subscribe(event: PushEvent, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
