import type { BrowserWindowConstructorOptions } from 'electron';
import { windowLayout, INITIAL_WINDOW_STATE } from './window-layout.js';
import type { WindowLayout } from './window-layout.js';

/**
 * The main window: sandboxed, isolated, no Node, our preload only, hidden until its first paint, with its
 * icon, where and as large as it was left (or new), kept on top when pinned. A compact bar opens sized by its
 * content (Electron then applies the minimum to the content too); DevTools only outside an installed build.
 */
export function mainWindowOptions(
  preload: string,
  icon?: string,
  layout: WindowLayout = windowLayout(INITIAL_WINDOW_STATE, []),
  packaged = false,
): BrowserWindowConstructorOptions {
  return {
    ...(icon ? { icon } : {}),
    ...(layout.bounds ? { x: layout.bounds.x, y: layout.bounds.y } : {}),
    width: layout.size.width,
    height: layout.size.height,
    useContentSize: layout.sizing === 'content',
    minWidth: layout.minimum.width,
    minHeight: layout.minimum.height,
    alwaysOnTop: layout.alwaysOnTop,
    show: false,
    title: 'softdial',
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}
