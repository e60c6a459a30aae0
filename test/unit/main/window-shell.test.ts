import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/app-menu.js';
import { withFeature } from '../../../electron/main/desktop-identity.js';
import { unregisterLinuxSchemes, withoutSchemeHandlers } from '../../../electron/main/linux-links.js';
import { isPermissionGranted } from '../../../electron/main/permissions.js';
import { crashStep, RELOADS_PER_MINUTE } from '../../../electron/main/renderer-recovery.js';
import { menuLabel, trayMenuTemplate } from '../../../electron/main/tray-menu.js';
import { firstChoice, USER_CHOICE_KEYS } from '../../../electron/main/windows-default.js';
import { mainWindowOptions } from '../../../electron/main/window-options.js';
import { BrowserWindow, harness } from '../../startup/electron-stand-in.js';

// `electron` cannot load under Node: the typed stand-in of the start-up test takes its place.
vi.mock('electron', () => import('../../startup/electron-stand-in.js'));
const { applyPin } = await import('../../../electron/main/window-memory.js');
const { followPower } = await import('../../../electron/main/power.js');

describe('menus and DevTools', () => {
  it('has no application menu on Windows and Linux, and only App, Edit and Window on macOS', () => {
    expect(applicationMenuTemplate('win32')).toBeNull();
    expect(applicationMenuTemplate('linux')).toBeNull();
    expect(applicationMenuTemplate('darwin')).toEqual([
      { role: 'appMenu' },
      { role: 'editMenu' },
      { role: 'windowMenu' },
    ]);
  });

  it('turns DevTools off in an installed build only', () => {
    expect(mainWindowOptions('/p.cjs', undefined, undefined, true).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs').webPreferences?.devTools).toBe(true);
  });

  it('shows & in tray labels as written, submenus included', () => {
    expect(menuLabel('AT&T support')).toBe('AT&&T support');
    const template = trayMenuTemplate(
      {
        sandbox: false,
        signedIn: true,
        mode: 'agent',
        favourites: [
          { name: 'AT&T', numbers: [{ label: 'Work', display: '+1 650-253-0000', dial: '+16502530000' }] },
          {
            name: 'Smith & Co',
            numbers: [
              { label: 'R&D', display: '+44 20 7946 0000', dial: '+442079460000' },
              { label: 'Sales', display: '+44 20 7946 0001', dial: '+442079460001' },
            ],
          },
        ],
        recents: [{ label: 'Jones & Sons', dial: '+33612345678' }],
        clipboard: null,
      },
      {
        dial: () => undefined,
        dialClipboard: () => undefined,
        open: () => undefined,
        signIn: () => undefined,
        quit: () => undefined,
      },
    );
    const labels = template.flatMap((item) => [
      item.label,
      ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.label) : []),
    ]);
    expect(labels).toEqual(
      expect.arrayContaining([
        'AT&&T (+1 650-253-0000)',
        'Smith && Co',
        'R&&D +44 20 7946 0000',
        'Redial Jones && Sons',
      ]),
    );
  });
});

describe('permissions', () => {
  it('grants the clipboard write to our own page only, and nothing else to anyone', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://softdial/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://softdial')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://other/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://softdial/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined)).toBe(false);
    expect(isPermissionGranted('clipboard-read', 'app://softdial/')).toBe(false);
    expect(isPermissionGranted('notifications', 'app://softdial/')).toBe(false);
  });
});

describe('a crashed page', () => {
  it('is reloaded three times within a minute, then explained; a clean exit is left alone; old crashes expire', () => {
    let reloads: number[] = [];
    const steps: string[] = [];
    for (const at of [0, 1_000, 2_000, 3_000]) {
      const decided = crashStep('crashed', reloads, at);
      reloads = decided.reloads;
      steps.push(decided.step);
    }
    expect(steps).toEqual(['reload', 'reload', 'reload', 'explain']);
    expect(reloads).toHaveLength(RELOADS_PER_MINUTE);
    expect(crashStep('clean-exit', [], 0).step).toBe('none');
    expect(crashStep('oom', reloads, 60_500)).toEqual({ step: 'reload', reloads: [1_000, 2_000, 60_500] });
    expect(crashStep('killed', reloads, 63_000)).toEqual({ step: 'reload', reloads: [63_000] });
  });
});

describe('the Wayland feature flag', () => {
  it('is added to the features the agent passed, once', () => {
    expect(withFeature('', 'GlobalShortcutsPortal')).toBe('GlobalShortcutsPortal');
    expect(withFeature('WebRTCPipeWireCapturer', 'GlobalShortcutsPortal')).toBe(
      'WebRTCPipeWireCapturer,GlobalShortcutsPortal',
    );
    expect(withFeature('A,GlobalShortcutsPortal', 'GlobalShortcutsPortal')).toBe('A,GlobalShortcutsPortal');
  });
});

describe("Windows' Default apps choice", () => {
  it('reads UserChoiceLatest first, then UserChoice, and cannot tell when neither can be read', async () => {
    const asked: string[] = [];
    const reader = (answers: Record<string, string | undefined | Error>) => async (key: string) => {
      asked.push(key.split('\\').at(-1) ?? key);
      const answer = answers[key];
      if (answer instanceof Error) throw answer;
      return answer;
    };
    const [latest, older] = USER_CHOICE_KEYS;
    expect(await firstChoice(reader({ [latest]: 'softdial.tel', [older]: 'Teams.tel' }))).toBe('softdial.tel');
    expect(asked).toEqual(['UserChoiceLatest']);
    expect(await firstChoice(reader({ [latest]: new Error('reg.exe is blocked'), [older]: 'Teams.tel' }))).toBe(
      'Teams.tel',
    );
    expect(await firstChoice(reader({}))).toBeUndefined();
  });
});

describe('giving links back on Linux', () => {
  it("takes softdial out of every scheme's handlers and leaves other groups, apps and lines alone", () => {
    const list = [
      '[Default Applications]',
      'x-scheme-handler/tel=cloud.softdial.app.desktop;',
      'x-scheme-handler/callto=cloud.softdial.app.desktop;skype.desktop;',
      'x-scheme-handler/http=firefox.desktop',
      '',
      '[Added Associations]',
      'x-scheme-handler/sip=cloud.softdial.app.desktop;linphone.desktop;',
      '',
      '[Removed Associations]',
      'x-scheme-handler/tel=cloud.softdial.app.desktop;',
    ].join('\n');
    expect(withoutSchemeHandlers(list, 'cloud.softdial.app.desktop', ['tel', 'callto', 'sip'])).toBe(
      [
        '[Default Applications]',
        'x-scheme-handler/callto=skype.desktop;',
        'x-scheme-handler/http=firefox.desktop',
        '',
        '[Added Associations]',
        'x-scheme-handler/sip=linphone.desktop;',
        '',
        '[Removed Associations]',
        'x-scheme-handler/tel=cloud.softdial.app.desktop;',
      ].join('\n'),
    );
  });

  it('treats a missing mimeapps.list as nothing to undo, and leaves an untouched one as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'softdial-mimeapps-'));
    expect(await unregisterLinuxSchemes(join(dir, 'mimeapps.list'), 'cloud.softdial.app.desktop', ['tel'])).toEqual({
      ok: true,
      value: undefined,
    });
    await writeFile(join(dir, 'mimeapps.list'), '[Default Applications]\ntext/html=firefox.desktop\n');
    await unregisterLinuxSchemes(join(dir, 'mimeapps.list'), 'cloud.softdial.app.desktop', ['tel']);
    expect(await readFile(join(dir, 'mimeapps.list'), 'utf8')).toBe(
      '[Default Applications]\ntext/html=firefox.desktop\n',
    );
  });
});

describe('the window and the machine', () => {
  it('keeps a pinned window over full-screen apps on macOS too, and only on top elsewhere', () => {
    harness.journal.length = 0;
    applyPin(new BrowserWindow({}) as never, true, 'darwin');
    applyPin(new BrowserWindow({}) as never, true, 'linux');
    expect(harness.journal.filter((entry) => entry.startsWith('window.set'))).toEqual([
      'window.setAlwaysOnTop:true',
      'window.setVisibleOnAllWorkspaces:true',
      'window.setAlwaysOnTop:true',
    ]);
  });

  it('resumes the core after sleep, and quits (holding the shutdown back) when the OS or the session ends', () => {
    const monitor = new EventEmitter();
    const window = new EventEmitter();
    const seen: string[] = [];
    followPower({
      monitor: monitor as never,
      window: window as never,
      resume: () => seen.push('resume'),
      quit: () => seen.push('quit'),
    });
    monitor.emit('resume');
    const shutdown = { held: false, preventDefault: () => (shutdown.held = true) };
    monitor.emit('shutdown', shutdown);
    window.emit('session-end', {});
    expect(seen).toEqual(['resume', 'quit', 'quit']);
    expect(shutdown.held).toBe(true);
  });
});
