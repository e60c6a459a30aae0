import type { SoftdialCore } from '../core/softdial-core.js';
import type { TrayState } from './tray-menu.js';
import { trayFavourites, trayRecents } from './tray-lists.js';

/** The tray menu's inputs now: the sign-in state, favourites, recent calls and the number on the clipboard. */
export async function trayStateOf(core: SoftdialCore, copied: () => Promise<string | undefined>): Promise<TrayState> {
  const status = core.status();
  const [text, favourites, recents] = await Promise.all([
    copied(),
    core.contacts.favourites(),
    core.contacts.recents(),
  ]);
  return {
    sandbox: status.sandbox,
    signedIn: status.token.hasToken,
    ...(status.mode ? { mode: status.mode } : {}),
    favourites: favourites.ok ? trayFavourites(favourites.value) : [],
    recents: recents.ok ? trayRecents(recents.value) : [],
    clipboard: text?.trim() ? core.parse(text) : null,
  };
}
