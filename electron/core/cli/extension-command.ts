import { parseArgs } from 'node:util';
import { HOST_BROWSERS } from '../native/host-manifest.js';
import type { HostBrowser } from '../native/host-manifest.js';
import { installHost, uninstallHost } from '../native/install-host.js';
import { dataDirectory } from '../settings/paths.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';

/** Whether a word names a browser softdial writes a host manifest for. */
const isBrowser = (word: string): word is HostBrowser => (HOST_BROWSERS as readonly string[]).includes(word);

/** What runs softdial now: this Node and this script (in the packaged app, its own executable). */
function currentCommand(): string[] {
  const script = process.argv[1];
  return script === undefined ? [process.execPath] : [process.execPath, script];
}

/**
 * `softdial extension install-host|uninstall-host [--browser B]... [--user-data-dir DIR]`: writes (or
 * removes) the Native Messaging host manifest for the current user, for each browser named (all of
 * them by default), or into one browser profile's folder.
 */
export async function extensionCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { browser: { type: 'string', multiple: true }, 'user-data-dir': { type: 'string' } },
  });
  const [action, ...extra] = positionals;
  if ((action !== 'install-host' && action !== 'uninstall-host') || extra.length > 0)
    throw new UsageError('say install-host or uninstall-host (softdial extension install-host [--browser chrome]).');
  const named = values.browser ?? [];
  const unknown = named.find((word) => !isBrowser(word));
  if (unknown !== undefined) throw new UsageError(`--browser "${unknown}" is not one of ${HOST_BROWSERS.join(', ')}.`);
  const userDataDir = values['user-data-dir'];
  const browsers = named.filter(isBrowser);
  if (userDataDir !== undefined && browsers.includes('firefox'))
    throw new UsageError('--user-data-dir is a Chromium profile folder: Firefox reads host manifests per user only.');
  const chosen: HostBrowser[] = browsers.length > 0 ? browsers : userDataDir ? ['chromium'] : [...HOST_BROWSERS];
  const dataDir = dataDirectory(io.env);
  for (const browser of chosen) {
    const place = { browser, dataDir, ...(userDataDir ? { userDataDir } : {}) };
    if (action === 'install-host') {
      const file = await installHost({ ...place, command: currentCommand() });
      io.stdout.write(`${browser}: host manifest written to ${file}\n`);
    } else {
      const removed = await uninstallHost(place);
      io.stdout.write(`${browser}: ${removed ? 'host manifest removed' : 'no host manifest was installed'}\n`);
    }
  }
  return EXIT.ok;
}
