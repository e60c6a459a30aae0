import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSocketPath } from '../../electron/core/native/app-socket-path.js';
import { serveAppSocket } from '../../electron/core/native/app-socket.js';
import { setupExtensionRequests } from '../../electron/core/service/extension-requests.js';
import { createSoftdialApi } from '../../electron/ipc/client.js';
import type { PayloadOf } from '../../electron/ipc/contract.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/browser.js';
import { runSoftdial } from '../helpers/run-softdial.js';
import { temporaryDirectory } from '../helpers/sandbox.js';
import { startWebApp, webSocketTo } from '../helpers/web-app.js';

const EXTENSION = fileURLToPath(new URL('../../dist/extension/chromium', import.meta.url));
const ROWS = 5000;

/** A UK drama-range number (Ofcom keeps 020 7946 0000–0999 for fiction), one per row index. */
const ukNumber = (row: number): string => `020 7946 0${String(row % 1000).padStart(3, '0')}`;

/** The local test pages: a CRM table, a single-page app, an iframe, dates and postcodes, a hostile script. */
const PAGES: Record<string, string> = {
  '/crm': `<table><tbody>${Array.from(
    { length: ROWS },
    (_, row) => `<tr><td>Customer ${row}</td><td>${row % 2 === 0 ? ukNumber(row) : `Order ${100000 + row}`}</td></tr>`,
  ).join('')}</tbody></table>`,
  '/spa': `<ul id="list"><li>Alice ${ukNumber(1)}</li></ul>
    <script>setTimeout(() => { const li = document.createElement('li'); li.textContent = 'Bob ${ukNumber(2)}';
      document.getElementById('list').append(li); }, 300);</script>`,
  '/frame': `<p>Outer page</p><iframe src="/inner" width="400" height="100"></iframe>`,
  '/inner': `<p>Reception +44 20 7946 0123</p>`,
  '/quiet': `<p>Posted 2026-11-27 at 12:30, ref 27.11.2026. Office: SW1A 1AA, 75008 Paris, 10115 Berlin. Invoice 4711.</p>
    <input value="020 7946 0555"><textarea>020 7946 0556</textarea><div contenteditable="true">020 7946 0557</div>
    <code>020 7946 0558</code><p>Reception 020 7946 0321</p>`,
  '/hostile': `<a id="link" href="tel:+442079460999">Call us</a><p>Desk ${ukNumber(7)}</p>
    <script>setTimeout(() => { document.getElementById('link').click();
      document.querySelector('softdial-marks')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      document.body.dataset.tried = 'yes'; }, 300);</script>`,
};

let context: BrowserContext;
let site: Server;
let origin: string;
const offered: PayloadOf<'dialRequested'>[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
let app: Awaited<ReturnType<typeof startWebApp>>;
let api: ReturnType<typeof createSoftdialApi>;

beforeAll(async () => {
  app = await startWebApp({ realTime: true });
  cleanups.push(() => app.close());
  const socket = await serveAppSocket(
    appSocketPath(app.harness.dataDir),
    setupExtensionRequests({
      core: app.harness.core,
      // What the app offers its window, recorded on the way (a page that reconnects gets it again).
      pushes: {
        emit: (event, payload) => {
          if (event === 'dialRequested') offered.push(payload as PayloadOf<'dialRequested'>);
          app.server.pushes.emit(event, payload);
        },
      },
      windowOpen: () => app.server.sessions > 0,
    }),
  );
  cleanups.push(async () => socket?.close());
  api = createSoftdialApi(webSocketTo(app.server));
  await api.ready();
  site = createServer((request, response) => {
    const body = PAGES[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ? `<!doctype html><html><body>${body}</body></html>` : '');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  cleanups.push(() => new Promise((resolve) => site.close(resolve)));
  const profile = await temporaryDirectory();
  cleanups.push(() => profile.remove());
  const installed = await runSoftdial(['extension', 'install-host', '--user-data-dir', profile.path], {
    env: { SOFTDIAL_DATA_DIR: app.harness.dataDir },
  });
  expect(installed.code).toBe(0);
  context = await chromium.launchPersistentContext(profile.path, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  cleanups.push(() => context.close());
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface AxButton {
  name: string;
  backendDOMNodeId: number;
}

interface FrameTree {
  frame: { id: string };
  childFrames?: FrameTree[];
}
const frameIds = (tree: FrameTree): string[] => [tree.frame.id, ...(tree.childFrames ?? []).flatMap(frameIds)];

/** The page's buttons named "Call …" in every frame, as a screen reader finds them (closed shadow roots included). */
async function callButtons(page: Page): Promise<AxButton[]> {
  const cdp = await context.newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const nodes: { role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number }[] = [];
  for (const frameId of frameIds(frameTree)) {
    const tree = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: typeof nodes };
    nodes.push(...tree.nodes);
  }
  await cdp.detach();
  return nodes.flatMap((node) =>
    node.role?.value === 'button' && node.name?.value?.startsWith('Call ') && node.backendDOMNodeId !== undefined
      ? [{ name: node.name.value, backendDOMNodeId: node.backendDOMNodeId }]
      : [],
  );
}

/** A person's click on a control: scrolled into view, then the mouse at its centre (a trusted event). */
async function clickControl(page: Page, button: AxButton): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendDOMNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId })) as {
    model: { content: number[] };
  };
  await cdp.detach();
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

describe('the browser extension in Chromium', () => {
  it('marks every number of a 5,000-row CRM table, and a click places exactly one call', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/crm`);
    // Each look reads the whole accessibility tree of 5,000 rows: look every 2 s, and allow for a loaded CI machine.
    await expect
      .poll(async () => (await callButtons(page)).length, { timeout: 180_000, interval: 2_000 })
      .toBe(ROWS / 2);
    const buttons = await callButtons(page);
    const target = buttons[10];
    if (!target) throw new Error('no control');
    // The name is the number as `softdial normalize` formats it internationally.
    const normalized = await runSoftdial(['normalize', '--region', 'GB', ukNumber(20)]);
    const reading = JSON.parse(normalized.stdout) as { international: string; e164: string };
    expect(target.name).toBe(`Call ${reading.international}`);
    const before = offered.length;
    await clickControl(page, target);
    await expect.poll(() => offered.length).toBe(before + 1);
    const request = offered.at(-1);
    expect(request).toMatchObject({ source: 'extension', reading: { ok: true, e164: reading.e164 } });
    const calls = app.harness.emulator.state.calls.size;
    expect(await api.dial({ text: request?.text ?? '', source: 'extension', confirmed: true })).toMatchObject({
      ok: true,
    });
    expect(app.harness.emulator.state.calls.size).toBe(calls + 1);
    await page.close();
  }, 300_000);

  it('follows a single-page app adding rows, and reads inside an iframe', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/spa`);
    await expect
      .poll(async () => (await callButtons(page)).map((button) => button.name))
      .toEqual(['Call +44 20 7946 0001', 'Call +44 20 7946 0002']);
    await page.goto(`${origin}/frame`);
    await expect
      .poll(async () => (await callButtons(page)).map((button) => button.name))
      .toEqual(['Call +44 20 7946 0123']);
    await page.close();
  });

  it('marks no dates, times, postcodes, fields, editable text or code', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/quiet`);
    // The page is read in document order: once its last line is marked, everything before it was read.
    await expect
      .poll(async () => (await callButtons(page)).map((button) => button.name))
      .toEqual(['Call +44 20 7946 0321']);
    await page.close();
  });

  it("never dials for the page's own script (a synthetic click on its tel: link or on the controls)", async () => {
    const page = await context.newPage();
    const before = offered.length;
    await page.goto(`${origin}/hostile`);
    await expect.poll(async () => (await callButtons(page)).length).toBe(1);
    await page.waitForFunction(() => document.body.dataset['tried'] === 'yes');
    // A person's click after the script's attempts: the only dial that reaches the app is this one.
    const [desk] = await callButtons(page);
    if (!desk) throw new Error('no control');
    await clickControl(page, desk);
    await expect.poll(() => offered.length).toBe(before + 1);
    expect(offered.at(-1)).toMatchObject({ text: '+442079460007', source: 'extension' });
    await page.close();
  });
});
