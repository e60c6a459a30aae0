import { afterEach, describe, expect, it } from 'vitest';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import type { PushEvent } from '../../electron/ipc/contract.js';
import { createHandlers } from '../../electron/core/service/handlers.js';
import type { Handlers } from '../../electron/ipc/dispatch.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

let harness: Harness;
afterEach(async () => harness?.close());

const CALLS = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;

describe('Cancel while a call waits on a rate limit', () => {
  it('stops the dial during the wait: it is never sent again, explained, and kept out of the recents', async () => {
    harness = await startHarness();
    harness.emulator.inject({
      method: 'POST',
      path: CALLS,
      status: 429,
      headers: { 'retry-after': '30' },
      body: { code: 'too.many.requests.retry.after', message: 'Rate limit exceeded', status: 429 },
    });
    const window: { handlers?: Handlers } = {};
    const cancels: Promise<unknown>[] = [];
    const handlers = createHandlers(harness.core, {
      // The window's Cancel, pressed as soon as the bar shows the wait.
      emit(event: PushEvent) {
        if (event === 'dialWaiting' && window.handlers) cancels.push(window.handlers.cancelDial());
      },
    });
    window.handlers = handlers;
    const outcome = await handlers.dial({ text: '+442079460958', source: 'pad' });
    expect(!outcome.ok && outcome.error.code).toBe('dial_cancelled');
    expect(await Promise.all(cancels)).toEqual([{ ok: true, value: { cancelled: true } }]);
    expect(harness.emulator.received('POST', CALLS)).toHaveLength(1);
    expect(harness.emulator.state.calls.size).toBe(0);
    const recents = await harness.core.contacts.recents();
    expect(recents.ok && recents.value).toEqual([]);
    expect(await handlers.cancelDial()).toEqual({ ok: true, value: { cancelled: false } });
  });
});
