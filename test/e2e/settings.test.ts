import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { browserSession } from '../helpers/browser-session.js';

// The settings dialog in Debian's Chromium through `softdial web`, against the real core and the emulator:
// the connection check, the diagnostics bundle and the fields that read from Genesys.
const { open, app } = browserSession({ connectAfterMs: 400, viewport: { width: 360, height: 560 } });

/** Opens the settings of a window already open (Ctrl+,). */
async function settingsOf(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect.poll(() => settings.count()).toBe(1);
  return settings;
}

/** The window with its settings open. */
async function openSettings(options: Parameters<typeof open>[0] = {}) {
  const page = await open(options);
  return { page, settings: await settingsOf(page) };
}

/** The checks listed by "Test connection", each one item (their fixes are lists inside). */
const checksOf = (settings: Locator) => settings.locator('ul[aria-label="Connection checks"] > li');

describe('test connection', () => {
  it('says so while it runs, then lists every check of the sandbox as passed (the memory-only keychain a warning)', async () => {
    const { settings } = await openSettings({ harness: { sandbox: true } });
    app().harness.emulator.inject({ method: 'GET', path: '/api/v2/tokens/me*', delayMs: 2_000 });
    await settings.getByRole('button', { name: 'Test connection' }).click();
    const status = settings.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('Testing the connection…');
    await expect.poll(() => status.textContent()).toMatch(/^\s*Ready to dial: \d+ of \d+ checks passed\. 1 warning\.$/);
    const texts = (await checksOf(settings).allTextContents()).map((text) => text.trim());
    for (const name of ['configuration', 'connection', 'token', 'user', 'station'])
      expect(texts.some((text) => text.startsWith(`Passed ${name} `))).toBe(true);
    expect(texts.find((text) => text.startsWith('Passed connection'))).toContain('sandbox (built-in emulator)');
    expect(texts.filter((text) => !text.startsWith('Passed'))).toEqual([expect.stringMatching(/^Warning keychain /)]);
  });

  it('shows a failing check with its fix: an agent without a phone', async () => {
    const { settings } = await openSettings({ env: { SOFTDIAL_USER_ID: DEMO.noStationUserId } });
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await expect
      .poll(async () => (await settings.getByRole('status').textContent())?.trim())
      .toBe('Not ready to dial: 1 check failed. 1 warning.');
    const station = checksOf(settings).filter({ hasText: /^\s*Failed station / });
    expect(await station.textContent()).toContain('No phone (station) is selected or assigned');
    const fix = settings.getByRole('list', { name: 'How to fix station' }).getByRole('listitem');
    expect(await fix.allTextContents()).toContain('In Genesys Cloud, choose Calls > Select a phone.');
  });
});

describe('save diagnostics', () => {
  it('writes the bundle into the data folder, shows where, and keeps the client secret out of it', async () => {
    const { settings } = await openSettings();
    await settings.getByRole('button', { name: 'Save diagnostics' }).click();
    const status = settings.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^\s*Diagnostics saved to /);
    const file = (await settings.locator('[role="status"] code').textContent()) ?? '';
    expect(file.startsWith(app().harness.dataDir)).toBe(true);
    const bundle = await readFile(file, 'utf8');
    expect(JSON.parse(bundle)).toMatchObject({ doctor: { ready: true } });
    expect(bundle).not.toContain(DEMO.serviceClientSecret);
    for (const token of app().harness.emulator.state.tokens.keys()) expect(bundle).not.toContain(token);
  });
});

describe('call from queue', () => {
  it("offers the agent's queues by name and saves the chosen queue's id", async () => {
    const { settings } = await openSettings();
    const queue = settings.getByRole('combobox', { name: 'Call from queue' });
    await expect
      .poll(() => queue.locator('option').allTextContents())
      .toEqual(['None: call as yourself', 'Billing', 'Customer Support', 'Sales']);
    await queue.selectOption({ label: 'Sales' });
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app().harness.core.settings.values.callFromQueueId).toBe('queue-sales');
  });

  it('falls back to a typed queue id, saying which permission would list them, when Genesys refuses', async () => {
    const page = await open();
    const client = app().harness.emulator.state.client(DEMO.serviceClientId);
    if (client) client.permissions = client.permissions.filter((permission) => !permission.startsWith('routing:'));
    const settings = await settingsOf(page);
    const queue = settings.getByRole('textbox', { name: 'Call from queue (id)' });
    await expect.poll(() => queue.count()).toBe(1);
    await expect
      .poll(() => settings.locator('#set-queue-note').textContent())
      .toMatch(/^Your queues could not be listed: A permission is missing\..*routing:queue:view.*queue id instead\.$/);
    expect(await queue.getAttribute('aria-describedby')).toBe('set-queue-note');
    await queue.fill('queue-from-admin');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app().harness.core.settings.values.callFromQueueId).toBe('queue-from-admin');
  });
});

describe('desktop settings', () => {
  it('saves the bring-forward hotkey, start in tray and link handling, and lists the hotkey among the shortcuts', async () => {
    const { page, settings } = await openSettings();
    const focusHotkey = settings.getByLabel('Hotkey: bring softdial forward');
    await focusHotkey.press('Control+Alt+K');
    await expect.poll(() => focusHotkey.inputValue()).toBe('CommandOrControl+Alt+K');
    await focusHotkey.fill('CommandOrControl+Alt+Space');
    await settings.getByLabel('Start in the tray').check();
    await settings.getByLabel('Open tel:, callto: and sip: links with softdial').check();
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app().harness.core.settings.values.startInTray).toBe(true);
    expect(app().harness.core.settings.values).toMatchObject({
      focusHotkey: 'CommandOrControl+Alt+Space',
      handleLinks: true,
    });
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect
      .poll(() => sheet.getByRole('row', { name: /bring softdial forward/ }).textContent())
      .toContain('CommandOrControl+Alt+Space');
  });
});
