import type { DesktopState } from '../ipc/desktop-state.js';

/** What happened when softdial asked for the hotkey. */
export type HotkeyAttempt =
  | { kind: 'off' }
  | { kind: 'registered' | 'refused' }
  | { kind: 'threw'; reason: string }
  /** The same keys as softdial's other hotkey, which keeps them. */
  | { kind: 'duplicate'; of: string };

/**
 * The hotkey's state in words for the window and settings. On Wayland `register()` answers true before the
 * desktop's shortcut portal has decided (and a refusal never reaches the app), so a "yes" there is only
 * "asked": the agent is told to check, not that it works.
 */
export function hotkeyState(accelerator: string, attempt: HotkeyAttempt, wayland: boolean): DesktopState['hotkey'] {
  switch (attempt.kind) {
    case 'off':
      return { accelerator, state: 'off' };
    case 'registered':
      return wayland
        ? {
            accelerator,
            state: 'unconfirmed',
            message: `Your desktop decides whether ${accelerator} reaches softdial. If pressing it does nothing, allow softdial's shortcut in the desktop's keyboard settings or choose another.`,
          }
        : { accelerator, state: 'registered' };
    case 'refused':
      return {
        accelerator,
        state: 'refused',
        message: `The hotkey ${accelerator} is used by another application or the system; choose another in Settings.`,
      };
    case 'duplicate':
      return {
        accelerator,
        state: 'refused',
        message: `${accelerator} is already softdial's hotkey to ${attempt.of}; choose other keys for this one.`,
      };
    case 'threw':
      return {
        accelerator,
        state: 'invalid',
        message: `The hotkey "${accelerator}" is not valid (${attempt.reason}); use a form such as CommandOrControl+Shift+D.`,
      };
  }
}

const ALIASES: Record<string, string> = {
  cmdorctrl: 'commandorcontrol',
  ctrl: 'control',
  cmd: 'command',
  option: 'alt',
};

/** Whether two accelerators name the same keys (any order, case or alias: Ctrl+Shift+D is Shift+Control+d). */
export function sameAccelerator(a: string, b: string): boolean {
  const keys = (accelerator: string): string =>
    accelerator
      .toLowerCase()
      .split('+')
      .map((key) => key.trim())
      .map((key) => ALIASES[key] ?? key)
      .sort()
      .join('+');
  return a.trim() !== '' && keys(a) === keys(b);
}
