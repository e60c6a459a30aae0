import type { IpcRendererLike } from '../../electron/ipc/electron-transport.js';
import type { InvokeEventLike, IpcMainLike } from '../../electron/main/ipc.js';

/**
 * An honest in-memory implementation of the Electron IPC used by softdial: ipcMain.handle / ipcRenderer.invoke
 * with structured cloning both ways (as Electron does), and webContents.send to ipcRenderer.on listeners.
 * The sender identity (webContents id, frame URL) is set per renderer, so the sender check is exercised.
 */
export class MemoryIpc {
  private readonly handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  private readonly listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();

  readonly main: IpcMainLike = {
    handle: (channel, listener) => {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, listener);
    },
  };

  /** A renderer whose messages carry this sender identity. */
  renderer(sender: { webContentsId: number; frameUrl: string }): IpcRendererLike {
    return {
      invoke: async (channel, ...args) => {
        const handler = this.handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        const event: InvokeEventLike = { sender: { id: sender.webContentsId }, senderFrame: { url: sender.frameUrl } };
        return structuredClone(await handler(event, ...structuredClone(args)));
      },
      on: (channel, listener) => {
        const set = this.listeners.get(channel) ?? new Set();
        set.add(listener);
        this.listeners.set(channel, set);
      },
      removeListener: (channel, listener) => this.listeners.get(channel)?.delete(listener),
    };
  }

  /** webContents.send: delivers a cloned payload to the renderer's listeners. */
  send = (channel: string, payload: unknown): void => {
    for (const listener of this.listeners.get(channel) ?? []) listener({}, structuredClone(payload));
  };
}
