// The smoke scenarios against the PACKAGED app, on a real machine (the CI workflow's Windows, macOS and Linux
// runners; Electron cannot run where this project is built). The release build keeps its
// EnableNodeCliInspectArguments fuse off, so Playwright's _electron.launch cannot drive it; it is started with
// Chromium's own --remote-debugging-port and driven over the DevTools protocol instead.
// Run: SOFTDIAL_APP=<the packaged executable> npx vitest run --config vitest.smoke.config.ts
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMOKE_SCENARIOS, runSmoke } from './scenarios.js';
import type { SmokeApp } from './scenarios.js';

const APP = process.env['SOFTDIAL_APP'];
const WAIT_MS = 30_000;

/** Starts the packaged app; answers the process and the DevTools endpoint it prints. */
async function launch(dataDir: string, args: string[]): Promise<{ child: ChildProcess; endpoint: string }> {
  if (!APP) throw new Error('SOFTDIAL_APP must name the packaged app to test (the CI workflow sets it).');
  const child = spawn(APP, ['--remote-debugging-port=0', ...args], {
    env: { ...process.env, SOFTDIAL_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the app printed no DevTools endpoint')), WAIT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(chunk.toString('utf8'));
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the app exited (${String(code)}) before it could be driven`)));
  });
  return { child, endpoint };
}

/** Runs the same executable again with these arguments and waits for it to hand them over and exit. */
function launchAgain(dataDir: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!APP) throw new Error('SOFTDIAL_APP is not set');
    const second = spawn(APP, args, { env: { ...process.env, SOFTDIAL_DATA_DIR: dataDir }, stdio: 'ignore' });
    second.once('error', reject);
    second.once('exit', () => resolve());
  });
}

/** Polls until a value passes, or gives up after the wait. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + WAIT_MS;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

const box = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });

/** The smoke questions, answered by the packaged app's window over the DevTools protocol. */
function packagedApp(browser: Browser, dataDir: string): SmokeApp {
  const appPage = async (): Promise<Page | undefined> => {
    for (const page of browser.contexts().flatMap((context) => context.pages()))
      if (
        page.url().startsWith('app://softdial/') &&
        (await box(page)
          .count()
          .catch(() => 0)) > 0
      )
        return page;
    return undefined;
  };
  const page = async (): Promise<Page> => {
    const found = await poll(appPage, (candidate) => candidate !== undefined);
    if (!found) throw new Error('no window shows app://softdial/ with the box');
    return found;
  };
  return {
    pageUrl: async () => (await page()).url(),
    csp: async () => (await (await page()).reload())?.headers()['content-security-policy'],
    dial: async (text) => {
      const view = await page();
      await box(view).fill(text);
      await box(view).press('Enter');
      const status = await poll(
        async () =>
          (await view
            .getByRole('status')
            .textContent()
            .catch(() => null)) ?? '',
        (line) => /: \+/.test(line),
      );
      await view
        .getByRole('button', { name: 'Hang up' })
        .click()
        .catch(() => undefined);
      return /: (\+[\d ]+)$/.exec(status.trim())?.[1];
    },
    launchAgain: (args) => launchAgain(dataDir, args),
    offered: async () => {
      const view = await page();
      return [
        await poll(
          () => box(view).inputValue(),
          (value) => value !== '',
        ),
      ];
    },
    crashPage: async () => {
      const view = await page();
      const session = await view.context().newCDPSession(view);
      // The page's process dies before it can answer.
      void session.send('Page.crash').catch(() => undefined);
      await new Promise<void>((resolve) => view.once('crash', () => resolve()));
    },
    pageBack: async () => (await poll(appPage, (candidate) => candidate !== undefined)) !== undefined,
    compact: async (contentHeight) => {
      const view = await page();
      await view.evaluate(
        (height) => window.softdial?.setWindowMode({ pinned: false, compact: true, contentHeight: height }),
        contentHeight,
      );
      return poll(
        () => view.evaluate(() => window.innerHeight),
        (height) => height >= contentHeight,
      );
    },
  };
}

describe('the packaged app on this machine', () => {
  let results: Record<string, string[]>;
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'softdial-smoke-'));
    // A first run without questions: the country is known, links are left alone, no update check.
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ defaultCountry: 'GB', handleLinks: false, updates: 'off' }),
    );
    const started = await launch(dataDir, []);
    child = started.child;
    browser = await chromium.connectOverCDP(started.endpoint);
    results = await runSmoke(packagedApp(browser, dataDir));
  }, 180_000);
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    child?.kill();
  });

  it.each(SMOKE_SCENARIOS.map((scenario) => scenario.name))('%s', (name) => {
    expect(results[name]).toEqual([]);
  });
});
