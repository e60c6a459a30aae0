import { Notification } from 'electron';
import type { Handlers } from '../ipc/dispatch.js';

/** Wraps the dial handler so a call started or refused while the window is hidden still tells the agent. */
export function notifyingDial(handlers: Handlers, windowVisible: () => boolean): Handlers {
  return {
    ...handlers,
    dial: async (intent) => {
      const result = await handlers.dial(intent);
      if (!windowVisible() && Notification.isSupported()) {
        const body = result.ok
          ? `Calling ${result.value.number.international}`
          : `${result.error.title}. ${result.error.detail}`;
        new Notification({ title: result.ok ? 'softdial: call started' : 'softdial: call not placed', body }).show();
      }
      return result;
    },
  };
}
