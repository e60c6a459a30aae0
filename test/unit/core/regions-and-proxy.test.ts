import { describe, expect, it } from 'vitest';
import { bypassesProxy, proxyFor } from '../../../electron/core/genesys/proxy.js';
import { REGIONS, resolveRegion } from '../../../electron/core/genesys/regions.js';

/** The endpoints of a region that must resolve. */
const endpointsOf = (region: string) => {
  const resolved = resolveRegion(region);
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.value;
};
/** The problem with a region that must not resolve. */
const problemOf = (region: string) => {
  const resolved = resolveRegion(region);
  return resolved.ok ? 'resolved' : resolved.error;
};

describe('regions', () => {
  it('knows all 18 Genesys Cloud regions by AWS-style name and by domain', () => {
    expect(Object.keys(REGIONS)).toHaveLength(18);
    expect(endpointsOf('eu-central-1')).toEqual({
      region: 'eu-central-1',
      loginBase: 'https://login.mypurecloud.de',
      apiBase: 'https://api.mypurecloud.de',
    });
    expect(endpointsOf('usw2.pure.cloud').apiBase).toBe('https://api.usw2.pure.cloud');
    expect(endpointsOf(' API.MYPURECLOUD.JP ').loginBase).toBe('https://login.mypurecloud.jp');
    for (const [name, domain] of Object.entries(REGIONS))
      expect(endpointsOf(name).apiBase).toBe(`https://api.${domain}`);
  });

  it('takes a base URL for a gateway or the emulator, serving both login and API paths', () => {
    expect(endpointsOf('http://127.0.0.1:9000/')).toEqual({
      region: 'http://127.0.0.1:9000/',
      loginBase: 'http://127.0.0.1:9000',
      apiBase: 'http://127.0.0.1:9000',
    });
  });

  it('refuses an unknown region with the list of names', () => {
    expect(problemOf('mars-north-1')).toMatch(/not a Genesys Cloud region.*eu-central-1/);
    expect(problemOf('https://gateway?x=1')).toMatch(/without \? or #/);
  });
});

describe('proxies', () => {
  const url = new URL('https://api.mypurecloud.de/api/v2/users/me');
  it('uses HTTPS_PROXY for https, either case', () => {
    expect(proxyFor(url, { HTTPS_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyFor(url, { https_proxy: 'http://proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyFor(new URL('http://127.0.0.1:9000/x'), { HTTPS_PROXY: 'http://proxy:3128' })).toBeUndefined();
  });

  it('honours NO_PROXY domains, suffixes, ports and *', () => {
    expect(bypassesProxy(url, 'mypurecloud.de')).toBe(true);
    expect(bypassesProxy(url, '.mypurecloud.de')).toBe(true);
    expect(bypassesProxy(url, '*.mypurecloud.de')).toBe(true);
    expect(bypassesProxy(url, 'purecloud.de')).toBe(false);
    expect(bypassesProxy(url, 'api.mypurecloud.de:8443')).toBe(false);
    expect(bypassesProxy(url, 'api.mypurecloud.de:443')).toBe(true);
    expect(bypassesProxy(url, 'localhost, *')).toBe(true);
    expect(proxyFor(url, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'mypurecloud.de' })).toBeUndefined();
  });
});
