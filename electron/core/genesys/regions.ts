import { fail, ok } from '../../shared/outcome.js';
import type { Outcome } from '../../shared/outcome.js';

/** The AWS-style names of the Genesys Cloud regions and their domains, as the Genesys Cloud API documents them. */
export const REGIONS: Readonly<Record<string, string>> = {
  'us-east-1': 'mypurecloud.com',
  'us-east-2': 'use2.us-gov-pure.cloud',
  'us-west-2': 'usw2.pure.cloud',
  'ca-central-1': 'cac1.pure.cloud',
  'sa-east-1': 'sae1.pure.cloud',
  'mx-central-1': 'mxc1.pure.cloud',
  'eu-west-1': 'mypurecloud.ie',
  'eu-west-2': 'euw2.pure.cloud',
  'eu-central-1': 'mypurecloud.de',
  'eu-central-2': 'euc2.pure.cloud',
  'eusc-de-east-1': 'edee1.eusc-pure.cloud',
  'me-central-1': 'mec1.pure.cloud',
  'ap-south-1': 'aps1.pure.cloud',
  'ap-southeast-1': 'apse1.pure.cloud',
  'ap-southeast-2': 'mypurecloud.com.au',
  'ap-northeast-1': 'mypurecloud.jp',
  'ap-northeast-2': 'apne2.pure.cloud',
  'ap-northeast-3': 'apne3.pure.cloud',
};

/** Where to sign in and where to call the API, resolved from whatever form the region was given in. */
export interface Endpoints {
  /** The region as configured, for messages. */
  region: string;
  loginBase: string;
  apiBase: string;
  /** How the value was read when it was not written the documented way (said to the admin). */
  note?: string;
}

const DOMAINS = new Set(Object.values(REGIONS));

/** Drops a trailing slash so paths can be appended. */
const trimSlash = (url: string): string => url.replace(/(?<!\/)\/+$/, '');

/**
 * Resolves a region given as a domain (`mypurecloud.de`), an AWS-style name (`eu-central-1`), or a base
 * URL (`http://127.0.0.1:9000`, a gateway or the emulator) that serves both login and API paths; or says
 * what to write instead.
 */
export function resolveRegion(value: string): Outcome<Endpoints, string> {
  const region = value.trim();
  if (/^https?:\/\//i.test(region)) {
    let url: URL;
    try {
      url = new URL(region);
    } catch {
      return fail(
        `"${region}" is not a valid URL. Write a base URL like https://gateway.example.com or a region like eu-central-1.`,
      );
    }
    if (url.search || url.hash) return fail(`"${region}" must be a base URL without ? or #.`);
    const genesys = domainOf(url.hostname);
    if (genesys) {
      // The tutorial's https://{region}/oauth/token: a Genesys domain serves login and API on two hosts.
      return ok({
        region,
        loginBase: `https://login.${genesys}`,
        apiBase: `https://api.${genesys}`,
        note: `"${region}" names the Genesys Cloud domain ${genesys}: softdial signs in at https://login.${genesys} and calls the API at https://api.${genesys} (one host does not serve both). Write the region as ${genesys}.`,
      });
    }
    const base = trimSlash(url.toString());
    return ok({ region, loginBase: base, apiBase: base });
  }
  const spelled = region.toLowerCase().replace(/_/g, '-');
  const lower = spelled.replace(/^(api|login)\./, '');
  const domain = REGIONS[lower] ?? (DOMAINS.has(lower) ? lower : undefined);
  if (!domain) {
    return fail(
      `"${region}" is not a Genesys Cloud region. Use a domain such as mypurecloud.de, a name such as eu-central-1, or a base URL. Known names: ${Object.keys(REGIONS).join(', ')}.`,
    );
  }
  const note =
    spelled !== region.toLowerCase()
      ? `"${region}" is the SDKs' spelling of ${lower}; read as ${domain}.`
      : lower !== spelled
        ? `"${region}" is a host, not a region; read as ${domain} (login.${domain} for sign-in, api.${domain} for the API).`
        : undefined;
  return ok({
    region,
    loginBase: `https://login.${domain}`,
    apiBase: `https://api.${domain}`,
    ...(note ? { note } : {}),
  });
}

/** The Genesys domain a host belongs to (itself, or with api./login./apps. in front), if it is one. */
export function domainOf(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/^(api|login|apps)\./, '');
  return DOMAINS.has(host) ? host : undefined;
}
