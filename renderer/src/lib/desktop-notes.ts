import type { SettingsView } from './settings.svelte.js';

type Desktop = NonNullable<SettingsView['desktop']>;

/**
 * Why a hotkey did not take (another app holds it, the system refused it, it is not valid, the desktop
 * decides), shown next to its field; nothing while it works, and nothing about keys the agent has since
 * changed in the form (the note is about the keys that were tried, not the ones typed).
 */
export function hotkeyNote(status: Desktop['hotkey'] | undefined, typed: string): string | undefined {
  if (!status || status.accelerator !== typed.trim()) return undefined;
  return status.message;
}
