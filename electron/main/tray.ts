import { Menu, Tray, nativeImage } from 'electron';
import type { DesktopPlatform } from './desktop-identity.js';
import { trayMenuTemplate } from './tray-menu.js';
import type { TrayActions, TrayState } from './tray-menu.js';

/** The tray icon and a way to rebuild its menu; the app holds it for its whole life (an unreferenced Tray is collected). */
export interface TrayHandle {
  readonly tray: Tray;
  /** Rebuilds the menu from the current state; call it whenever an input of the menu changes. */
  refresh(): void;
}

/**
 * The tray icon. Its menu is rebuilt when its inputs change (the caller calls `refresh`), not when it opens:
 * Linux never tells the app a menu is opening, Windows does not when a menu is set, and macOS opens it before
 * an asynchronous rebuild could finish. Rebuilds never overlap; one asked for during another runs after it.
 */
export function setupTray(options: {
  icon: string;
  platform: DesktopPlatform;
  state: () => Promise<TrayState>;
  actions: TrayActions;
  onError: (error: unknown) => void;
}): TrayHandle {
  const tray = new Tray(nativeImage.createFromPath(options.icon));
  tray.setToolTip('softdial');
  let running = false;
  let again = false;
  const refresh = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    options
      .state()
      .then((state) => tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(state, options.actions))))
      .catch(options.onError)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  refresh();
  // On macOS a click opens the menu; also raising the window would pull the agent away from the app in front.
  if (options.platform !== 'darwin') tray.on('click', () => options.actions.open());
  return { tray, refresh };
}
