/** The parts of a key press an accelerator is made of. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NAMED_CODES: Record<string, string> = {
  Space: 'Space',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Enter: 'Enter',
  Minus: '-',
  Equal: '=',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Backquote: '`',
};

/** The key of a press as Electron's accelerators name it, by position (so Shift or a layout does not change it). */
function keyName(code: string): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1];
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit) return digit[1];
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return NAMED_CODES[code];
}

/** Ctrl/Cmd with these alone keeps editing the field: as global hotkeys they would break copy and paste everywhere. */
const EDITING = new Set(['A', 'C', 'V', 'X', 'Y', 'Z']);

/**
 * The accelerator a press makes, for the hotkey fields ("press the keys"): Ctrl (Cmd on macOS) is written
 * CommandOrControl so the setting travels between systems. A press without Ctrl, Cmd, Alt or Super gives
 * none: a global hotkey of a bare key or Shift+key would take that key from every app's typing; nor do the
 * editing shortcuts.
 */
export function acceleratorOf(press: KeyPress, mac: boolean): string | undefined {
  const key = keyName(press.code);
  if (!key) return undefined;
  const command = mac ? press.metaKey : press.ctrlKey;
  const other = mac ? press.ctrlKey && 'Control' : press.metaKey && 'Super';
  if (!command && !press.altKey && !other) return undefined;
  if (command && !other && !press.altKey && !press.shiftKey && EDITING.has(key)) return undefined;
  return [command && 'CommandOrControl', other, press.altKey && 'Alt', press.shiftKey && 'Shift', key]
    .filter(Boolean)
    .join('+');
}
