import type { BrowserWindow } from 'electron';
import type { WindowMode } from '../ipc/window-mode.js';
import type { DesktopPlatform } from './desktop-identity.js';
import { windowLayout, withBounds, withMode } from './window-layout.js';
import type { Rect, WindowLayout, WindowState } from './window-layout.js';
import type { WindowStateFile } from './window-state-file.js';

/** Moves and resizes come in bursts; the place is saved once the agent lets go. */
const SAVE_AFTER_MS = 400;

/** The title bar and borders around the page: what a content size needs added to be a window size. */
function frameOf(window: BrowserWindow): { width: number; height: number } {
  const [outerWidth = 0, outerHeight = 0] = window.getSize();
  const [innerWidth = 0, innerHeight = 0] = window.getContentSize();
  return { width: Math.max(0, outerWidth - innerWidth), height: Math.max(0, outerHeight - innerHeight) };
}

/**
 * Keeps a pinned window above others. On macOS a window on top still stays on its own Space and under a
 * full-screen app unless it is also visible on every workspace, full-screen ones included.
 */
export function applyPin(window: BrowserWindow, pinned: boolean, platform: DesktopPlatform): void {
  window.setAlwaysOnTop(pinned);
  if (platform === 'darwin') window.setVisibleOnAllWorkspaces(pinned, { visibleOnFullScreen: pinned });
}

/**
 * Puts a layout on the window: minimum first (a compact bar is smaller than the full minimum), then place and
 * pin. The compact bar is sized by its content: its minimum is that content plus the frame, whatever the
 * title bar's height on this desktop, so the bar's one line is never cut off.
 */
export function applyLayout(window: BrowserWindow, layout: WindowLayout, platform: DesktopPlatform): void {
  if (window.isMaximized() && !layout.maximized) window.unmaximize();
  if (layout.sizing === 'content') {
    const frame = frameOf(window);
    window.setMinimumSize(layout.minimum.width + frame.width, layout.minimum.height + frame.height);
    if (layout.bounds) window.setPosition(layout.bounds.x, layout.bounds.y);
    window.setContentSize(layout.size.width, layout.size.height);
  } else {
    window.setMinimumSize(layout.minimum.width, layout.minimum.height);
    if (layout.bounds) window.setBounds(layout.bounds);
    else window.setSize(layout.size.width, layout.size.height);
  }
  if (layout.maximized) window.maximize();
  applyPin(window, layout.alwaysOnTop, platform);
}

/** A layout without its place: the window keeps where it is and only takes the size. */
const inPlace = ({ size, minimum, sizing, maximized, alwaysOnTop }: WindowLayout): WindowLayout => ({
  size,
  minimum,
  sizing,
  maximized,
  alwaysOnTop,
});

/** The window's remembered place, as main uses it. */
export interface WindowPlacement {
  /** Applies the mode the renderer asks for (pin, compact, the compact content's height) and remembers it. */
  setMode(mode: WindowMode): Promise<void>;
  /** Saves a move still waiting for the agent to let go, and waits for the save: quitting must not lose the last one. */
  flush(): Promise<void>;
}

/**
 * Remembers the window across restarts (its place, maximised, pinned, compact) and applies the mode the
 * renderer asks for. The rules live in window-layout.ts; this only reads the window and sets it.
 */
export function rememberWindow(options: {
  window: BrowserWindow;
  file: WindowStateFile;
  state: WindowState;
  platform: DesktopPlatform;
  workAreas: () => Rect[];
  onError: (error: unknown) => void;
}): WindowPlacement {
  const { window, file } = options;
  let state = options.state;
  let contentHeight: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => file.save(state).catch(options.onError);
  const saveNow = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (!window.isDestroyed()) state = withBounds(state, window.getNormalBounds(), window.isMaximized());
    saving = save();
  };
  const moved = (): void => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_AFTER_MS);
  };
  window.on('move', moved);
  window.on('resize', moved);
  window.on('maximize', moved);
  window.on('unmaximize', moved);
  // Quitting closes the window before the app waits for anything: a move still waiting is taken while it exists.
  window.on('close', () => {
    if (timer !== undefined) saveNow();
  });
  const fullBounds = (): Rect | undefined => (window.isMaximized() ? undefined : window.getNormalBounds());
  return {
    async setMode(mode) {
      const same = mode.pinned === state.pinned && mode.compact === state.compact;
      const grown = mode.compact && mode.contentHeight !== contentHeight;
      contentHeight = mode.contentHeight;
      if (same && !grown) return;
      if (!same) state = withMode(state, mode, fullBounds());
      const layout = windowLayout(state, options.workAreas(), contentHeight);
      // A bar that only grows or shrinks stays where the agent put it.
      applyLayout(window, same ? inPlace(layout) : layout, options.platform);
      if (!same) await save();
    },
    async flush() {
      if (timer !== undefined) saveNow();
      await saving;
    },
  };
}
