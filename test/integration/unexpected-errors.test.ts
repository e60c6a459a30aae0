import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/service/handlers.js';
import { reportUnexpectedErrors } from '../../electron/core/service/unexpected-errors.js';
import type { PayloadOf, PushEvent } from '../../electron/ipc/contract.js';
import { dispatch } from '../../electron/ipc/dispatch.js';
import type { Handlers } from '../../electron/ipc/dispatch.js';
import type { PushSink } from '../../electron/ipc/push-queue.js';
import { fireAndForget, onUnexpectedError } from '../../electron/shared/unexpected-errors.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

const SECRET = 'eyJhbGciOi.secret-token.value';

let harness: Harness | undefined;
let detach: (() => void) | undefined;
afterEach(async () => {
  detach?.();
  await harness?.close();
});

/** The sink attached to a log and a window that record what they are told. */
function attach(): { lines: string[]; pushes: [PushEvent, unknown][] } {
  const lines: string[] = [];
  const pushes: [PushEvent, unknown][] = [];
  const sink: PushSink = {
    emit<E extends PushEvent>(event: E, payload: PayloadOf<E>) {
      pushes.push([event, payload]);
    },
  };
  detach = reportUnexpectedErrors({ log: (line) => lines.push(line), pushes: sink });
  return { lines, pushes };
}

/** The core's real handlers, with one replaced by a handler that breaks in the given way. */
async function handlersWith(broken: Partial<Handlers>): Promise<Handlers> {
  harness = await startHarness();
  return { ...createHandlers(harness.core, { emit: () => undefined }), ...broken };
}

describe('the unexpected-error sink', () => {
  it('hears a handler that threw: the log gets it redacted, the window only that it broke, the caller data', async () => {
    const seen = attach();
    const handlers = await handlersWith({
      status: () => Promise.reject(new Error(`refused Authorization: Bearer ${SECRET} at ?code=${SECRET}`)),
    });
    const answer = await dispatch(handlers, 'status', []);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal_error', detail: /while running status/ } });
    expect(seen.lines).toHaveLength(1);
    expect(seen.lines[0]).toMatch(/^unexpected error while running status: Error: refused Authorization/);
    expect(seen.lines[0]).toContain('?code=[redacted]');
    expect(seen.lines[0]).not.toContain(SECRET);
    expect(seen.pushes).toEqual([['unexpectedError', expect.objectContaining({ code: 'internal_error' })]]);
    expect(JSON.stringify([seen, answer])).not.toContain(SECRET);
  });

  it('hears a handler whose answer breaks the contract', async () => {
    const seen = attach();
    const handlers = await handlersWith({ parse: () => Promise.resolve({ ok: true, value: 42 }) as never });
    expect(await dispatch(handlers, 'parse', ['+442079460958'])).toMatchObject({ ok: false });
    expect(seen.lines[0]).toMatch(/parse returned a value outside the contract/);
  });

  it('hears a promise nobody awaited', async () => {
    const seen = attach();
    fireAndForget(Promise.reject(new Error('the call watcher broke')), 'following a call');
    await expect.poll(() => seen.lines).toEqual([expect.stringMatching(/following a call: Error: the call watcher/)]);
    expect(seen.pushes[0]?.[1]).toMatchObject({ detail: /while following a call/ });
  });

  it('stops telling a listener once it is detached', () => {
    const seen = attach();
    detach?.();
    onUnexpectedError(new Error('after'), 'testing');
    expect(seen.lines).toEqual([]);
  });
});
