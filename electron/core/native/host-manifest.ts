import { homedir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_ID, NATIVE_HOST_NAME } from '../../shared/extension-identity.js';

/** The browsers softdial writes a host manifest for. */
export const HOST_BROWSERS = ['chromium', 'chrome', 'edge', 'firefox'] as const;
/** One of them. */
export type HostBrowser = (typeof HOST_BROWSERS)[number];

/** The manifest a browser reads to start the host: Chromium names allowed origins, Firefox allowed add-on ids. */
export function hostManifest(browser: HostBrowser, launcher: string): Record<string, unknown> {
  const common = {
    name: NATIVE_HOST_NAME,
    description: 'softdial: dial numbers from web pages through the desktop app',
    path: launcher,
    type: 'stdio',
  };
  return browser === 'firefox'
    ? { ...common, allowed_extensions: [FIREFOX_EXTENSION_ID] }
    : { ...common, allowed_origins: [`chrome-extension://${CHROMIUM_EXTENSION_ID}/`] };
}

/** Each browser's per-user configuration folder, relative to home, per OS (Windows uses the registry instead). */
const USER_FOLDERS: Record<'linux' | 'darwin', Record<HostBrowser, string[]>> = {
  linux: {
    chromium: ['.config', 'chromium', 'NativeMessagingHosts'],
    chrome: ['.config', 'google-chrome', 'NativeMessagingHosts'],
    edge: ['.config', 'microsoft-edge', 'NativeMessagingHosts'],
    firefox: ['.mozilla', 'native-messaging-hosts'],
  },
  darwin: {
    chromium: ['Library', 'Application Support', 'Chromium', 'NativeMessagingHosts'],
    chrome: ['Library', 'Application Support', 'Google', 'Chrome', 'NativeMessagingHosts'],
    edge: ['Library', 'Application Support', 'Microsoft Edge', 'NativeMessagingHosts'],
    firefox: ['Library', 'Application Support', 'Mozilla', 'NativeMessagingHosts'],
  },
};

/** The registry key under HKEY_CURRENT_USER whose default value names the manifest file, on Windows. */
export const WINDOWS_REGISTRY_KEYS: Record<HostBrowser, string> = {
  chromium: 'Software\\Chromium\\NativeMessagingHosts',
  chrome: 'Software\\Google\\Chrome\\NativeMessagingHosts',
  edge: 'Software\\Microsoft\\Edge\\NativeMessagingHosts',
  firefox: 'Software\\Mozilla\\NativeMessagingHosts',
};

/** Where a host manifest goes for the current user (or into a given Chromium profile folder, as tests and portable browsers need). */
export function manifestFile(
  browser: HostBrowser,
  options: { userDataDir?: string; dataDir: string; platform?: NodeJS.Platform; home?: string },
): string {
  const file = `${NATIVE_HOST_NAME}.json`;
  if (options.userDataDir) return join(options.userDataDir, 'NativeMessagingHosts', file);
  const platform = options.platform ?? process.platform;
  // Windows reads the manifest wherever the registry points: it stays in the data folder, one per browser.
  if (platform === 'win32') return join(options.dataDir, 'native-host', browser, file);
  const folders = platform === 'darwin' ? USER_FOLDERS.darwin : USER_FOLDERS.linux;
  return join(options.home ?? homedir(), ...folders[browser], file);
}
