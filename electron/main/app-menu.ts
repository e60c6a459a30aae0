import type { MenuItemConstructorOptions } from 'electron';
import type { DesktopPlatform } from './desktop-identity.js';

/**
 * The application menu: none on Windows and Linux (Electron's default has View → Reload, whose Ctrl+R reloads
 * the page over an open dialog, and Toggle Developer Tools); on macOS, where the menu bar is always there and
 * copy and paste need the Edit menu, only the App, Edit and Window menus (Cmd+R stays the window's Redial).
 */
export function applicationMenuTemplate(platform: DesktopPlatform): MenuItemConstructorOptions[] | null {
  switch (platform) {
    case 'darwin':
      return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
    case 'win32':
    case 'linux':
      return null;
  }
}
