import type { MenuItemConstructorOptions } from 'electron';
import { isFaxLabel } from '../core/phone/fax-label.js';
import type { PhoneResult } from '../core/phone/types.js';
import type { TrayFavourite, TrayRecent } from './tray-lists.js';

/** What the tray menu shows: sign-in state, favourites, recent calls and the number last seen on the clipboard. */
export interface TrayState {
  sandbox: boolean;
  signedIn: boolean;
  mode?: 'agent' | 'client-credentials';
  /** The window's favourites, in the agent's order. */
  favourites: TrayFavourite[];
  /** The last few distinct numbers called, newest first. */
  recents: TrayRecent[];
  /** The clipboard as read at the last rebuild (null: empty, or not trusted, as on Wayland when unfocused). */
  clipboard: PhoneResult | null;
}

/** What the tray menu can do. */
export interface TrayActions {
  /** Offers a number to the window; `confirmFirst` asks for a look even when the agent chose to dial at once. */
  dial(text: string, source: 'tray' | 'redial', confirmFirst?: boolean): void;
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

/** A fax line is named so in the menu, and the window asks before calling it. */
const FAX_MARK = ' (fax line)';

/** A favourite with one number calls it; one with several (none chosen) offers each, as the window asks which. */
function favouriteItem(favourite: TrayFavourite, actions: TrayActions): MenuItemConstructorOptions {
  const [only, ...more] = favourite.numbers;
  const fax = (number: TrayFavourite['numbers'][number]) => isFaxLabel(number.label);
  if (only && more.length === 0)
    return {
      label: `${favourite.name} (${only.display})${fax(only) ? FAX_MARK : ''}`,
      click: () => actions.dial(only.dial, 'tray', fax(only)),
    };
  return {
    label: favourite.name,
    submenu: favourite.numbers.map((number) => ({
      label: `${number.label} ${number.display}`.trim() + (fax(number) ? FAX_MARK : ''),
      click: () => actions.dial(number.dial, 'tray', fax(number)),
    })),
  };
}

/** A label shown as written: a lone `&` marks a menu mnemonic ("AT&T" would show "ATT"), so each is doubled. */
export const menuLabel = (text: string): string => text.replaceAll('&', '&&');

/** Every label of a template (and its submenus) shown as written. */
function literalLabels(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.map((item) => ({
    ...item,
    ...(item.label === undefined ? {} : { label: menuLabel(item.label) }),
    ...(Array.isArray(item.submenu) ? { submenu: literalLabels(item.submenu) } : {}),
  }));
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
    for (const favourite of state.favourites) items.push(favouriteItem(favourite, actions));
  }
  if (state.recents.length > 0) {
    items.push({ type: 'separator' }, { label: 'Recent calls', enabled: false });
    for (const recent of state.recents)
      items.push({ label: `Redial ${recent.label}`, click: () => actions.dial(recent.dial, 'redial') });
  }
  items.push(
    { type: 'separator' },
    { label: 'Open softdial', click: () => actions.open() },
    { label: 'Quit', click: () => actions.quit() },
  );
  return literalLabels(items);
}
