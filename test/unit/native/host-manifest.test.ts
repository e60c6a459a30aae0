import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hostManifest, manifestFile } from '../../../electron/core/native/host-manifest.js';
import { launcherScript } from '../../../electron/core/native/install-host.js';
import { appSocketPath } from '../../../electron/core/native/app-socket-path.js';
import {
  CHROMIUM_EXTENSION_ID,
  EXTENSION_PUBLIC_KEY,
  FIREFOX_EXTENSION_ID,
} from '../../../electron/shared/extension-identity.js';

describe('the extension identity', () => {
  it('is the id Chromium derives from the manifest key', () => {
    const digest = createHash('sha256').update(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64')).digest('hex');
    const id = digest.slice(0, 32).replace(/[0-9a-f]/g, (hex) => String.fromCharCode(97 + parseInt(hex, 16)));
    expect(id).toBe(CHROMIUM_EXTENSION_ID);
  });
});

describe('the host manifest', () => {
  it('names the extension by origin for Chromium browsers and by add-on id for Firefox', () => {
    expect(hostManifest('edge', '/x/launcher')).toMatchObject({
      type: 'stdio',
      path: '/x/launcher',
      allowed_origins: [`chrome-extension://${CHROMIUM_EXTENSION_ID}/`],
    });
    const firefox = hostManifest('firefox', '/x/launcher');
    expect(firefox).toMatchObject({ allowed_extensions: [FIREFOX_EXTENSION_ID] });
    expect(firefox).not.toHaveProperty('allowed_origins');
  });

  it('goes where each browser looks for it, per OS, or into a given profile folder', () => {
    const at = { dataDir: '/data', home: '/home/a' };
    expect(manifestFile('chrome', { ...at, platform: 'linux' })).toBe(
      '/home/a/.config/google-chrome/NativeMessagingHosts/app.softdial.host.json',
    );
    expect(manifestFile('firefox', { ...at, platform: 'linux' })).toBe(
      '/home/a/.mozilla/native-messaging-hosts/app.softdial.host.json',
    );
    expect(manifestFile('edge', { ...at, platform: 'darwin' })).toBe(
      '/home/a/Library/Application Support/Microsoft Edge/NativeMessagingHosts/app.softdial.host.json',
    );
    expect(manifestFile('chromium', { ...at, platform: 'linux', userDataDir: '/p' })).toBe(
      '/p/NativeMessagingHosts/app.softdial.host.json',
    );
  });
});

describe('the launcher script', () => {
  it('passes hostile paths to the program word for word, never to the shell', () => {
    const dataDir = `/tmp/it's $(touch pwned) "x"`;
    const script = launcherScript(['/bin/echo', `a'b $HOME`], dataDir, 'linux');
    const run = spawnSync('/bin/sh', ['-c', script.split('\n')[1] ?? '', 'launcher', 'chrome-extension://id/']);
    expect(run.stdout.toString()).toBe(`a'b $HOME native-host chrome-extension://id/\n`);
  });

  it('refuses on Windows a path cmd.exe would interpret', () => {
    expect(() => launcherScript(['C:\\a%PATH%\\node.exe'], 'C:\\d', 'win32')).toThrow(/% sign/);
    expect(launcherScript(['C:\\n\\node.exe', 'C:\\s.js'], 'C:\\d', 'win32')).toContain(
      '"C:\\n\\node.exe" "C:\\s.js" native-host %*',
    );
  });
});

describe('the app socket path', () => {
  it('is a private Unix socket in the data folder, or a named pipe per data folder on Windows', () => {
    expect(appSocketPath('/data', 'linux')).toBe('/data/run/app.sock');
    const pipe = appSocketPath('C:\\Users\\a\\softdial', 'win32');
    expect(pipe).toMatch(/^\\\\\.\\pipe\\softdial-[0-9a-f]{16}$/);
    expect(appSocketPath('C:\\Users\\b\\softdial', 'win32')).not.toBe(pipe);
  });
});
