import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { harness } from '../../startup/electron-stand-in.js';
import type { DesktopIntegrationDeps } from '../../../electron/main/desktop-integration.js';

// `electron` cannot load under Node: the typed stand-in of the start-up test takes its place.
vi.mock('electron', () => import('../../startup/electron-stand-in.js'));
const { DesktopIntegration } = await import('../../../electron/main/desktop-integration.js');

const settings = { hotkey: 'CommandOrControl+Shift+D', focusHotkey: '', startAtLogin: false };

async function integration(change: Partial<DesktopIntegrationDeps> = {}) {
  const consents: boolean[] = [];
  const config = await mkdtemp(join(tmpdir(), 'softdial-xdg-'));
  const desktop = new DesktopIntegration({
    platform: 'linux',
    packaged: true,
    wayland: false,
    env: { XDG_CONFIG_HOME: config },
    onHotkey: () => undefined,
    onFocusHotkey: () => undefined,
    saveLinkConsent: async (consent) => {
      consents.push(consent);
    },
    ...change,
  });
  return { desktop, consents, config, autostart: join(config, 'autostart', 'cloud.softdial.app.desktop') };
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('the desktop integration, against the Electron stand-in', () => {
  beforeEach(() => {
    harness.journal.length = 0;
    harness.hotkeysTaken = false;
    harness.hotkeys.clear();
    harness.messageBoxResponse = undefined;
  });

  it('saves a yes to the link question', async () => {
    harness.messageBoxResponse = 0;
    const { desktop, consents } = await integration();
    await desktop.apply(settings);
    expect(consents).toEqual([true]);
  });

  it('applies one change after another, so the last one wins', async () => {
    const { desktop, autostart } = await integration();
    await Promise.all([
      desktop.apply({ ...settings, handleLinks: false, startAtLogin: true }),
      desktop.apply({ ...settings, handleLinks: false, startAtLogin: false }),
    ]);
    expect(desktop.state.startAtLogin).toEqual({ applied: false });
    expect(await exists(autostart)).toBe(false);
  });

  it('writes the Linux autostart entry when start at login is turned on, and removes it when turned off', async () => {
    const { desktop, autostart } = await integration();
    await desktop.apply({ ...settings, handleLinks: false });
    expect(await exists(autostart)).toBe(false);
    const on = await desktop.apply({ ...settings, handleLinks: false, startAtLogin: true });
    expect(on.startAtLogin).toEqual({ applied: true });
    expect(await readFile(autostart, 'utf8')).toContain(`Exec=${process.execPath} --hidden`);
    const off = await desktop.apply({ ...settings, handleLinks: false, startAtLogin: false });
    expect(off.startAtLogin).toEqual({ applied: false });
    expect(await exists(autostart)).toBe(false);
    expect(harness.journal).not.toContain('app.setLoginItemSettings');
  });

  it('uses the login item on macOS, and touches nothing in a development run', async () => {
    const mac = await integration({ platform: 'darwin' });
    await mac.desktop.apply({ ...settings, handleLinks: false, startAtLogin: true });
    expect(harness.journal).toContain('app.setLoginItemSettings');
    harness.journal.length = 0;
    const dev = await integration({ packaged: false });
    const state = await dev.desktop.apply({ ...settings, startAtLogin: true, handleLinks: true });
    expect(state.startAtLogin.message).toContain('installed app only');
    expect(state.links.state).toBe('development');
    expect(await exists(dev.autostart)).toBe(false);
    expect(harness.journal.filter((entry) => entry.startsWith('app.set'))).toEqual([]);
  });

  it('asks once before taking links, saves the answer, and registers every scheme when the answer is yes', async () => {
    const { desktop, consents } = await integration({ platform: 'darwin' });
    await desktop.apply(settings);
    expect(harness.journal).toContain('dialog.showMessageBox:Open tel:, callto: and sip: links with softdial?');
    expect(consents).toEqual([false]);
    const state = await desktop.apply({ ...settings, handleLinks: true });
    expect(state.links).toEqual({ state: 'default' });
    expect(harness.journal.filter((entry) => entry.startsWith('app.setAsDefaultProtocolClient'))).toEqual([
      'app.setAsDefaultProtocolClient:tel',
      'app.setAsDefaultProtocolClient:callto',
      'app.setAsDefaultProtocolClient:sip',
    ]);
  });

  it('on Windows offers Default apps when links are turned on, not at a start, and not when Windows cannot tell', async () => {
    const windows = { platform: 'win32' as const, chosenForTel: async () => false };
    const { desktop } = await integration(windows);
    const atStart = await desktop.apply({ ...settings, handleLinks: true });
    expect(atStart.links.state).toBe('not-default');
    expect(harness.journal.filter((entry) => entry.startsWith('dialog.showMessageBox'))).toEqual([]);
    await desktop.apply({ ...settings, handleLinks: false });
    const turnedOn = await desktop.apply({ ...settings, handleLinks: true });
    expect(turnedOn.links.state).toBe('not-default');
    expect(harness.journal).toContain('dialog.showMessageBox:softdial does not open tel: links yet');
    expect(harness.journal.filter((entry) => entry.startsWith('app.setAsDefaultProtocolClient'))).toEqual([]);
    expect(harness.journal).not.toContain('shell.openExternal:ms-settings:defaultapps');
    harness.messageBoxResponse = 0;
    const again = await integration(windows);
    await again.desktop.apply({ ...settings, handleLinks: false });
    await again.desktop.apply({ ...settings, handleLinks: true });
    expect(harness.journal).toContain('shell.openExternal:ms-settings:defaultapps');
    harness.journal.length = 0;
    const unknown = await integration({ platform: 'win32', chosenForTel: async () => undefined });
    await unknown.desktop.apply({ ...settings, handleLinks: false });
    const state = await unknown.desktop.apply({ ...settings, handleLinks: true });
    expect(state.links.message).toContain('cannot tell');
    expect(harness.journal.filter((entry) => entry.startsWith('dialog.showMessageBox'))).toEqual([]);
  });

  it('gives tel:, callto: and sip: back on Linux by editing mimeapps.list, keeping every other line', async () => {
    const { desktop, config } = await integration();
    const list = join(config, 'mimeapps.list');
    await writeFile(
      list,
      '[Default Applications]\nx-scheme-handler/tel=cloud.softdial.app.desktop\nx-scheme-handler/sip=linphone.desktop;cloud.softdial.app.desktop;\ntext/html=firefox.desktop\n',
    );
    harness.defaultProtocolClient = true;
    const state = await desktop.apply({ ...settings, handleLinks: false });
    harness.defaultProtocolClient = false;
    expect(state.links).toEqual({ state: 'declined' });
    expect(await readFile(list, 'utf8')).toBe(
      '[Default Applications]\nx-scheme-handler/sip=linphone.desktop;\ntext/html=firefox.desktop\n',
    );
  });

  it('reports a hotkey another app holds, and an unconfirmed one on Wayland', async () => {
    harness.hotkeysTaken = true;
    const taken = await (await integration()).desktop.apply({ ...settings, handleLinks: false });
    expect(taken.hotkey).toMatchObject({ state: 'refused', message: expect.stringContaining('another application') });
    harness.hotkeysTaken = false;
    const wayland = await (await integration({ wayland: true })).desktop.apply({ ...settings, handleLinks: false });
    expect(wayland.hotkey.state).toBe('unconfirmed');
  });

  it('registers the bring-forward hotkey beside the dial one, each press doing its own job', async () => {
    const pressed: string[] = [];
    const { desktop } = await integration({
      onHotkey: () => pressed.push('dial copied'),
      onFocusHotkey: () => pressed.push('focus'),
    });
    const state = await desktop.apply({ ...settings, focusHotkey: 'CommandOrControl+Alt+Space', handleLinks: false });
    expect(state.focusHotkey).toEqual({ accelerator: 'CommandOrControl+Alt+Space', state: 'registered' });
    harness.hotkeys.get('CommandOrControl+Alt+Space')?.();
    harness.hotkeys.get('CommandOrControl+Shift+D')?.();
    expect(pressed).toEqual(['focus', 'dial copied']);
    const off = await desktop.apply({ ...settings, focusHotkey: '', handleLinks: false });
    expect(off.focusHotkey).toEqual({ accelerator: '', state: 'off' });
    expect([...harness.hotkeys.keys()]).toEqual(['CommandOrControl+Shift+D']);
  });

  it("refuses a bring-forward hotkey with the dial hotkey's keys, saying which one keeps them", async () => {
    const { desktop } = await integration();
    const state = await desktop.apply({ ...settings, focusHotkey: 'shift+CmdOrCtrl+d', handleLinks: false });
    expect(state.hotkey.state).toBe('registered');
    expect(state.focusHotkey).toMatchObject({
      state: 'refused',
      message: expect.stringContaining("already softdial's hotkey to call the copied number"),
    });
    expect(harness.journal.filter((entry) => entry.startsWith('globalShortcut.register'))).toEqual([
      'globalShortcut.register:CommandOrControl+Shift+D',
    ]);
  });
});
