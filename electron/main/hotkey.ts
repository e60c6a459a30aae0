import { globalShortcut } from 'electron';
import type { DesktopState } from '../ipc/desktop-state.js';
import { hotkeyState } from './hotkey-state.js';
import type { HotkeyAttempt } from './hotkey-state.js';

/** (Re)registers the global hotkey and says how it stands; a press calls `onPress` (which reads the clipboard). */
export function setupHotkey(accelerator: string, wayland: boolean, onPress: () => void): DesktopState['hotkey'] {
  globalShortcut.unregisterAll();
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
