import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { startAgentHarness, startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { scriptedBrowser } from '../helpers/scripted-browser.js';

// Settings' "Call from queue": the queues Genesys lists for the agent, over real HTTP against the emulator.
let harness: Harness;
afterEach(async () => harness?.close());

const queueRequests = (h: Harness) => h.emulator.requests.filter((request) => request.path.includes('queues'));

describe('queues the agent may call from', () => {
  it("lists the on-behalf user's queues by name with client credentials", async () => {
    harness = await startHarness({ realTime: true });
    expect(await harness.core.queues()).toEqual({
      ok: true,
      value: [
        { id: 'queue-billing', name: 'Billing' },
        { id: 'queue-support', name: 'Customer Support' },
        { id: 'queue-sales', name: 'Sales' },
      ],
    });
    expect(queueRequests(harness).map((request) => request.path)).toEqual([`/api/v2/users/${DEMO.agentUserId}/queues`]);
  });

  it('explains a client that may not list them, naming the permissions that would let it', async () => {
    harness = await startHarness({ realTime: true });
    const client = harness.emulator.state.client(DEMO.serviceClientId);
    if (client) client.permissions = client.permissions.filter((permission) => !permission.startsWith('routing:'));
    const listed = await harness.core.queues();
    expect(listed.ok).toBe(false);
    if (listed.ok) return;
    expect(listed.error.httpStatus).toBe(403);
    expect(`${listed.error.detail} ${listed.error.fix.join(' ')}`).toContain('routing:queue:view');
  });

  it("reads the signed-in agent's own queues from routing/queues/me, every page", async () => {
    harness = await startAgentHarness({ realTime: true });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    for (let index = 0; index < 120; index++)
      harness.emulator.state.org.queues.push({
        id: `queue-extra-${index}`,
        name: `Zone ${String(index).padStart(3, '0')}`,
        members: [DEMO.agentUserId],
      });
    const listed = await harness.core.queues();
    expect(listed.ok && listed.value.length).toBe(123);
    expect(listed.ok && listed.value.at(-1)).toEqual({ id: 'queue-extra-119', name: 'Zone 119' });
    expect(queueRequests(harness).map((request) => `${request.path}${request.query}`)).toEqual([
      '/api/v2/routing/queues/me?pageSize=100&pageNumber=1&joined=true',
      '/api/v2/routing/queues/me?pageSize=100&pageNumber=2&joined=true',
    ]);
  });

  it('lists the same queues with agent sign-in and on behalf of the same user (joined ones)', async () => {
    const expected = [
      { id: 'queue-support', name: 'Customer Support' },
      { id: 'queue-sales', name: 'Sales' },
    ];
    harness = await startHarness({ realTime: true, env: { SOFTDIAL_USER_ID: 'user-grace' } });
    expect(await harness.core.queues()).toEqual({ ok: true, value: expected });
    await harness.close();
    harness = await startAgentHarness({
      realTime: true,
      core: { openBrowser: scriptedBrowser({ userId: 'user-grace' }) },
    });
    expect(await harness.core.signIn()).toEqual({ ok: true, value: null });
    expect(await harness.core.queues()).toEqual({ ok: true, value: expected });
  });
});
