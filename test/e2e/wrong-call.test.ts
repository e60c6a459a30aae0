import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { offerExternalDial } from '../../electron/core/service/external-dials.js';
import { browserSession } from '../helpers/browser-session.js';

// Never the wrong call: what the agent typed or saw is what gets dialled. Each path that used to place a call
// the agent did not mean, in Debian's Chromium against the real core and the emulator, by role and name.
const { open, app, posts, dialled } = browserSession({ connectAfterMs: 400, viewport: { width: 360, height: 640 } });
const box = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });
const contacts = (page: Page) => page.getByRole('listbox', { name: 'Contacts' });
const callButton = (page: Page) => page.getByRole('button', { name: /^Call( |$)/ }).last();

async function withDirectory(options: Parameters<typeof open>[0] = {}): Promise<Page> {
  const page = await open(options);
  const synced = await app().harness.core.contacts.syncNow();
  expect(synced.ok).toBe(true);
  return page;
}

describe('typed digits', () => {
  it('three zeros and Enter explain why not, and call no colleague whose number holds them', async () => {
    const page = await withDirectory();
    await box(page).pressSequentially('000');
    const grace = contacts(page).getByRole('option', { name: 'Grace Hopper' });
    await expect.poll(() => grace.count()).toBe(1);
    expect(await grace.getAttribute('aria-selected')).not.toBe('true');
    expect(await box(page).getAttribute('aria-activedescendant')).toBeNull();
    expect(await callButton(page).textContent()).toBe('Call');
    await box(page).press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That number cannot be dialled');
    expect(posts()).toHaveLength(0);
    // Moving onto the contact is what calls it.
    await box(page).fill('');
    await box(page).pressSequentially('2530001');
    await expect.poll(() => grace.count()).toBe(1);
    expect(await grace.getAttribute('aria-selected')).not.toBe('true');
    await box(page).press('ArrowDown');
    await expect.poll(() => grace.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => callButton(page).textContent()).toMatch(/^Call \+1 650/);
    await box(page).press('Enter');
    await expect.poll(dialled).toEqual(['+16502530001']);
  });

  it('an incomplete number calls nothing but says why, and the Call button names the typed number', async () => {
    const page = await withDirectory();
    await box(page).pressSequentially('650253');
    await expect.poll(() => contacts(page).getByRole('option', { name: 'Grace Hopper' }).count()).toBe(1);
    expect(await callButton(page).textContent()).toBe('Call');
    await callButton(page).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That number cannot be dialled');
    expect(posts()).toHaveLength(0);
    await box(page).fill('');
    await box(page).pressSequentially('02079460958');
    await expect.poll(() => page.getByRole('button', { name: 'Call +44 20 7946 0958' }).count()).toBe(1);
    await box(page).press('Enter');
    await expect.poll(dialled).toEqual(['+442079460958']);
  });

  it('keeps what was typed when the layout is not certain', async () => {
    const page = await open({ env: { SOFTDIAL_DEFAULT_REGION: 'US' } });
    await box(page).pressSequentially('555-0123');
    expect(await box(page).inputValue()).toBe('555-0123');
    await box(page).fill('');
    await box(page).pressSequentially('(123) 456-7890');
    expect(await box(page).inputValue()).toBe('(123) 456-7890');
    await box(page).fill('');
    await box(page).pressSequentially('6502530000');
    await expect.poll(() => box(page).inputValue()).toBe('(650) 253-0000');
  });
});

describe('what the agent saw', () => {
  /** The window with the agent's own default country (chosen on the first run), which the core may change. */
  async function openInTheUk(): Promise<Page> {
    const page = await open({ env: { SOFTDIAL_DEFAULT_REGION: undefined, LANG: 'en_GB.UTF-8' } });
    const welcome = page.getByRole('dialog', { name: 'Welcome to softdial' });
    await expect.poll(() => welcome.count()).toBe(1);
    await welcome.getByLabel('Which country do you dial from?').selectOption('GB');
    await welcome.getByRole('button', { name: 'Start dialling' }).click();
    await expect.poll(() => welcome.count()).toBe(0);
    return page;
  }

  it('refuses a dial whose default country changed after the preview, showing the new reading', async () => {
    const page = await openInTheUk();
    await box(page).pressSequentially('0612345678');
    await expect.poll(() => page.locator('#reading').textContent()).toContain('cannot exist');
    // Another window (or a policy) changed the default country; this window has not heard yet.
    const changed = await app().harness.core.updateSettings({ defaultCountry: 'FR' });
    expect(changed.ok).toBe(true);
    await box(page).press('Enter');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The number now reads differently');
    expect(await alert.textContent()).toContain('+33 6 12 34 56 78');
    await expect.poll(() => page.locator('#reading').textContent()).toContain('+33 6 12 34 56 78');
    expect(posts()).toHaveLength(0);
  });

  it('refuses a tray number confirmed after the default country changed', async () => {
    const page = await openInTheUk();
    offerExternalDial(app().harness.core, app().server.pushes, { text: '07400 123456', source: 'tray' });
    const confirm = page.getByRole('group', { name: 'Confirm the number' });
    await expect.poll(() => confirm.textContent()).toContain('+44 7400 123456');
    expect((await app().harness.core.updateSettings({ defaultCountry: 'DE' })).ok).toBe(true);
    await confirm.getByRole('button', { name: 'Confirm and call' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('it now reads as +49 7400 123456');
    expect(posts()).toHaveLength(0);
  });
});

describe('numbers that are not a person', () => {
  it('marks a fax line in a paste and calls it only after a second yes', async () => {
    const page = await open();
    await box(page).fill('Jane Doe | T +44 20 7946 0958 | Fax +44 20 7946 0959');
    const chooser = page.getByRole('group', { name: /holds 2 numbers/ });
    const fax = chooser.getByRole('button', { name: /^Fax \+44 20 7946 0959$/ });
    await expect.poll(() => fax.count()).toBe(1);
    await fax.click();
    const callFax = chooser.getByRole('button', { name: 'Call the fax line' });
    await expect.poll(() => callFax.count()).toBe(1);
    expect(await chooser.textContent()).toContain('is a fax line');
    expect(posts()).toHaveLength(0);
    await callFax.click();
    await expect.poll(dialled).toEqual(['+442079460959']);
  });

  it('never dials an emergency number, and asks before a short code', async () => {
    const page = await open();
    await box(page).pressSequentially('999');
    await expect.poll(() => page.locator('#reading').textContent()).toContain('emergency number');
    await box(page).press('Enter');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('softdial does not dial emergency numbers');
    expect(await alert.textContent()).toContain('Use a phone');
    await box(page).fill('118118');
    await box(page).press('Enter');
    const confirm = page.getByRole('group', { name: 'Confirm the number' });
    await expect.poll(() => confirm.textContent()).toContain('short code');
    expect(posts()).toHaveLength(0);
  });
});

describe('a call waiting on a rate limit', () => {
  it('shows the number and Cancel, says so on another Enter, and Cancel places nothing', async () => {
    const page = await open();
    app().harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      status: 429,
      headers: { 'retry-after': '50' },
      body: { code: 'too.many.requests.retry.after', message: 'Rate limit exceeded', status: 429 },
    });
    await box(page).fill('+33612345678');
    await box(page).press('Enter');
    const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
    await expect.poll(() => cancel.count()).toBe(1);
    expect(await page.getByRole('status').textContent()).toBe('Placing the call to +33 6 12 34 56 78…');
    await box(page).press('Enter');
    await expect.poll(() => page.getByText('A call is already being placed').count()).toBe(1);
    await cancel.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Call cancelled');
    expect(posts()).toHaveLength(1);
    expect(await page.getByRole('button', { name: 'Hang up' }).count()).toBe(0);
  });
});
