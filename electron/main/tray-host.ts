import type { DesktopState, TrayState } from '../ipc/desktop-state.js';
import type { DesktopPlatform } from './desktop-identity.js';
import { SessionBus, sessionBusPath } from './session-bus.js';

/** The name a tray host (KDE, GNOME's AppIndicator extension, most panels) owns on the session bus. */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

/**
 * Whether a tray icon will be seen. Windows and macOS always have one; on Linux Electron's tray is a
 * StatusNotifierItem, which only shows when a tray host owns the watcher name on the session bus (GNOME
 * without the AppIndicator extension has none). A bus that cannot be asked leaves it unknown.
 */
export async function detectTrayHost(
  platform: DesktopPlatform,
  env: NodeJS.ProcessEnv,
  uid: number | undefined,
): Promise<TrayState> {
  if (platform !== 'linux') return 'shown';
  const path = sessionBusPath(env);
  if (!path || uid === undefined) return 'unknown';
  let bus: SessionBus | undefined;
  try {
    bus = await SessionBus.connect(path, uid);
    const owned = await bus.call({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'NameHasOwner',
      signature: 's',
      args: [STATUS_NOTIFIER_WATCHER],
    });
    return owned === true ? 'shown' : 'no-host';
  } catch {
    return 'unknown';
  } finally {
    bus?.close();
  }
}

/** What the window says about the tray, and so what closing the window does. */
export function trayStatus(state: TrayState): DesktopState['tray'] {
  switch (state) {
    case 'shown':
      return { state };
    case 'no-host':
      return {
        state,
        message:
          'This desktop shows no tray icons (on GNOME, the AppIndicator extension adds them): closing the window quits softdial, "Start in the tray" opens the window instead, and Quit is in the window\'s menu.',
      };
    case 'unknown':
      return {
        state,
        message:
          "softdial could not tell whether this desktop shows tray icons: closing the window minimises it, and Quit is in the window's menu.",
      };
  }
}

/** What closing the window does: hide it to a tray that is there, quit without one, minimise when unsure. */
export function closeAction(tray: TrayState): 'hide' | 'quit' | 'minimize' {
  switch (tray) {
    case 'shown':
      return 'hide';
    case 'no-host':
      return 'quit';
    case 'unknown':
      return 'minimize';
  }
}

/** Whether a start may leave the window hidden: only where a tray icon brings it back. */
export const mayStartHidden = (tray: TrayState): boolean => tray === 'shown';
