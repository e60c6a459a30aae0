import { Menu, Tray, clipboard, nativeImage } from 'electron';
import type { SoftdialCore } from '../core/softdial-core.js';
import { trayMenuTemplate } from './tray-menu.js';
import type { TrayActions } from './tray-menu.js';

/** The tray icon; its menu is rebuilt when opened, so the clipboard, recents and sign-in state are current. */
export function setupTray(options: { core: SoftdialCore; icon: string; actions: TrayActions }): Tray {
  const tray = new Tray(nativeImage.createFromPath(options.icon));
  tray.setToolTip('softdial');
  const refresh = async (): Promise<void> => {
    const status = options.core.status();
    const clipboardText = (await clipboard.readText()).slice(0, 200);
    tray.setContextMenu(
      Menu.buildFromTemplate(
        trayMenuTemplate(
          {
            sandbox: status.sandbox,
            signedIn: status.token.hasToken,
            ...(status.mode ? { mode: status.mode } : {}),
            favourites: options.core.settings.values.favourites ?? [],
            recents: [...options.core.recentCalls()],
            clipboard: clipboardText.trim() ? options.core.parse(clipboardText) : null,
          },
          options.actions,
        ),
      ),
    );
  };
  void refresh();
  tray.on('click', () => options.actions.open());
  tray.on('right-click', () => void refresh());
  tray.on('mouse-enter', () => void refresh());
  return tray;
}
