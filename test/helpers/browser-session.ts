import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { startHarness } from './sandbox.js';
import { launchChromium } from './browser.js';
import { startWebApp } from './web-app.js';

/** The real core against the emulator, served by `softdial web`. */
export type WebApp = Awaited<ReturnType<typeof startWebApp>>;

/** How one test opens the window. */
export interface OpenOptions {
  env?: NodeJS.ProcessEnv;
  /** More of the harness (sandbox mode, core dependencies); real time and the file's call delay are given. */
  harness?: Parameters<typeof startHarness>[0];
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** The browser's language (navigator.languages), which the window follows unless Settings chose one. */
  locale?: string;
  /** Whether to wait for the window to show its identity bar (default), or only for the page to load. */
  waitForWindow?: boolean;
}

/**
 * The browser tests' set-up in one place: Debian's Chromium for the whole file, and for each test a fresh
 * core, emulator and `softdial web` (closed after the test), the page opened on it and shown.
 */
export function browserSession(defaults: { connectAfterMs: number; viewport?: { width: number; height: number } }) {
  let browser: Browser | undefined;
  let running: WebApp | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  const app = (): WebApp => {
    if (!running) throw new Error('no app: call open() first');
    return running;
  };
  /** The POSTs that placed a call, in order. */
  const posts = () =>
    running?.harness.emulator.requests.filter(
      (request) => request.method === 'POST' && request.path.startsWith('/api/v2/conversations/calls'),
    ) ?? [];

  return {
    app,
    posts,
    /** The numbers the emulator was asked to call, in order. */
    dialled: () => posts().map((post) => (JSON.parse(post.body ?? '{}') as { phoneNumber?: string }).phoneNumber),
    /** Starts the app (closing one a test started before) and opens the window on it. */
    open: async (options: OpenOptions = {}): Promise<Page> => {
      if (!browser) throw new Error('the browser did not start');
      await running?.close();
      running = await startWebApp({
        env: options.env ?? {},
        realTime: true,
        emulator: { connectAfterMs: defaults.connectAfterMs },
        ...options.harness,
      });
      const viewport = options.viewport ?? defaults.viewport;
      const page = await browser.newPage({
        ...(viewport ? { viewport } : {}),
        ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
        ...(options.locale ? { locale: options.locale } : {}),
      });
      await page.goto(running.server.url);
      if (options.waitForWindow !== false)
        await expect.poll(() => page.getByRole('button', { name: 'Menu' }).count()).toBe(1);
      return page;
    },
  };
}
