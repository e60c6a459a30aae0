/** A window shortcut's action. */
export type ShortcutAction =
  | { action: 'focus-box' }
  | { action: 'help' }
  | { action: 'escape' }
  | { action: 'call-other' }
  | { action: 'favourite'; index: number }
  | { action: 'redial' }
  | { action: 'hang-up' }
  | { action: 'toggle-favourite' }
  | { action: 'keypad' }
  | { action: 'settings' }
  | { action: 'type'; key: string };

/** The keys of a keydown event that decide a shortcut. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The shortcut sheet: what each key does, in the order it is listed. */
export const SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: 'Any digit or letter', what: 'Type into the box from anywhere in the window' },
  { keys: 'Ctrl+K or /', what: 'Go to the box' },
  { keys: 'Enter', what: 'Call the number or the selected contact' },
  { keys: 'Alt+Enter', what: 'Call the other reading of the number' },
  { keys: '↑ ↓', what: 'Move through the contacts' },
  { keys: 'Esc', what: 'Clear the box or cancel (never hangs up)' },
  { keys: 'Ctrl+1 … Ctrl+9', what: 'Call favourite 1 to 9' },
  { keys: 'Ctrl+R', what: 'Redial the last number' },
  { keys: 'Ctrl+Shift+H', what: 'Hang up' },
  { keys: 'Ctrl+D', what: 'Add or remove the selected contact from favourites' },
  { keys: 'Ctrl+P', what: 'Show or hide the keypad' },
  { keys: 'Ctrl+,', what: 'Settings' },
  { keys: 'F1 or ?', what: 'This list' },
];

const TYPABLE = /^[\p{L}\p{N}+*#]$/u;

/**
 * The action a key press asks for, or undefined. `inField` says focus is in a text field, where plain
 * keys type and only the modified shortcuts, F1 and Esc act. Cmd counts as Ctrl on macOS.
 */
export function shortcutOf(press: KeyPress, inField: boolean): ShortcutAction | undefined {
  const control = press.ctrlKey || press.metaKey;
  const key = press.key;
  if (key === 'F1') return { action: 'help' };
  if (key === 'Escape') return { action: 'escape' };
  if (control && !press.altKey) {
    if (press.shiftKey) return key.toLowerCase() === 'h' ? { action: 'hang-up' } : undefined;
    if (/^[1-9]$/.test(key)) return { action: 'favourite', index: Number(key) - 1 };
    switch (key.toLowerCase()) {
      case 'k':
        return { action: 'focus-box' };
      case 'r':
        return { action: 'redial' };
      case 'd':
        return { action: 'toggle-favourite' };
      case 'p':
        return { action: 'keypad' };
      case ',':
        return { action: 'settings' };
      default:
        return undefined;
    }
  }
  if (press.altKey && key === 'Enter') return { action: 'call-other' };
  if (inField || control || press.altKey) return undefined;
  if (key === '?') return { action: 'help' };
  if (key === '/') return { action: 'focus-box' };
  return TYPABLE.test(key) ? { action: 'type', key } : undefined;
}
