import { BrowserWindow, app, session, shell } from 'electron';
import type { DesktopPlatform } from './desktop-identity.js';
import { APP_HOST, APP_SCHEME, isAllowedExternalUrl, isAppUrl } from './security.js';
import { guardPermissions } from './permissions.js';
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

/** What the main window needs from the app around it. */
export interface MainWindowOptions {
  preload: string;
  icon: string | undefined;
  layout: WindowLayout;
  packaged: boolean;
  startHidden: boolean;
  loginBase: () => string | undefined;
  isQuitting: () => boolean;
  /** What closing the window does: hide it to the tray, or (no tray to come back from) quit or minimise. */
  closeAction: () => 'hide' | 'quit' | 'minimize';
  quit: () => void;
  onError: (error: unknown) => void;
}

/** Shows the window once it has painted, maximised if it was left so; a window started hidden is maximised when first shown. */
function showWhenReady(window: BrowserWindow, options: MainWindowOptions): void {
  if (options.startHidden) {
    if (options.layout.maximized) window.once('show', () => window.maximize());
    return;
  }
  window.once('ready-to-show', () => {
    if (options.layout.maximized) window.maximize();
    window.show();
  });
}

/**
 * Opens the main window with every guard of the Electron security checklist: no new windows (allowed
 * links go to the system browser), no navigation away, every permission denied but the clipboard write of
 * our own page. Closing it hides it to the tray (or, without a tray, quits or minimises); started at login,
 * it stays there until asked for.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preload, options.icon, options.layout, options.packaged));
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openAllowedExternal(url, options.loginBase()).catch(() => undefined);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardPermissions(session.defaultSession);
  window.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    const action = options.closeAction();
    if (action === 'hide') window.hide();
    else if (action === 'minimize') window.minimize();
    else options.quit();
  });
  showWhenReady(window, options);
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
