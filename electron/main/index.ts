// The composition root of the Electron app: each feature's setup, in order. Everything with a rule in it
// lives in electron/core and is tested there; this file only wires Electron to it.
import { fileURLToPath } from 'node:url';
import { app, ipcMain, shell } from 'electron';
import { startSandbox } from '../core/sandbox/start-sandbox.js';
import type { Sandbox } from '../core/sandbox/start-sandbox.js';
import { createHandlers } from '../core/service/handlers.js';
import { reportUnexpectedErrors } from '../core/service/unexpected-errors.js';
import { offerExternalDial } from '../core/service/external-dials.js';
import type { ExternalDial } from '../core/service/external-dials.js';
import { SoftdialCore } from '../core/softdial-core.js';
import { registerAppScheme, setupAppProtocol } from './app-protocol.js';
import { registerContract, windowPushes } from './ipc.js';
import { LINK_SCHEMES, dialLinksFromArgv } from './links.js';
import { notifyingDial } from './notifications.js';
import { isTrustedSender } from './security.js';
import { setupHotkey } from './shortcut.js';
import { setupTray } from './tray.js';
import { createMainWindow, focusWindow } from './window.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const RENDERER_DIR = here('../../renderer');
const PRELOAD = here('../preload/preload.cjs');
const TRAY_ICON = here('../../../build/icons/tray.png');

let quitting = false;
const waitingLinks: ExternalDial[] = [];
let deliverLink: (request: ExternalDial) => void = (request) => waitingLinks.push(request);

function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  for (const scheme of LINK_SCHEMES) app.setAsDefaultProtocolClient(scheme);
  for (const link of dialLinksFromArgv(process.argv)) deliverLink({ text: link, source: 'link' });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliverLink({ text: url, source: 'link' });
  });
  return true;
}

async function start(): Promise<void> {
  await app.whenReady();
  setupAppProtocol(RENDERER_DIR);
  let sandbox: Sandbox | undefined;
  const core = await SoftdialCore.create({
    openBrowser: (url) => shell.openExternal(url),
    startSandbox: async () => (sandbox = await startSandbox()).url,
  });
  const loginBase = (): string | undefined => {
    const connected = core.connect();
    return connected.ok ? connected.value.config.endpoints.loginBase : undefined;
  };
  const window = createMainWindow({ preload: PRELOAD, loginBase, isQuitting: () => quitting });
  const pushes = windowPushes((channel, payload) => window.webContents.send(channel, payload));
  window.webContents.on('did-start-loading', () => pushes.markNotReady());
  reportUnexpectedErrors({ log: (line) => console.error(`softdial: ${line}`), pushes });
  const windowIds = new Set([window.webContents.id]);
  const applyDesktopSettings = (): void => {
    const hotkeyProblem = setupHotkey(core.settings.values.hotkey, (text) => external({ text, source: 'hotkey' }));
    if (hotkeyProblem) console.warn(`softdial: ${hotkeyProblem}`);
    app.setLoginItemSettings({ openAtLogin: core.settings.values.startAtLogin });
  };
  const base = notifyingDial(
    createHandlers(core, pushes, () => pushes.markReady()),
    () => window.isVisible(),
  );
  const handlers: typeof base = {
    ...base,
    updateSettings: async (patch) => {
      const result = await base.updateSettings(patch);
      if (result.ok) applyDesktopSettings();
      return result;
    },
  };
  registerContract(ipcMain, handlers, (event) =>
    isTrustedSender({ webContentsId: event.sender.id, frameUrl: event.senderFrame?.url }, windowIds),
  );

  const external = (request: ExternalDial): void => {
    focusWindow(window);
    offerExternalDial(core, pushes, request);
  };
  deliverLink = external;
  waitingLinks.splice(0).forEach(external);
  app.on('second-instance', (_event, argv) => {
    focusWindow(window);
    for (const link of dialLinksFromArgv(argv)) external({ text: link, source: 'link' });
  });

  setupTray({
    core,
    icon: TRAY_ICON,
    actions: {
      dial: (text, source) => external({ text, source }),
      open: () => focusWindow(window),
      signIn: () => void core.signIn(),
      quit: () => app.quit(),
    },
  });
  applyDesktopSettings();
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('activate', () => focusWindow(window));
  app.on('will-quit', () => void sandbox?.close());
}

registerAppScheme();
if (setupSingleInstance()) void start();
else app.quit();
