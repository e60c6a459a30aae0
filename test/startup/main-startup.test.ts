// Starts the BUILT Electron main process under plain Node, with `electron` resolved (by a Node loader hook)
// to a stand-in typed against electron's own declarations, and checks the composition: what is registered
// before ready, the window, the contract, the tray, the links, a failed start and quit. It proves the wiring
// runs; what only a real Electron and a real desktop can show is listed in docs/packaging.md.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_NOTIFIER_WATCHER } from '../../electron/main/tray-host.js';
import { mainWindowOptions } from '../../electron/main/window-options.js';
import { ownName, startSessionBus } from '../helpers/session-bus.js';
import { SMOKE_SCENARIOS } from '../smoke/scenarios.js';
import type { TestBus } from '../helpers/session-bus.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** Two real session buses: on one a tray host owns the watcher name (KDE, GNOME with AppIndicator), on the other none does. */
const buses: { withTray?: TestBus; withoutTray?: TestBus; release?: () => void } = {};
beforeAll(async () => {
  buses.withTray = await startSessionBus();
  buses.withoutTray = await startSessionBus();
  buses.release = await ownName(buses.withTray.address, STATUS_NOTIFIER_WATCHER);
});
afterAll(() => {
  buses.release?.();
  buses.withTray?.stop();
  buses.withoutTray?.stop();
});

/** Runs one scenario in its own Node process (fresh module state, its own argv and data folder). */
async function scenario(
  name: string,
  options: { argv?: string[]; env?: Record<string, string>; dataDir?: string; trayHost?: boolean } = {},
): Promise<Record<string, unknown> & { stderr: string }> {
  const bus = options.trayHost === false ? buses.withoutTray : buses.withTray;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'softdial-startup-')));
  const { stdout, stderr } = await run(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      '--import',
      join(here, 'electron-loader.mjs'),
      join(here, 'drive-main.ts'),
      name,
      ...(options.argv ?? []),
    ],
    {
      cwd: root,
      env: {
        PATH: process.env['PATH'],
        HOME: dataDir,
        SOFTDIAL_DATA_DIR: dataDir,
        ...(bus ? { DBUS_SESSION_BUS_ADDRESS: bus.address } : {}),
        ...options.env,
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const line = stdout.split('\n').find((text) => text.startsWith('REPORT '));
  if (!line) throw new Error(`scenario ${name} printed no report:\n${stdout}`);
  return { ...(JSON.parse(line.slice('REPORT '.length)) as Record<string, unknown>), stderr };
}

/** The newest modification time under a folder, for the "is the build current" check. */
async function newest(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const times = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => (await stat(join(entry.parentPath, entry.name))).mtimeMs),
  );
  return Math.max(...times);
}

beforeAll(async () => {
  const built = await stat(join(root, 'dist/electron/main/index.js')).catch(() => undefined);
  if (!built) throw new Error('dist/electron/main/index.js is missing: run `npm run build` first (npm test does).');
  if ((await newest(join(root, 'electron'))) > built.mtimeMs)
    throw new Error('dist is older than electron/: run `npm run build` first (npm test does).');
});

describe('the Electron main process, started under Node with a stand-in Electron', () => {
  let report: Record<string, unknown>;
  beforeAll(async () => {
    report = await scenario('normal', { argv: ['--some-flag', 'tel:+442079460958'] });
  }, 120_000);

  it('reaches every step it waits for', () => {
    expect(report['gaveUp']).toEqual([]);
  });

  it('registers app:// as privileged before ready, and the second-instance listener with the lock', () => {
    expect(report['beforeReady']).toEqual({ schemesBeforeReady: true, secondInstanceListeners: 1 });
    const journal = report['journal'] as string[];
    expect(journal.indexOf('protocol.registerSchemesAsPrivileged:app')).toBeLessThan(journal.indexOf('app.ready'));
    expect(journal.indexOf('app.requestSingleInstanceLock')).toBeLessThan(journal.indexOf('app.ready'));
    expect(journal.indexOf('protocol.handle:app')).toBeGreaterThan(journal.indexOf('app.ready'));
  });

  it('opens one window with the secure options and our preload', () => {
    const windows = report['windows'] as { webPreferences: Record<string, unknown>; icon?: string }[];
    expect(windows).toHaveLength(1);
    const expected = mainWindowOptions(join(root, 'dist/electron/preload/preload.cjs')).webPreferences;
    expect(windows[0]?.webPreferences).toEqual(expected);
    expect(windows[0]?.icon).toBe(join(root, 'build/app-icons/window.png'));
  });

  it('registers every contract channel, each refusing a sender that is not our window', () => {
    expect(report['handlers']).toEqual(report['channels']);
    const refused = report['refused'] as Record<string, { ok: boolean; error?: { detail: string } }>;
    expect(Object.keys(refused)).toEqual(report['channels']);
    for (const result of Object.values(refused)) {
      expect(result.ok).toBe(false);
      expect(result.error?.detail).toContain('did not come from a softdial window');
    }
    expect(report['status']).toMatchObject({ ok: true, value: { sandbox: true } });
  });

  it('delivers the argv link and one from a second launch during start-up, once the renderer is ready', () => {
    expect(report['queuedBeforeRendererReady']).toBe(0);
    expect(report['readyResult']).toEqual({ ok: true, value: null });
    expect(report['afterReady']).toEqual(['tel:+442079460958', 'tel:+33612345678']);
  });

  it('delivers a link from a second launch after start-up at once', () => {
    expect(report['afterSecond']).toEqual(['tel:+442079460958', 'tel:+33612345678', 'tel:+4930123456']);
  });

  it('builds the tray and keeps it alive through garbage collection (an unreferenced one is collected)', () => {
    expect(report['gc']).toEqual({ trayAlive: true, orphanCollected: true });
  });

  it('denies every window.open and sends only allow-listed links to the system browser', () => {
    expect(report['windowOpen']).toEqual(['deny', 'deny', 'deny']);
    expect(report['openedExternally']).toEqual(['shell.openExternal:https://help.mypurecloud.com/articles/webrtc/']);
  });

  it('rebuilds the tray menu when settings change, and dials what is copied when clicked', () => {
    expect(report['labelAfterChange']).toBe('Call copied number (+44 20 7946 0000)');
    expect(report['dialledAfterClick']).toBe('+1 650-253-0000');
  });

  it('shows the desktop state in the settings view: hotkey taken, links left alone in a development run', () => {
    expect(report['settings']).toMatchObject({
      ok: true,
      value: {
        desktop: {
          hotkey: { accelerator: 'CommandOrControl+Shift+D', state: 'registered' },
          links: { state: 'development' },
          startAtLogin: { applied: false },
        },
      },
    });
    const journal = report['journal'] as string[];
    expect(journal.filter((entry) => entry.startsWith('app.setAsDefaultProtocolClient'))).toEqual([]);
    expect(journal).not.toContain('app.setLoginItemSettings');
  });

  it('closes the window, then the core and the sandbox emulator, and only then quits', () => {
    expect(report['serversBeforeQuit']).toBe(1);
    expect(report['windowClosedOnQuit']).toBe(true);
    expect(report['serversAfterQuit']).toBe(0);
    // The first quit is held at will-quit while the core and the sandbox close; the second goes through.
    const journal = report['journal'] as string[];
    expect(journal.filter((entry) => entry === 'app.quit')).toHaveLength(2);
  });
});

describe('a start that fails', () => {
  it.each(['protocol.handle', 'BrowserWindow'])(
    'when %s throws, is shown and ends the process with an error',
    async (call) => {
      const result = await scenario('failing', { env: { STAND_IN_FAIL: call } });
      const journal = result['journal'] as string[];
      expect(journal.filter((entry) => entry.startsWith('dialog.showErrorBox'))).toEqual([
        `dialog.showErrorBox:softdial could not start:${call} failed (stand-in)`,
      ]);
      expect(result['exitCode']).toBe(1);
      expect(result['gaveUp']).toEqual([]);
      expect(journal.at(-1)).toBe('app.exit:1');
      expect(result.stderr).toContain(`softdial: unexpected error while starting: Error: ${call} failed (stand-in)`);
    },
    120_000,
  );
});

describe('an installed softdial', () => {
  const asked = (journal: string[]): string[] => journal.filter((entry) => entry.startsWith('dialog.showMessageBox'));
  const registered = (journal: string[]): string[] =>
    journal.filter((entry) => entry.startsWith('app.setAsDefaultProtocolClient'));

  it('asks once before taking links, registers every scheme on a yes, and never asks again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'softdial-startup-'));
    const first = await scenario('packaged', { dataDir, env: { STAND_IN_PACKAGED: '1', STAND_IN_ANSWER: '0' } });
    expect(first['gaveUp']).toEqual([]);
    expect(asked(first['journal'] as string[])).toEqual([
      'dialog.showMessageBox:Open tel:, callto: and sip: links with softdial?',
    ]);
    expect(first['handleLinks']).toBe(true);
    expect(registered(first['journal'] as string[])).toEqual([
      'app.setAsDefaultProtocolClient:tel',
      'app.setAsDefaultProtocolClient:callto',
      'app.setAsDefaultProtocolClient:sip',
    ]);
    const second = await scenario('packaged', { dataDir, env: { STAND_IN_PACKAGED: '1', STAND_IN_ANSWER: '0' } });
    expect(asked(second['journal'] as string[])).toEqual([]);
    expect(registered(second['journal'] as string[])).toEqual([]);
    expect(second['links']).toMatchObject({ state: 'not-default' });
  }, 120_000);

  it('leaves links alone when the agent says no, and remembers it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'softdial-startup-'));
    const first = await scenario('packaged', { dataDir, env: { STAND_IN_PACKAGED: '1' } });
    expect(first['handleLinks']).toBe(false);
    expect(registered(first['journal'] as string[])).toEqual([]);
    const second = await scenario('packaged', { dataDir, env: { STAND_IN_PACKAGED: '1' } });
    expect(asked(second['journal'] as string[])).toEqual([]);
    expect(second['links']).toEqual({ state: 'declined' });
  }, 120_000);
});

describe('start in tray, with a bring-forward hotkey', () => {
  it('keeps the window hidden at start, and shows it with the box focused when that hotkey is pressed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'softdial-startup-'));
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ startInTray: true, focusHotkey: 'CommandOrControl+Alt+Space' }),
    );
    // Left maximised: a hidden start maximises it when it is first shown.
    await writeFile(
      join(dataDir, 'window.json'),
      JSON.stringify({
        version: 1,
        bounds: { x: 50, y: 60, width: 500, height: 700 },
        maximized: true,
        pinned: false,
        compact: false,
      }),
    );
    const result = await scenario('inTray', { dataDir });
    expect(result['gaveUp']).toEqual([]);
    expect(result['beforePress']).toContain('BrowserWindow');
    expect(result['beforePress']).not.toContain('window.show');
    expect(result['beforePress']).not.toContain('window.maximize');
    expect(result['afterPress']).toEqual(expect.arrayContaining(['window.show', 'window.maximize']));
    expect(result['beforePress']).toContain('globalShortcut.register:CommandOrControl+Alt+Space');
    expect(result['afterPress']).toContain('window.show');
    expect(result['settings']).toMatchObject({
      value: {
        values: { startInTray: true },
        desktop: { focusHotkey: { accelerator: 'CommandOrControl+Alt+Space', state: 'registered' } },
      },
    });
  }, 120_000);
});

describe('a Wayland session', () => {
  it('adds the GlobalShortcuts portal to the features the agent passed, before ready; the hotkey is up to the desktop', async () => {
    const result = await scenario('normal', {
      env: { XDG_SESSION_TYPE: 'wayland', STAND_IN_FEATURES: 'WebRTCPipeWireCapturer' },
    });
    const journal = result['journal'] as string[];
    expect(
      journal.indexOf('app.commandLine.appendSwitch:enable-features=WebRTCPipeWireCapturer,GlobalShortcutsPortal'),
    ).toBeLessThan(journal.indexOf('app.ready'));
    expect(
      journal.indexOf('app.commandLine.appendSwitch:enable-features=WebRTCPipeWireCapturer,GlobalShortcutsPortal'),
    ).toBeGreaterThan(-1);
    expect(result['settings']).toMatchObject({ value: { desktop: { hotkey: { state: 'unconfirmed' } } } });
  }, 120_000);
});

describe('a second launch while softdial runs', () => {
  it('quits at once without starting anything', async () => {
    const result = await scenario('lockTaken', { env: { STAND_IN_LOCK: 'denied' } });
    expect(result['journal']).toEqual([
      'app.setDesktopName:cloud.softdial.app.desktop',
      'protocol.registerSchemesAsPrivileged:app',
      'app.requestSingleInstanceLock',
      'app.quit',
    ]);
    expect(result['secondInstanceListeners']).toBe(0);
  }, 60_000);
});

describe('the window mode and the tray lists', () => {
  it('pins and compacts the window as the renderer asks, remembers it across a restart, and puts it back', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'softdial-window-'));
    const first = await scenario('windowMode', {
      dataDir,
      env: { STAND_IN_MODE: JSON.stringify({ pinned: true, compact: true }) },
    });
    expect(first['gaveUp']).toEqual([]);
    expect(first['modeResult']).toEqual({ ok: true, value: null });
    const placing = (report: Record<string, unknown>) =>
      (report['journalAfterMode'] as string[]).filter((entry) => entry.startsWith('window.set'));
    // Sized by its content: the minimum is the bar's 360×64 plus this desktop's frame (2×37 in the stand-in).
    expect(placing(first)).toEqual([
      'window.setMinimumSize:362x101',
      'window.setPosition:100,100',
      'window.setContentSize:360x64',
      'window.setAlwaysOnTop:true',
    ]);
    expect((first['journalAfterGrow'] as string[]).filter((entry) => entry.startsWith('window.set'))).toEqual([
      'window.setMinimumSize:362x177',
      'window.setContentSize:360x140',
      'window.setAlwaysOnTop:true',
    ]);
    expect(JSON.parse(await readFile(join(dataDir, 'window.json'), 'utf8'))).toEqual({
      version: 1,
      bounds: { x: 100, y: 100, width: 460, height: 640 },
      maximized: false,
      pinned: true,
      compact: true,
    });
    expect(first['trayLabels']).toEqual(
      expect.arrayContaining(['Favourites', 'Support desk (+44 20 7946 0000)', 'Redial +33 6 12 34 56 78']),
    );

    const second = await scenario('windowMode', {
      dataDir,
      env: {
        STAND_IN_MODE: JSON.stringify({ pinned: false, compact: false }),
        STAND_IN_MOVE_TO: JSON.stringify({ x: 300, y: 200 }),
        STAND_IN_MOVE_AT_QUIT: JSON.stringify({ x: 333, y: 222 }),
      },
    });
    expect(second['gaveUp']).toEqual([]);
    expect((second['windows'] as Record<string, unknown>[])[0]).toMatchObject({
      x: 100,
      y: 100,
      width: 360,
      height: 64,
      useContentSize: true,
      minWidth: 360,
      minHeight: 64,
      alwaysOnTop: true,
    });
    expect(placing(second)).toEqual([
      'window.setMinimumSize:360x420',
      'window.setBounds:{"x":100,"y":100,"width":460,"height":640}',
      'window.setAlwaysOnTop:false',
    ]);
    expect(JSON.parse(await readFile(join(dataDir, 'window.json'), 'utf8'))).toEqual({
      version: 1,
      // The last move, made just before quitting, is saved too.
      bounds: { x: 333, y: 222, width: 460, height: 640 },
      maximized: false,
      pinned: false,
      compact: false,
    });
  }, 120_000);
});

describe('the shell around the window', () => {
  let report: Record<string, unknown>;
  beforeAll(async () => {
    report = await scenario('shell');
  }, 120_000);

  it('reaches every step it waits for', () => {
    expect(report['gaveUp']).toEqual([]);
  });

  it("removes Electron's default menu (its Ctrl+R reloads over a dialog) on Linux", () => {
    expect(report['applicationMenu']).toBeNull();
  });

  it('lets only our own page write the clipboard, and grants nothing else', () => {
    expect(report['granted']).toEqual({
      clipboardForApp: true,
      clipboardForOther: false,
      cameraForApp: false,
      checkClipboard: true,
      checkNotifications: false,
    });
  });

  it('reloads a crashed page three times in a minute, then explains; leaves a clean exit alone', () => {
    const crashes = report['crashes'] as string[];
    const steps = crashes.filter((entry) => entry === 'webContents.reload' || entry.startsWith('dialog.'));
    expect(steps).toEqual([
      'webContents.reload',
      'webContents.reload',
      'webContents.reload',
      "dialog.showMessageBox:softdial's window keeps closing",
      'webContents.reload',
    ]);
  });

  it('asks about a hung page, and on "reload" ends its process and reloads it', () => {
    const steps = (report['hang'] as string[]).filter(
      (entry) =>
        entry.startsWith('dialog.') || (entry.startsWith('webContents.') && !entry.startsWith('webContents.send')),
    );
    expect(steps).toEqual([
      "dialog.showMessageBox:softdial's window is not responding",
      'webContents.forcefullyCrashRenderer',
      'webContents.reload',
    ]);
  });

  it('tells the window the status again after sleep, and quits from the contract', () => {
    expect(report['statusAfterResume']).toBe(1);
    expect(report['quitResult']).toEqual({ ok: true, value: null });
    expect(report['quits']).toBe(2);
  });
});

describe('a desktop without a tray host (GNOME without AppIndicator)', () => {
  it('shows the window even with "start in the tray", says why, and quits when the window is closed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'softdial-startup-'));
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ startInTray: true }));
    const result = await scenario('noTray', { dataDir, trayHost: false });
    expect(result['gaveUp']).toEqual([]);
    expect(result['settings']).toMatchObject({
      value: { desktop: { tray: { state: 'no-host', message: expect.stringContaining('closing the window quits') } } },
    });
    const journal = result['journal'] as string[];
    expect(journal).toContain('window.show');
    expect(journal).not.toContain('window.hide');
    expect(journal.filter((entry) => entry === 'app.quit')).toHaveLength(2);
    expect(result['closedByClose']).toBe(true);
  }, 120_000);

  it('with a tray host, hides to the tray instead (the start-in-tray scenario above) and says the tray is shown', async () => {
    const result = await scenario('noTray', { trayHost: true });
    expect(result['gaveUp']).toEqual([]);
    expect(result['closedByClose']).toBe(false);
    expect(result['settings']).toMatchObject({ value: { desktop: { tray: { state: 'shown' } } } });
    expect(result['journal']).toContain('window.hide');
  }, 120_000);
});

describe('the smoke scenarios the packaged app runs on real machines, against the stand-in', () => {
  let results: Record<string, string[]>;
  beforeAll(async () => {
    const report = await scenario('smoke');
    expect(report['gaveUp']).toEqual([]);
    results = report['results'] as Record<string, string[]>;
  }, 120_000);

  it.each(SMOKE_SCENARIOS.map((smoke) => smoke.name))('%s', (name) => {
    expect(results[name]).toEqual([]);
  });
});
