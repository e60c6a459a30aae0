import { spawn } from 'node:child_process';
import { startSandbox } from '../sandbox/start-sandbox.js';
import type { Sandbox } from '../sandbox/start-sandbox.js';
import { SoftdialCore } from '../softdial-core.js';
import type { CliIo } from './io.js';

/** Opens a URL in the system browser, and prints it too, for a terminal without one. */
function openBrowser(io: CliIo): (url: string) => Promise<void> {
  return async (url) => {
    io.stderr.write(`Opening your browser to sign in. If it does not open, visit:\n  ${url}\n`);
    const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
    await new Promise<void>((resolve) => {
      const child = spawn(command, [url], { stdio: 'ignore', detached: true });
      child.on('error', () => resolve());
      child.on('spawn', () => {
        child.unref();
        resolve();
      });
    });
  };
}

/** The core as a CLI command uses it; with no region configured, against a built-in emulator (sandbox mode). */
export async function openCore(
  io: CliIo,
): Promise<{ core: SoftdialCore; sandbox?: Sandbox; close: () => Promise<void> }> {
  let sandbox: Sandbox | undefined;
  const core = await SoftdialCore.create({
    env: io.env,
    ...(io.log ? { log: io.log } : {}),
    openBrowser: openBrowser(io),
    startSandbox: async () => (sandbox = await startSandbox()).url,
  });
  return {
    core,
    ...(sandbox ? { sandbox } : {}),
    close: async () => {
      await core.close();
      await sandbox?.close();
    },
  };
}
