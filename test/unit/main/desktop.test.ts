import { describe, expect, it } from 'vitest';
import { autostartCommand, autostartEntry, autostartPath } from '../../../electron/main/autostart-entry.js';
import {
  clipboardReadable,
  DESKTOP_NAME,
  isWayland,
  launchedAtLogin,
} from '../../../electron/main/desktop-identity.js';
import type { DesktopPlatform } from '../../../electron/main/desktop-identity.js';
import { hotkeyState, sameAccelerator } from '../../../electron/main/hotkey-state.js';
import { darkTaskbar, trayIconFile, windowIconFile } from '../../../electron/main/icons.js';
import { Inbox } from '../../../electron/main/link-inbox.js';
import { linkPlan, loginItemPlan } from '../../../electron/main/registration-plan.js';
import type { LinkFacts } from '../../../electron/main/registration-plan.js';
import { failStart, startFailureMessage } from '../../../electron/main/start-failure.js';
import { userChoiceProgId } from '../../../electron/main/windows-default.js';

const PLATFORMS: DesktopPlatform[] = ['darwin', 'win32', 'linux'];

describe('link registration', () => {
  const facts = (change: Partial<LinkFacts>): LinkFacts => ({
    platform: 'linux',
    packaged: true,
    consent: true,
    isDefault: false,
    trigger: 'start',
    ...change,
  });

  it.each(PLATFORMS)('never registers the bare Electron binary of a development run (%s)', (platform) => {
    for (const consent of [undefined, true, false])
      for (const trigger of ['start', 'change'] as const)
        expect(linkPlan(facts({ platform, packaged: false, consent, trigger }))).toMatchObject({
          step: 'none',
          state: 'development',
          message: expect.stringContaining('installed app'),
        });
  });

  it.each(PLATFORMS)('asks once, at start, before registering anything (%s)', (platform) => {
    expect(linkPlan(facts({ platform, consent: undefined }))).toEqual({ step: 'ask', state: 'not-asked' });
    expect(linkPlan(facts({ platform, consent: undefined, trigger: 'change' }))).toEqual({
      step: 'none',
      state: 'not-asked',
    });
  });

  it.each(['darwin', 'linux'] as const)(
    'on %s registers when the agent agrees, and never again behind their back',
    (platform) => {
      expect(linkPlan(facts({ platform, trigger: 'change' }))).toEqual({ step: 'register', state: 'default' });
      expect(linkPlan(facts({ platform, trigger: 'start' }))).toMatchObject({
        step: 'none',
        state: 'not-default',
        message: expect.stringContaining('Another app'),
      });
      expect(linkPlan(facts({ platform, isDefault: true }))).toEqual({ step: 'none', state: 'default' });
    },
  );

  it('on Windows offers Default apps once, when the agent turns links on, never at a later (or hidden) start', () => {
    expect(linkPlan(facts({ platform: 'win32', trigger: 'change' }))).toMatchObject({
      step: 'offer-default-apps',
      state: 'not-default',
      message: expect.stringContaining('Default apps'),
    });
    expect(linkPlan(facts({ platform: 'win32', trigger: 'start' }))).toMatchObject({
      step: 'none',
      state: 'not-default',
      message: expect.stringContaining('Default apps'),
    });
    expect(linkPlan(facts({ platform: 'win32', isDefault: true }))).toEqual({ step: 'none', state: 'default' });
  });

  it("on Windows never asks when the agent's choice cannot be read (no choice stored, reg.exe blocked)", () => {
    for (const trigger of ['start', 'change'] as const)
      expect(linkPlan(facts({ platform: 'win32', trigger, isDefault: undefined }))).toMatchObject({
        step: 'none',
        state: 'not-default',
        message: expect.stringContaining('cannot tell'),
      });
  });

  it.each(['darwin', 'linux'] as const)('gives the links back when the agent says no (%s)', (platform) => {
    expect(linkPlan(facts({ platform, consent: false, isDefault: true }))).toEqual({
      step: 'unregister',
      state: 'declined',
    });
    expect(linkPlan(facts({ platform, consent: false, isDefault: false }))).toEqual({
      step: 'none',
      state: 'declined',
    });
  });

  it("on Windows says a no cannot undo the agent's own Default apps choice", () => {
    expect(linkPlan(facts({ platform: 'win32', consent: false, isDefault: true }))).toEqual({
      step: 'none',
      state: 'declined',
      message: expect.stringContaining('choose another app for TEL'),
    });
  });
});

describe('start at login', () => {
  it.each(PLATFORMS)('does nothing in a development run and says so when asked for (%s)', (platform) => {
    expect(loginItemPlan({ platform, packaged: false, wanted: true, current: false })).toEqual({
      step: 'none',
      applied: false,
      message: 'Start at login applies to the installed app only.',
    });
    expect(loginItemPlan({ platform, packaged: false, wanted: false, current: false })).toEqual({
      step: 'none',
      applied: false,
    });
  });

  it('uses the login item on macOS and Windows and an XDG autostart entry on Linux, only when it changes', () => {
    expect(loginItemPlan({ platform: 'darwin', packaged: true, wanted: true, current: false }).step).toBe(
      'set-login-item',
    );
    expect(loginItemPlan({ platform: 'win32', packaged: true, wanted: false, current: true }).step).toBe(
      'set-login-item',
    );
    expect(loginItemPlan({ platform: 'linux', packaged: true, wanted: true, current: false })).toEqual({
      step: 'write-autostart',
      applied: true,
    });
    expect(loginItemPlan({ platform: 'linux', packaged: true, wanted: false, current: true })).toEqual({
      step: 'remove-autostart',
      applied: false,
    });
    for (const platform of PLATFORMS)
      expect(loginItemPlan({ platform, packaged: true, wanted: true, current: true })).toEqual({
        step: 'none',
        applied: true,
      });
  });
});

describe('the XDG autostart entry', () => {
  it('starts the installed app hidden, quoting the path by the Desktop Entry rules', () => {
    const entry = autostartEntry(autostartCommand('/opt/soft dial/softdial', {}));
    expect(entry.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Version=1.0',
      'Name=softdial',
      'Comment=Click-to-dial for Genesys Cloud, waiting in the tray',
      'Exec="/opt/soft dial/softdial" --hidden',
      'Terminal=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
  });

  it('escapes what the Exec key reserves, and %', () => {
    expect(autostartEntry(['/opt/a"b$c`d\\e/100%/softdial'])).toContain(
      'Exec="/opt/a\\\\"b\\\\$c\\\\`d\\\\\\\\e/100%%/softdial"',
    );
    expect(autostartEntry(['/usr/bin/softdial'])).toContain('Exec=/usr/bin/softdial\n');
  });

  it('runs the AppImage file itself, not its temporary mount', () => {
    expect(autostartCommand('/tmp/.mount_softdXYZ/softdial', { APPIMAGE: '/home/a/Apps/softdial.AppImage' })).toEqual([
      '/home/a/Apps/softdial.AppImage',
      '--hidden',
    ]);
  });

  it('lives in $XDG_CONFIG_HOME/autostart, by default ~/.config/autostart, named like the desktop file', () => {
    expect(autostartPath({}, '/home/a')).toBe(`/home/a/.config/autostart/${DESKTOP_NAME}`);
    expect(autostartPath({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe(`/cfg/autostart/${DESKTOP_NAME}`);
    expect(autostartPath({ XDG_CONFIG_HOME: 'relative' }, '/home/a')).toBe(`/home/a/.config/autostart/${DESKTOP_NAME}`);
  });
});

describe('launch and session facts', () => {
  it('knows a launch at login by the argument it is given, or by macOS', () => {
    expect(launchedAtLogin(['/usr/bin/softdial', '--hidden'], false)).toBe(true);
    expect(launchedAtLogin(['/usr/bin/softdial'], true)).toBe(true);
    expect(launchedAtLogin(['/usr/bin/softdial', 'tel:+1'], false)).toBe(false);
  });

  it('recognises a Wayland session on Linux only', () => {
    expect(isWayland('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(isWayland('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(isWayland('linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(isWayland('darwin', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
  });

  it('does not trust an unfocused clipboard read on Wayland', () => {
    expect(clipboardReadable(true, false)).toBe(false);
    expect(clipboardReadable(true, true)).toBe(true);
    expect(clipboardReadable(false, false)).toBe(true);
  });
});

describe('the hotkey state', () => {
  it('says when the hotkey is off, taken, refused or invalid, in words for the window', () => {
    expect(hotkeyState('', { kind: 'off' }, false)).toEqual({ accelerator: '', state: 'off' });
    expect(hotkeyState('Ctrl+Shift+D', { kind: 'registered' }, false)).toEqual({
      accelerator: 'Ctrl+Shift+D',
      state: 'registered',
    });
    expect(hotkeyState('Ctrl+Shift+D', { kind: 'refused' }, false)).toMatchObject({
      state: 'refused',
      message: expect.stringContaining('used by another application'),
    });
    expect(hotkeyState('Ctrl+Banana', { kind: 'threw', reason: 'unknown key' }, false)).toMatchObject({
      state: 'invalid',
      message: expect.stringContaining('unknown key'),
    });
  });

  it('refuses keys the other hotkey already has, naming what that one does', () => {
    expect(hotkeyState('Ctrl+Shift+D', { kind: 'duplicate', of: 'call the copied number' }, false)).toEqual({
      accelerator: 'Ctrl+Shift+D',
      state: 'refused',
      message: "Ctrl+Shift+D is already softdial's hotkey to call the copied number; choose other keys for this one.",
    });
  });

  it('reads two accelerators as the same keys whatever their order, case or alias', () => {
    expect(sameAccelerator('Shift+CmdOrCtrl+d', 'CommandOrControl+Shift+D')).toBe(true);
    expect(sameAccelerator('Ctrl + Option + K', 'alt+control+k')).toBe(true);
    expect(sameAccelerator('Control+Shift+D', 'Control+Shift+E')).toBe(false);
    expect(sameAccelerator('Control+D', 'Control+Shift+D')).toBe(false);
    expect(sameAccelerator('', '')).toBe(false);
  });

  it("does not trust register()'s yes on Wayland, where the desktop decides silently", () => {
    expect(hotkeyState('Ctrl+Shift+D', { kind: 'registered' }, true)).toMatchObject({
      state: 'unconfirmed',
      message: expect.stringContaining('Your desktop decides'),
    });
  });
});

describe('icons', () => {
  it('uses a Template image on macOS, an ICO on Windows and a PNG on Linux for the tray, each light and dark', () => {
    expect(PLATFORMS.map((platform) => trayIconFile(platform, false))).toEqual([
      'trayTemplate.png',
      'tray.ico',
      'tray.png',
    ]);
    expect(PLATFORMS.map((platform) => trayIconFile(platform, true))).toEqual([
      'trayTemplate.png',
      'tray-dark.ico',
      'tray-dark.png',
    ]);
  });

  it('reads a dark taskbar from the system theme on Windows and the desktop theme on Linux', () => {
    const theme = (app: boolean, system: boolean) => ({
      shouldUseDarkColors: app,
      shouldUseDarkColorsForSystemIntegratedUI: system,
    });
    // Windows: a dark taskbar with light apps is common; the apps' theme does not decide.
    expect(darkTaskbar('win32', theme(false, true))).toBe(true);
    expect(darkTaskbar('win32', theme(true, false))).toBe(false);
    expect(darkTaskbar('linux', theme(true, false))).toBe(true);
    expect(darkTaskbar('linux', theme(false, true))).toBe(false);
    expect(darkTaskbar('darwin', theme(true, true))).toBe(false);
  });

  it('gives the window its icon where the OS shows it (macOS takes the bundle icon)', () => {
    expect(PLATFORMS.map(windowIconFile)).toEqual([undefined, 'window.png', 'window.png']);
  });
});

describe('the inbox of arrivals', () => {
  it('holds what arrives before the app is ready and delivers it in order, then directly', () => {
    const inbox = new Inbox<string>();
    const seen: string[] = [];
    inbox.add('tel:1');
    inbox.add('tel:2');
    expect(seen).toEqual([]);
    inbox.open((item) => seen.push(item));
    expect(seen).toEqual(['tel:1', 'tel:2']);
    inbox.add('tel:3');
    expect(seen).toEqual(['tel:1', 'tel:2', 'tel:3']);
  });

  it('keeps only the newest under a flood', () => {
    const inbox = new Inbox<number>(3);
    for (let n = 0; n < 10; n++) inbox.add(n);
    const seen: number[] = [];
    inbox.open((item) => seen.push(item));
    expect(seen).toEqual([7, 8, 9]);
  });
});

describe('a failed start', () => {
  it('is reported, shown and ends the process with an error, even when the dialog fails', () => {
    const events: string[] = [];
    failStart(
      new Error('keychain locked'),
      (error) => events.push(`report:${(error as Error).message}`),
      {
        dialog: { showErrorBox: (title, content) => events.push(`dialog:${title}:${content.split('\n')[0]}`) },
        app: { exit: (code) => events.push(`exit:${code}`) },
      },
      '/data/logs/softdial.log',
    );
    expect(events).toEqual(['report:keychain locked', 'dialog:softdial could not start:keychain locked', 'exit:1']);
    const exits: number[] = [];
    expect(() =>
      failStart(
        new Error('x'),
        () => undefined,
        {
          dialog: {
            showErrorBox: () => {
              throw new Error('no display');
            },
          },
          app: { exit: (code) => exits.push(code ?? 0) },
        },
        '/data/logs/softdial.log',
      ),
    ).toThrow('no display');
    expect(exits).toEqual([1]);
  });

  it('says what to do next, and where the log is (an installed app has no terminal for softdial doctor)', () => {
    expect(startFailureMessage('boom', '/data/logs/softdial.log')).toMatch(
      /^boom\n\nsoftdial closes now.*the log file \/data\/logs\/softdial\.log/s,
    );
  });
});

describe("Windows' Default apps choice", () => {
  it('reads the ProgId out of reg query output', () => {
    const output =
      '\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\tel\\UserChoice\r\n    ProgId    REG_SZ    softdial.tel\r\n\r\n';
    expect(userChoiceProgId(output)).toBe('softdial.tel');
    expect(userChoiceProgId('    ProgId    REG_SZ    AppXq0fevzme501ytd0s4bj5ys0s2zbzpcew\r\n')).toBe(
      'AppXq0fevzme501ytd0s4bj5ys0s2zbzpcew',
    );
    expect(userChoiceProgId('ERROR: The system was unable to find the specified registry key or value.')).toBe(
      undefined,
    );
  });
});
