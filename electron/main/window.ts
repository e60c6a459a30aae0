import { BrowserWindow, session, shell } from 'electron';
import { APP_HOST, APP_SCHEME, isAllowedExternalUrl, isAppUrl } from './security.js';
import { mainWindowOptions } from './window-options.js';

/**
 * Opens the main window with every guard of the Electron security checklist: no new windows (allowed
 * links go to the system browser), no navigation away, every permission request denied. Closing it
 * hides it to the tray.
 */
export function createMainWindow(options: {
  preload: string;
  loginBase: () => string | undefined;
  isQuitting: () => boolean;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preload));
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url, options.loginBase())) void shell.openExternal(url);
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html`);
  return window;
}

/** Brings the window to the front (second launch, tray, hotkey). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
