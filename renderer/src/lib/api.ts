import { createSoftdialApi } from '../../../electron/ipc/client.js';
import type { SoftdialApi } from '../../../electron/ipc/contract.js';
import { webSocketTransport } from './ws-transport.js';
import type { WebSocketTransport } from './ws-transport.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser. */
    softdial?: SoftdialApi;
  }
}

/**
 * The contract's API: the preload's in Electron, the WebSocket's in a browser (`softdial web`), with the
 * WebSocket's connection state for the page's notice (Electron's IPC cannot be lost).
 */
export function connectApi(): { api: SoftdialApi; connection?: WebSocketTransport } {
  if (window.softdial) return { api: window.softdial };
  const connection = webSocketTransport(window.location);
  return { api: createSoftdialApi(connection), connection };
}
