import { afterEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../electron/core/diagnostics/doctor.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { startAgentHarness, startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

let harness: Harness;
afterEach(async () => harness?.close());

const check = async (h: Harness, name: string) => (await runDoctor(h.core)).checks.find((entry) => entry.name === name);

describe('doctor: station and readiness as Genesys permits reading them', () => {
  it('reads another user’s station on behalf of them, naming the permission that endpoint lists', async () => {
    harness = await startHarness({ realTime: true });
    const report = await runDoctor(harness.core);
    expect(report.ready).toBe(true);
    expect(report.checks.find((entry) => entry.name === 'station')).toMatchObject({
      ok: true,
      endpoint: {
        path: `/api/v2/users/${DEMO.agentUserId}/station`,
        permissions: ['telephony:otherStationAssociation:view'],
      },
    });
    expect(report.checks.find((entry) => entry.name === 'user')?.detail).toMatch(
      /conversation:agentlessCall:add or conversation:call:add/,
    );
    expect(report.checks.find((entry) => entry.name === 'live call progress')).toMatchObject({ ok: true });
  });

  it('reads a 403 on the station check as a warning naming telephony:otherStationAssociation:view, not as not ready', async () => {
    harness = await startHarness({ realTime: true });
    const client = harness.emulator.state.client(DEMO.serviceClientId);
    if (client)
      client.permissions = client.permissions.filter(
        (permission) => permission !== 'telephony:otherStationAssociation:view',
      );
    const report = await runDoctor(harness.core);
    const station = report.checks.find((entry) => entry.name === 'station');
    expect(station).toMatchObject({ ok: false, warning: true });
    expect(station?.detail).toMatch(/Cannot check the station.*telephony:otherStationAssociation:view/);
    expect(report.ready).toBe(true);
  });

  it('reads the agent’s own station from users/me?expand=station, and says when the sign-in ends', async () => {
    harness = await startAgentHarness({ realTime: true });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    const report = await runDoctor(harness.core);
    expect(report.ready).toBe(true);
    expect(
      harness.emulator.requests.some(
        (request) => request.path === '/api/v2/users/me' && request.query === '?expand=station',
      ),
    ).toBe(true);
    expect(harness.emulator.requests.some((request) => request.path.endsWith('/station'))).toBe(false);
    expect(report.checks.find((entry) => entry.name === 'token')?.detail).toMatch(/cannot be renewed silently/);
  });

  it('warns, naming the permission, when live call progress is refused', async () => {
    harness = await startHarness({ realTime: true });
    const client = harness.emulator.state.client(DEMO.serviceClientId);
    if (client) client.permissions = client.permissions.filter((permission) => permission !== 'conversation:call:view');
    const live = await check(harness, 'live call progress');
    expect(live).toMatchObject({ ok: false, warning: true });
    expect(live?.detail).toMatch(/conversation:call:view/);
  });
});
