import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { HttpProxyAgent, HttpsProxyAgent } from 'hpagent';

const httpAgents = new Map<string, HttpAgent>();
const httpsAgents = new Map<string, HttpsAgent>();

/** Whether NO_PROXY exempts this host (exact names, domain suffixes, "*", optional ports). */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const [name = '', entryPort] = entry.toLowerCase().split(/:(?=\d+$)/);
      if (entryPort && entryPort !== port) return false;
      const domain = name.replace(/^\*?\./, '');
      return host === domain || host.endsWith(`.${domain}`);
    });
}

/** The proxy a request to this URL goes through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case). */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  const pick = (name: string): string | undefined => env[name] ?? env[name.toLowerCase()];
  if (bypassesProxy(url, pick('NO_PROXY'))) return undefined;
  const proxy = url.protocol === 'https:' ? (pick('HTTPS_PROXY') ?? pick('HTTP_PROXY')) : pick('HTTP_PROXY');
  return proxy?.trim() || undefined;
}

/** got's `agent` option for a URL: a keep-alive proxy agent when a proxy applies, else Node's default. */
export function agentsFor(url: URL, env: NodeJS.ProcessEnv): { http?: HttpAgent; https?: HttpsAgent } {
  const proxy = proxyFor(url, env);
  if (!proxy) return {};
  if (url.protocol === 'https:') {
    const agent = httpsAgents.get(proxy) ?? new HttpsProxyAgent({ proxy, keepAlive: true });
    httpsAgents.set(proxy, agent);
    return { https: agent };
  }
  const agent = httpAgents.get(proxy) ?? new HttpProxyAgent({ proxy, keepAlive: true });
  httpAgents.set(proxy, agent);
  return { http: agent };
}
