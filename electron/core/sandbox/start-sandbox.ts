import { GenesysEmulator } from '../emulator/emulator.js';

/** A running sandbox: the emulator's base URL and how to stop it. */
export interface Sandbox {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the built-in emulator for sandbox mode (the desktop app, `softdial web`, the CLI) on a free
 * port of 127.0.0.1, without its control routes: no other local process can read what was dialled or
 * inject faults. Tests and `softdial emulator` start the emulator themselves with the routes on.
 */
export async function startSandbox(): Promise<Sandbox> {
  const emulator = await GenesysEmulator.start({ controlRoutes: false });
  return { url: emulator.url, close: () => emulator.close() };
}
