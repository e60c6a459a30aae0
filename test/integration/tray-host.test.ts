import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionBus, sessionBusPath } from '../../electron/main/session-bus.js';
import { STATUS_NOTIFIER_WATCHER, closeAction, detectTrayHost, mayStartHidden } from '../../electron/main/tray-host.js';
import { myUid, ownName, startSessionBus } from '../helpers/session-bus.js';
import type { TestBus } from '../helpers/session-bus.js';

// Against a real dbus-daemon: softdial's own D-Bus client asks whether a tray host owns the watcher name.
describe('finding a tray host on the session bus', () => {
  let bus: TestBus;
  beforeAll(async () => {
    bus = await startSessionBus();
  });
  afterAll(() => bus.stop());

  it('finds none on a desktop without one (GNOME without AppIndicator), and one once a host owns the watcher', async () => {
    const env = { DBUS_SESSION_BUS_ADDRESS: bus.address };
    expect(await detectTrayHost('linux', env, myUid())).toBe('no-host');
    const release = await ownName(bus.address, STATUS_NOTIFIER_WATCHER);
    try {
      expect(await detectTrayHost('linux', env, myUid())).toBe('shown');
    } finally {
      release();
    }
    // The daemon drops the name with the connection that held it: the tray host went away.
    await expect.poll(() => detectTrayHost('linux', env, myUid())).toBe('no-host');
  });

  it("answers the bus daemon's own questions (its unique name, a string; an unknown method, an error)", async () => {
    const path = sessionBusPath({ DBUS_SESSION_BUS_ADDRESS: bus.address });
    if (!path) throw new Error('no bus path');
    const client = await SessionBus.connect(path, myUid());
    try {
      const id = await client.call({
        destination: 'org.freedesktop.DBus',
        path: '/org/freedesktop/DBus',
        interface: 'org.freedesktop.DBus',
        member: 'GetId',
        signature: '',
        args: [],
      });
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      await expect(
        client.call({
          destination: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus',
          member: 'NoSuchMethod',
          signature: '',
          args: [],
        }),
      ).rejects.toThrow(/UnknownMethod/);
    } finally {
      client.close();
    }
  });

  it('cannot tell without a reachable bus, and never looks on Windows or macOS', async () => {
    expect(await detectTrayHost('linux', {}, myUid())).toBe('unknown');
    expect(await detectTrayHost('linux', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' }, myUid())).toBe(
      'unknown',
    );
    expect(await detectTrayHost('win32', {}, undefined)).toBe('shown');
    expect(await detectTrayHost('darwin', {}, undefined)).toBe('shown');
  });
});

describe('what the tray host decides', () => {
  it('hides to a tray that is there, quits without one, minimises when unsure; starts hidden only with a tray', () => {
    expect([closeAction('shown'), closeAction('no-host'), closeAction('unknown')]).toEqual([
      'hide',
      'quit',
      'minimize',
    ]);
    expect([mayStartHidden('shown'), mayStartHidden('no-host'), mayStartHidden('unknown')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('reads the session bus address as D-Bus writes it', () => {
    expect(sessionBusPath({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' })).toBe('/run/user/1000/bus');
    expect(sessionBusPath({ DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/dbus-x,guid=abc' })).toBe('\0/tmp/dbus-x');
    expect(sessionBusPath({ DBUS_SESSION_BUS_ADDRESS: 'tcp:host=x;unix:path=/tmp/a%20b' })).toBe('/tmp/a b');
    expect(sessionBusPath({ XDG_RUNTIME_DIR: '/run/user/7' })).toBe('/run/user/7/bus');
    expect(sessionBusPath({})).toBeUndefined();
  });
});
