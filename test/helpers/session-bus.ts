// A private, real D-Bus session bus for tests (dbus-daemon, as every Linux desktop runs one), and a way to
// own a name on it the way a tray host owns org.kde.StatusNotifierWatcher.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionBus, sessionBusPath } from '../../electron/main/session-bus.js';

/** A running dbus-daemon and its address. */
export interface TestBus {
  address: string;
  stop(): void;
}

/** The environment of a test bus: this process's, less the keyring's, with its own home and runtime folder. */
function busEnvironment(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_DATA_HOME: dir };
  delete env['GNOME_KEYRING_CONTROL'];
  delete env['DBUS_SESSION_BUS_ADDRESS'];
  return env;
}

/** Starts a session bus of its own in a temporary folder (never the developer's own session). */
export async function startSessionBus(): Promise<TestBus> {
  const dir = await mkdtemp(join(tmpdir(), 'softdial-bus-'));
  const daemon: ChildProcess = spawn(
    'dbus-daemon',
    ['--session', '--nofork', '--nopidfile', `--address=unix:path=${join(dir, 'bus')}`, '--print-address=1'],
    // A home and runtime folder of its own: a service it activates (the Secret Service) must not find the
    // test run's own unlocked keyring and wait on it.
    { stdio: ['ignore', 'pipe', 'ignore'], env: busEnvironment(dir) },
  );
  const address = await new Promise<string>((resolve, reject) => {
    daemon.once('error', reject);
    daemon.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8').trim()));
  });
  return { address, stop: () => daemon.kill() };
}

/** The uid the bus authenticates this process as. */
export const myUid = (): number => process.getuid?.() ?? 0;

/** Owns a name on the bus until the returned function lets it go (closes the connection). */
export async function ownName(address: string, name: string): Promise<() => void> {
  const path = sessionBusPath({ DBUS_SESSION_BUS_ADDRESS: address });
  if (!path) throw new Error(`not a unix bus address: ${address}`);
  const bus = await SessionBus.connect(path, myUid());
  const reply = await bus.call({
    destination: 'org.freedesktop.DBus',
    path: '/org/freedesktop/DBus',
    interface: 'org.freedesktop.DBus',
    member: 'RequestName',
    signature: 'su',
    args: [name, 4],
  });
  // 1: DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER.
  if (reply !== 1) throw new Error(`could not own ${name} (reply ${String(reply)})`);
  return () => bus.close();
}
