import { clipboard } from 'electron';
import type { BrowserWindow } from 'electron';
import { clipboardReadable } from './desktop-identity.js';

/** The most of the clipboard softdial reads: a number is never longer; the preview explains anything else. */
const MAX_COPIED = 4096;
/** How long a Wayland read waits for the window to take focus before it gives up on the clipboard. */
const FOCUS_WAIT_MS = 1500;

/** Waits for the window's focus (or gives up after a moment), for a Wayland clipboard read. */
function focused(window: BrowserWindow): Promise<boolean> {
  if (window.isFocused()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      window.off('focus', done);
      resolve(window.isFocused());
    };
    const timer = setTimeout(done, FOCUS_WAIT_MS);
    window.once('focus', done);
  });
}

/**
 * The copied text at the moment it is wanted (the hotkey pressed, "Call copied number" clicked); on Wayland,
 * after the window took focus, or empty (the preview then asks the agent to paste) when it could not.
 */
export async function copiedTextNow(window: BrowserWindow, wayland: boolean): Promise<string> {
  const readable = clipboardReadable(wayland, wayland ? await focused(window) : true);
  return readable ? (await clipboard.readText()).slice(0, MAX_COPIED) : '';
}

/** The clipboard for the tray label, or undefined when a read now is not to be trusted. */
export async function copiedTextForLabel(
  window: BrowserWindow | undefined,
  wayland: boolean,
): Promise<string | undefined> {
  if (!clipboardReadable(wayland, window?.isFocused() ?? false)) return undefined;
  return (await clipboard.readText()).slice(0, 200);
}
