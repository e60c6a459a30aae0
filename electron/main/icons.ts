import type { DesktopPlatform } from './desktop-identity.js';

/**
 * The tray icon file for an OS and taskbar, relative to the icons folder: macOS gets a black "Template" image
 * (16×16 with an @2x twin that Electron picks up by name) so the menu bar tints it for light and dark; Windows
 * an ICO holding 16 and 32 pixel images, so the notification area never scales a PNG; Linux a 32 pixel PNG.
 * On a dark taskbar the green disc would fall below 3:1, so Windows and Linux switch to a mint one there.
 */
export function trayIconFile(platform: DesktopPlatform, darkTaskbar: boolean): string {
  const variant = darkTaskbar ? '-dark' : '';
  switch (platform) {
    case 'darwin':
      return 'trayTemplate.png';
    case 'win32':
      return `tray${variant}.ico`;
    case 'linux':
      return `tray${variant}.png`;
  }
}

/** The window's own icon (taskbar and Alt+Tab on Windows and Linux; macOS uses the app bundle's). */
export function windowIconFile(platform: DesktopPlatform): string | undefined {
  return platform === 'darwin' ? undefined : 'window.png';
}

/** What Electron's nativeTheme says about the OS's colours (the subset the tray icon depends on). */
export interface ThemeReading {
  shouldUseDarkColors: boolean;
  shouldUseDarkColorsForSystemIntegratedUI: boolean;
}

/**
 * Whether the taskbar behind the tray icon is dark: Windows themes its taskbar apart from apps (the "system"
 * mode); Linux panels follow the desktop theme; macOS tints its Template image itself.
 */
export function darkTaskbar(platform: DesktopPlatform, theme: ThemeReading): boolean {
  if (platform === 'win32') return theme.shouldUseDarkColorsForSystemIntegratedUI;
  return platform === 'linux' && theme.shouldUseDarkColors;
}
