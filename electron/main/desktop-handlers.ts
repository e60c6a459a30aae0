import type { Handlers } from '../ipc/dispatch.js';
import type { DesktopState } from '../ipc/desktop-state.js';
import type { WindowMode } from '../ipc/window-mode.js';
import { ok } from '../shared/outcome.js';

/** What the desktop app adds around the core's handlers. */
export interface DesktopHandlerDeps {
  /** The core's handlers, shared with `softdial web`. */
  base: Handlers;
  /** Rebuilds the tray menu: its favourites and recent calls follow a call and a chosen number. */
  refreshTray(): void;
  /** Places the window as the renderer asks (pinned, compact, its content's height). */
  setWindowMode(mode: WindowMode): Promise<void>;
  /** The desktop state the settings view carries (hotkeys, links, start at login, tray, updates). */
  desktopState(): DesktopState;
  /** Applies the desktop settings to the OS after a settings change. */
  applyDesktop(): Promise<void>;
  /** Quits the app, asked from the window's own menu. */
  quit(): void;
}

/** The settings view with the desktop state added, for both the answer and the push. */
type SettingsResult = Awaited<ReturnType<Handlers['getSettings']>>;

/** A handler whose result is followed by a tray rebuild. */
function refreshingTray<A extends unknown[], R>(
  handler: (...args: A) => Promise<R>,
  refresh: () => void,
): (...args: A) => Promise<R> {
  return async (...args) => {
    const result = await handler(...args);
    refresh();
    return result;
  };
}

const withDesktop = (result: SettingsResult, state: DesktopState): SettingsResult =>
  result.ok ? ok({ ...result.value, desktop: state }) : result;

/**
 * The contract as the desktop app serves it: the core's handlers, with the tray following calls and chosen
 * numbers, the window placed by `setWindowMode`, the settings view carrying the desktop state, and Quit.
 */
export function desktopHandlers(deps: DesktopHandlerDeps): Handlers {
  const { base } = deps;
  return {
    ...base,
    dial: refreshingTray(base.dial, () => deps.refreshTray()),
    // A favourite kept without a number follows the contact's chosen one; nothing is pushed for that.
    setPreferredNumber: refreshingTray(base.setPreferredNumber, () => deps.refreshTray()),
    setWindowMode: async (mode) => {
      await deps.setWindowMode(mode);
      return ok(null);
    },
    getSettings: async () => withDesktop(await base.getSettings(), deps.desktopState()),
    updateSettings: async (patch) => {
      const result = await base.updateSettings(patch);
      if (!result.ok) return result;
      await deps.applyDesktop();
      return withDesktop(result, deps.desktopState());
    },
    quit: async () => {
      deps.quit();
      return ok(null);
    },
  };
}
