import WebSocket from 'ws';
import type { RawData } from 'ws';
import type { WebServer } from '../../electron/core/web/web-server.js';

/** A WebSocket message as text, however ws delivered it. */
export const textOf = (data: RawData): string =>
  (Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');

/** A page's socket to `softdial web`, by hand: invoke a method and read its result; pushes are collected. */
export interface PageClient {
  invoke(method: string, args: unknown[]): Promise<unknown>;
  events: { event: string; payload: unknown }[];
  socket: WebSocket;
}

/** Opens a page's socket with the server's token and Origin. */
export async function pageClient(server: WebServer): Promise<PageClient> {
  const token = new URLSearchParams(new URL(server.url).hash.slice(1)).get('token') ?? '';
  const socket = new WebSocket(`${server.origin.replace('http', 'ws')}/ws?token=${token}`, { origin: server.origin });
  const waiting = new Map<number, (value: unknown) => void>();
  const events: { event: string; payload: unknown }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(textOf(data)) as {
      type: string;
      id: number;
      result: unknown;
      event: string;
      payload: unknown;
    };
    if (message.type === 'result') waiting.get(message.id)?.(message.result);
    if (message.type === 'event') events.push({ event: message.event, payload: message.payload });
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let next = 0;
  return {
    socket,
    events,
    invoke: (method, args) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        socket.send(JSON.stringify({ type: 'invoke', id, method, args }));
      }),
  };
}
