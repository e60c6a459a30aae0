import { WebSocketServer } from 'ws';
import type { ServerOptions, WebSocket } from 'ws';

/**
 * A WebSocket server (upgrades handed to it) with the framing guard every softdial socket server uses:
 * messages up to `maxPayload`, in at most `maxFragments` fragments (a flood of tiny fragments pins far
 * more memory than its bytes).
 */
export function guardedSocketServer(maxPayload: number, maxFragments: number): WebSocketServer {
  // ws 8.21+ reads maxFragments and maxBufferedChunks; its typings do not list them yet.
  const limits: ServerOptions & { maxFragments: number; maxBufferedChunks: number } = {
    noServer: true,
    maxPayload,
    maxFragments,
    maxBufferedChunks: 4 * maxFragments,
  };
  return new WebSocketServer(limits);
}

/**
 * Closes only this socket on a protocol error (an unmasked or oversized frame, bad UTF-8…): without a
 * listener, ws's 'error' would end the whole process.
 */
export function closeOnProtocolError(ws: WebSocket, log: (line: string) => void): void {
  ws.on('error', (error) => log(`closed a WebSocket: ${error.message}`));
}
