import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { axeViolations } from '../helpers/axe.js';
import { browserSession } from '../helpers/browser-session.js';

// The window in the agent's language, in Debian's Chromium through `softdial web`: the browser's language
// wins over the server's, the document carries lang and dir, the core's refusals and the phone reader's
// notes come back in that language, Settings switches it without a reload, and in Arabic every number
// stays whole and left to right inside the right-to-left text.
const { open } = browserSession({ connectAfterMs: 400, viewport: { width: 460, height: 640 } });

const box = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });
const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('the window in the browser language', () => {
  it('German: lang, the reading notes and a refusal in German, with the admin details as Genesys sent them', async () => {
    const page = await open({ locale: 'de-DE', env: { SOFTDIAL_USER_ID: DEMO.noStationUserId, LANG: 'C' } });
    expect(await documentLanguage(page)).toEqual({ lang: 'de', dir: 'ltr' });
    await box(page).fill('+44 (0)20 7946 0958');
    await expect
      .poll(() => page.locator('#reading').textContent())
      .toContain('Die Verkehrsausscheidungsziffer (0) entfernt');
    await box(page).press('Enter');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getByRole('heading').textContent()).toBe('Ihnen ist kein Telefon zugewiesen');
    await alert.getByText('Details für Ihren Administrator').click();
    await expect.poll(() => alert.textContent()).toContain('conversation.error.no.user.station');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Japanese from Settings: switches at once, without a reload, and the next notes are Japanese', async () => {
    const page = await open({ locale: 'en-US', env: { SOFTDIAL_DEFAULT_REGION: 'GB' } });
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await page.keyboard.press('Control+,');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect.poll(() => documentLanguage(page)).toEqual({ lang: 'ja', dir: 'ltr' });
    await expect.poll(() => settings.getByRole('combobox', { name: '言語' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.keyboard.press('Escape');
    await box(page).fill('07400 123456');
    await expect.poll(() => page.locator('#reading').textContent()).toContain('を付けました');
  });

  it('Arabic: right to left, with every number isolated and left to right inside the notes', async () => {
    const page = await open({ locale: 'ar-SA', env: { SOFTDIAL_DEFAULT_REGION: 'GB' } });
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await box(page).fill('+44 (0)20 7946 0958');
    await expect.poll(() => page.locator('#reading').textContent()).toContain('\u2068+44\u2069');
    const note = (await page.locator('#reading').textContent()) ?? '';
    expect(note).toMatch(/[\u0600-\u06ff]/);
    // The window runs right to left; the typed number and the reading's E.164 stay left to right.
    const directionOf = (element: Element) => getComputedStyle(element).direction;
    expect(await page.locator('#reading').evaluate(directionOf)).toBe('rtl');
    expect(await box(page).evaluate((element) => (element as HTMLInputElement).matches(':dir(ltr)'))).toBe(true);
    expect(await page.locator('#reading .number bdi').evaluate(directionOf)).toBe('ltr');
    expect(await axeViolations(page)).toEqual([]);
  });
});
