import type { MenuItemConstructorOptions } from 'electron';
import type { PhoneResult } from '../core/phone/types.js';

/** What the tray menu shows: sign-in state, favourites, recent calls and the clipboard's number. */
export interface TrayState {
  sandbox: boolean;
  signedIn: boolean;
  mode?: 'agent' | 'client-credentials';
  favourites: { name: string; number: string }[];
  recents: { international: string; e164: string }[];
  clipboard: PhoneResult | null;
}

/** What the tray menu can do. */
export interface TrayActions {
  dial(text: string, source: 'tray' | 'clipboard' | 'redial'): void;
  open(): void;
  signIn(): void;
  quit(): void;
}

/** "Call copied number (+44 20 …)", or disabled with the reason there is nothing to call. */
function clipboardItem(clipboard: PhoneResult | null, actions: TrayActions): MenuItemConstructorOptions {
  if (clipboard?.ok)
    return {
      label: `Call copied number (${clipboard.international})`,
      click: () => actions.dial(clipboard.e164, 'clipboard'),
    };
  const reason =
    clipboard && clipboard.error.code !== 'empty'
      ? clipboard.error.message.replace(/\.$/, '')
      : 'no number on the clipboard';
  return { label: `Call copied number (${reason})`, enabled: false };
}

/** The tray menu for a state, as an Electron menu template (pure, so it is tested without Electron). */
export function trayMenuTemplate(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  const status = state.sandbox
    ? 'Sandbox (built-in emulator)'
    : state.mode === 'client-credentials'
      ? 'Dialling on behalf of a user'
      : state.signedIn
        ? 'Signed in'
        : 'Not signed in';
  const items: MenuItemConstructorOptions[] = [{ label: status, enabled: false }];
  if (!state.signedIn && state.mode === 'agent') items.push({ label: 'Sign in…', click: () => actions.signIn() });
  items.push({ type: 'separator' }, clipboardItem(state.clipboard, actions));
  if (state.favourites.length > 0) {
    items.push({ type: 'separator' }, { label: 'Favourites', enabled: false });
    for (const favourite of state.favourites)
      items.push({
        label: `${favourite.name} (${favourite.number})`,
        click: () => actions.dial(favourite.number, 'tray'),
      });
  }
  if (state.recents.length > 0) {
    items.push({ type: 'separator' }, { label: 'Recent calls', enabled: false });
    for (const recent of state.recents)
      items.push({ label: recent.international, click: () => actions.dial(recent.e164, 'redial') });
  }
  items.push(
    { type: 'separator' },
    { label: 'Open softdial', click: () => actions.open() },
    { label: 'Quit', click: () => actions.quit() },
  );
  return items;
}
