import type { Transport } from './client.js';
import { channelOf, eventChannelOf } from './contract.js';

/** The part of Electron's ipcRenderer the preload uses (typed here so this file needs no Electron). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/** The contract over Electron IPC, for the preload; ipcRenderer itself never reaches the page. */
export function electronTransport(ipc: IpcRendererLike): Transport {
  return {
    invoke: (method, args) => ipc.invoke(channelOf(method), ...args),
    subscribe(event, listener) {
      const forward = (_event: unknown, payload: unknown): void => listener(payload);
      ipc.on(eventChannelOf(event), forward);
      return () => void ipc.removeListener(eventChannelOf(event), forward);
    },
  };
}
