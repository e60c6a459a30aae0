import { globalShortcut } from 'electron';
import type { DesktopState } from '../ipc/desktop-state.js';
import { hotkeyState, sameAccelerator } from './hotkey-state.js';
import type { HotkeyAttempt } from './hotkey-state.js';

/** What each global hotkey does when pressed. */
export interface HotkeyPresses {
  /** Calls the copied number (reads the clipboard). */
  dialCopied: () => void;
  /** Brings the window forward with the box focused. */
  focus: () => void;
}

/** Registers one accelerator and says how it stands. */
function register(accelerator: string, wayland: boolean, onPress: () => void): DesktopState['hotkey'] {
  const wanted = accelerator.trim();
  let attempt: HotkeyAttempt = { kind: 'off' };
  if (wanted !== '') {
    try {
      attempt = { kind: globalShortcut.register(wanted, onPress) ? 'registered' : 'refused' };
    } catch (error) {
      attempt = { kind: 'threw', reason: error instanceof Error ? error.message : String(error) };
    }
  }
  return hotkeyState(wanted, attempt, wayland);
}

/**
 * (Re)registers both global hotkeys and says how each stands; the bring-forward one is refused, with why,
 * when it names the same keys as the dial one (which keeps them).
 */
export function setupHotkeys(
  wanted: { hotkey: string; focusHotkey: string },
  wayland: boolean,
  presses: HotkeyPresses,
): Pick<DesktopState, 'hotkey' | 'focusHotkey'> {
  globalShortcut.unregisterAll();
  const hotkey = register(wanted.hotkey, wayland, presses.dialCopied);
  const focus = wanted.focusHotkey.trim();
  const focusHotkey = sameAccelerator(focus, wanted.hotkey)
    ? hotkeyState(focus, { kind: 'duplicate', of: 'call the copied number' }, wayland)
    : register(focus, wayland, presses.focus);
  return { hotkey, focusHotkey };
}
