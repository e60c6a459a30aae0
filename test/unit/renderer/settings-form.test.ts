import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../electron/core/settings/schema.js';
import { hotkeyNote } from '../../../renderer/src/lib/desktop-notes.js';
import { draftOf, patchOf } from '../../../renderer/src/lib/settings-draft.js';
import type { SettingsView } from '../../../renderer/src/lib/settings.svelte.js';

const values: SettingsView['values'] = { ...DEFAULTS };

describe('the settings form', () => {
  it('sends only what the agent changed: the new desktop fields, link handling only once ticked', () => {
    const before = draftOf(values, 'agent');
    expect(before).toMatchObject({ handleLinks: false, startInTray: false, focusHotkey: '' });
    expect(patchOf(before, { ...before }, () => false)).toEqual({});
    const after = { ...before, startInTray: true, handleLinks: true, focusHotkey: ' CommandOrControl+Alt+Space ' };
    expect(patchOf(before, after, () => false)).toEqual({
      startInTray: true,
      handleLinks: true,
      focusHotkey: 'CommandOrControl+Alt+Space',
    });
    expect(patchOf(before, after, (name) => name === 'startInTray')).not.toHaveProperty('startInTray');
    expect(patchOf({ ...before, focusHotkey: 'Ctrl+Alt+K' }, before, () => false)).toEqual({ focusHotkey: null });
  });

  it('shows why a hotkey did not take next to its field, only while the field holds the keys that were tried', () => {
    const taken = { accelerator: 'Ctrl+Alt+K', state: 'refused' as const, message: 'used by another application' };
    expect(hotkeyNote(taken, 'Ctrl+Alt+K ')).toBe('used by another application');
    expect(hotkeyNote(taken, 'Ctrl+Alt+J')).toBeUndefined();
    expect(hotkeyNote({ accelerator: 'Ctrl+Alt+K', state: 'registered' }, 'Ctrl+Alt+K')).toBeUndefined();
    expect(hotkeyNote(undefined, 'Ctrl+Alt+K')).toBeUndefined();
  });
});
