import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window: sandboxed, isolated, no Node, our preload only, hidden until its first paint, with its icon. */
export function mainWindowOptions(preload: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    ...(icon ? { icon } : {}),
    width: 460,
    height: 640,
    minWidth: 360,
    minHeight: 420,
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
    },
  };
}
