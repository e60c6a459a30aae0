import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { offerExternalDial } from '../../electron/core/service/external-dials.js';
import { browserSession } from '../helpers/browser-session.js';

// The real renderer in Debian's Chromium, through `softdial web`, against the real core and the emulator.
const session = browserSession({ connectAfterMs: 600 });
const { app, posts } = session;
const open = (env: NodeJS.ProcessEnv = {}): Promise<Page> => session.open({ env });

const field = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });
const callButton = (page: Page) => page.getByRole('button', { name: /^Call( \+[\d ]+)?$/ });

describe('dialling from the browser', () => {
  it('formats as you type, previews the reading, calls once and shows the progress', async () => {
    const page = await open();
    await field(page).pressSequentially('02079460958');
    await expect.poll(() => field(page).inputValue()).toBe('020 7946 0958');
    await expect
      .poll(() => page.locator('#reading').textContent())
      .toMatch(/\+44 20 7946 0958\s+United Kingdom · fixed line/);
    await expect
      .poll(() => page.locator('#reading').textContent())
      .toContain('Added +44 because your default country is United Kingdom.');
    await callButton(page).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('Connected: +44 20 7946 0958');
    expect(posts()).toHaveLength(1);
    expect(JSON.parse(posts()[0]?.body ?? '{}')).toEqual({ phoneNumber: '+442079460958' });
    await page.getByRole('button', { name: 'Hang up' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Ended \d\d:\d\d: \+44 20 7946 0958$/);
  });

  it('dials once when Call is pressed twice in a row', async () => {
    const page = await open();
    await field(page).fill('+33 6 12 34 56 78');
    await field(page).press('Enter');
    await field(page).press('Enter');
    await field(page).press('Enter');
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
      .toMatch(/^Connected: \+33 6 12 34 56 78$/);
    expect(posts()).toHaveLength(1);
  });

  it('asks for a look at a paste holding several numbers, then dials the confirmed one', async () => {
    const page = await open();
    await field(page).fill('Jane Doe | T +44 20 7946 0958 | M +44 7400 123456');
    await callButton(page).click();
    const confirm = page.getByRole('group', { name: 'Confirm the number' });
    await expect.poll(() => confirm.textContent()).toContain('The text holds one more number; this is the first one.');
    expect(posts()).toHaveLength(0);
    await confirm.getByRole('button', { name: 'Confirm and call' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
      .toMatch(/^(Dialling|Ringing|Connected): \+44 20 7946 0958$/);
    expect(posts()).toHaveLength(1);
  });

  it('explains a refusal in an alert, with the correlation id for the admin', async () => {
    const page = await open({ SOFTDIAL_USER_ID: DEMO.noStationUserId });
    await field(page).fill('+442079460958');
    await callButton(page).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('No phone is assigned to you');
    expect(await alert.textContent()).toContain('Calls > Select a phone');
    await alert.getByText('Details for your admin').click();
    expect(await alert.textContent()).toMatch(/Correlation id\s*[0-9a-f-]{36}/);
    expect(await alert.textContent()).toContain('conversation.error.no.user.station');
    // The identity bar knew before the dial: the agent's name, and no phone among the system problems.
    await expect.poll(() => page.getByRole('banner').innerText()).toContain('Alan Turing');
    await page.getByRole('button', { name: /^\d+ system problems?$/ }).click();
    expect(await page.getByRole('region', { name: 'System problems' }).innerText()).toMatch(
      /No phone selected[\s\S]*Select a phone/,
    );
  });

  it('shows a number from a tel: link with its reading and dials it after one confirmation', async () => {
    const page = await open();
    offerExternalDial(app().harness.core, app().server.pushes, { text: 'tel:+1-650-253-0000', source: 'link' });
    const confirm = page.getByRole('group', { name: 'Confirm the number' });
    await expect.poll(() => confirm.textContent()).toContain('+1 650 253 0000');
    expect(posts()).toHaveLength(0);
    await confirm.getByRole('button', { name: 'Confirm and call' }).click();
    await expect.poll(() => posts().length).toBe(1);
    expect(JSON.parse(posts()[0]?.body ?? '{}')).toEqual({ phoneNumber: '+16502530000' });
  });
});

describe('rate limits in the browser', () => {
  it('counts down a Retry-After too long to wait out, in the alert', async () => {
    const page = await open();
    app().harness.emulator.inject({
      method: 'POST',
      path: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      status: 429,
      headers: { 'retry-after': '120' },
      body: { code: 'too.many.requests.retry.after', status: 429, message: 'Rate limit exceeded' },
    });
    await field(page).fill('+442079460958');
    await callButton(page).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Too many requests right now');
    expect(await alert.textContent()).not.toMatch(/try again in/);
    const secondsLeft = async (): Promise<number> =>
      Number(/You can try again in (\d+) s/.exec((await page.locator('body').textContent()) ?? '')?.[1] ?? NaN);
    await expect.poll(secondsLeft).toBeLessThanOrEqual(120);
    const first = await secondsLeft();
    await expect.poll(secondsLeft).toBeLessThan(first);
  });
});

describe('sandbox mode in the browser', () => {
  it('dials the built-in emulator until someone signs in, then signs in through the browser and dials as the agent', async () => {
    const { scriptedBrowser } = await import('../helpers/scripted-browser.js');
    const page = await session.open({
      harness: { sandbox: true, core: { openBrowser: scriptedBrowser({ userId: 'user-grace' }) } },
      waitForWindow: false,
    });
    await app().harness.core.updateSettings({ redirectPort: 0 });
    // The identity bar names the agent calls are placed for and the phone they ring on.
    await expect
      .poll(() => page.getByRole('banner').innerText())
      .toMatch(/Ada Lovelace[\s\S]*Rings on: WebRTC phone of ada · built-in emulator/);
    await field(page).fill('+442079460958');
    await callButton(page).click();
    await expect
      .poll(() => posts().map((post) => post.path))
      .toEqual([`/api/v2/conversations/calls/user/${DEMO.agentUserId}`]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('banner').innerText())
      .toMatch(/Grace Hopper[\s\S]*Rings on: WebRTC phone of grace/);
    await field(page).fill('+33612345678');
    await callButton(page).click();
    await expect
      .poll(() =>
        posts()
          .map((post) => post.path)
          .at(-1),
      )
      .toBe('/api/v2/conversations/calls');
    const placed = [...app().harness.emulator.state.calls.values()].at(-1);
    expect(placed).toMatchObject({ userId: 'user-grace', phoneNumber: '+33612345678' });
  });
});

describe('an ambiguous reading in the browser', () => {
  it('dials the national reading by default and the international one with one button', async () => {
    const page = await open({ SOFTDIAL_DEFAULT_REGION: 'US' });
    await field(page).pressSequentially('4722484282');
    const alternative = page.getByRole('button', { name: 'Call the other reading' });
    await expect.poll(() => alternative.count()).toBe(1);
    await alternative.click();
    await expect.poll(() => posts().length).toBe(1);
    expect(JSON.parse(posts()[0]?.body ?? '{}')).toEqual({ phoneNumber: '+4722484282' });
  });
});
