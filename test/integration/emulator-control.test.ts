import { afterEach, describe, expect, it } from 'vitest';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { startSandbox } from '../../electron/core/sandbox/start-sandbox.js';
import type { Sandbox } from '../../electron/core/sandbox/start-sandbox.js';
import { ManualClock } from '../helpers/manual-clock.js';

let emulator: GenesysEmulator | undefined;
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await emulator?.close();
  await sandbox?.close();
});

const CONTROL = [
  ['GET', '/__emulator/requests'],
  ['POST', '/__emulator/faults'],
  ['DELETE', '/__emulator/faults'],
  ['POST', '/__emulator/reset'],
] as const;

describe('the emulator control routes', () => {
  it('are not served by the sandbox the app starts: no local process reads what was dialled', async () => {
    sandbox = await startSandbox();
    for (const [method, path] of CONTROL) {
      const response = await fetch(`${sandbox.url}${path}`, { method, body: method === 'POST' ? '{}' : null });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
  });

  it('are served when a test or `softdial emulator` turns them on', async () => {
    emulator = await GenesysEmulator.start({ controlRoutes: true });
    await fetch(`${emulator.url}/api/v2/users/me`);
    const log = (await (await fetch(`${emulator.url}/__emulator/requests`)).json()) as { path: string }[];
    expect(log.map((request) => request.path)).toEqual(['/api/v2/users/me']);
  });

  it("change a user's presence as their Genesys client would, and refuse an unknown user or a bad body", async () => {
    emulator = await GenesysEmulator.start({ controlRoutes: true });
    const grace = emulator.directory.people.find((person) => person.name === 'Grace Hopper');
    const change = (id: string, body: string) =>
      fetch(`${emulator?.url ?? ''}/__emulator/users/${id}/presence`, { method: 'POST', body });
    expect((await change(grace?.id ?? '', '{"systemPresence":"Busy","routingStatus":"INTERACTING"}')).status).toBe(204);
    expect(grace?.presence).toMatchObject({ systemPresence: 'Busy', routingStatus: 'INTERACTING' });
    expect((await change('nobody', '{"systemPresence":"Busy"}')).status).toBe(404);
    expect((await change(grace?.id ?? '', '{"systemPresence":""}')).status).toBe(400);
  });
});

describe('the emulator request log', () => {
  it('keeps only the newest requests, stamped by the injected clock', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    emulator = await GenesysEmulator.start({ requestLogLimit: 3, now: () => clock.now() });
    for (let i = 1; i <= 5; i++) {
      clock.advance(1000);
      await fetch(`${emulator.url}/api/v2/users/user-${String(i)}`);
    }
    expect(emulator.requests.map((request) => request.path)).toEqual([
      '/api/v2/users/user-3',
      '/api/v2/users/user-4',
      '/api/v2/users/user-5',
    ]);
    expect(emulator.requests.map((request) => request.at - start)).toEqual([3000, 4000, 5000]);
  });
});
