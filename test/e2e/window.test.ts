import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { browserSession } from '../helpers/browser-session.js';

// The window in Debian's Chromium through `softdial web`, against the real core and the emulator,
// found the way a screen reader finds it: by role and accessible name.
const { open, app, posts, dialled } = browserSession({ connectAfterMs: 400, viewport: { width: 360, height: 560 } });
const box = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('the box', () => {
  it('offers every number of a paste, each with its reading, and dials the one chosen', async () => {
    const page = await open();
    await box(page).fill('Jane Doe | T +44 20 7946 0958 | M +44 7400 123456');
    const chooser = page.getByRole('group', { name: /holds 2 numbers/ });
    await expect.poll(() => chooser.getByRole('button').count()).toBe(3);
    await chooser.getByRole('button', { name: /\+44 7400 123456$/ }).click();
    await expect.poll(dialled).toEqual(['+447400123456']);
  });

  it('composes a number on the keypad and calls it with the Call button named by the number', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Keypad' }).click();
    expect(await page.getByRole('button', { name: 'Keypad' }).getAttribute('aria-pressed')).toBe('true');
    for (const key of '02079460958') await page.getByRole('button', { name: key, exact: true }).click();
    await expect.poll(() => box(page).inputValue()).toBe('020 7946 0958');
    for (const key of ['*', '#']) expect(await page.getByRole('button', { name: key, exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Call +44 20 7946 0958' }).click();
    await expect.poll(dialled).toEqual(['+442079460958']);
    await expect.poll(() => page.getByRole('timer').count()).toBe(1);
    expect(await page.getByRole('status').getByRole('timer').count()).toBe(0);
  });

  it('dials from the keyboard alone: type anywhere, Enter, Esc, the shortcut sheet and hang up', async () => {
    const page = await open();
    await page.locator('body').press('Tab');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.type('+33612345678');
    await expect.poll(() => box(page).inputValue()).toBe('+33 6 12 34 56 78');
    await page.keyboard.press('Escape');
    await expect.poll(() => box(page).inputValue()).toBe('');
    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => sheet.count()).toBe(1);
    expect(await sheet.textContent()).toContain('Ctrl+Shift+H');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    await page.keyboard.press('Control+k');
    await expect.poll(() => box(page).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('+33612345678');
    await page.keyboard.press('Enter');
    await expect.poll(dialled).toEqual(['+33612345678']);
    await expect.poll(() => page.getByRole('button', { name: 'Hang up' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Hang up' }).count()).toBe(1);
    await page.keyboard.press('Control+Shift+H');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Ended \d\d:\d\d: \+33 6 12 34 56 78$/);
  });

  it('calls the other reading of ambiguous digits with Alt+Enter', async () => {
    const page = await open({ env: { SOFTDIAL_DEFAULT_REGION: 'US' } });
    await box(page).pressSequentially('4722484282');
    await expect.poll(() => page.getByRole('button', { name: 'Call the other reading' }).count()).toBe(1);
    await box(page).press('Alt+Enter');
    await expect.poll(dialled).toEqual(['+4722484282']);
  });
});

describe('recent calls', () => {
  it('lists the calls newest first and redials one', async () => {
    const page = await open();
    await app().harness.core.updateSettings({ dialGuardSeconds: 0 });
    for (const number of ['+442079460958', '+33612345678']) {
      await box(page).fill(number);
      await box(page).press('Enter');
      await expect.poll(() => page.getByRole('button', { name: 'Hang up' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Hang up' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Ended/);
    }
    await page.getByRole('tab', { name: 'Recents' }).click();
    const recents = page.getByRole('listbox', { name: 'Recent calls' });
    await expect.poll(() => recents.getByRole('option').count()).toBeGreaterThanOrEqual(2);
    expect(await recents.getByRole('option').first().textContent()).toContain('+33 6 12 34 56 78');
    await recents.getByRole('option').nth(1).click();
    await page.getByRole('button', { name: 'Redial', exact: true }).first().click();
    await expect.poll(dialled).toEqual(['+442079460958', '+33612345678', '+442079460958']);
  });
});

describe('refusals', () => {
  for (const [who, userId, words] of [
    ['no station', DEMO.noStationUserId, 'No phone is assigned to you'],
    ['an inactive phone', DEMO.noEdgeUserId, 'phone'],
  ] as const) {
    it(`explains ${who} in an alert with the admin's details, and clears it when the agent edits`, async () => {
      const page = await open({ env: { SOFTDIAL_USER_ID: userId } });
      await box(page).fill('+442079460958');
      await box(page).press('Enter');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(words);
      await alert.getByText('Details for your admin').click();
      expect(await alert.getByRole('button', { name: 'Copy for admin' }).count()).toBe(1);
      expect(await noSidewaysScroll(page)).toBe(true);
      expect(await page.getByRole('status').textContent()).not.toMatch(/Ended|Call ended/);
      await box(page).press('End');
      await box(page).press('Backspace');
      await expect.poll(() => alert.count()).toBe(0);
    });
  }
});

describe('first run and settings', () => {
  it('asks which country the agent dials from on the first run, and reads national numbers with it', async () => {
    const page = await open({ env: { SOFTDIAL_DEFAULT_REGION: undefined, LANG: 'fr_FR.UTF-8' } });
    const welcome = page.getByRole('dialog', { name: 'Welcome to softdial' });
    await expect.poll(() => welcome.count()).toBe(1);
    await welcome.getByLabel('Which country do you dial from?').selectOption('FR');
    await welcome.getByRole('button', { name: 'Start dialling' }).click();
    await expect.poll(() => welcome.count()).toBe(0);
    expect(app().harness.core.settings.values.defaultCountry).toBe('FR');
    await box(page).pressSequentially('0612345678');
    await expect.poll(() => page.locator('#reading').textContent()).toContain('+33 6 12 34 56 78');
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Menu' }).count()).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('saves a setting, shows it again, and shows a policy-locked field locked with the reason', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'softdial-policy-'));
    const policy = join(folder, 'policy.json');
    await writeFile(policy, JSON.stringify({ locked: { dialGuardSeconds: 5 } }));
    const page = await open({ env: { SOFTDIAL_POLICY_FILE: policy } });
    await page.keyboard.press('Control+,');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect.poll(() => settings.count()).toBe(1);
    const guard = settings.getByLabel('Dial guard (seconds)');
    expect(await guard.isDisabled()).toBe(true);
    expect(await settings.textContent()).toContain("Locked by your administrator's policy");
    expect(await settings.getByLabel('Region', { exact: true }).isDisabled()).toBe(true);
    await settings.getByLabel('Caller ID name').fill('Support desk');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app().harness.core.settings.values.callerIdName).toBe('Support desk');
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    // `softdial web` has no app to quit: the desktop app's Quit is not in its menu.
    expect(await page.getByRole('menuitem', { name: 'Quit softdial' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await expect.poll(() => settings.getByLabel('Caller ID name').inputValue()).toBe('Support desk');
  });
});

describe('layouts', () => {
  it('stays usable at 320 px and at 200% zoom, without sideways scrolling', async () => {
    for (const width of [320, 180]) {
      const page = await open({ viewport: { width, height: 560 } });
      await box(page).fill('+44 20 7946 0958 ext. 12');
      await expect.poll(() => page.getByRole('button', { name: /^Call \+44/ }).isVisible()).toBe(true);
      expect(await noSidewaysScroll(page)).toBe(true);
    }
  });

  it('shows a rail, the list and a detail pane when maximised', async () => {
    const page = await open({ viewport: { width: 1280, height: 800 } });
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(true);
    expect(await page.getByRole('complementary', { name: 'Contact details' }).isVisible()).toBe(true);
    const box_ = await box(page).boundingBox();
    expect(box_?.width ?? 0).toBeGreaterThan(300);
  });

  it('shrinks to a compact bar with the box and Call, and remembers it', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('menuitem', { name: 'Compact' }).click();
    await page.setViewportSize({ width: 360, height: 64 });
    expect(await box(page).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Call' }).isVisible()).toBe(true);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Leave compact mode' }).count()).toBe(1);
    await box(page).fill('+33612345678');
    await box(page).press('Enter');
    await expect.poll(dialled).toEqual(['+33612345678']);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\+33 6 12 34 56 78/);
  });
});

describe('contacts', () => {
  async function withDirectory(users = 0): Promise<Page> {
    const page = await open();
    if (users > 0) app().harness.emulator.directory.generate(users);
    const synced = await app().harness.core.contacts.syncNow();
    expect(synced.ok).toBe(true);
    return page;
  }
  const contacts = (page: Page) => page.getByRole('listbox', { name: 'Contacts' });

  it('finds a contact by name and by part of a number, in any format', async () => {
    const page = await withDirectory();
    await box(page).pressSequentially('grace');
    await expect.poll(() => contacts(page).getByRole('option', { name: 'Grace Hopper' }).count()).toBe(1);
    await box(page).fill('');
    await box(page).pressSequentially('253 0001');
    await expect.poll(() => contacts(page).getByRole('option', { name: 'Grace Hopper' }).count()).toBe(1);
    expect(await box(page).getAttribute('aria-expanded')).toBe('true');
  });

  it('dials once when a contact is double-clicked twice quickly', async () => {
    const page = await withDirectory();
    await box(page).pressSequentially('Grace Hop');
    const grace = contacts(page).getByRole('option', { name: 'Grace Hopper' });
    await expect.poll(() => grace.count()).toBe(1);
    const where = await grace.boundingBox();
    if (!where) throw new Error('Grace Hopper is not on screen');
    await page.mouse.dblclick(where.x + 40, where.y + where.height / 2);
    await page.mouse.dblclick(where.x + 40, where.y + where.height / 2);
    await expect.poll(dialled).toEqual(['+16502530001']);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\+1 650-253-0001|\+1 650 253 0001/);
    expect(dialled()).toEqual(['+16502530001']);
  });

  it("offers a contact's numbers by label and number, and dials the one chosen", async () => {
    const page = await withDirectory();
    await box(page).pressSequentially('Jane Doe');
    const jane = contacts(page).getByRole('option', { name: 'Jane Doe' });
    await expect.poll(() => jane.count()).toBeGreaterThan(0);
    await jane.first().click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Choose a number…' }).click();
    const chooser = page.getByRole('group', { name: 'Which number of Jane Doe?' });
    await expect.poll(() => chooser.getByRole('button').count()).toBe(3);
    expect(await chooser.getByRole('button', { name: 'Work +44 20 7946 0958' }).count()).toBe(1);
    await chooser.getByRole('button', { name: /\+44 7400 123456$/ }).click();
    await expect.poll(dialled).toEqual(['+447400123456']);
  });

  it('asks which number when a contact has several and none is preferred, and remembers "always"', async () => {
    const page = await withDirectory();
    await app().harness.core.updateSettings({ dialGuardSeconds: 0 });
    const doubleClickJane = async () => {
      await box(page).fill('');
      await box(page).pressSequentially('Jane Doe');
      const jane = contacts(page).getByRole('option', { name: 'Jane Doe' });
      await expect.poll(() => jane.count()).toBe(1);
      await jane.dblclick();
    };
    const chooser = page.getByRole('group', { name: 'Which number of Jane Doe?' });
    await box(page).pressSequentially('Jane Doe');
    await expect.poll(() => contacts(page).getByRole('option', { name: 'Jane Doe' }).count()).toBe(1);
    await box(page).press('ArrowDown');
    await box(page).press('Enter');
    await expect.poll(() => chooser.count()).toBe(1);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim());
    await expect.poll(focused).toBe('Work +44 20 7946 0958');
    await page.keyboard.press('Escape');
    await expect.poll(() => chooser.count()).toBe(0);
    expect(await box(page).evaluate((input) => input === document.activeElement)).toBe(true);

    await doubleClickJane();
    await expect.poll(() => chooser.count()).toBe(1);
    expect(posts()).toHaveLength(0);
    await chooser.getByRole('checkbox', { name: 'Always use this number' }).check();
    await chooser.getByRole('button', { name: /\+44 7400 123456$/ }).click();
    await expect.poll(dialled).toEqual(['+447400123456']);
    await page.getByRole('button', { name: 'Hang up' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Ended/);

    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Menu' }).count()).toBe(1);
    await doubleClickJane();
    await expect.poll(dialled).toEqual(['+447400123456', '+447400123456']);
    expect(await chooser.count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Hang up' }).count()).toBe(1);
  });

  it('keeps a favourite with Ctrl+D and calls it with Ctrl+1 from the Favourites tab', async () => {
    const page = await withDirectory();
    await box(page).pressSequentially('Grace Hop');
    await expect.poll(() => contacts(page).getByRole('option', { name: 'Grace Hopper' }).count()).toBe(1);
    await page.keyboard.press('Control+d');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Favourites' }).click();
    const favourites = page.getByRole('listbox', { name: 'Favourites' });
    await expect.poll(() => favourites.getByRole('option', { name: 'Grace Hopper' }).count()).toBe(1);
    await page.keyboard.press('Control+1');
    await expect.poll(dialled).toEqual(['+16502530001']);
  });

  it('pages the Directory view on past the first 500 as the agent scrolls to the end', async () => {
    const page = await withDirectory(1200);
    const all = await app().harness.core.contacts.list({ offset: 0, limit: 5000 });
    if (!all?.ok) throw new Error('no directory');
    expect(all.value.total).toBeGreaterThan(1000);
    const last = all.value.contacts.at(-1)?.name ?? '';
    await page.getByRole('tab', { name: 'Directory' }).click();
    const directory = page.getByRole('listbox', { name: 'Directory' });
    await expect.poll(() => directory.getByRole('option').count()).toBeGreaterThan(3);
    // Rows the list holds (in view or not): its height over one row's.
    const rows = () =>
      directory.evaluate((list) =>
        Math.round(list.scrollHeight / (list.querySelector('[role="option"]')?.getBoundingClientRect().height ?? 1)),
      );
    expect(await rows()).toBe(500);
    await expect
      .poll(async () => {
        await directory.evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
        return directory.getByRole('option').last().getAttribute('aria-label');
      })
      .toBe(last);
    expect(await rows()).toBe(all.value.total);
    expect(await directory.getByRole('option').count()).toBeLessThan(60);
  });

  it('keeps only the rows in view in the DOM, however long the directory', async () => {
    const page = await withDirectory(300);
    await page.getByRole('tab', { name: 'Directory' }).click();
    const directory = page.getByRole('listbox', { name: 'Directory' });
    await expect.poll(() => directory.getByRole('option').count()).toBeGreaterThan(3);
    expect(await directory.getByRole('option').count()).toBeLessThan(60);
    // One search (a typed text selects its first result afresh), so the arrows below move within its answer.
    await box(page).fill('müller');
    await expect.poll(() => contacts(page).getByRole('option').count()).toBeGreaterThan(3);
    expect(await contacts(page).getByRole('option').count()).toBeLessThan(60);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => box(page).getAttribute('aria-activedescendant')).toBe('contacts-1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => box(page).getAttribute('aria-activedescendant')).toBe('contacts-2');
    // The contacts changing meanwhile (here a new Müller) search again without moving the agent's selection.
    const active = async () => {
      const id = await box(page).getAttribute('aria-activedescendant');
      return id ? contacts(page).locator(`#${id}`).textContent() : null;
    };
    const selected = await active();
    const added = await app().harness.core.contacts.add({
      name: 'Aaron Müller',
      numbers: [{ label: 'Work', raw: '+44 20 7946 0999' }],
    });
    expect(added.ok).toBe(true);
    await expect
      .poll(() =>
        contacts(page)
          .getByRole('option', { name: /Aaron Müller/ })
          .count(),
      )
      .toBe(1);
    expect(await active()).toBe(selected);
  });
});
