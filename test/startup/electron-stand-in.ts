// A stand-in for the `electron` module, for the start-up test: it implements the part of Electron's API the
// main process uses, each class typed against electron's own declarations (`Pick<Electron.X, …>`), so a
// signature that drifts in a new Electron fails to compile here. It records what main does in a journal and
// lets the test drive the app (ready, second launch, quit) and act as the renderer. Events (`on`) come from
// Node's EventEmitter; their names and listener shapes are checked where main attaches them, against Electron.
import { EventEmitter } from 'node:events';
import type {
  App,
  BrowserWindow as ElectronWindow,
  BrowserWindowConstructorOptions,
  Clipboard,
  CommandLine,
  Dialog,
  GlobalShortcut,
  IpcMain,
  IpcMainInvokeEvent,
  LoginItemSettings,
  Menu as ElectronMenu,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  MessageBoxReturnValue,
  NativeImage,
  NativeTheme,
  PermissionCheckHandlerHandlerDetails,
  PermissionRequest,
  PowerMonitor,
  Protocol,
  Rectangle,
  Screen,
  Session,
  Shell,
  Tray as ElectronTray,
  WebContents,
} from 'electron';

type GlobalRequest = Request;
type GlobalResponse = Response;

/** What the test sees and steers. */
export const harness = {
  journal: [] as string[],
  /** Every tray made, held weakly: only main's own reference may keep one alive. */
  trays: [] as WeakRef<Tray>[],
  windows: [] as BrowserWindow[],
  handlers: new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>(),
  sent: [] as { channel: string; payload: unknown }[],
  clipboardText: '',
  schemesBeforeReady: false,
  exitCode: undefined as number | undefined,
  /** Set from the scenario: an Electron call that throws, to make the start fail. */
  failing: process.env['STAND_IN_FAIL'],
  lockDenied: process.env['STAND_IN_LOCK'] === 'denied',
  /** Whether another app holds every hotkey. */
  hotkeysTaken: false,
  /** The registered hotkeys and what a press of each does, for the test to press. */
  hotkeys: new Map<string, () => void>(),
  /** What main serves app:// with, for the test to request a page as the window would. */
  appProtocol: undefined as ((request: GlobalRequest) => Promise<GlobalResponse> | GlobalResponse) | undefined,
  /** Whether the OS says softdial opens tel: links now. */
  defaultProtocolClient: false,
  /** The application menu main set (null: none), as its template. */
  applicationMenu: undefined as MenuItemConstructorOptions[] | null | undefined,
  /** The window's session permission handlers, for the test to ask as Chromium would. */
  permissionRequest: undefined as
    ((permission: string, details: { requestingUrl: string }) => Promise<boolean>) | undefined,
  permissionCheck: undefined as ((permission: string, origin: string) => boolean) | undefined,
  /** The `--enable-features` the agent started softdial with. */
  enableFeatures: process.env['STAND_IN_FEATURES'] ?? '',
  /** The title bar and borders a window's content sits in, as a desktop draws them. */
  frame: { width: 2, height: 37 },
  /** The button the agent presses in a question box (undefined: dismissed, i.e. its cancel button). */
  messageBoxResponse: process.env['STAND_IN_ANSWER'] === undefined ? undefined : Number(process.env['STAND_IN_ANSWER']),
};

const record = (entry: string): void => {
  harness.journal.push(entry);
};
const failIfAsked = (call: string): void => {
  if (harness.failing === call) throw new Error(`${call} failed (stand-in)`);
};

/** A cancellable event, as Electron passes to before-quit, close and open-url listeners. */
function cancellable(): { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

class StandInApp
  extends EventEmitter
  implements
    Pick<
      App,
      | 'whenReady'
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'exit'
      | 'isPackaged'
      | 'setAppUserModelId'
      | 'setDesktopName'
      | 'getLoginItemSettings'
      | 'setLoginItemSettings'
      | 'isDefaultProtocolClient'
      | 'setAsDefaultProtocolClient'
      | 'removeAsDefaultProtocolClient'
      | 'focus'
    >
{
  isPackaged = process.env['STAND_IN_PACKAGED'] === '1';
  ready = false;
  readonly commandLine: Pick<CommandLine, 'appendSwitch' | 'getSwitchValue'> = {
    appendSwitch: (name, value) => record(`app.commandLine.appendSwitch:${name}=${value ?? ''}`),
    getSwitchValue: (name) => (name === 'enable-features' ? harness.enableFeatures : ''),
  };
  private readonly readyPromise: Promise<void>;
  private resolveReady: () => void = () => undefined;

  constructor() {
    super();
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve));
  }

  /** The test's "the OS says the app is ready". */
  emitReady(): void {
    record('app.ready');
    this.ready = true;
    this.resolveReady();
    this.emit('ready');
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return !harness.lockDenied;
  }
  quit(): void {
    record('app.quit');
    const before = cancellable();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    for (const window of harness.windows) window.close();
    const willQuit = cancellable();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    this.emit('quit', cancellable(), 0);
  }
  exit(exitCode?: number): void {
    record(`app.exit:${exitCode ?? 0}`);
    harness.exitCode = exitCode ?? 0;
  }
  setAppUserModelId(id: string): void {
    record(`app.setAppUserModelId:${id}`);
  }
  setDesktopName(name: string): void {
    record(`app.setDesktopName:${name}`);
  }
  getLoginItemSettings(): LoginItemSettings {
    return {
      openAtLogin: false,
      wasOpenedAtLogin: false,
      status: 'not-registered',
      executableWillLaunchAtLogin: false,
      launchItems: [],
    };
  }
  setLoginItemSettings(): void {
    record('app.setLoginItemSettings');
  }
  isDefaultProtocolClient(): boolean {
    return harness.defaultProtocolClient;
  }
  setAsDefaultProtocolClient(protocol: string): boolean {
    record(`app.setAsDefaultProtocolClient:${protocol}`);
    return true;
  }
  removeAsDefaultProtocolClient(protocol: string): boolean {
    record(`app.removeAsDefaultProtocolClient:${protocol}`);
    return true;
  }
  focus(options?: { steal: boolean }): void {
    record(`app.focus:${options?.steal ? 'steal' : ''}`);
  }
}

/** The app. */
export const app = new StandInApp();

/** The privileged scheme registry and the app:// handler. */
export const protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged(schemes) {
    record(`protocol.registerSchemesAsPrivileged:${schemes.map((scheme) => scheme.scheme).join(',')}`);
    harness.schemesBeforeReady = !app.ready;
  },
  handle(scheme, handler) {
    failIfAsked('protocol.handle');
    record(`protocol.handle:${scheme}`);
    harness.appProtocol = handler;
  },
};

let nextContentsId = 1;

class StandInWebContents
  extends EventEmitter
  implements Pick<WebContents, 'id' | 'send' | 'setWindowOpenHandler' | 'reload' | 'forcefullyCrashRenderer'>
{
  readonly id = nextContentsId++;
  reload(): void {
    record('webContents.reload');
  }
  forcefullyCrashRenderer(): void {
    record('webContents.forcefullyCrashRenderer');
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  }
  send(channel: string, ...args: unknown[]): void {
    record(`webContents.send:${channel}`);
    harness.sent.push({ channel, payload: args[0] });
  }
  /** The handler main set, for the test to call as Chromium would on window.open. */
  openHandler?: Parameters<WebContents['setWindowOpenHandler']>[0];
  setWindowOpenHandler(handler: Parameters<WebContents['setWindowOpenHandler']>[0]): void {
    record('webContents.setWindowOpenHandler');
    this.openHandler = handler;
  }
}

/** A window: records its options and what main asks of it. */
export class BrowserWindow
  extends EventEmitter
  implements
    Pick<
      ElectronWindow,
      | 'loadURL'
      | 'show'
      | 'hide'
      | 'focus'
      | 'isMinimized'
      | 'restore'
      | 'isVisible'
      | 'isFocused'
      | 'close'
      | 'isMaximized'
      | 'isDestroyed'
      | 'maximize'
      | 'unmaximize'
      | 'getNormalBounds'
      | 'setBounds'
      | 'setSize'
      | 'setMinimumSize'
      | 'setAlwaysOnTop'
      | 'getSize'
      | 'getContentSize'
      | 'setContentSize'
      | 'setPosition'
      | 'minimize'
      | 'setVisibleOnAllWorkspaces'
    >
{
  readonly webContents = new StandInWebContents();
  visible = false;
  closed = false;
  maximized = false;
  bounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    failIfAsked('BrowserWindow');
    record('BrowserWindow');
    harness.windows.push(this);
    const { x = 100, y = 100, width = 800, height = 600 } = options;
    // As Electron does: with useContentSize the width and height are the page's, and the frame is added.
    const frame = options.useContentSize ? harness.frame : { width: 0, height: 0 };
    this.bounds = { x, y, width: width + frame.width, height: height + frame.height };
  }
  getSize(): number[] {
    return [this.bounds.width, this.bounds.height];
  }
  getContentSize(): number[] {
    return [this.bounds.width - harness.frame.width, this.bounds.height - harness.frame.height];
  }
  setContentSize(width: number, height: number): void {
    this.bounds = { ...this.bounds, width: width + harness.frame.width, height: height + harness.frame.height };
    record(`window.setContentSize:${width}x${height}`);
    this.emit('resize');
  }
  setPosition(x: number, y: number): void {
    this.bounds = { ...this.bounds, x, y };
    record(`window.setPosition:${x},${y}`);
    this.emit('move');
  }
  minimize(): void {
    record('window.minimize');
  }
  setVisibleOnAllWorkspaces(visible: boolean): void {
    record(`window.setVisibleOnAllWorkspaces:${visible}`);
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.closed;
  }
  maximize(): void {
    this.maximized = true;
    record('window.maximize');
  }
  unmaximize(): void {
    this.maximized = false;
    record('window.unmaximize');
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
    record(`window.setBounds:${JSON.stringify(this.bounds)}`);
    this.emit('resize');
  }
  setSize(width: number, height: number): void {
    this.bounds = { ...this.bounds, width, height };
    record(`window.setSize:${width}x${height}`);
    this.emit('resize');
  }
  setMinimumSize(width: number, height: number): void {
    record(`window.setMinimumSize:${width}x${height}`);
  }
  setAlwaysOnTop(flag: boolean): void {
    record(`window.setAlwaysOnTop:${flag}`);
  }
  async loadURL(url: string): Promise<void> {
    record(`window.loadURL:${url}`);
    // As Chromium does once the page has painted (the renderer itself is not run here).
    setImmediate(() => this.emit('ready-to-show'));
  }
  show(): void {
    this.visible = true;
    record('window.show');
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
    record('window.hide');
  }
  focus(): void {
    record('window.focus');
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {
    record('window.restore');
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.visible;
  }
  close(): void {
    const event = cancellable();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.closed = true;
    record('window.closed');
  }
}

/** The contract's registry: handlers as main registers them, for the test to invoke as a renderer would. */
export const ipcMain: Pick<IpcMain, 'handle'> = {
  handle(channel, listener) {
    harness.handlers.set(channel, listener);
  },
};

/** The default session: only its permission handlers are used, kept for the test to ask as Chromium would. */
export const session: { defaultSession: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> } = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => {
      record('session.setPermissionRequestHandler');
      harness.permissionRequest = (permission, details) =>
        new Promise((resolve) =>
          handler?.(
            // Main's handler reads only the permission and the details; the contents stands in for the window's.
            new StandInWebContents() as unknown as WebContents,
            permission as Parameters<typeof handler>[1],
            resolve,
            details as PermissionRequest,
          ),
        );
    },
    setPermissionCheckHandler: (handler) => {
      record('session.setPermissionCheckHandler');
      harness.permissionCheck = (permission, origin) =>
        handler?.(
          null,
          permission as Parameters<typeof handler>[1],
          origin,
          {} as PermissionCheckHandlerHandlerDetails,
        ) ?? false;
    },
  },
};

/** The system browser. */
export const shell: Pick<Shell, 'openExternal'> = {
  async openExternal(url) {
    record(`shell.openExternal:${url}`);
  },
};

/** An image: only its path matters here. */
export const nativeImage = {
  createFromPath: (path: string): Pick<NativeImage, 'isEmpty'> & { path: string } => ({ path, isEmpty: () => false }),
};

/** A built menu: its template, so the test can click an item. */
export class Menu implements Pick<ElectronMenu, 'popup'> {
  constructor(readonly template: MenuItemConstructorOptions[]) {}
  static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu {
    return new Menu(template);
  }
  static setApplicationMenu(menu: Menu | null): void {
    record(`Menu.setApplicationMenu:${menu ? menu.template.map((item) => item.role ?? item.label).join(',') : 'none'}`);
    harness.applicationMenu = menu ? menu.template : null;
  }
  popup(): void {
    record('menu.popup');
  }
}

/** The tray icon: held only weakly by the harness, like Electron's own native object. */
export class Tray extends EventEmitter implements Pick<ElectronTray, 'setToolTip' | 'setImage'> {
  menu?: Menu;
  constructor(readonly image: unknown) {
    super();
    record('Tray');
    harness.trays.push(new WeakRef(this));
  }
  setToolTip(toolTip: string): void {
    record(`tray.setToolTip:${toolTip}`);
  }
  setImage(image: string): void {
    record(`tray.setImage:${image}`);
  }
  setContextMenu(menu: Menu | null): void {
    record('tray.setContextMenu');
    if (menu) this.menu = menu;
  }
}

/** One 1920×1080 screen with a 40 px taskbar at the bottom. */
export const screen: Pick<Screen, 'getAllDisplays'> = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } } as Electron.Display],
};

/** The system theme: a light taskbar; main listens for its changes. */
class StandInTheme
  extends EventEmitter
  implements Pick<NativeTheme, 'shouldUseDarkColors' | 'shouldUseDarkColorsForSystemIntegratedUI'>
{
  shouldUseDarkColors = false;
  shouldUseDarkColorsForSystemIntegratedUI = false;
}
export const nativeTheme = new StandInTheme();

/** The clipboard, as the test sets it. */
export const clipboard: Pick<Clipboard, 'readText'> = {
  readText: async () => harness.clipboardText,
};

/** Global shortcuts: accepted, recorded. */
export const globalShortcut: Pick<GlobalShortcut, 'register' | 'unregisterAll'> = {
  register: (accelerator, callback) => {
    record(`globalShortcut.register:${accelerator}`);
    if (harness.hotkeysTaken) return false;
    harness.hotkeys.set(accelerator, callback);
    return true;
  },
  unregisterAll: () => {
    record('globalShortcut.unregisterAll');
    harness.hotkeys.clear();
  },
};

/** Dialogs: the error box is recorded; questions are answered "no". */
export const dialog: Pick<Dialog, 'showErrorBox'> & {
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
} = {
  showErrorBox(title, content) {
    record(`dialog.showErrorBox:${title}:${content.split('\n')[0] ?? ''}`);
  },
  async showMessageBox(options) {
    record(`dialog.showMessageBox:${options.message}`);
    return { response: harness.messageBoxResponse ?? options.cancelId ?? 1, checkboxChecked: false };
  },
};

/** Notifications: not supported here, so main skips them. */
export class Notification {
  static isSupported(): boolean {
    return false;
  }
  show(): void {
    record('notification.show');
  }
}

/** Power and session events: the test emits resume and shutdown as the OS would. */
export const powerMonitor: EventEmitter & Pick<PowerMonitor, 'isOnBatteryPower'> = Object.assign(new EventEmitter(), {
  isOnBatteryPower: () => false,
});
