import { describe, expect, it } from 'vitest';
import { acceleratorOf } from '../../../renderer/src/lib/accelerator.js';
import type { KeyPress } from '../../../renderer/src/lib/accelerator.js';

const press = (code: string, change: Partial<KeyPress> = {}): KeyPress => ({
  key: '',
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...change,
});

describe('the accelerator a key press makes', () => {
  it('writes Ctrl (Cmd on macOS) as CommandOrControl, the key by its position', () => {
    expect(acceleratorOf(press('KeyD', { ctrlKey: true, shiftKey: true, key: 'D' }), false)).toBe(
      'CommandOrControl+Shift+D',
    );
    expect(acceleratorOf(press('KeyD', { metaKey: true, shiftKey: true }), true)).toBe('CommandOrControl+Shift+D');
    expect(acceleratorOf(press('Space', { ctrlKey: true, altKey: true }), false)).toBe('CommandOrControl+Alt+Space');
    expect(acceleratorOf(press('Digit1', { altKey: true, shiftKey: true, key: '!' }), false)).toBe('Alt+Shift+1');
    expect(acceleratorOf(press('F9', { metaKey: true }), false)).toBe('Super+F9');
    expect(acceleratorOf(press('KeyK', { ctrlKey: true }), true)).toBe('Control+K');
    expect(acceleratorOf(press('ArrowUp', { ctrlKey: true, altKey: true }), false)).toBe('CommandOrControl+Alt+Up');
  });

  it('gives none for typing, a bare modifier, or the editing shortcuts, so the field still edits', () => {
    expect(acceleratorOf(press('KeyD', { key: 'd' }), false)).toBeUndefined();
    expect(acceleratorOf(press('KeyD', { shiftKey: true, key: 'D' }), false)).toBeUndefined();
    expect(acceleratorOf(press('ControlLeft', { ctrlKey: true, key: 'Control' }), false)).toBeUndefined();
    expect(acceleratorOf(press('Tab', { ctrlKey: true }), false)).toBeUndefined();
    for (const code of ['KeyA', 'KeyC', 'KeyV', 'KeyX', 'KeyZ'])
      expect(acceleratorOf(press(code, { ctrlKey: true }), false)).toBeUndefined();
    expect(acceleratorOf(press('KeyV', { ctrlKey: true, altKey: true }), false)).toBe('CommandOrControl+Alt+V');
  });
});
