import { channelOf, eventChannelOf, invokeChannels } from '../ipc/contract.js';
import type { Method } from '../ipc/contract.js';
import { dispatch } from '../ipc/dispatch.js';
import type { Handlers } from '../ipc/dispatch.js';
import { PushQueue } from '../ipc/push-queue.js';
import { invalidInput } from '../shared/boundary-errors.js';
import { fail } from '../shared/outcome.js';

/** The invoke event as softdial reads it (Electron's IpcMainInvokeEvent has these fields). */
export interface InvokeEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

/** The part of Electron's ipcMain softdial uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

/**
 * Registers every method of the contract in one place: a sender that is not one of our windows showing
 * our renderer is refused; everything else goes through the shared dispatch (schemas in and out).
 */
export function registerContract(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrusted: (event: InvokeEventLike) => boolean,
): void {
  for (const method of Object.keys(invokeChannels) as Method[]) {
    ipcMain.handle(channelOf(method), (event, ...args) => {
      if (!isTrusted(event)) return fail(invalidInput('The request did not come from a softdial window.'));
      return dispatch(handlers, method, args);
    });
  }
}

/** Pushes to a window's renderer, held until it says it is ready. */
export function windowPushes(send: (channel: string, payload: unknown) => void): PushQueue {
  return new PushQueue((event, payload) => send(eventChannelOf(event), payload));
}
