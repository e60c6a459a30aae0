import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { offerExternalDial } from '../../electron/core/service/external-dials.js';
import { startWebServer } from '../../electron/core/web/web-server.js';
import type { WebServer } from '../../electron/core/web/web-server.js';
import { browserSession } from '../helpers/browser-session.js';
import type { WebApp } from '../helpers/browser-session.js';
import { RENDERER_DIR } from '../helpers/web-app.js';

// The page's socket dropped under it, and softdial restarted behind it, in Debian's Chromium.
const session = browserSession({ connectAfterMs: 600 });
let restarted: WebServer | undefined;
afterEach(async () => {
  await restarted?.close();
  restarted = undefined;
});

async function open(): Promise<{ page: Page; app: WebApp }> {
  const page = await session.open();
  return { page, app: session.app() };
}

const field = (page: Page) => page.getByRole('combobox', { name: 'Name or number' });
const notice = (page: Page) => page.getByRole('alert').filter({ hasText: /softdial (is not reachable|was restarted)/ });

describe('the page when its connection to softdial goes', () => {
  it('fails the pending call at once, says softdial is unreachable, reconnects and gets the pushes that waited', async () => {
    const { page, app } = await open();
    const path = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;
    app.harness.emulator.inject({ method: 'POST', path, delayMs: 30_000 });
    await field(page).fill('+44 20 7946 0958');
    await field(page).press('Enter');
    await expect.poll(() => app.harness.emulator.received('POST', path).length).toBe(1);
    app.server.dropSockets();
    offerExternalDial(app.harness.core, app.server.pushes, { text: 'tel:+1-650-253-0000', source: 'link' });
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'The connection to softdial was lost' }).count())
      .toBe(1);
    const confirm = page.getByRole('group', { name: 'Confirm the number' });
    await expect.poll(() => confirm.textContent()).toContain('+1 650 253 0000');
    await expect.poll(() => notice(page).count()).toBe(0);
    expect(app.server.sessions).toBe(1);
  });

  it('says softdial was restarted, and how to get the new address, when the launch token is refused', async () => {
    const { page, app } = await open();
    const port = Number(new URL(app.server.origin).port);
    await app.server.close();
    await expect.poll(() => notice(page).textContent()).toContain('softdial is not reachable');
    restarted = await startWebServer({ core: app.harness.core, rendererDir: RENDERER_DIR, port });
    await expect.poll(() => notice(page).textContent(), { timeout: 15_000 }).toContain('softdial was restarted');
    expect(await notice(page).textContent()).toContain('Open the new address');
  });
});
