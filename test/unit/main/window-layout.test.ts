import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPACT_SIZE,
  DEFAULT_SIZE,
  FULL_MINIMUM,
  INITIAL_WINDOW_STATE,
  placeOnScreen,
  windowLayout,
  withBounds,
  withMode,
} from '../../../electron/main/window-layout.js';
import type { WindowState } from '../../../electron/main/window-layout.js';
import { WindowStateFile } from '../../../electron/main/window-state-file.js';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 1920, height: 1040 };
const left = { x: 200, y: 120, width: 500, height: 700 };

describe('where the window opens', () => {
  it('goes back where it was while a screen shows its title strip, shrunk to fit that screen', () => {
    expect(placeOnScreen(left, [laptop])).toEqual(left);
    expect(placeOnScreen({ x: 2000, y: 100, width: 500, height: 700 }, [laptop])).toBeUndefined();
    expect(placeOnScreen({ x: 2000, y: 100, width: 500, height: 700 }, [laptop, rightMonitor])).toEqual({
      x: 2000,
      y: 100,
      width: 500,
      height: 700,
    });
    expect(placeOnScreen({ x: 1000, y: 500, width: 500, height: 2000 }, [laptop])).toEqual({
      x: 940,
      y: 0,
      width: 500,
      height: 860,
    });
    expect(placeOnScreen({ x: 100, y: -35, width: 500, height: 700 }, [laptop])).toBeUndefined();
    expect(placeOnScreen(undefined, [laptop])).toBeUndefined();
  });

  it('opens new at the default size, centred, with the full minimum', () => {
    expect(windowLayout(INITIAL_WINDOW_STATE, [laptop])).toEqual({
      size: DEFAULT_SIZE,
      minimum: FULL_MINIMUM,
      sizing: 'window',
      maximized: false,
      alwaysOnTop: false,
    });
  });

  it('sizes the compact bar by its content, as tall as the renderer asks (grown for an alert)', () => {
    const state: WindowState = { ...INITIAL_WINDOW_STATE, bounds: left, compact: true };
    expect(windowLayout(state, [laptop], 132)).toMatchObject({
      bounds: { x: 200, y: 120, width: 360, height: 132 },
      size: { width: 360, height: 132 },
      minimum: { width: 360, height: 132 },
      sizing: 'content',
    });
    expect(windowLayout({ ...state, compact: false }, [laptop], 132)).toMatchObject({
      size: { width: 500, height: 700 },
      sizing: 'window',
    });
  });

  it('opens compact as the bar where the full window was, pinned when it was', () => {
    const state: WindowState = { ...INITIAL_WINDOW_STATE, bounds: left, compact: true, pinned: true, maximized: true };
    expect(windowLayout(state, [laptop])).toEqual({
      bounds: { x: 200, y: 120, ...COMPACT_SIZE },
      size: COMPACT_SIZE,
      minimum: COMPACT_SIZE,
      sizing: 'content',
      maximized: false,
      alwaysOnTop: true,
    });
  });
});

describe('the remembered state', () => {
  it('keeps the full window across compact and back, whatever the bar does meanwhile', () => {
    const full = withBounds(INITIAL_WINDOW_STATE, left, false);
    const compact = withMode(full, { pinned: false, compact: true }, left);
    expect(compact).toMatchObject({ bounds: left, compact: true });
    const barMoved = withBounds(compact, { x: 0, y: 0, ...COMPACT_SIZE }, false);
    const again = withMode(barMoved, { pinned: true, compact: true }, { x: 0, y: 0, ...COMPACT_SIZE });
    const back = withMode(again, { pinned: true, compact: false }, { x: 0, y: 0, ...COMPACT_SIZE });
    expect(back).toEqual({ version: 1, bounds: left, maximized: false, pinned: true, compact: false });
    expect(windowLayout(back, [laptop])).toMatchObject({ bounds: left, minimum: FULL_MINIMUM, alwaysOnTop: true });
  });

  it('keeps the normal place when maximised, and opens maximised again', () => {
    const maximised = withBounds(withBounds(INITIAL_WINDOW_STATE, left, false), laptop, true);
    expect(maximised).toMatchObject({ bounds: left, maximized: true });
    expect(windowLayout(maximised, [laptop])).toMatchObject({ bounds: left, maximized: true });
  });
});

describe('the window state file', () => {
  it('opens new without a file, and reads back what was saved (the last of several saves)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'softdial-window-'));
    const file = new WindowStateFile(folder);
    expect(await file.load()).toEqual({ state: INITIAL_WINDOW_STATE });
    const saved = { ...INITIAL_WINDOW_STATE, bounds: left, pinned: true };
    await Promise.all([file.save(INITIAL_WINDOW_STATE), file.save(saved)]);
    expect(await new WindowStateFile(folder).load()).toEqual({ state: saved });
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a damaged or foreign file aside and opens new', async () => {
    for (const [content, label] of [
      ['{"version":1,"bounds":', 'corrupt'],
      [
        '{"version":1,"bounds":{"x":0,"y":0,"width":5,"height":5},"maximized":false,"pinned":false,"compact":false}',
        'invalid',
      ],
    ] as const) {
      const folder = await mkdtemp(join(tmpdir(), 'softdial-window-'));
      await writeFile(join(folder, 'window.json'), content);
      const read = await new WindowStateFile(folder).load();
      expect(read.state).toEqual(INITIAL_WINDOW_STATE);
      expect(read.problem).toContain('kept as');
      const kept = (await readdir(folder)).filter((name) => name.startsWith(`window.json.${label}-`));
      expect(kept).toHaveLength(1);
      expect(await readFile(join(folder, kept[0] ?? ''), 'utf8')).toBe(content);
    }
  });
});
