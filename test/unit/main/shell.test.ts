import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import { dialLinksFromArgv, isDialLink } from '../../../electron/main/links.js';
import { rendererCsp } from '../../../electron/core/web/csp.js';
import { isAllowedExternalUrl, isAppUrl, isTrustedSender } from '../../../electron/main/security.js';
import { trayMenuTemplate } from '../../../electron/main/tray-menu.js';
import type { TrayActions, TrayState } from '../../../electron/main/tray-menu.js';
import { mainWindowOptions } from '../../../electron/main/window-options.js';

describe('the main window', () => {
  it('is sandboxed and isolated, with no Node in the page and only our preload', () => {
    const preferences = mainWindowOptions('/app/preload.cjs').webPreferences;
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a CSP that allows only its own scripts and styles and no network', () => {
    const csp = rendererCsp();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('URL allow-lists', () => {
  it('open only https Genesys help, status and login pages, and the configured login base', () => {
    expect(isAllowedExternalUrl('https://help.mypurecloud.com/articles/webrtc/')).toBe(true);
    expect(isAllowedExternalUrl('https://login.mypurecloud.de/oauth/authorize?x=1')).toBe(true);
    expect(isAllowedExternalUrl('http://login.mypurecloud.de/')).toBe(false);
    expect(isAllowedExternalUrl('https://help.mypurecloud.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pass@help.mypurecloud.com/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
    expect(isAllowedExternalUrl('http://127.0.0.1:9000/oauth/authorize', 'http://127.0.0.1:9000')).toBe(true);
    expect(isAllowedExternalUrl('http://127.0.0.1:9001/oauth/authorize', 'http://127.0.0.1:9000')).toBe(false);
  });

  it('keep the window on our own pages', () => {
    expect(isAppUrl('app://softdial/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://softdial/index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('trust IPC only from our windows showing our page', () => {
    const ours = new Set([3]);
    expect(isTrustedSender({ webContentsId: 3, frameUrl: 'app://softdial/index.html' }, ours)).toBe(true);
    expect(isTrustedSender({ webContentsId: 4, frameUrl: 'app://softdial/index.html' }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 3, frameUrl: 'https://ads.example/' }, ours)).toBe(false);
    expect(isTrustedSender({ webContentsId: 3, frameUrl: undefined }, ours)).toBe(false);
  });
});

describe('dial links', () => {
  it.each([
    ['tel:+16502530000', '+16502530000'],
    ['tel:+1-650-253-0000', '+16502530000'],
    ['tel://+16502530000', '+16502530000'],
    ['tel:%2B16502530000', '+16502530000'],
    ['tel:+1%20650%20253%200000', '+16502530000'],
    ['TEL:+16502530000', '+16502530000'],
    ['callto:+16502530000', '+16502530000'],
    ['callto://+16502530000', '+16502530000'],
    ['sip:+16502530000@pbx.example.com;user=phone', '+16502530000'],
    ['tel:7946-0958;phone-context=+44-20', '+442079460958'],
    ['tel:+13178723000;ext=105', '+13178723000'],
  ])('%s reaches the reader with its + intact and reads as %s', (link, e164) => {
    const [found] = dialLinksFromArgv(['/opt/softdial/softdial', '--flag', link]);
    expect(found).toBe(link);
    expect(parsePhone(found ?? '')).toMatchObject({ ok: true, e164 });
  });

  it('finds links in a second instance argv, quoted or not, and nothing else', () => {
    expect(dialLinksFromArgv(['softdial.exe', '"tel:+442079460958"', 'https://example.com', '--hidden'])).toEqual([
      'tel:+442079460958',
    ]);
    expect(dialLinksFromArgv(['softdial', 'sips:+33612345678@x'])).toEqual(['sips:+33612345678@x']);
    expect(isDialLink('mailto:a@b.c')).toBe(false);
  });

  it('keeps the extension of a link', () => {
    expect(parsePhone('tel:+13178723000;ext=105')).toMatchObject({ ok: true, extension: '105' });
  });

  it('explains a SIP address that is not a phone number', () => {
    expect(parsePhone('sip:alice@example.com')).toMatchObject({ ok: false, error: { code: 'not_a_phone_link' } });
  });
});

describe('the tray menu', () => {
  const calls: string[] = [];
  const actions: TrayActions = {
    dial: (text, source, confirmFirst) => calls.push(`${source}:${text}${confirmFirst ? ':confirm' : ''}`),
    dialClipboard: () => calls.push('clipboard-now'),
    open: () => calls.push('open'),
    signIn: () => calls.push('signIn'),
    quit: () => calls.push('quit'),
  };
  const base: TrayState = {
    sandbox: false,
    signedIn: true,
    mode: 'agent',
    favourites: [],
    recents: [],
    clipboard: null,
  };
  const labels = (state: TrayState) => trayMenuTemplate(state, actions).map((item) => item.label ?? item.type);

  it('shows the copied number seen at the last rebuild, and reads the clipboard afresh when clicked', () => {
    const template = trayMenuTemplate({ ...base, clipboard: parsePhone('Call +44 20 7946 0958 please') }, actions);
    const item = template.find((entry) => entry.label?.startsWith('Call copied number'));
    expect(item?.label).toBe('Call copied number (+44 20 7946 0958)');
    (item?.click as () => void)();
    expect(calls.at(-1)).toBe('clipboard-now');
  });

  it('keeps "Call copied number" clickable when the last rebuild saw no number: the clipboard may hold one now', () => {
    for (const clipboard of [null, parsePhone('jane@example.com')]) {
      const item = trayMenuTemplate({ ...base, clipboard }, actions).find((entry) =>
        entry.label?.startsWith('Call copied'),
      );
      expect(item?.label).toBe('Call copied number');
      expect(item?.enabled).not.toBe(false);
      (item?.click as () => void)();
      expect(calls.at(-1)).toBe('clipboard-now');
    }
  });

  it('lists favourites and recent calls as quick-dial items, and sign-in when signed out', () => {
    const state: TrayState = {
      ...base,
      signedIn: false,
      favourites: [
        { name: 'Support desk', numbers: [{ label: 'Work', display: '+44 20 7946 0000', dial: '+442079460000' }] },
        {
          name: 'Jane Doe',
          numbers: [
            { label: 'Work', display: '+44 20 7946 0958', dial: '+442079460958' },
            { label: 'Mobile', display: '+44 7400 123456', dial: '+447400123456' },
          ],
        },
      ],
      recents: [{ label: '+33 6 12 34 56 78', dial: '+33612345678' }],
    };
    expect(labels(state)).toEqual([
      'Not signed in',
      'Sign in…',
      'separator',
      'Call copied number',
      'separator',
      'Favourites',
      'Support desk (+44 20 7946 0000)',
      'Jane Doe',
      'separator',
      'Recent calls',
      'Redial +33 6 12 34 56 78',
      'separator',
      'Open softdial',
      'Quit',
    ]);
    const template = trayMenuTemplate(state, actions);
    (template.find((entry) => entry.label === 'Redial +33 6 12 34 56 78')?.click as () => void)();
    expect(calls.at(-1)).toBe('redial:+33612345678');
    (template.find((entry) => entry.label?.startsWith('Support desk'))?.click as () => void)();
    expect(calls.at(-1)).toBe('tray:+442079460000');
    const jane = template.find((entry) => entry.label === 'Jane Doe')?.submenu as MenuItemConstructorOptions[];
    expect(jane.map((entry) => entry.label)).toEqual(['Work +44 20 7946 0958', 'Mobile +44 7400 123456']);
    (jane[1]?.click as () => void)();
    expect(calls.at(-1)).toBe('tray:+447400123456');
  });

  it('names a fax line as such and offers it for a look before it is called', () => {
    const numbers = [
      { label: 'Work', display: '+44 20 7946 0958', dial: '+442079460958' },
      { label: 'Fax', display: '+44 20 7946 0959', dial: '+442079460959' },
    ];
    const template = trayMenuTemplate({ ...base, favourites: [{ name: 'Jane Doe', numbers }] }, actions);
    const jane = template.find((entry) => entry.label === 'Jane Doe')?.submenu as MenuItemConstructorOptions[];
    expect(jane.map((entry) => entry.label)).toEqual(['Work +44 20 7946 0958', 'Fax +44 20 7946 0959 (fax line)']);
    (jane[1]?.click as () => void)();
    expect(calls.at(-1)).toBe('tray:+442079460959:confirm');
    (jane[0]?.click as () => void)();
    expect(calls.at(-1)).toBe('tray:+442079460958');
  });

  it('says when it is the sandbox', () => {
    expect(labels({ ...base, sandbox: true })[0]).toBe('Sandbox (built-in emulator)');
  });
});
