// The composition root of the Electron app: each feature's setup, in order. Everything with a rule in it
// lives in electron/core or in a pure module next to this one and is tested there; this file only wires.
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, nativeTheme, screen } from 'electron';
import type { BrowserWindow } from 'electron';
import { GenesysEmulator } from '../core/emulator/emulator.js';
import { createHandlers } from '../core/service/handlers.js';
import { offerExternalDial } from '../core/service/external-dials.js';
import type { ExternalDial } from '../core/service/external-dials.js';
import { SoftdialCore } from '../core/softdial-core.js';
import type { PayloadOf, PushEvent } from '../ipc/contract.js';
import type { PushSink } from '../ipc/push-queue.js';
import { registerAppScheme, setupAppProtocol } from './app-protocol.js';
import { copiedTextForLabel, copiedTextNow } from './copied-text.js';
import { APP_ID, DESKTOP_NAME, HIDDEN_ARG, isWayland, launchedAtLogin } from './desktop-identity.js';
import type { DesktopPlatform } from './desktop-identity.js';
import { DesktopIntegration } from './desktop-integration.js';
import { darkTaskbar, trayIconFile, windowIconFile } from './icons.js';
import { registerContract, windowPushes } from './ipc.js';
import { Inbox } from './link-inbox.js';
import { dialLinksFromArgv } from './links.js';
import { notifyingDial } from './notifications.js';
import { isTrustedSender } from './security.js';
import { failStart } from './start-failure.js';
import type { TrayHandle } from './tray.js';
import { setupTray } from './tray.js';
import { trayFavourites, trayRecents } from './tray-lists.js';
import { closeInOrder, quitAfterClosing } from './quit.js';
import { reportingAs } from './unexpected.js';
import { tellWindowOfUnexpectedErrors } from '../core/service/unexpected-errors.js';
import { installProcessLog } from '../core/logging/error-sink.js';
import { dataDirectory } from '../core/settings/paths.js';
import { createMainWindow, focusWindow, openAllowedExternal } from './window.js';
import { windowLayout } from './window-layout.js';
import { rememberWindow } from './window-memory.js';
import { WindowStateFile } from './window-state-file.js';

// First of all: every unexpected error of this process goes, redacted, to the support log and stderr.
const log = installProcessLog(process, dataDirectory(process.env));

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const RENDERER_DIR = here('../../renderer');
const PRELOAD = here('../preload/preload.cjs');
const ICONS = here('../../../build/app-icons/');
const PLATFORM: DesktopPlatform =
  process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
const WAYLAND = isWayland(process.platform, process.env);
/** The pushes after which the tray menu is rebuilt: its status line, favourites and recent calls follow them. */
const TRAY_EVENTS: ReadonlySet<PushEvent> = new Set([
  'status',
  'settingsChanged',
  'favouritesChanged',
  'recentsChanged',
  'contactsChanged',
]);

/** What arrives from outside before the app can act: a dial link, or "show yourself" from a second launch. */
const arrivals = new Inbox<ExternalDial | 'show'>();
/** Held for the app's life: a Tray reachable only from its own listeners is garbage-collected and vanishes. */
let tray: TrayHandle | undefined;
let sandbox: GenesysEmulator | undefined;
/** Closes the core once it has started: quitting waits for it to put its last changes on disk. */
let closeCore: (() => Promise<void>) | undefined;
let quitting = false;

async function start(): Promise<void> {
  await app.whenReady();
  setupAppProtocol(RENDERER_DIR);
  const core = await SoftdialCore.create({
    log,
    // The sign-in page goes through the same allow-list as every other link (called after `loginBase` exists).
    openBrowser: (url) => openAllowedExternal(url, loginBase()),
    startSandbox: async () => (sandbox = await GenesysEmulator.start()).url,
  });
  closeCore = () => core.close();
  const loginBase = (): string | undefined => {
    const connected = core.connect();
    return connected.ok ? connected.value.config.endpoints.loginBase : undefined;
  };
  const windowIcon = windowIconFile(PLATFORM);
  const workAreas = () => screen.getAllDisplays().map((display) => display.workArea);
  const windowFile = new WindowStateFile(core.settings.dataDir);
  const remembered = await windowFile.load();
  if (remembered.problem) reportingAs('reading the window state')(new Error(remembered.problem));
  const window: BrowserWindow = createMainWindow({
    preload: PRELOAD,
    icon: windowIcon ? ICONS + windowIcon : undefined,
    layout: windowLayout(remembered.state, workAreas()),
    startHidden:
      core.settings.values.startInTray ||
      launchedAtLogin(process.argv, PLATFORM === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin),
    loginBase,
    isQuitting: () => quitting,
    onError: reportingAs('loading the window'),
  });
  const placement = rememberWindow({
    window,
    file: windowFile,
    state: remembered.state,
    workAreas,
    onError: reportingAs('saving the window state'),
  });
  const toWindow = windowPushes((channel, payload) => window.webContents.send(channel, payload));
  window.webContents.on('did-start-loading', () => toWindow.markNotReady());
  const windowIds = new Set([window.webContents.id]);

  const desktop: DesktopIntegration = new DesktopIntegration({
    platform: PLATFORM,
    packaged: app.isPackaged,
    wayland: WAYLAND,
    env: process.env,
    onHotkey: () => dialCopied('hotkey'),
    onFocusHotkey: () => {
      focusWindow(window, PLATFORM);
      toWindow.emit('focusBox', null);
    },
    saveLinkConsent: async (consent) => {
      await handlers.updateSettings({ handleLinks: consent });
    },
  });
  // Every push goes to the window; the settings view carries the desktop state, and the tray follows changes.
  const pushes: PushSink = {
    emit(event, payload) {
      if (event === 'settingsChanged')
        toWindow.emit('settingsChanged', { ...(payload as PayloadOf<'settingsChanged'>), desktop: desktop.state });
      else toWindow.emit(event, payload);
      if (TRAY_EVENTS.has(event)) tray?.refresh();
    },
  };
  const base = notifyingDial(
    createHandlers(core, pushes, () => toWindow.markReady()),
    () => window.isVisible(),
  );
  const handlers: typeof base = {
    ...base,
    dial: async (intent) => {
      const result = await base.dial(intent);
      tray?.refresh();
      return result;
    },
    setWindowMode: async (mode) => {
      await placement.setMode(mode);
      return { ok: true, value: null };
    },
    // A favourite kept without a number follows the contact's chosen one; nothing is pushed for that.
    setPreferredNumber: async (contactId, numberId) => {
      const result = await base.setPreferredNumber(contactId, numberId);
      tray?.refresh();
      return result;
    },
    getSettings: async () => {
      const result = await base.getSettings();
      return result.ok ? { ok: true, value: { ...result.value, desktop: desktop.state } } : result;
    },
    updateSettings: async (patch) => {
      const result = await base.updateSettings(patch);
      if (!result.ok) return result;
      await desktop.apply(core.settings.values);
      return { ok: true, value: { ...result.value, desktop: desktop.state } };
    },
  };
  registerContract(ipcMain, handlers, (event) =>
    isTrustedSender({ webContentsId: event.sender.id, frameUrl: event.senderFrame?.url }, windowIds),
  );
  tellWindowOfUnexpectedErrors(toWindow);

  const external = (request: ExternalDial): void => {
    focusWindow(window, PLATFORM);
    offerExternalDial(core, pushes, request);
  };
  const dialCopied = (source: 'hotkey' | 'clipboard'): void => {
    focusWindow(window, PLATFORM);
    copiedTextNow(window, WAYLAND)
      .then((text) => offerExternalDial(core, pushes, { text, source }))
      .catch(reportingAs(`reading the clipboard for the ${source}`));
  };
  const trayIcon = (): string => ICONS + trayIconFile(PLATFORM, darkTaskbar(PLATFORM, nativeTheme));
  nativeTheme.on('updated', () => tray?.tray.setImage(trayIcon()));
  tray = setupTray({
    icon: trayIcon(),
    state: async () => {
      const status = core.status();
      const [copied, favourites, recents] = await Promise.all([
        copiedTextForLabel(window, WAYLAND),
        core.contacts.favourites(),
        core.contacts.recents(),
      ]);
      return {
        sandbox: status.sandbox,
        signedIn: status.token.hasToken,
        ...(status.mode ? { mode: status.mode } : {}),
        favourites: favourites.ok ? trayFavourites(favourites.value) : [],
        recents: recents.ok ? trayRecents(recents.value) : [],
        clipboard: copied?.trim() ? core.parse(copied) : null,
      };
    },
    actions: {
      dial: (text, source, confirmFirst) => external({ text, source, ...(confirmFirst ? { confirmFirst } : {}) }),
      dialClipboard: () => dialCopied('clipboard'),
      open: () => focusWindow(window, PLATFORM),
      signIn: () => {
        focusWindow(window, PLATFORM);
        // Through the contract's handler, so the window's status follows; a refusal is shown, not dropped.
        handlers
          .signIn()
          .then((result) =>
            result.ok
              ? undefined
              : dialog.showMessageBox({ type: 'warning', message: result.error.title, detail: result.error.detail }),
          )
          .catch(reportingAs('signing in from the tray'));
      },
      quit: () => app.quit(),
    },
    onError: reportingAs('rebuilding the tray menu'),
  });
  app.on('activate', () => focusWindow(window, PLATFORM));
  arrivals.open((arrival) => (arrival === 'show' ? focusWindow(window, PLATFORM) : external(arrival)));
  // After the links: the first start of an installed app asks about link handling, and must not hold them up.
  await desktop.apply(core.settings.values);
  const view = await base.getSettings();
  if (view.ok) pushes.emit('settingsChanged', view.value);
}

if (PLATFORM === 'win32') app.setAppUserModelId(APP_ID);
if (PLATFORM === 'linux') app.setDesktopName(DESKTOP_NAME);
// Wayland has no global keys for apps; Chromium asks the desktop's GlobalShortcuts portal when this is on.
if (WAYLAND) app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
registerAppScheme();
if (app.requestSingleInstanceLock()) {
  // Attached with the lock, before anything waits: Electron tells only listeners already attached, and the
  // second process exits at once, so a link sent while the core starts (a keychain prompt) would be lost.
  app.on('second-instance', (_event, argv) => {
    const links = dialLinksFromArgv(argv);
    for (const text of links) arrivals.add({ text, source: 'link' });
    if (links.length === 0 && !argv.includes(HIDDEN_ARG)) arrivals.add('show');
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    arrivals.add({ text: url, source: 'link' });
  });
  for (const text of dialLinksFromArgv(process.argv)) arrivals.add({ text, source: 'link' });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on(
    'will-quit',
    quitAfterClosing(
      () =>
        closeInOrder([async () => closeCore?.(), async () => sandbox?.close()], reportingAs('closing before quitting')),
      () => app.quit(),
    ),
  );
  start().catch((error: unknown) => {
    failStart(error, reportingAs('starting'), { app, dialog }, log.file);
  });
} else {
  app.quit();
}
