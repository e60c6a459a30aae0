/** The app id: Windows' AppUserModelID (notifications group under the installer's shortcut) and the bundle id. */
export const APP_ID = 'cloud.softdial.app';
/** The product name people see. */
export const PRODUCT_NAME = 'softdial';
/**
 * The Linux .desktop file's name (reverse-DNS): Wayland's app_id and the identity the desktop portals check
 * before they grant a global shortcut. electron-builder installs the .desktop file under this name.
 */
export const DESKTOP_NAME = `${APP_ID}.desktop`;
/** The argument that starts softdial hidden in the tray (given by the login item and the autostart entry). */
export const HIDDEN_ARG = '--hidden';

/** The operating systems softdial is built for, as Node names them. */
export type DesktopPlatform = 'darwin' | 'win32' | 'linux';

/** Whether a Linux session is Wayland, where the clipboard and global shortcuts follow the compositor's rules. */
export function isWayland(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  return platform === 'linux' && (env['XDG_SESSION_TYPE'] === 'wayland' || Boolean(env['WAYLAND_DISPLAY']));
}

/** Whether this launch came from the login item or the autostart entry, so the window stays in the tray. */
export function launchedAtLogin(argv: readonly string[], macOpenedAtLogin: boolean): boolean {
  return macOpenedAtLogin || argv.includes(HIDDEN_ARG);
}

/**
 * Whether the clipboard may be read now: Wayland gives the clipboard only to the focused app, and an unfocused
 * read returns nothing or an old value, so there softdial reads only once its window has focus.
 */
export const clipboardReadable = (wayland: boolean, focused: boolean): boolean => !wayland || focused;

/**
 * The `--enable-features` value with one more feature: appended to what the agent (or a wrapper script) passed,
 * never replacing it, and not repeated when it is already there.
 */
export function withFeature(current: string, feature: string): string {
  const features = current.split(',').filter((name) => name.trim() !== '');
  return features.includes(feature) ? features.join(',') : [...features, feature].join(',');
}
