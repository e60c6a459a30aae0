import { clipboard, globalShortcut } from 'electron';

/**
 * The global hotkey: dials the copied number, through the same preview and confirmation as a link.
 * Returns why it could not be registered (taken by another app, or an invalid accelerator), if so.
 */
export function setupHotkey(accelerator: string, onPress: (text: string) => void): string | undefined {
  globalShortcut.unregisterAll();
  if (accelerator.trim() === '') return undefined;
  try {
    const registered = globalShortcut.register(
      accelerator,
      () => void clipboard.readText().then((text) => onPress(text.slice(0, 4096))),
    );
    return registered
      ? undefined
      : `The hotkey ${accelerator} is used by another application; choose another in Settings.`;
  } catch (error) {
    return `The hotkey "${accelerator}" is not valid (${(error as Error).message}).`;
  }
}
