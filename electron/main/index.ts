// The composition root of the Electron app: each feature's setup, in order. Everything with a rule in it
// lives in electron/core or in a pure module next to this one and is tested there; this file only wires.
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, Menu, nativeTheme, powerMonitor, screen } from 'electron';
import type { BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { GenesysEmulator } from '../core/emulator/emulator.js';
import { createHandlers } from '../core/service/handlers.js';
import { offerExternalDial } from '../core/service/external-dials.js';
import type { ExternalDial } from '../core/service/external-dials.js';
import { tellWindowOfUnexpectedErrors } from '../core/service/unexpected-errors.js';
import { installProcessLog } from '../core/logging/error-sink.js';
import { dataDirectory } from '../core/settings/paths.js';
import { appSocketPath } from '../core/native/app-socket-path.js';
import { serveAppSocket } from '../core/native/app-socket.js';
import type { AppSocketServer } from '../core/native/app-socket.js';
import { setupExtensionRequests } from '../core/service/extension-requests.js';
import { SoftdialCore } from '../core/softdial-core.js';
import type { DesktopState, TrayState } from '../ipc/desktop-state.js';
import type { PayloadOf, PushEvent } from '../ipc/contract.js';
import type { Handlers } from '../ipc/dispatch.js';
import type { PushQueue, PushSink } from '../ipc/push-queue.js';
import { applicationMenuTemplate } from './app-menu.js';
import { registerAppScheme, setupAppProtocol } from './app-protocol.js';
import { copiedTextForLabel, copiedTextNow } from './copied-text.js';
import { desktopHandlers } from './desktop-handlers.js';
import { APP_ID, DESKTOP_NAME, HIDDEN_ARG, isWayland, launchedAtLogin, withFeature } from './desktop-identity.js';
import type { DesktopPlatform } from './desktop-identity.js';
import { DesktopIntegration } from './desktop-integration.js';
import { darkTaskbar, trayIconFile, windowIconFile } from './icons.js';
import { registerContract, windowPushes } from './ipc.js';
import { Inbox } from './link-inbox.js';
import { dialLinksFromArgv } from './links.js';
import { notifyingDial } from './notifications.js';
import { followPower } from './power.js';
import { closeInOrder, quitAfterClosing } from './quit.js';
import { recoverRenderer } from './renderer-recovery.js';
import { isTrustedSender } from './security.js';
import { failStart } from './start-failure.js';
import type { TrayHandle } from './tray.js';
import { setupTray } from './tray.js';
import { closeAction, detectTrayHost, mayStartHidden, trayStatus } from './tray-host.js';
import { trayStateOf } from './tray-state.js';
import { fireAndForget } from '../shared/unexpected-errors.js';
import { reportingAs } from './unexpected.js';
import { Updates } from './updates/updater.js';
import { askAboutHang, explainCrashes } from './window-dialogs.js';
import { createMainWindow, focusWindow, openAllowedExternal } from './window.js';
import { windowLayout } from './window-layout.js';
import { rememberWindow } from './window-memory.js';
import type { WindowPlacement } from './window-memory.js';
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
/** The window's place, saved before quitting (a move in its last moments is still waiting to be written). */
let placement: WindowPlacement | undefined;
/** The socket the browser extension's native host reaches the app on. */
let extensionSocket: AppSocketServer | undefined;
let quitting = false;

/** The core, opening the sign-in page through the same allow-list as every other link. */
async function startCore(): Promise<SoftdialCore> {
  const core: SoftdialCore = await SoftdialCore.create({
    log,
    openBrowser: (url) => openAllowedExternal(url, loginBaseOf(core)),
    startSandbox: async () => (sandbox = await GenesysEmulator.start()).url,
  });
  closeCore = () => core.close();
  return core;
}

const loginBaseOf = (core: SoftdialCore): string | undefined => {
  const connected = core.connect();
  return connected.ok ? connected.value.config.endpoints.loginBase : undefined;
};

/** The main window where it was left; hidden at start (tray, login) only where a tray icon brings it back. */
async function openWindow(core: SoftdialCore, trayHost: TrayState): Promise<BrowserWindow> {
  const windowIcon = windowIconFile(PLATFORM);
  const workAreas = () => screen.getAllDisplays().map((display) => display.workArea);
  const file = new WindowStateFile(core.settings.dataDir);
  const remembered = await file.load();
  if (remembered.problem) reportingAs('reading the window state')(new Error(remembered.problem));
  const atLogin = launchedAtLogin(process.argv, PLATFORM === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
  const window = createMainWindow({
    preload: PRELOAD,
    icon: windowIcon ? ICONS + windowIcon : undefined,
    layout: windowLayout(remembered.state, workAreas()),
    packaged: app.isPackaged,
    startHidden: (core.settings.values.startInTray || atLogin) && mayStartHidden(trayHost),
    loginBase: () => loginBaseOf(core),
    isQuitting: () => quitting,
    closeAction: () => closeAction(trayHost),
    quit: () => app.quit(),
    onError: reportingAs('loading the window'),
  });
  const onError = reportingAs('saving the window state');
  placement = rememberWindow({ window, file, state: remembered.state, platform: PLATFORM, workAreas, onError });
  recoverRenderer(window, {
    now: () => Date.now(),
    explainCrashes: () => explainCrashes(log.file),
    askAboutHang,
    quit: () => app.quit(),
    onError: reportingAs('recovering the window'),
  });
  return window;
}

/** The tray icon, its menu following the core, and what its items do. */
function setupAppTray(core: SoftdialCore, window: BrowserWindow, handlers: Handlers, toWindow: PushSink): TrayHandle {
  const external = (request: ExternalDial): void => {
    focusWindow(window, PLATFORM);
    offerExternalDial(core, toWindow, request);
  };
  const trayIcon = (): string => ICONS + trayIconFile(PLATFORM, darkTaskbar(PLATFORM, nativeTheme));
  nativeTheme.on('updated', () => tray?.tray.setImage(trayIcon()));
  arrivals.open((arrival) => (arrival === 'show' ? focusWindow(window, PLATFORM) : external(arrival)));
  return setupTray({
    icon: trayIcon(),
    platform: PLATFORM,
    state: () => trayStateOf(core, () => copiedTextForLabel(window, WAYLAND)),
    actions: {
      dial: (text, source, confirmFirst) => external({ text, source, ...(confirmFirst ? { confirmFirst } : {}) }),
      dialClipboard: () => dialCopied(core, window, toWindow, 'clipboard'),
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
}

/** Brings the window forward and offers what is copied now, through the same preview as a link. */
function dialCopied(core: SoftdialCore, window: BrowserWindow, pushes: PushSink, source: 'hotkey' | 'clipboard'): void {
  focusWindow(window, PLATFORM);
  copiedTextNow(window, WAYLAND)
    .then((text) => offerExternalDial(core, pushes, { text, source }))
    .catch(reportingAs(`reading the clipboard for the ${source}`));
}

/** Every push goes to the window, the settings view with the desktop state; the tray follows what it shows. */
function appPushes(toWindow: PushQueue, desktopState: () => DesktopState): PushSink {
  return {
    emit(event, payload) {
      if (event === 'settingsChanged')
        toWindow.emit('settingsChanged', { ...(payload as PayloadOf<'settingsChanged'>), desktop: desktopState() });
      else toWindow.emit(event, payload);
      if (TRAY_EVENTS.has(event)) tray?.refresh();
    },
  };
}

async function start(): Promise<void> {
  await app.whenReady();
  const menu = applicationMenuTemplate(PLATFORM);
  Menu.setApplicationMenu(menu ? Menu.buildFromTemplate(menu) : null);
  setupAppProtocol(RENDERER_DIR);
  const core = await startCore();
  const trayHost = await detectTrayHost(PLATFORM, process.env, process.getuid?.());
  const window = await openWindow(core, trayHost);
  const toWindow = windowPushes((channel, payload) => window.webContents.send(channel, payload));
  window.webContents.on('did-start-loading', () => toWindow.markNotReady());
  const desktop: DesktopIntegration = new DesktopIntegration({
    platform: PLATFORM,
    packaged: app.isPackaged,
    wayland: WAYLAND,
    env: process.env,
    onHotkey: () => dialCopied(core, window, pushes, 'hotkey'),
    onFocusHotkey: () => {
      focusWindow(window, PLATFORM);
      toWindow.emit('focusBox', null);
    },
    saveLinkConsent: async (consent) => {
      await handlers.updateSettings({ handleLinks: consent });
    },
  });
  const updates = new Updates({
    packaged: app.isPackaged,
    load: async () => electronUpdater.autoUpdater,
    onStatus: () =>
      fireAndForget(
        base.getSettings().then((view) => view.ok && pushes.emit('settingsChanged', view.value)),
        'showing the update state',
      ),
  });
  const desktopState = (): DesktopState => ({
    ...desktop.state,
    tray: trayStatus(trayHost),
    updates: updates.status,
    pinSupported: !WAYLAND,
  });
  const pushes = appPushes(toWindow, desktopState);
  const base = notifyingDial(
    createHandlers(core, pushes, () => toWindow.markReady()),
    () => window.isVisible(),
  );
  const handlers = desktopHandlers({
    base,
    refreshTray: () => tray?.refresh(),
    setWindowMode: (mode) => placement?.setMode(mode) ?? Promise.resolve(),
    desktopState,
    applyDesktop: async () => {
      await desktop.apply(core.settings.values);
      await updates.apply(core.settings.values);
    },
    quit: () => app.quit(),
  });
  registerContract(ipcMain, handlers, (event) =>
    isTrustedSender(
      { webContentsId: event.sender.id, frameUrl: event.senderFrame?.url },
      new Set([window.webContents.id]),
    ),
  );
  tellWindowOfUnexpectedErrors(toWindow);
  tray = setupAppTray(core, window, handlers, pushes);
  extensionSocket = await serveAppSocket(
    appSocketPath(dataDirectory(process.env)),
    setupExtensionRequests({
      core,
      pushes,
      windowOpen: () => !window.isDestroyed(),
      present: () => focusWindow(window, PLATFORM),
    }),
  );
  // After sleep the core reconnects at once and re-reads what it follows; the window hears the status again
  // (a sign-in may have ended meanwhile).
  followPower({
    monitor: powerMonitor,
    window,
    resume: () => {
      fireAndForget(core.resume(), 'reconnecting after sleep');
      pushes.emit('status', core.status());
    },
    quit: () => app.quit(),
  });
  app.on('activate', () => focusWindow(window, PLATFORM));
  // After the links: the first start of an installed app asks about link handling, and must not hold them up.
  await desktop.apply(core.settings.values);
  await updates.apply(core.settings.values);
  const view = await base.getSettings();
  if (view.ok) pushes.emit('settingsChanged', view.value);
}

/** Before ready: the app's identity, the Wayland shortcut portal, the app:// scheme. */
function prepare(): void {
  if (PLATFORM === 'win32') app.setAppUserModelId(APP_ID);
  if (PLATFORM === 'linux') app.setDesktopName(DESKTOP_NAME);
  // Wayland has no global keys for apps; Chromium asks the desktop's GlobalShortcuts portal with this feature,
  // added to the features the agent passed rather than replacing them.
  if (WAYLAND)
    app.commandLine.appendSwitch(
      'enable-features',
      withFeature(app.commandLine.getSwitchValue('enable-features'), 'GlobalShortcutsPortal'),
    );
  registerAppScheme();
}

/** Holding the single-instance lock: links and second launches are queued before anything waits, then start. */
function run(): void {
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
  const parts = [
    async () => placement?.flush(),
    async () => extensionSocket?.close(),
    async () => closeCore?.(),
    async () => sandbox?.close(),
  ];
  app.on(
    'will-quit',
    quitAfterClosing(
      () => closeInOrder(parts, reportingAs('closing before quitting')),
      () => app.quit(),
    ),
  );
  start().catch((error: unknown) => {
    failStart(error, reportingAs('starting'), { app, dialog }, log.file);
  });
}

prepare();
if (app.requestSingleInstanceLock()) run();
else app.quit();
