import { BrowserWindow, app, session, shell } from 'electron';
import type { DesktopPlatform } from './desktop-identity.js';
import { APP_HOST, APP_SCHEME, isAllowedExternalUrl, isAppUrl } from './security.js';
import { mainWindowOptions } from './window-options.js';
import type { WindowLayout } from './window-layout.js';

/**
 * Opens a URL in the system browser only when the allow-list accepts it (the sign-in page included), so no
 * page and no setting can make softdial open anything else.
 */
export async function openAllowedExternal(url: string, loginBase: string | undefined): Promise<void> {
  if (!isAllowedExternalUrl(url, loginBase))
    throw new Error('softdial opens only Genesys help, status and sign-in pages in the browser.');
  await shell.openExternal(url);
}

/**
 * Opens the main window with every guard of the Electron security checklist: no new windows (allowed
 * links go to the system browser), no navigation away, every permission request denied. Closing it
 * hides it to the tray; started at login, it stays there until asked for.
 */
export function createMainWindow(options: {
  preload: string;
  icon: string | undefined;
  layout: WindowLayout;
  startHidden: boolean;
  loginBase: () => string | undefined;
  isQuitting: () => boolean;
  onError: (error: unknown) => void;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preload, options.icon, options.layout));
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openAllowedExternal(url, options.loginBase()).catch(() => undefined);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  window.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
  if (!options.startHidden)
    window.once('ready-to-show', () => {
      if (options.layout.maximized) window.maximize();
      window.show();
    });
  window.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html`).catch(options.onError);
  return window;
}

/**
 * Brings the window to the front (second launch, tray, hotkey, link). On macOS a hotkey or tray action comes
 * while another app is active, and only `steal` makes the OS hand softdial the focus.
 */
export function focusWindow(window: BrowserWindow, platform: DesktopPlatform): void {
  if (window.isMinimized()) window.restore();
  window.show();
  if (platform === 'darwin') app.focus({ steal: true });
  window.focus();
}
