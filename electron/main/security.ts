import { REGIONS } from '../core/genesys/regions.js';

/** The privileged scheme the renderer is served from, instead of file:// (Electron security checklist #18). */
export const APP_SCHEME = 'app';
/** The host of our renderer under that scheme. */
export const APP_HOST = 'softdial';

const HELP_HOSTS = new Set([
  'help.mypurecloud.com',
  'status.mypurecloud.com',
  'developer.genesys.cloud',
  'help.genesys.cloud',
]);
const LOGIN_HOSTS = new Set(Object.values(REGIONS).map((domain) => `login.${domain}`));

/** Parses a URL, or undefined for anything that is not one. */
function parse(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/**
 * Whether a link may be opened in the system browser: https only, to Genesys help, status and sign-in
 * hosts, plus the configured login base (a gateway, or the sandbox emulator on 127.0.0.1).
 */
export function isAllowedExternalUrl(raw: string, loginBase?: string): boolean {
  const url = parse(raw);
  if (!url || url.username || url.password) return false;
  const login = loginBase ? parse(loginBase) : undefined;
  if (login && url.origin === login.origin) return true;
  return url.protocol === 'https:' && (HELP_HOSTS.has(url.hostname) || LOGIN_HOSTS.has(url.hostname));
}

/** Whether a URL is a page of our own renderer (the only place a window may be). */
export function isAppUrl(raw: string | undefined): boolean {
  const url = raw ? parse(raw) : undefined;
  return url?.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** Whether an IPC message comes from one of our windows showing our renderer (checklist #17). */
export function isTrustedSender(
  sender: { webContentsId: number; frameUrl: string | undefined },
  windowIds: ReadonlySet<number>,
): boolean {
  return windowIds.has(sender.webContentsId) && isAppUrl(sender.frameUrl);
}
