import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/service/handlers.js';
import { offerExternalDial } from '../../electron/core/service/external-dials.js';
import { startWebServer } from '../../electron/core/web/web-server.js';
import { createSoftdialApi } from '../../electron/ipc/client.js';
import type { Transport } from '../../electron/ipc/client.js';
import { invokeChannels } from '../../electron/ipc/contract.js';
import { dispatch } from '../../electron/ipc/dispatch.js';
import type { Method, PayloadOf, SoftdialApi } from '../../electron/ipc/contract.js';
import { electronTransport } from '../../electron/ipc/electron-transport.js';
import type { PushSink } from '../../electron/ipc/push-queue.js';
import { registerContract, windowPushes } from '../../electron/main/ipc.js';
import { isTrustedSender } from '../../electron/main/security.js';
import { MemoryIpc } from '../helpers/memory-ipc.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { RENDERER_DIR, webSocketTo } from '../helpers/web-app.js';

interface Connected {
  api: SoftdialApi;
  raw: Transport;
  close(): Promise<void>;
}

const APP_FRAME = 'app://softdial/index.html';

/** The Electron path: registerContract on ipcMain, the preload's transport on ipcRenderer. */
async function overElectronIpc(harness: Harness): Promise<Connected & { pushes: PushSink }> {
  const ipc = new MemoryIpc();
  const pushes = windowPushes(ipc.send);
  registerContract(
    ipc.main,
    createHandlers(harness.core, pushes, () => pushes.markReady()),
    (event) => isTrustedSender({ webContentsId: event.sender.id, frameUrl: event.senderFrame?.url }, new Set([1])),
  );
  const raw = electronTransport(ipc.renderer({ webContentsId: 1, frameUrl: APP_FRAME }));
  return { api: createSoftdialApi(raw), raw, pushes, close: async () => undefined };
}

/** The browser path: `softdial web`'s server, and the renderer's own WebSocket transport. */
async function overWebSocket(harness: Harness): Promise<Connected> {
  const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
  const raw = webSocketTo(server);
  return { api: createSoftdialApi(raw), raw, close: () => server.close() };
}

const transports: [string, (harness: Harness) => Promise<Connected>][] = [
  ['Electron IPC', overElectronIpc],
  ['the WebSocket of softdial web', overWebSocket],
];

let harness: Harness;
let connected: Connected | undefined;
afterEach(async () => {
  await connected?.close();
  await harness?.close();
});

describe.each(transports)('the contract over %s', (_name, connect) => {
  const open = async (): Promise<SoftdialApi> => {
    harness = await startHarness({ realTime: true, emulator: { connectAfterMs: 100, disconnectAfterMs: 400 } });
    connected = await connect(harness);
    return connected.api;
  };

  it('answers status and parse with data from the core, never a token', async () => {
    const api = await open();
    const status = await api.status();
    expect(status).toMatchObject({
      ok: true,
      value: { sandbox: false, mode: 'client-credentials', defaultCountry: { country: 'GB', source: 'environment' } },
    });
    expect(await api.parse('07400 123456')).toMatchObject({
      ok: true,
      value: { ok: true, e164: '+447400123456', countryName: 'United Kingdom' },
    });
    await api.dial({ text: '+442079460958', source: 'pad' });
    const after = JSON.stringify(await api.status());
    for (const token of harness.emulator.state.tokens.keys()) expect(after).not.toContain(token);
  });

  it('dials, returns the conversation and pushes its progress once the renderer is ready', async () => {
    const api = await open();
    const progress: PayloadOf<'callProgress'>[] = [];
    api.on('callProgress', (payload) => progress.push(payload));
    const result = await api.dial({ text: '020 7946 0958', source: 'pad' });
    expect(result).toMatchObject({ ok: true, value: { body: { phoneNumber: '+442079460958' }, shared: false } });
    const conversation = `/api/v2/conversations/calls/${result.ok ? (result.value.conversationId ?? '') : ''}`;
    // The watcher has read the call (its first progress follows that answer in the core), and a round trip
    // through the same transport has passed since: the push exists, held because the window is not ready.
    await expect.poll(() => harness.emulator.received('GET', conversation).length).toBeGreaterThan(0);
    await api.status();
    expect(progress).toEqual([]);
    await api.ready();
    await expect.poll(() => progress.map((p) => p.phase).at(-1)).toBe('disconnected');
    expect(progress[0]?.conversationId).toBe(result.ok ? result.value.conversationId : undefined);
  });

  it('dials once when the same number arrives twice at once, by the dial guard itself', async () => {
    const api = await open();
    const [first, second] = await Promise.all([
      api.dial({ text: '+44 20 7946 0958', source: 'pad' }),
      api.dial({ text: '02079460958', source: 'contact' }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(second.value.conversationId).toBe(first.value.conversationId);
    const posts = harness.emulator.requests.filter(
      (request) => request.method === 'POST' && request.path.startsWith('/api/v2/conversations/calls'),
    );
    expect(posts).toHaveLength(1);
  });

  it('returns refusals as explained data, with the reading that needs confirmation', async () => {
    const api = await open();
    const refused = await api.dial({ text: 'Office +44 20 7946 0958, mobile +44 7400 123456', source: 'pad' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'needs_confirmation', number: { e164: '+442079460958' } },
    });
    expect(await api.dial({ text: 'no digits here', source: 'pad' })).toMatchObject({
      ok: false,
      error: { code: 'bad_number', title: 'That number cannot be dialled' },
    });
    expect(await api.updateSettings({ dialGuardSeconds: 120 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', detail: expect.stringMatching(/dialGuardSeconds: must be at most 60/) },
    });
  });

  it('rejects a bad payload on every channel that takes one, naming the argument', async () => {
    await open();
    const raw = connected?.raw;
    if (!raw) throw new Error('not connected');
    const bad: Partial<Record<Method, unknown[]>> = {
      parse: [42],
      dial: [{ text: '+442079460958', source: 'somewhere' }],
      hangUp: ['../../etc/passwd'],
      updateSettings: [['not', 'a', 'record']],
      storeClientSecret: [''],
      searchContacts: [42, 'r1'],
      listContacts: [{ offset: -1, limit: 10 }],
      getContact: ['nobody'],
      addFavourite: [{ contactId: 'user:x', numberId: 'a b' }],
      removeFavourite: ['../x'],
      reorderFavourites: ['user:x'],
      setPreferredNumber: ['phone:1', 'WORK'],
      addContact: [{ name: '', numbers: [] }],
      updateContact: ['local', { name: 'A', numbers: [{ label: 'Work', raw: '1' }] }],
      deleteContact: [''],
      importContacts: [{ fileName: 'a.csv', data: 1, dryRun: true }],
      exportContacts: [{ format: 'xls' }],
      watchPresence: ['user:x'],
      setWindowMode: [{ pinned: 'yes', compact: false }],
      setLanguage: ['xx'],
      reportWindowError: [{ where: 'drawing', name: 'Error', message: 'x', extra: 'not in the contract' }],
    };
    for (const method of Object.keys(invokeChannels) as Method[]) {
      if (invokeChannels[method].args.length === 0) continue;
      const args = bad[method];
      expect(args, `a bad payload for ${method}`).toBeDefined();
      expect(await raw.invoke(method, args ?? []), method).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', detail: expect.stringMatching(new RegExp(`${method} argument 1`)) },
      });
    }
    expect(await raw.invoke('dial', [{ source: 'pad' }])).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', detail: expect.stringMatching(/either text or contactId/) },
    });
    expect(harness.emulator.received('POST', '/oauth/token')).toHaveLength(0);
  });

  it('refuses extra arguments on the wire, and the API cuts them to the declared count', async () => {
    const api = await open();
    const raw = connected?.raw;
    expect(await raw?.invoke('parse', ['+442079460958', 'extra'])).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        detail: 'A value did not have the expected form. parse takes 1 argument(s), got 2.',
      },
    });
    const cut = api.parse as unknown as (...args: unknown[]) => ReturnType<SoftdialApi['parse']>;
    expect(await cut('+442079460958', 'extra')).toMatchObject({ ok: true, value: { e164: '+442079460958' } });
  });
});

describe('a method outside the contract', () => {
  const unknownNames = ['constructor', '__proto__', 'toString', 'dialEverybody'];

  it('is answered by the dispatcher with a typed failure, never a rejection', async () => {
    harness = await startHarness();
    const handlers = createHandlers(harness.core, { emit: () => undefined });
    for (const name of unknownNames) {
      // A rejection fails this await, so only an answer given as data can pass.
      const answer = await dispatch(handlers, name, []);
      expect(answer).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'invalid_input', detail: expect.stringContaining(`"${name}" is not`) }),
      });
    }
  });

  it('comes back over the WebSocket as that typed failure', async () => {
    harness = await startHarness();
    connected = await overWebSocket(harness);
    for (const name of unknownNames) {
      const answer = await connected.raw.invoke(name as Method, []);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('has no channel over Electron IPC, so Electron itself refuses it', async () => {
    harness = await startHarness();
    connected = await overElectronIpc(harness);
    await expect(connected.raw.invoke('constructor' as Method, [])).rejects.toThrow(/No handler registered/);
  });
});

describe('pushes over Electron IPC', () => {
  it('are held until the renderer is ready, so a link that arrives first is not lost', async () => {
    harness = await startHarness();
    const electron = await overElectronIpc(harness);
    connected = electron;
    const requests: PayloadOf<'dialRequested'>[] = [];
    electron.api.on('dialRequested', (payload) => requests.push(payload));
    offerExternalDial(harness.core, electron.pushes, { text: 'tel:+44-20-7946-0958', source: 'link' });
    expect(requests).toEqual([]);
    await electron.api.ready();
    expect(requests).toMatchObject([
      {
        text: 'tel:+44-20-7946-0958',
        source: 'link',
        confirmFirst: true,
        reading: { ok: true, e164: '+442079460958' },
      },
    ]);
  });

  it('refuse a sender that is not our window or not our page', async () => {
    harness = await startHarness();
    const ipc = new MemoryIpc();
    const pushes = windowPushes(ipc.send);
    registerContract(ipc.main, createHandlers(harness.core, pushes), (event) =>
      isTrustedSender({ webContentsId: event.sender.id, frameUrl: event.senderFrame?.url }, new Set([1])),
    );
    const stranger = createSoftdialApi(electronTransport(ipc.renderer({ webContentsId: 2, frameUrl: APP_FRAME })));
    const framed = createSoftdialApi(
      electronTransport(ipc.renderer({ webContentsId: 1, frameUrl: 'https://evil.example/' })),
    );
    for (const api of [stranger, framed]) {
      expect(await api.dial({ text: '+442079460958', source: 'pad' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', detail: expect.stringMatching(/did not come from a softdial window/) },
      });
    }
    expect(harness.emulator.requests).toHaveLength(0);
  });
});

describe('pushes over the WebSocket', () => {
  it('reach a browser once it is ready', async () => {
    harness = await startHarness();
    connected = await overWebSocket(harness);
    const statuses: PayloadOf<'status'>[] = [];
    connected.api.on('status', (payload) => statuses.push(payload));
    await connected.api.updateSettings({ callerIdName: 'Desk' });
    expect(statuses).toEqual([]);
    await connected.api.ready();
    await connected.api.updateSettings({ callerIdName: 'Desk 2' });
    await expect.poll(() => statuses.length).toBeGreaterThan(0);
  });
});
