import * as v from 'valibot';
import type { WindowMode } from '../ipc/window-mode.js';

/** A window's place on screen, in screen pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The full window when nothing is remembered. */
export const DEFAULT_SIZE = { width: 460, height: 640 } as const;
/** The smallest full window (the launcher stays usable from 320 px of content). */
export const FULL_MINIMUM = { width: 360, height: 420 } as const;
/** The compact bar's content (the page, without the title bar): the box, Call and the call state on one line. */
export const COMPACT_SIZE = { width: 360, height: 64 } as const;
/** How much of a remembered window must still be on a screen (its top strip) to be put back there. */
const VISIBLE_STRIP = { width: 120, height: 40 } as const;

const size = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(100_000));
const position = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));
const RectSchema = v.object({
  x: position,
  y: position,
  width: size(COMPACT_SIZE.width),
  height: size(COMPACT_SIZE.height),
});

/** The window state file: the full window's last place, whether it was maximised, pinned and compact. */
export const WindowStateSchema = v.object({
  version: v.literal(1),
  bounds: v.optional(RectSchema),
  maximized: v.boolean(),
  pinned: v.boolean(),
  compact: v.boolean(),
});

/** The remembered window. */
export type WindowState = v.InferOutput<typeof WindowStateSchema>;

/** A window nobody has moved yet. */
export const INITIAL_WINDOW_STATE: WindowState = { version: 1, maximized: false, pinned: false, compact: false };

/**
 * How the window is to be laid out: its bounds (or size, centred), its minimum, and whether it stays on top.
 * `sizing` says what size and minimum measure: the whole window, or (the compact bar) the page inside the
 * frame, so a title bar of any height never eats the bar's content.
 */
export interface WindowLayout {
  bounds?: Rect;
  size: { width: number; height: number };
  minimum: { width: number; height: number };
  sizing: 'window' | 'content';
  maximized: boolean;
  alwaysOnTop: boolean;
}

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

/**
 * A remembered place if a screen still shows its top strip (a monitor may have been unplugged since),
 * shrunk to fit that screen's work area; else nothing, and the window opens centred.
 */
export function placeOnScreen(bounds: Rect | undefined, workAreas: readonly Rect[]): Rect | undefined {
  if (!bounds) return undefined;
  const strip = {
    x: bounds.x,
    y: bounds.y,
    width: Math.min(bounds.width, VISIBLE_STRIP.width),
    height: VISIBLE_STRIP.height,
  };
  // At least half of the top strip (where the title bar is) on one screen, so the agent can grab it.
  const screen = workAreas.find((area) => {
    const seen = overlap(strip, area);
    return seen.width * 2 >= strip.width && seen.height * 2 >= strip.height;
  });
  if (!screen) return undefined;
  const width = Math.min(bounds.width, screen.width);
  const height = Math.min(bounds.height, screen.height);
  return {
    x: Math.min(Math.max(bounds.x, screen.x), screen.x + screen.width - width),
    y: Math.min(Math.max(bounds.y, screen.y), screen.y + screen.height - height),
    width,
    height,
  };
}

/**
 * The layout for a state on these screens: the compact bar where the full window was, its content as tall as
 * the renderer asked (one line, or grown for an alert), or the full window.
 */
export function windowLayout(state: WindowState, workAreas: readonly Rect[], contentHeight?: number): WindowLayout {
  const placed = placeOnScreen(state.bounds, workAreas);
  if (state.compact) {
    const content = { width: COMPACT_SIZE.width, height: contentHeight ?? COMPACT_SIZE.height };
    const bar = placed ? placeOnScreen({ x: placed.x, y: placed.y, ...content }, workAreas) : undefined;
    return {
      ...(bar ? { bounds: bar } : {}),
      size: content,
      minimum: { ...content },
      sizing: 'content',
      maximized: false,
      alwaysOnTop: state.pinned,
    };
  }
  return {
    ...(placed ? { bounds: placed } : {}),
    size: placed ? { width: placed.width, height: placed.height } : { ...DEFAULT_SIZE },
    minimum: { ...FULL_MINIMUM },
    sizing: 'window',
    maximized: state.maximized,
    alwaysOnTop: state.pinned,
  };
}

/**
 * The state after the renderer asks for a mode. Entering compact keeps the full window's place (so leaving
 * it puts the window back as it was); the bar itself is never remembered as the full window's size.
 */
export function withMode(state: WindowState, mode: WindowMode, fullBounds: Rect | undefined): WindowState {
  const keep = !state.compact && fullBounds ? { bounds: fullBounds } : {};
  return { ...state, ...keep, pinned: mode.pinned, compact: mode.compact };
}

/** The state after the agent moved or resized the window: only the full window's normal place is kept. */
export function withBounds(state: WindowState, bounds: Rect, maximized: boolean): WindowState {
  if (state.compact) return state;
  return maximized ? { ...state, maximized } : { ...state, bounds, maximized };
}
