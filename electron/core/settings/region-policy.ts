import { domainOf } from '../genesys/regions.js';

/** The hosts plain http may reach: this machine only (the emulator, a local gateway). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a region is given as a base URL rather than a region name or domain. */
export const isBaseUrl = (region: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(region.trim());

/** A base URL in one comparable form: scheme, host, port and path, no trailing slash. */
export function normalBaseUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return `${url.protocol}//${url.host}${url.pathname.replace(/(?<!\/)\/+$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The base URLs the admin allowed (policy `allowedBaseUrls`, `SOFTDIAL_ALLOWED_BASE_URLS`), comparable. */
export function allowedBaseUrls(fromPolicy: readonly string[] = [], fromEnvironment = ''): Set<string> {
  const listed = [...fromPolicy, ...fromEnvironment.split(/[\s,]+/)].filter((entry) => entry.trim() !== '');
  return new Set(listed.map(normalBaseUrl).filter((entry) => entry !== undefined));
}

/**
 * Why a region may not be used, or undefined when it may: a Genesys region name or domain always may
 * (the Genesys client resolves those); a base URL must be https (plain http only to this machine), carry
 * no user name or password, and be set by the admin (environment or policy) or listed as allowed, so
 * nobody can point the app's credentials at another host from the window or the socket.
 */
export function regionProblem(region: string, byAdmin: boolean, allowed: ReadonlySet<string>): string | undefined {
  if (!isBaseUrl(region)) return undefined;
  let url: URL;
  try {
    url = new URL(region.trim());
  } catch {
    return `region "${region}" is not a valid URL`;
  }
  if (url.username || url.password) return 'region must not carry a user name or password';
  // A Genesys host written as a URL (the tutorial's https://mypurecloud.com) is read as that region.
  if (url.protocol === 'https:' && domainOf(url.hostname) && (url.pathname === '/' || url.pathname === ''))
    return undefined;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    return `region "${url.origin}" must use https (plain http only for 127.0.0.1 or localhost)`;
  if (!byAdmin && !allowed.has(normalBaseUrl(region) ?? ''))
    return `region "${url.origin}" is not a Genesys Cloud region; a base URL must be allowed by your admin (policy "allowedBaseUrls" or SOFTDIAL_ALLOWED_BASE_URLS)`;
  return undefined;
}
