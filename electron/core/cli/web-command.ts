import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startWebServer } from '../web/web-server.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';
import { tellWindowOfUnexpectedErrors } from '../service/unexpected-errors.js';
import { openCore } from './open-core.js';
import { appSocketPath } from '../native/app-socket-path.js';
import { serveAppSocket } from '../native/app-socket.js';
import { setupExtensionRequests } from '../service/extension-requests.js';
import { dataDirectory } from '../settings/paths.js';

/** The built renderer, beside the compiled CLI in dist/. */
const RENDERER_DIR = fileURLToPath(new URL('../../../renderer', import.meta.url));

/** `softdial web [--port N]`: the app in a browser on 127.0.0.1, with a per-launch token in the printed URL. */
export async function webCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { port: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port "${values.port}" must be a port number from 0 to 65535.`);
  if (!existsSync(RENDERER_DIR)) throw new UsageError('the renderer is not built: run `npm run build` first.');
  const { core, sandbox, close } = await openCore(io);
  const log = (line: string): void => {
    io.stderr.write(`softdial web: ${line}\n`);
    core.log.write('warn', 'web', line);
  };
  const server = await startWebServer({ core, rendererDir: RENDERER_DIR, port, log });
  const extension = await serveAppSocket(
    appSocketPath(dataDirectory(io.env)),
    setupExtensionRequests({ core, pushes: server.pushes, windowOpen: () => server.sessions > 0 }),
  );
  if (!extension) log('another softdial already answers the browser extension; this one does not.');
  const telling = tellWindowOfUnexpectedErrors(server.pushes);
  core.log.write('info', 'web', 'softdial web started', { sandbox: sandbox !== undefined });
  io.stdout.write(
    `softdial is running at ${server.url}\n` +
      (sandbox ? 'Sandbox mode: calls go to the built-in Genesys Cloud emulator.\n' : '') +
      'Press Ctrl+C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  telling.dispose();
  await extension?.close();
  await server.close();
  await close();
  return EXIT.ok;
}
