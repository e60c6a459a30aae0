import { fireAndForget } from '../shared/unexpected-errors.js';
import type { BrowserWindow } from 'electron';
import type { WindowMode } from '../ipc/window-mode.js';
import { windowLayout, withBounds, withMode } from './window-layout.js';
import type { Rect, WindowLayout, WindowState } from './window-layout.js';
import type { WindowStateFile } from './window-state-file.js';

/** Moves and resizes come in bursts; the place is saved once the agent lets go. */
const SAVE_AFTER_MS = 400;

/** Puts a layout on the window: minimum first (a compact bar is smaller than the full minimum), then place and pin. */
export function applyLayout(window: BrowserWindow, layout: WindowLayout): void {
  if (window.isMaximized() && !layout.maximized) window.unmaximize();
  window.setMinimumSize(layout.minimum.width, layout.minimum.height);
  if (layout.bounds) window.setBounds(layout.bounds);
  else window.setSize(layout.size.width, layout.size.height);
  if (layout.maximized) window.maximize();
  window.setAlwaysOnTop(layout.alwaysOnTop);
}

/**
 * Remembers the window across restarts (its place, maximised, pinned, compact) and applies the mode the
 * renderer asks for. The rules live in window-layout.ts; this only reads the window and sets it.
 */
export function rememberWindow(options: {
  window: BrowserWindow;
  file: WindowStateFile;
  state: WindowState;
  workAreas: () => Rect[];
  onError: (error: unknown) => void;
}): { setMode(mode: WindowMode): Promise<void> } {
  const { window, file } = options;
  let state = options.state;
  let timer: NodeJS.Timeout | undefined;
  const save = (): Promise<void> => file.save(state).catch(options.onError);
  const moved = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed()) return;
      state = withBounds(state, window.getNormalBounds(), window.isMaximized());
      fireAndForget(save(), 'saving the window state');
    }, SAVE_AFTER_MS);
  };
  window.on('move', moved);
  window.on('resize', moved);
  window.on('maximize', moved);
  window.on('unmaximize', moved);
  return {
    async setMode(mode) {
      if (mode.pinned === state.pinned && mode.compact === state.compact) return;
      state = withMode(state, mode, window.isMaximized() ? undefined : window.getNormalBounds());
      applyLayout(window, windowLayout(state, options.workAreas()));
      await save();
    },
  };
}
