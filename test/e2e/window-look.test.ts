import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { axeViolations } from '../helpers/axe.js';
import { browserSession } from '../helpers/browser-session.js';

// Every view of the window in both themes: axe-core finds no violation on the real page (real
// background, real contrast), and a screenshot of each is kept under test-results/screenshots.
const SHOTS = 'test-results/screenshots';
const session = browserSession({ connectAfterMs: 400 });
beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

type Theme = 'light' | 'dark';
const box = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });

interface View {
  name: string;
  env?: NodeJS.ProcessEnv;
  size?: { width: number; height: number };
  show(page: Page): Promise<void>;
}

const VIEWS: View[] = [
  { name: 'launcher', show: async () => undefined },
  {
    name: 'reading',
    show: async (page) => {
      await box(page).pressSequentially('020 7946 0958 ext. 12');
      await expect.poll(() => page.getByRole('button', { name: /^Call \+44/ }).count()).toBe(1);
    },
  },
  {
    name: 'paste-chooser',
    show: async (page) => {
      await box(page).fill('Jane Doe | T +44 20 7946 0958 | M +44 7400 123456');
      await expect.poll(() => page.getByRole('group', { name: /holds 2 numbers/ }).count()).toBe(1);
    },
  },
  {
    name: 'keypad',
    show: async (page) => {
      await page.getByRole('button', { name: 'Keypad' }).click();
      await page.getByRole('button', { name: '0', exact: true }).click();
    },
  },
  {
    name: 'in-call',
    show: async (page) => {
      await box(page).fill('+442079460958');
      await box(page).press('Enter');
      await expect.poll(() => page.getByRole('timer').count()).toBe(1);
    },
  },
  {
    name: 'refusal',
    env: { SOFTDIAL_USER_ID: DEMO.noStationUserId },
    show: async (page) => {
      await box(page).fill('+442079460958');
      await box(page).press('Enter');
      await page.getByRole('alert').getByText('Details for your admin').click();
    },
  },
  {
    name: 'recents',
    show: async (page) => {
      await box(page).fill('+33612345678');
      await box(page).press('Enter');
      await expect.poll(() => page.getByRole('button', { name: 'Hang up' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Hang up' }).click();
      await page.getByRole('tab', { name: 'Recents' }).click();
      await expect.poll(() => page.getByRole('listbox', { name: 'Recent calls' }).count()).toBe(1);
    },
  },
  {
    name: 'settings',
    show: async (page) => {
      await page.keyboard.press('Control+,');
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await expect.poll(() => settings.count()).toBe(1);
      await expect.poll(() => settings.getByRole('combobox', { name: 'Call from queue' }).count()).toBe(1);
      await settings.getByRole('button', { name: 'Test connection' }).click();
      await expect.poll(() => settings.getByRole('list', { name: 'Connection checks' }).count()).toBe(1);
    },
  },
  {
    name: 'first-run',
    env: { SOFTDIAL_DEFAULT_REGION: undefined },
    show: async (page) => {
      await expect.poll(() => page.getByRole('dialog', { name: 'Welcome to softdial' }).count()).toBe(1);
    },
  },
  {
    name: 'shortcuts',
    show: async (page) => {
      await page.keyboard.press('F1');
      await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(1);
    },
  },
  {
    name: 'menu',
    show: async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    },
  },
  {
    name: 'wide',
    size: { width: 1280, height: 800 },
    show: async (page) => {
      await box(page).pressSequentially('+1 650 253 0000');
    },
  },
  {
    name: 'compact',
    size: { width: 360, height: 64 },
    show: async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('menuitem', { name: 'Compact' }).click();
      await box(page).fill('+442079460958');
    },
  },
];

describe.each(['light', 'dark'] as Theme[])('every view in the %s theme', (theme) => {
  it.each(VIEWS.map((view) => [view.name, view] as const))(
    '%s: no axe violation, screenshot kept',
    async (name, view) => {
      const page = await session.open({
        env: view.env ?? {},
        viewport: view.size ?? { width: 360, height: 560 },
        colorScheme: theme,
        waitForWindow: false,
      });
      await expect.poll(() => box(page).count()).toBe(1);
      await view.show(page);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${SHOTS}/${name}-${theme}.png` });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
