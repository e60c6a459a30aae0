// Runs the BUILT Electron main process (dist/electron/main/index.js) under Node against the Electron stand-in
// and prints what happened as one JSON line for the start-up test. Started by that test, one process per
// scenario: node --expose-gc --import tsx --import ./electron-loader.mjs drive-main.ts SCENARIO [argv links…]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, harness, nativeImage, powerMonitor, Tray } from './electron-stand-in.js';
import type { MenuItemConstructorOptions } from 'electron';
import { channelOf, invokeChannels } from '../../electron/ipc/contract.js';
import type { Method } from '../../electron/ipc/contract.js';
import { runSmoke } from '../smoke/scenarios.js';
import type { SmokeApp } from '../smoke/scenarios.js';

/** The built main process, exactly as `npm run build` emits it (a variable, so TypeScript does not look for types). */
const BUILT_MAIN = new URL('../../dist/electron/main/index.js', import.meta.url).href;
const scenario = process.argv[2];
const trusted = (): unknown => ({
  sender: { id: harness.windows[0]?.webContents.id },
  senderFrame: { url: 'app://softdial/index.html' },
});
const stranger = { sender: { id: 999 }, senderFrame: { url: 'https://ads.example/' } };
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** What the driver waited for in vain (the test fails on any), so one broken step does not hide the others. */
const gaveUp: string[] = [];

/** Waits for a condition of the running app; after many turns of the event loop, notes it and goes on. */
async function until(what: string, condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 2_000; turn++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  gaveUp.push(what);
}

async function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = harness.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event as never, ...args);
}

const dialRequests = (): string[] =>
  harness.sent
    .filter((message) => message.channel === 'softdial:event:dialRequested')
    .map((message) => (message.payload as { text: string; source: string }).text);

/** Whether the tray survives garbage collection, and (control) whether an unreferenced tray does not. */
async function trayAfterGc(): Promise<{ trayAlive: boolean; orphanCollected: boolean }> {
  const collect = globalThis.gc;
  if (!collect) throw new Error('run with --expose-gc');
  const orphan = ((): WeakRef<Tray> => new WeakRef(new Tray(nativeImage.createFromPath('orphan.png'))))();
  for (let round = 0; round < 5; round++) {
    await tick();
    collect();
  }
  return { trayAlive: harness.trays[0]?.deref() !== undefined, orphanCollected: orphan.deref() === undefined };
}

const tcpServers = (): number =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'TCPServerWrap').length;

const menuItem = (label: string): MenuItemConstructorOptions | undefined =>
  harness.trays[0]?.deref()?.menu?.template.find((item) => item.label?.startsWith(label));

async function normal(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  const beforeReady = {
    schemesBeforeReady: harness.schemesBeforeReady,
    secondInstanceListeners: app.listenerCount('second-instance'),
  };
  // A second launch with a link while the app is still starting (before ready, before the core).
  app.emit('second-instance', {}, ['softdial', 'tel:+33612345678'], '/');
  app.emitReady();
  await until('the tray and the window', () => harness.trays.length > 0 && harness.journal.includes('window.focus'));
  const queuedBeforeRendererReady = dialRequests().length;
  const readyResult = await invoke(channelOf('ready'), trusted());
  const afterReady = dialRequests();
  app.emit('second-instance', {}, ['softdial', '"tel:+4930123456"'], '/');
  const afterSecond = dialRequests();

  const gc = await trayAfterGc();

  // window.open from the page: denied always; the system browser gets only what the allow-list accepts.
  const opened = (): string[] => harness.journal.filter((entry) => entry.startsWith('shell.openExternal:'));
  const openHandler = harness.windows[0]?.webContents.openHandler;
  const windowOpen = [
    'https://help.mypurecloud.com/articles/webrtc/',
    'https://evil.example/',
    'file:///etc/passwd',
  ].map((url) => openHandler?.({ url } as never).action);
  await until('the allowed link to open', () => opened().length > 0);
  const openedExternally = opened();

  const channels = Object.keys(invokeChannels).map((method) => channelOf(method as Method));
  const refused: Record<string, unknown> = {};
  for (const channel of channels) refused[channel] = await invoke(channel, stranger, ...[]);
  const status = (await invoke(channelOf('status'), trusted())) as { ok: boolean; value: { sandbox: boolean } };

  // The tray menu follows a settings change, and "Call copied number" reads the clipboard when clicked.
  harness.clipboardText = 'Call +44 20 7946 0000 please';
  const settings = (await invoke(channelOf('updateSettings'), trusted(), { confirmExternalDials: true })) as {
    ok: boolean;
    value: { desktop?: unknown };
  };
  await until('the tray menu with the copied number', () =>
    Boolean(menuItem('Call copied number')?.label?.includes('+44 20 7946 0000')),
  );
  const labelAfterChange = menuItem('Call copied number')?.label;
  harness.clipboardText = '+1 650-253-0000';
  (menuItem('Call copied number')?.click as (() => void) | undefined)?.();
  await until('the clicked clipboard number', () => dialRequests().includes('+1 650-253-0000'));

  const serversBeforeQuit = tcpServers();
  app.quit();
  await until('the sandbox to close', () => tcpServers() === 0);
  return {
    beforeReady,
    journal: harness.journal,
    windows: harness.windows.map((window) => window.options),
    windowClosedOnQuit: harness.windows[0]?.closed,
    handlers: [...harness.handlers.keys()],
    channels,
    queuedBeforeRendererReady,
    readyResult,
    afterReady,
    afterSecond,
    refused,
    status,
    settings,
    labelAfterChange,
    dialledAfterClick: dialRequests().at(-1),
    gc,
    windowOpen,
    openedExternally,
    serversBeforeQuit,
    serversAfterQuit: tcpServers(),
  };
}

async function failing(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  app.emitReady();
  await until('the app to exit', () => harness.exitCode !== undefined);
  return { journal: harness.journal, exitCode: harness.exitCode, windows: harness.windows.length };
}

async function packaged(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  app.emitReady();
  await until('the contract', () => harness.handlers.has(channelOf('ready')));
  await invoke(channelOf('ready'), trusted());
  const settled = (): { values: Record<string, unknown>; desktop?: { links: { state: string } } } | undefined =>
    harness.sent
      .filter((message) => message.channel === 'softdial:event:settingsChanged')
      .map((message) => message.payload as { values: Record<string, unknown>; desktop?: { links: { state: string } } })
      .findLast((view) => view.desktop?.links.state !== 'not-asked');
  await until('the link answer to settle', () => settled() !== undefined);
  return { journal: harness.journal, handleLinks: settled()?.values['handleLinks'], links: settled()?.desktop?.links };
}

/** Started with "start in tray" and a bring-forward hotkey in the settings file: hidden until that hotkey is pressed. */
async function inTray(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  app.emitReady();
  await until('the tray and the contract', () => harness.trays.length > 0 && harness.handlers.has(channelOf('ready')));
  await invoke(channelOf('ready'), trusted());
  await until('the hotkeys', () => harness.hotkeys.size === 2);
  const beforePress = [...harness.journal];
  harness.hotkeys.get('CommandOrControl+Alt+Space')?.();
  await until('the box to be focused', () =>
    harness.sent.some((message) => message.channel === 'softdial:event:focusBox'),
  );
  const settings = await invoke(channelOf('getSettings'), trusted());
  return { beforePress, afterPress: harness.journal.slice(beforePress.length), settings };
}

async function lockTaken(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  return { journal: harness.journal, secondInstanceListeners: app.listenerCount('second-instance') };
}

/** The window mode the renderer asks for, remembered in the data folder; the tray following favourites and calls. */
async function windowMode(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  app.emitReady();
  await until('the contract', () => harness.handlers.has(channelOf('ready')));
  await invoke(channelOf('ready'), trusted());
  const mode = process.env['STAND_IN_MODE'];
  const modeResult = mode ? await invoke(channelOf('setWindowMode'), trusted(), JSON.parse(mode)) : undefined;
  const journalAfterMode = [...harness.journal];
  // A compact bar grows for an alert as the renderer asks, where it is.
  const parsed = mode ? (JSON.parse(mode) as { pinned: boolean; compact: boolean }) : undefined;
  if (parsed?.compact) await invoke(channelOf('setWindowMode'), trusted(), { ...parsed, contentHeight: 140 });
  const journalAfterGrow = harness.journal.slice(journalAfterMode.length);
  const moveTo = process.env['STAND_IN_MOVE_TO'];
  if (moveTo) {
    // The agent drags the window: its place is saved once the moves stop.
    harness.windows[0]?.setBounds(JSON.parse(moveTo) as { x: number; y: number });
    harness.windows[0]?.emit('move');
    const file = join(process.env['SOFTDIAL_DATA_DIR'] ?? '', 'window.json');
    const x = (JSON.parse(moveTo) as { x: number }).x;
    await until('the moved window saved', () => existsSync(file) && readFileSync(file, 'utf8').includes(`"x": ${x}`));
  }

  const added = (await invoke(channelOf('addContact'), trusted(), {
    name: 'Support desk',
    numbers: [{ label: 'Work', raw: '+44 20 7946 0000' }],
  })) as { value: { id: string } };
  await invoke(channelOf('addFavourite'), trusted(), { contactId: added.value.id });
  await until('the favourite in the tray', () => menuItem('Support desk') !== undefined);
  await invoke(channelOf('dial'), trusted(), { text: '+33 6 12 34 56 78', source: 'pad', confirmed: true });
  await until('the call in the tray', () => menuItem('Redial') !== undefined);
  const trayLabels = harness.trays[0]?.deref()?.menu?.template.map((item) => item.label ?? item.type);

  // A move the moment before quitting: its save is still waiting when the app quits.
  const lastMove = process.env['STAND_IN_MOVE_AT_QUIT'];
  if (lastMove) {
    harness.windows[0]?.setBounds(JSON.parse(lastMove) as { x: number; y: number });
    harness.windows[0]?.emit('move');
  }
  app.quit();
  await until('the sandbox to close', () => tcpServers() === 0);
  return {
    windows: harness.windows.map((window) => window.options),
    modeResult,
    journalAfterMode,
    journalAfterGrow,
    trayLabels,
  };
}

const journalSince = (start: number, prefix: string): string[] =>
  harness.journal.slice(start).filter((entry) => entry.startsWith(prefix));

/** Asks the window session's permission handlers as Chromium would, for our page and for another origin. */
async function permissions(): Promise<Record<string, unknown>> {
  const ask = (permission: string, url: string) => harness.permissionRequest?.(permission, { requestingUrl: url });
  return {
    clipboardForApp: await ask('clipboard-sanitized-write', 'app://softdial/index.html'),
    clipboardForOther: await ask('clipboard-sanitized-write', 'https://ads.example/'),
    cameraForApp: await ask('media', 'app://softdial/index.html'),
    checkClipboard: harness.permissionCheck?.('clipboard-sanitized-write', 'app://softdial'),
    checkNotifications: harness.permissionCheck?.('notifications', 'app://softdial'),
  };
}

/** The shell around the window: no default menu, the clipboard permission, a crashed or hung page, sleep, Quit. */
async function shell(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  app.emitReady();
  await until('the contract', () => harness.handlers.has(channelOf('ready')));
  await invoke(channelOf('ready'), trusted());
  const contents = harness.windows[0]?.webContents;
  const window = harness.windows[0];
  if (!contents || !window) throw new Error('no window');
  const granted = await permissions();

  // Four crashes in a row: three reloads, then the agent is told (and answers "Try again"); a clean exit is left alone.
  harness.messageBoxResponse = 0;
  const beforeCrashes = harness.journal.length;
  contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
  for (let crash = 0; crash < 4; crash++) contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  await until('the crashes explained', () => journalSince(beforeCrashes, 'webContents.reload').length === 4);
  const crashes = harness.journal.slice(beforeCrashes);

  // A hung page: the agent chooses to reload it, so its process is ended and the page reloaded.
  const beforeHang = harness.journal.length;
  window.emit('unresponsive');
  await until('the hung page reloaded', () => journalSince(beforeHang, 'webContents.reload').length === 1);
  const hang = harness.journal.slice(beforeHang);

  const statusPushes = (): number => harness.sent.filter((sent) => sent.channel === 'softdial:event:status').length;
  const beforeResume = statusPushes();
  powerMonitor.emit('resume');
  const statusAfterResume = statusPushes() - beforeResume;

  const quitResult = await invoke(channelOf('quit'), trusted());
  await until('the sandbox to close', () => tcpServers() === 0);
  return {
    applicationMenu: harness.applicationMenu,
    granted,
    crashes,
    hang,
    statusAfterResume,
    quitResult,
    quits: harness.journal.filter((entry) => entry === 'app.quit').length,
  };
}

/** A desktop without a tray host, with "start in the tray" set: the window shows, and closing it quits. */
async function noTray(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  app.emitReady();
  await until('the window shown', () => harness.journal.includes('window.show'));
  await invoke(channelOf('ready'), trusted());
  const settings = await invoke(channelOf('getSettings'), trusted());
  harness.windows[0]?.close();
  const closedByClose = harness.windows[0]?.closed;
  // With a tray the window only hid: quit from the tray, as the agent would.
  if (!closedByClose) app.quit();
  await until('the sandbox to close', () => tcpServers() === 0);
  return { settings, journal: harness.journal, closedByClose };
}

/** The smoke scenarios' questions, answered by the stand-in: what main asked of Electron, and what it sent. */
const standInApp: SmokeApp = {
  pageUrl: async () =>
    harness.journal.findLast((entry) => entry.startsWith('window.loadURL:'))?.slice('window.loadURL:'.length) ?? '',
  csp: async () =>
    (await harness.appProtocol?.(new Request('app://softdial/index.html')))?.headers.get('content-security-policy') ??
    undefined,
  dial: async (text) => {
    const result = (await invoke(channelOf('dial'), trusted(), { text, source: 'pad', confirmed: true })) as {
      ok: boolean;
      value?: { number: { international: string } };
    };
    return result.value?.number.international;
  },
  launchAgain: async (args) => {
    app.emit('second-instance', {}, ['softdial', ...args], '/');
  },
  offered: async () => dialRequests(),
  crashPage: async () => {
    harness.windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
  },
  pageBack: async () => harness.journal.at(-1) === 'webContents.reload',
  compact: async (contentHeight) => {
    await invoke(channelOf('setWindowMode'), trusted(), { pinned: false, compact: true, contentHeight });
    return harness.windows[0]?.getContentSize()[1] ?? 0;
  },
};

/** The smoke scenarios the packaged app runs in CI, against the stand-in. */
async function smoke(): Promise<Record<string, unknown>> {
  await import(BUILT_MAIN);
  app.emitReady();
  await until('the contract', () => harness.handlers.has(channelOf('ready')));
  await invoke(channelOf('ready'), trusted());
  const results = await runSmoke(standInApp);
  app.quit();
  await until('the sandbox to close', () => tcpServers() === 0);
  return { results };
}

const scenarios: Record<string, () => Promise<Record<string, unknown>>> = {
  smoke,
  shell,
  noTray,
  normal,
  failing,
  lockTaken,
  packaged,
  inTray,
  windowMode,
};
const run = scenario ? scenarios[scenario] : undefined;
if (!run) throw new Error(`unknown scenario ${scenario}`);
const report = { ...(await run()), gaveUp };
process.stdout.write(`REPORT ${JSON.stringify(report)}\n`);
process.exit(0);
