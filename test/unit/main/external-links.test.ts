import { beforeEach, describe, expect, it, vi } from 'vitest';
import { harness } from '../../startup/electron-stand-in.js';

// `electron` cannot load under Node: the typed stand-in of the start-up test takes its place.
vi.mock('electron', () => import('../../startup/electron-stand-in.js'));
const { focusWindow, openAllowedExternal } = await import('../../../electron/main/window.js');
const { BrowserWindow } = await import('../../startup/electron-stand-in.js');

const opened = (): string[] => harness.journal.filter((entry) => entry.startsWith('shell.openExternal:'));

describe('the sign-in page and every other link reach the browser through one allow-list', () => {
  beforeEach(() => {
    harness.journal.length = 0;
  });

  it('opens a Genesys sign-in page, and the configured login base', async () => {
    await openAllowedExternal('https://login.mypurecloud.de/oauth/authorize?client_id=x', undefined);
    await openAllowedExternal('http://127.0.0.1:9000/oauth/authorize?x=1', 'http://127.0.0.1:9000');
    expect(opened()).toEqual([
      'shell.openExternal:https://login.mypurecloud.de/oauth/authorize?client_id=x',
      'shell.openExternal:http://127.0.0.1:9000/oauth/authorize?x=1',
    ]);
  });

  it.each([
    'https://login.attacker.example/oauth/authorize',
    'http://login.mypurecloud.de/oauth/authorize',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://127.0.0.1:9001/oauth/authorize',
  ])('refuses %s with a reason, opening nothing', async (url) => {
    await expect(openAllowedExternal(url, 'http://127.0.0.1:9000')).rejects.toThrow(/opens only Genesys/);
    expect(opened()).toEqual([]);
  });
});

describe('bringing the window forward', () => {
  it('takes the focus from the active app on macOS only (a hotkey or tray action comes from elsewhere)', () => {
    const window = new BrowserWindow({}) as unknown as Parameters<typeof focusWindow>[0];
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      harness.journal.length = 0;
      focusWindow(window, platform);
      expect(harness.journal).toEqual([
        'window.show',
        ...(platform === 'darwin' ? ['app.focus:steal'] : []),
        'window.focus',
      ]);
    }
  });
});
