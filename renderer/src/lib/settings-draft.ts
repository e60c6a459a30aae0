import type { SettingName } from '../../../electron/ipc/schemas.js';
import type { SettingsPatch, SettingsView } from './settings.svelte.js';

const TEXT = [
  'region',
  'clientId',
  'userId',
  'defaultCountry',
  'callerId',
  'callerIdName',
  'callFromQueueId',
  'hotkey',
  'focusHotkey',
] as const;
const FLAGS = ['confirmExternalDials', 'startAtLogin', 'startInTray', 'handleLinks'] as const;

/** The settings form's fields as the controls hold them (text as typed, numbers as text). */
export type Draft = Record<(typeof TEXT)[number], string> &
  Record<(typeof FLAGS)[number], boolean> & { mode: 'agent' | 'client-credentials'; dialGuardSeconds: string };

/** The form's starting point: the settings in force, and the connection mode actually used. */
export function draftOf(values: SettingsView['values'], mode: Draft['mode']): Draft {
  const text = Object.fromEntries(TEXT.map((name) => [name, values[name] ?? ''])) as Record<
    (typeof TEXT)[number],
    string
  >;
  // Link handling not asked yet reads as off: only a tick the agent gives changes it.
  const flags = Object.fromEntries(FLAGS.map((name) => [name, values[name] ?? false])) as Record<
    (typeof FLAGS)[number],
    boolean
  >;
  return { ...text, ...flags, mode: values.mode ?? mode, dialGuardSeconds: String(values.dialGuardSeconds) };
}

/** Only what the agent changed, leaving locked fields alone; an emptied text clears the agent's own value. */
export function patchOf(before: Draft, after: Draft, locked: (name: SettingName) => boolean): SettingsPatch {
  const patch: SettingsPatch = {};
  const changed = (name: keyof Draft) => !locked(name) && before[name] !== after[name];
  for (const name of TEXT) {
    if (changed(name)) Object.assign(patch, { [name]: after[name].trim() === '' ? null : after[name].trim() });
  }
  for (const name of FLAGS) if (changed(name)) patch[name] = after[name];
  if (changed('mode')) patch.mode = after.mode;
  if (changed('dialGuardSeconds')) patch.dialGuardSeconds = Number(after.dialGuardSeconds);
  return patch;
}
