import WebSocket from 'ws';
import type { SocketFactory } from './notification-channel.js';
import { agentsFor } from './proxy.js';

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
