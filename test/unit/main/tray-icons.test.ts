import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { trayIconFile } from '../../../electron/main/icons.js';
import { contrast, icoImages, readPng } from '../../helpers/png.js';
import type { RgbaImage } from '../../helpers/png.js';

// Windows 11's taskbar colours (light and dark) and a typical dark Linux panel.
const LIGHT_TASKBAR = [0xf3, 0xf3, 0xf3];
const DARK_TASKBARS = [
  [0x20, 0x20, 0x20],
  [0x00, 0x00, 0x00],
];
const icon = (file: string) => readFile(new URL(`../../../build/app-icons/${file}`, import.meta.url));

/** Every tray image drawn for a taskbar shade: Linux's PNG and each size inside the Windows ICO. */
async function trayImages(dark: boolean): Promise<RgbaImage[]> {
  return [readPng(await icon(trayIconFile('linux', dark))), ...icoImages(await icon(trayIconFile('win32', dark)))];
}

/** The disc's colour: the opaque pixel a little inside its left edge, on the middle row (beside the bar). */
function discColour(image: RgbaImage): number[] {
  const y = Math.floor(image.height / 2);
  for (let x = 0; x < image.width; x++) {
    const pixel = image.pixel(x, y);
    if (pixel[3] === 255) return pixel.slice(0, 3);
  }
  throw new Error('no opaque pixel on the middle row');
}

describe('tray icons stand out on the taskbar they are drawn for (at least 3:1, WCAG 1.4.11)', () => {
  it('the light-taskbar icons on a light taskbar', async () => {
    for (const image of await trayImages(false))
      expect(contrast(discColour(image), LIGHT_TASKBAR)).toBeGreaterThanOrEqual(3);
  });

  it('the dark-taskbar icons on dark taskbars, where the light ones fall short', async () => {
    const light = readPng(await icon(trayIconFile('linux', false)));
    expect(contrast(discColour(light), DARK_TASKBARS[0] ?? [])).toBeLessThan(3);
    for (const image of await trayImages(true))
      for (const taskbar of DARK_TASKBARS) expect(contrast(discColour(image), taskbar)).toBeGreaterThanOrEqual(3);
  });
});
