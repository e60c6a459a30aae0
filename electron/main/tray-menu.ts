import type { MenuItemConstructorOptions } from 'electron';
import type { PhoneResult } from '../core/phone/types.js';

/** What the tray menu shows: sign-in state, favourites, recent calls and the number last seen on the clipboard. */
export interface TrayState {
  sandbox: boolean;
  signedIn: boolean;
  mode?: 'agent' | 'client-credentials';
  favourites: { name: string; number: string }[];
  recents: { international: string; e164: string }[];
  /** The clipboard as read at the last rebuild (null: empty, or not trusted, as on Wayland when unfocused). */
  clipboard: PhoneResult | null;
}

/** What the tray menu can do. */
export interface TrayActions {
  dial(text: string, source: 'tray' | 'redial'): void;
  /** Reads the clipboard when clicked and offers what is copied then, through the same preview as a link. */
  dialClipboard(): void;
  open(): void;
  signIn(): void;
  quit(): void;
}

/**
 * "Call copied number": always clickable, because the clipboard may have changed since the menu was built (no
 * OS tells an app when); the label shows the number seen at the last rebuild, the click reads it afresh.
 */
function clipboardItem(clipboard: PhoneResult | null, actions: TrayActions): MenuItemConstructorOptions {
  return {
    label: clipboard?.ok ? `Call copied number (${clipboard.international})` : 'Call copied number',
    click: () => actions.dialClipboard(),
  };
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
