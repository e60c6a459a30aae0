import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { createHttpClient } from '../../electron/core/genesys/http.js';
import { SoftdialCore } from '../../electron/core/softdial-core.js';
import { startWebServer } from '../../electron/core/web/web-server.js';
import type { WebServer } from '../../electron/core/web/web-server.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';
import { pageClient } from '../helpers/ws-client.js';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

async function sandboxApp(env: NodeJS.ProcessEnv = {}): Promise<{ harness: Harness; server: WebServer }> {
  const harness = await startHarness({ sandbox: true, env });
  closing.push(() => harness.close());
  const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
  closing.push(() => server.close());
  return { harness, server };
}

/** A host that must never hear from softdial: any request it receives is recorded. */
async function attacker(): Promise<GenesysEmulator> {
  const host = await GenesysEmulator.start();
  closing.push(() => host.close());
  return host;
}

describe('the client secret goes only where the admin allowed', () => {
  it('refuses updateSettings({region}) to another host over the contract, and the next dial stays home', async () => {
    const evil = await attacker();
    const { harness, server } = await sandboxApp();
    const page = await pageClient(server);
    for (const region of [evil.url, 'http://attacker.example', 'https://attacker.example', `${evil.url}/api`])
      expect(await page.invoke('updateSettings', [{ region, mode: 'client-credentials' }])).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    expect(await page.invoke('dial', [{ text: '+442079460958', source: 'pad' }])).toMatchObject({ ok: true });
    expect(harness.emulator.received('POST', '/api/v2/conversations/calls/user/' + DEMO.agentUserId)).toHaveLength(1);
    expect(evil.requests).toEqual([]);
  });

  it('does not dial with a region written into the settings file by hand', async () => {
    const evil = await attacker();
    const harness = await startHarness({ sandbox: true });
    closing.push(() => harness.close());
    await writeFile(
      join(harness.dataDir, 'settings.json'),
      JSON.stringify({ region: evil.url, mode: 'client-credentials', clientId: 'c', userId: 'u' }),
    );
    const core = await SoftdialCore.create({
      env: { SOFTDIAL_DATA_DIR: harness.dataDir, SOFTDIAL_POLICY_FILE: join(harness.dataDir, 'none.json') },
      secrets: { store: harness.secrets },
      http: createHttpClient({ timeoutMs: 5000, env: {} }),
      sandboxUrl: harness.emulator.url,
    });
    await harness.secrets.set('client-secret:' + evil.url + ':c', 'CANARY-SECRET');
    const outcome = await core.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('not_configured');
    expect(evil.requests).toEqual([]);
  });

  it('binds a stored secret to the region it was entered for: a new region asks for it again', async () => {
    const second = await attacker();
    const { harness, server } = await sandboxApp();
    const first = harness.emulator;
    await writeFile(
      join(harness.dataDir, 'no-policy.json'),
      JSON.stringify({ allowedBaseUrls: [first.url, second.url] }),
    );
    const page = await pageClient(server);
    const settings = { mode: 'client-credentials', clientId: DEMO.serviceClientId, userId: DEMO.agentUserId };
    expect(await page.invoke('updateSettings', [{ ...settings, region: first.url }])).toMatchObject({ ok: true });
    expect(await page.invoke('storeClientSecret', [DEMO.serviceClientSecret])).toMatchObject({ ok: true });
    expect(await page.invoke('dial', [{ text: '+442079460958', source: 'pad' }])).toMatchObject({ ok: true });
    expect(first.received('POST', '/oauth/token')).toHaveLength(1);
    expect(await page.invoke('updateSettings', [{ region: second.url }])).toMatchObject({ ok: true });
    expect(await page.invoke('dial', [{ text: '+442079460959', source: 'pad' }])).toMatchObject({
      ok: false,
      error: { code: 'not_configured', detail: expect.stringMatching(/No client secret is stored/) },
    });
    expect(second.requests).toEqual([]);
  });
});

describe('settings names over the socket', () => {
  it('refuses names of Object.prototype members as invalid input, never internal_error or a silent success', async () => {
    const { harness, server } = await sandboxApp();
    const page = await pageClient(server);
    for (const key of ['__proto__', 'constructor', 'toString', 'prototype']) {
      const answer = new Promise((resolve) => {
        const listener = (data: unknown): void => {
          const message = JSON.parse(String(data)) as { id?: number };
          if (message.id !== 99) return;
          page.socket.off('message', listener);
          resolve(message);
        };
        page.socket.on('message', listener);
      });
      page.socket.send(`{"type":"invoke","id":99,"method":"updateSettings","args":[{"${key}":{"region":"x"}}]}`);
      expect(await answer).toMatchObject({
        result: { ok: false, error: { code: 'invalid_input', detail: expect.stringContaining(key) } },
      });
    }
    expect(harness.core.settings.values.region).toBeUndefined();
  });
});
