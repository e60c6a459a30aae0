import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { startAgentHarness, startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

let harness: Harness;
afterEach(async () => harness?.close());

describe('agent identity: the name calls are placed as and the phone they ring on', () => {
  it('names the on-behalf agent and their station, read with the client token', async () => {
    harness = await startHarness({ realTime: true });
    expect(await harness.core.identity()).toEqual({
      ok: true,
      value: {
        userId: DEMO.agentUserId,
        name: 'Ada Lovelace',
        station: { state: 'ready', name: 'WebRTC phone of ada' },
      },
    });
  });

  it('says there is no phone when the user has none, and that it cannot tell when the client may not look', async () => {
    harness = await startHarness({ realTime: true, env: { SOFTDIAL_USER_ID: DEMO.noStationUserId } });
    expect(await harness.core.identity()).toMatchObject({ ok: true, value: { station: { state: 'none' } } });
    const client = harness.emulator.state.client(DEMO.serviceClientId);
    if (client)
      client.permissions = client.permissions.filter(
        (permission) => permission !== 'telephony:otherStationAssociation:view',
      );
    const identity = await harness.core.identity();
    expect(identity).toMatchObject({ ok: true, value: { name: 'Alan Turing', station: { state: 'unknown' } } });
    expect(identity.ok && identity.value.station.state === 'unknown' && identity.value.station.reason).toMatch(
      /telephony:otherStationAssociation:view/,
    );
  });

  it('reads a signed-in agent from users/me?expand=station in one request, and asks for sign-in before that', async () => {
    harness = await startAgentHarness({ realTime: true });
    expect(await harness.core.identity()).toMatchObject({ ok: false, error: { code: 'sign_in_required' } });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    const before = harness.emulator.requests.length;
    expect(await harness.core.identity()).toMatchObject({
      ok: true,
      value: { name: 'Ada Lovelace', station: { state: 'ready', name: 'WebRTC phone of ada' } },
    });
    const asked = harness.emulator.requests.slice(before).map((request) => request.path + request.query);
    expect(asked).toEqual(['/api/v2/users/me?expand=station']);
  });
});
