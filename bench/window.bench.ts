import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { GenesysEmulator } from '../electron/core/emulator/emulator.js';
import { startWebServer } from '../electron/core/web/web-server.js';
import { benchCore } from './bench-core.js';
import { percentile, report } from './measure.js';

const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));
const FRAME_MS = 1000 / 60;
const ROUNDS = 3;
// What an agent types, one keystroke at a time: names with diacritics, initials, digits.
const TYPED = ['müller', 'zoe ga', 'hans', '650', 'priya n', 'søren', 'wei o', 'chloé'];
const PASTES = [
  '+44 (0)20 7946 0958 ext. 12',
  'tel:+1-650-253-0000',
  'Jane Doe | T +44 20 7946 0958 | M +44 7400 123456',
  '(650) 253-0000',
];

/** A running window: the emulator with `people` directory users, the core synced with it, and a page. */
interface Running {
  page: Page;
  close(): Promise<void>;
}

async function start(browser: Browser, people: number): Promise<Running> {
  const emulator = await GenesysEmulator.start();
  emulator.directory.generate(Math.max(0, people - emulator.directory.people.length));
  const dataDir = await mkdtemp(join(tmpdir(), 'softdial-bench-window-'));
  const core = await benchCore(emulator, dataDir);
  await core.updateSettings({ directoryMaxUsers: 1_000_000 });
  const synced = await core.contacts.syncNow();
  if (!synced.ok) throw new Error(`directory sync failed: ${synced.error.detail}`);
  const server = await startWebServer({ core, rendererDir: RENDERER_DIR });
  const page = await browser.newPage({ viewport: { width: 360, height: 560 } });
  await page.goto(server.url);
  await page.getByRole('combobox', { name: 'Name or number' }).waitFor();
  await page.evaluate(PAGE_SCRIPT);
  return {
    page,
    close: async () => {
      await page.close();
      await server.close();
      core.contacts.stop();
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

// Installed in the page (as source text: the bench compiles without the DOM's types). `__timeToPaint`
// answers the milliseconds from a change of the box (the input event a keystroke or a paste fires) to the
// first frame painted once the results (or the reading) show it, measured against the page's own clock.
const PAGE_SCRIPT = `
window.__setBox = (text) => {
  const box = document.querySelector('#box');
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
};
window.__timeToPaint = (text, ready) => new Promise((resolve) => {
  const done = () => ready === 'results'
    ? document.querySelector('#contacts[data-answered="' + CSS.escape(text.trim()) + '"]') !== null
    : (document.querySelector('#reading')?.textContent ?? '').includes('+');
  const start = performance.now();
  const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__setBox(text);
  if (done()) {
    observer.disconnect();
    painted();
  }
});`;

function timeToPaint(page: Page, text: string, ready: 'results' | 'reading'): Promise<number> {
  return page.evaluate<number>(`__timeToPaint(${JSON.stringify(text)}, ${JSON.stringify(ready)})`);
}

async function clear(page: Page): Promise<void> {
  await page.evaluate(`__setBox('')`);
}

/** Keystroke to painted results, every prefix of every typed text, on both windows alternately. */
async function keystrokes(small: Page, large: Page): Promise<{ small: number[]; large: number[] }> {
  const times = { small: [] as number[], large: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const typed of TYPED) {
      for (const [page, into] of [
        [small, times.small],
        [large, times.large],
      ] as const) {
        for (let end = 1; end <= typed.length; end++) {
          const prefix = typed.slice(0, end);
          if (prefix.trim() === '' || prefix.endsWith(' ')) continue;
          into.push(await timeToPaint(page, prefix, 'results'));
        }
        await clear(page);
      }
    }
  }
  return times;
}

/** The DOM nodes inside the Directory list. */
async function directoryNodes(page: Page): Promise<{ nodes: number; rows: number }> {
  await clear(page);
  await page.getByRole('tab', { name: 'Directory' }).click();
  await page.locator('#list-directory [role="option"]').first().waitFor();
  return {
    nodes: await page.locator('#list-directory *').count(),
    rows: await page.locator('#list-directory [role="option"]').count(),
  };
}

/** The gzipped size of the JavaScript the window loads at start. */
async function initialJavaScript(): Promise<number> {
  const assets = join(RENDERER_DIR, 'assets');
  const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8');
  const loaded = (await readdir(assets)).filter((name) => name.endsWith('.js') && html.includes(name));
  const sizes = await Promise.all(loaded.map(async (name) => gzipSync(await readFile(join(assets, name))).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** The window's figures: search as you type at 50 vs 50,000 contacts, the list's DOM, the paste's reading, the JS. */
export async function windowBenchmarks(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const small = await start(browser, 50);
  const large = await start(browser, 50_000);
  try {
    const times = await keystrokes(small.page, large.page);
    const p95 = { small: percentile(times.small, 95), large: percentile(times.large, 95) };
    report(
      'window: keystroke → painted results (p95)',
      `${(p95.large / p95.small).toFixed(2)}× (target ≤ 2×)`,
      `50,000 contacts ${p95.large.toFixed(1)} ms, 50 contacts ${p95.small.toFixed(1)} ms, ${times.large.length} keys each`,
    );
    const few = await start(browser, 200);
    try {
      const [many, base] = [await directoryNodes(large.page), await directoryNodes(few.page)];
      report(
        'window: DOM nodes in the Directory list',
        `${(many.nodes / base.nodes).toFixed(2)}× (target ≤ 1×)`,
        `50,000 contacts ${many.nodes} nodes (${many.rows} rows), 200 contacts ${base.nodes} nodes (${base.rows} rows)`,
      );
    } finally {
      await few.close();
    }
    const pastes: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const paste of PASTES) {
        await clear(small.page);
        pastes.push(await timeToPaint(small.page, paste, 'reading'));
      }
    }
    const pasteP95 = percentile(pastes, 95);
    report(
      'window: paste → painted reading (p95)',
      `${(pasteP95 / FRAME_MS).toFixed(2)} frames (aim ≤ 1)`,
      `${pasteP95.toFixed(1)} ms, p50 ${percentile(pastes, 50).toFixed(1)} ms, one frame ${FRAME_MS.toFixed(1)} ms`,
    );
  } finally {
    await small.close();
    await large.close();
    await browser.close();
  }
  const bytes = await initialJavaScript();
  report('window: initial renderer JS, gzipped', `${(bytes / 1024).toFixed(1)} KB (limit 120 KB)`, 'was 77 KB');
}
