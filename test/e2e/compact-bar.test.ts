import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { browserSession } from '../helpers/browser-session.js';
import { AGENT_ENV } from '../helpers/sandbox.js';

// The compact bar (360×64) and the narrow header, in Chromium by role and name: one line, every control
// inside the window in every call state, an alert grows the bar (the height is sent to the desktop window).
const { open, app, dialled } = browserSession({ connectAfterMs: 400, viewport: { width: 360, height: 560 } });
const box = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });

/** The controls drawn outside the 360×64 bar (name and box), none when the layout holds. */
const outside = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.line button, .line input')]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.left < 0 || rect.top < 0 || rect.right > 360 || rect.bottom > 64)
      .map(({ element }) => element.getAttribute('aria-label') ?? element.textContent ?? element.tagName),
  );

/** The content heights the window asked the desktop window for, in order. */
function heightsSent(page: Page): number[] {
  const heights: number[] = [];
  page.on('websocket', (socket) =>
    socket.on('framesent', (frame) => {
      const found = /"contentHeight":(\d+)/.exec(String(frame.payload));
      if (found?.[1]) heights.push(Number(found[1]));
    }),
  );
  return heights;
}

async function compact(env: NodeJS.ProcessEnv = {}): Promise<{ page: Page; heights: number[] }> {
  const page = await open({ env, waitForWindow: true });
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('menuitem', { name: 'Compact' }).click();
  await page.setViewportSize({ width: 360, height: 64 });
  const heights = heightsSent(page);
  await page.reload();
  await expect.poll(() => page.getByRole('button', { name: 'Leave compact mode' }).count()).toBe(1);
  return { page, heights };
}

describe('the compact bar', () => {
  it('keeps every control inside 360×64 from idle to ringing, connected and ended', async () => {
    const { page, heights } = await compact();
    expect(await outside(page)).toEqual([]);
    const field = await box(page).evaluate((input) => input.parentElement?.getBoundingClientRect().width ?? 0);
    expect(field).toBeGreaterThanOrEqual(140);
    await box(page).fill('+33612345678');
    await expect.poll(() => page.getByRole('button', { name: 'Call +33 6 12 34 56 78' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Call +33 6 12 34 56 78' }).textContent()).toBe('');
    expect(await outside(page)).toEqual([]);
    await box(page).press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Ringing: \+33 6 12 34 56 78/);
    expect(await outside(page)).toEqual([]);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Connected/);
    expect(await page.getByRole('timer', { name: 'Call time' }).isVisible()).toBe(true);
    expect(await outside(page)).toEqual([]);
    const status = page.getByRole('status');
    expect(await status.evaluate((element) => getComputedStyle(element).textOverflow)).toBe('ellipsis');
    await page.getByRole('button', { name: 'Hang up' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Redial' }).count()).toBe(1);
    expect(await outside(page)).toEqual([]);
    expect(dialled()).toEqual(['+33612345678']);
    expect(heights.length).toBeGreaterThan(0);
    expect(heights.every((height) => height <= 64)).toBe(true);
  });

  it('grows for a refusal, says the height it needs, and shrinks back when it is cleared', async () => {
    const { page, heights } = await compact({ SOFTDIAL_USER_ID: DEMO.noStationUserId });
    await box(page).fill('+442079460958');
    await box(page).press('Enter');
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    await expect.poll(() => Math.max(...heights)).toBeGreaterThan(64);
    expect(await outside(page)).toEqual([]);
    await box(page).press('Escape');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await expect.poll(() => heights.at(-1)).toBeLessThanOrEqual(64);
  });
});

describe('the header from 320 to 460 px', () => {
  for (const width of [320, 360, 399, 400, 460]) {
    it(`stays one line at ${width} px, Sign in ${width < 400 ? 'in the menu' : 'beside it'}`, async () => {
      const page = await open({ env: AGENT_ENV, viewport: { width, height: 560 } });
      const header = page.getByRole('banner');
      const menu = page.getByRole('button', { name: 'Menu' });
      const heightOf = async () => (await header.boundingBox())?.height ?? 0;
      const menuBox = await menu.boundingBox();
      expect(menuBox && menuBox.x + menuBox.width).toBeLessThanOrEqual(width);
      expect(await heightOf()).toBeLessThan(72);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const signIn = page.getByRole('banner').getByRole('button', { name: 'Sign in' });
      expect(await signIn.count()).toBe(width < 400 ? 0 : 1);
      await menu.click();
      expect(await page.getByRole('menuitem', { name: 'Sign in' }).count()).toBe(1);
    });
  }

  it('truncates "Rings on" with its whole text in the tooltip and the accessible name', async () => {
    const page = await open({ env: { SOFTDIAL_USER_ID: 'user-grace' }, viewport: { width: 320, height: 560 } });
    const line = page.getByRole('banner').getByText(/^Rings on: WebRTC phone of grace/);
    await expect.poll(() => line.count()).toBe(1);
    const full = await line.textContent();
    expect(await line.getAttribute('title')).toBe(full);
    expect(await line.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await line.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('nowrap');
  });
});

describe('names where numbers appear', () => {
  it('names the contact in the call bar: "Grace Hopper · +1 …"', async () => {
    const page = await open();
    expect((await app().harness.core.contacts.syncNow()).ok).toBe(true);
    await box(page).pressSequentially('Grace Hop');
    await expect.poll(() => page.getByRole('option', { name: 'Grace Hopper' }).count()).toBe(1);
    await box(page).press('Enter');
    await expect.poll(dialled).toEqual(['+16502530001']);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/: Grace Hopper · \+1 650.253.0001$/);
    await expect.poll(() => page.getByRole('button', { name: 'Hang up' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Hang up' }).click();
    await page.getByRole('tab', { name: 'Recents' }).click();
    const today = page.getByRole('listbox', { name: 'Recent calls' }).getByRole('group', { name: 'Today' });
    await expect.poll(() => today.getByRole('option').count()).toBe(1);
    expect(await today.getByRole('option').textContent()).toMatch(/^Grace Hopper\+1 650.253.0001\s*[a-z]/);
  });
});
