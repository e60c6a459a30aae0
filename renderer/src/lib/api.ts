import { createSoftdialApi } from '../../../electron/ipc/client.js';
import type { SoftdialApi } from '../../../electron/ipc/contract.js';
import { webSocketTransport } from './ws-transport.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser. */
    softdial?: SoftdialApi;
  }
}

/** The contract's API: the preload's in Electron, the WebSocket's in a browser (`softdial web`). */
export function connectApi(): SoftdialApi {
  return window.softdial ?? createSoftdialApi(webSocketTransport(window.location));
}
