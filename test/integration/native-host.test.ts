import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appSocketPath } from '../../electron/core/native/app-socket-path.js';
import { serveAppSocket } from '../../electron/core/native/app-socket.js';
import type { AppSocketServer } from '../../electron/core/native/app-socket.js';
import { HOST_RATE } from '../../electron/core/native/native-host.js';
import { setupExtensionRequests } from '../../electron/core/service/extension-requests.js';
import { createSoftdialApi } from '../../electron/ipc/client.js';
import type { PayloadOf } from '../../electron/ipc/contract.js';
import { CHROMIUM_EXTENSION_ID } from '../../electron/shared/extension-identity.js';
import { startHostProcess } from '../helpers/native-host-process.js';
import type { HostProcess } from '../helpers/native-host-process.js';
import { runSoftdial } from '../helpers/run-softdial.js';
import { temporaryDirectory } from '../helpers/sandbox.js';
import { startWebApp, webSocketTo } from '../helpers/web-app.js';

const BIN = new URL('../../bin/softdial.js', import.meta.url).pathname;
const cleanups: (() => Promise<unknown>)[] = [];
const hosts: HostProcess[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) host.child.kill();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** `softdial web`'s pieces: the core against the emulator, its WebSocket, and the extension's socket. */
async function startApp(): Promise<{
  app: Awaited<ReturnType<typeof startWebApp>>;
  socket: AppSocketServer;
  offered: PayloadOf<'dialRequested'>[];
  api: ReturnType<typeof createSoftdialApi>;
}> {
  const app = await startWebApp({ realTime: true });
  cleanups.push(() => app.close());
  const socket = await serveAppSocket(
    appSocketPath(app.harness.dataDir),
    setupExtensionRequests({
      core: app.harness.core,
      pushes: app.server.pushes,
      windowOpen: () => app.server.sessions > 0,
    }),
  );
  if (!socket) throw new Error('the socket was already served');
  cleanups.push(() => socket.close());
  const api = createSoftdialApi(webSocketTo(app.server));
  const offered: PayloadOf<'dialRequested'>[] = [];
  api.on('dialRequested', (payload) => offered.push(payload));
  expect(await api.ready()).toMatchObject({ ok: true });
  return { app, socket, offered, api };
}

const host = (dataDir: string): HostProcess => {
  const started = startHostProcess(
    process.execPath,
    [BIN, 'native-host', `chrome-extension://${CHROMIUM_EXTENSION_ID}/`],
    {
      SOFTDIAL_DATA_DIR: dataDir,
    },
  );
  hosts.push(started);
  return started;
};

describe('the native host between the extension and the running app', () => {
  it('hands a dial to the app as an external dial, which places exactly one call once confirmed', async () => {
    const { app, offered, api } = await startApp();
    const native = host(app.harness.dataDir);
    native.send({ type: 'status' });
    native.send({ type: 'dial', text: '020 7946 0958' });
    const [status, dial] = await native.answers(2);
    expect(status).toMatchObject({ ok: true, type: 'status', ready: true, signedIn: true, defaultCountry: 'GB' });
    expect(dial).toEqual({ ok: true, type: 'dial', confirmFirst: true, summary: expect.any(String) });
    await expect.poll(() => offered.length).toBe(1);
    const [request] = offered;
    expect(request).toMatchObject({
      source: 'extension',
      confirmFirst: true,
      reading: { ok: true, e164: '+442079460958' },
    });
    // The window shows it; the agent's confirmation dials through the contract, guard included.
    expect(app.harness.emulator.state.calls.size).toBe(0);
    const placed = await api.dial({ text: request?.text ?? '', source: 'extension', confirmed: true });
    expect(placed).toMatchObject({ ok: true });
    expect(app.harness.emulator.state.calls.size).toBe(1);
  });

  it('refuses a malformed or unknown request by name, and keeps answering', async () => {
    const { app, offered } = await startApp();
    const native = host(app.harness.dataDir);
    native.send({ type: 'dial', text: '' });
    native.send({ type: 'dial', text: '+442079460958', url: 'https://crm.example/customer/7' });
    native.sendRaw(Buffer.from([3, 0, 0, 0, 0x7b, 0x7b, 0x7b]));
    native.send({ type: 'status' });
    const answers = await native.answers(4);
    expect(answers.slice(0, 3)).toEqual([
      { ok: false, error: { code: 'invalid_message', message: expect.stringContaining('text') } },
      { ok: false, error: { code: 'invalid_message', message: expect.stringContaining('url') } },
      { ok: false, error: { code: 'invalid_message', message: expect.any(String) } },
    ]);
    expect(answers[3]).toMatchObject({ ok: true, type: 'status' });
    expect(offered).toEqual([]);
  });

  it('caps the rate: requests beyond the limit are refused, not turned into dials', async () => {
    const { app, offered } = await startApp();
    const native = host(app.harness.dataDir);
    for (let index = 0; index <= HOST_RATE.limit; index++) native.send({ type: 'dial', text: '+442079460958' });
    const answers = await native.answers(HOST_RATE.limit + 1);
    expect(answers.filter((answer) => (answer as { ok: boolean }).ok)).toHaveLength(HOST_RATE.limit);
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: 'too_many' } });
    await expect.poll(() => offered.length).toBe(HOST_RATE.limit);
  });

  it('answers a frame too large once, then ends', async () => {
    const { app } = await startApp();
    const native = host(app.harness.dataDir);
    native.sendRaw(Buffer.from([0, 0, 0, 1]));
    expect(await native.answers(1)).toEqual([{ ok: false, error: { code: 'too_large', message: expect.any(String) } }]);
    expect(await native.exited).toBe(0);
  });

  it('says so when no window of softdial web is open to show the dial', async () => {
    const app = await startWebApp({ realTime: true });
    cleanups.push(() => app.close());
    const handle = setupExtensionRequests({
      core: app.harness.core,
      pushes: app.server.pushes,
      windowOpen: () => app.server.sessions > 0,
    });
    expect(await handle({ type: 'dial', text: '+442079460958' })).toMatchObject({
      ok: false,
      error: { code: 'no_window' },
    });
  });

  it('says the app is not running when nothing answers on the socket', async () => {
    const data = await temporaryDirectory();
    cleanups.push(() => data.remove());
    const native = host(data.path);
    native.send({ type: 'dial', text: '+442079460958' });
    expect(await native.answers(1)).toEqual([
      { ok: false, error: { code: 'app_not_running', message: expect.any(String) } },
    ]);
  });

  it('keeps the socket to the same user and leaves a second app to the first', async () => {
    const { app, socket } = await startApp();
    expect((await stat(socket.path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(app.harness.dataDir, 'run'))).mode & 0o777).toBe(0o700);
    const second = await serveAppSocket(socket.path, () => Promise.reject(new Error('not me')));
    expect(second).toBeUndefined();
  });
});

describe('softdial extension install-host', () => {
  it('writes a manifest into the profile folder whose launcher runs the host for this data folder', async () => {
    const { app } = await startApp();
    const profile = await temporaryDirectory();
    cleanups.push(() => profile.remove());
    const env = { SOFTDIAL_DATA_DIR: app.harness.dataDir };
    const installed = await runSoftdial(['extension', 'install-host', '--user-data-dir', profile.path], { env });
    expect(installed).toMatchObject({ code: 0 });
    const file = join(profile.path, 'NativeMessagingHosts', 'app.softdial.host.json');
    const manifest = JSON.parse(await readFile(file, 'utf8')) as { path: string; allowed_origins: string[] };
    expect(manifest.allowed_origins).toEqual([`chrome-extension://${CHROMIUM_EXTENSION_ID}/`]);
    // The browser runs the manifest's path with the origin as its argument, and an environment of its own.
    const launched = startHostProcess(manifest.path, [`chrome-extension://${CHROMIUM_EXTENSION_ID}/`], {
      SOFTDIAL_DATA_DIR: undefined,
    });
    hosts.push(launched);
    launched.send({ type: 'status' });
    expect(await launched.answers(1)).toEqual([expect.objectContaining({ ok: true, type: 'status' })]);

    const removed = await runSoftdial(['extension', 'uninstall-host', '--user-data-dir', profile.path], { env });
    expect(removed.stdout).toContain('host manifest removed');
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
  });

  it('refuses an unknown browser and a Firefox profile folder with the fix', async () => {
    expect(await runSoftdial(['extension', 'install-host', '--browser', 'opera'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not one of chromium, chrome, edge, firefox'),
    });
    expect(
      await runSoftdial(['extension', 'install-host', '--browser', 'firefox', '--user-data-dir', '/tmp/x']),
    ).toMatchObject({ code: 2, stderr: expect.stringContaining('Firefox reads host manifests per user only') });
  });
});
