import WebSocket from 'ws';
import { agentsFor } from './proxy.js';

/** Opens a WebSocket; injected so a proxy agent can be added, real in tests. */
export type SocketFactory = (uri: string) => WebSocket;

/** The real notification socket: `ws`, through the same proxy as HTTPS requests to that host. */
export function openNotificationSocket(env: NodeJS.ProcessEnv): SocketFactory {
  return (uri) => {
    const url = new URL(uri);
    const agents = agentsFor(
      new URL(`${url.protocol === 'wss:' ? 'https' : 'http'}://${url.host}${url.pathname}`),
      env,
    );
    const agent = url.protocol === 'wss:' ? agents.https : agents.http;
    return new WebSocket(uri, { ...(agent ? { agent } : {}), handshakeTimeout: 15_000 });
  };
}

/** A WebSocket message as text, whichever of its three shapes `ws` delivered it in. */
export function socketText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
