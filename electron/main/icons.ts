import type { DesktopPlatform } from './desktop-identity.js';

/**
 * The tray icon file for an OS, relative to the icons folder: macOS gets a black "Template" image (16×16 with
 * an @2x twin that Electron picks up by name) so the menu bar tints it for light and dark; Windows an ICO
 * holding 16 and 32 pixel images, so the notification area never scales a PNG; Linux a 32 pixel PNG.
 */
export function trayIconFile(platform: DesktopPlatform): string {
  switch (platform) {
    case 'darwin':
      return 'trayTemplate.png';
    case 'win32':
      return 'tray.ico';
    case 'linux':
      return 'tray.png';
  }
}

/** The window's own icon (taskbar and Alt+Tab on Windows and Linux; macOS uses the app bundle's). */
export function windowIconFile(platform: DesktopPlatform): string | undefined {
  return platform === 'darwin' ? undefined : 'window.png';
}
