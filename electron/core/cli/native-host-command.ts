import { Readable } from 'node:stream';
import { appSocketPath } from '../native/app-socket-path.js';
import { askApp } from '../native/app-socket.js';
import { runNativeHost } from '../native/native-host.js';
import { dataDirectory } from '../settings/paths.js';
import { EXIT } from './io.js';
import type { CliIo } from './io.js';

/**
 * `softdial native-host [ORIGIN]`: started by the browser through the host manifest (never by a person).
 * The browser passes the caller's origin; the manifest's allowed_origins already admit only ours, and
 * the host trusts nothing of the message but its schema. stdout carries frames only: nothing else is
 * ever written there.
 */
export async function nativeHostCommand(_args: string[], io: CliIo): Promise<number> {
  const socket = appSocketPath(dataDirectory(io.env));
  await runNativeHost({
    input: io.stdin,
    output: io.stdout,
    ask: (request) => askApp(socket, request),
    release: () => {
      if (io.stdin instanceof Readable) io.stdin.destroy();
    },
  });
  return EXIT.ok;
}
