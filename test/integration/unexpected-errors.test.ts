import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/service/handlers.js';
import { installErrorSink } from '../../electron/core/logging/error-sink.js';
import type { Log } from '../../electron/core/logging/log-file.js';
import { tellWindowOfUnexpectedErrors } from '../../electron/core/service/unexpected-errors.js';
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

/** The sink installed on a log, a stderr and a window that record what they are told. */
function attach(): { lines: string[]; logged: unknown[][]; pushes: [PushEvent, unknown][] } {
  const lines: string[] = [];
  const logged: unknown[][] = [];
  const pushes: [PushEvent, unknown][] = [];
  const window: PushSink = {
    emit<E extends PushEvent>(event: E, payload: PayloadOf<E>) {
      pushes.push([event, payload]);
    },
  };
  const log: Log = { write: (...entry) => logged.push(entry) };
  const stderr = { write: (text: string) => lines.push(text.replace(/^softdial: /, '').trimEnd()) > 0 };
  const sink = installErrorSink(process, { log, stderr });
  const telling = tellWindowOfUnexpectedErrors(window);
  detach = () => {
    sink.dispose();
    telling.dispose();
  };
  return { lines, logged, pushes };
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
    expect(seen.logged).toEqual([
      ['error', 'unexpected', 'unexpected error while running status', { error: expect.any(Array) }],
    ]);
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

  it('hears a rejection nobody handled and an exception nobody caught, through the process', async () => {
    const seen = attach();
    process.emit('unhandledRejection', new Error(`lost Bearer ${SECRET}`), Promise.resolve());
    process.emit('uncaughtException', new Error('a timer broke'));
    expect(seen.lines.map((line) => line.split('\n')[0])).toEqual([
      'unexpected error while running a promise nobody awaited: Error: lost Bearer [redacted]',
      'unexpected error while running a callback: Error: a timer broke',
    ]);
    expect(JSON.stringify(seen.logged)).not.toContain(SECRET);
  });

  it("writes the window's own unexpected errors, sent through the contract, to the core's log", async () => {
    const handlers = await handlersWith({});
    const log = harness?.core.log;
    const answer = await dispatch(handlers, 'reportWindowError', [
      {
        where: 'drawing the list',
        name: 'TypeError',
        message: `x is undefined; token=${SECRET}`,
        stack: 'TypeError\n  at List',
      },
    ]);
    expect(answer).toEqual({ ok: true, value: null });
    const [entry] = log?.tail(5) ?? [];
    expect(entry).toMatchObject({
      level: 'error',
      area: 'window',
      message: 'unexpected TypeError in the window while drawing the list',
      fields: { error: [expect.stringContaining('x is undefined'), '  at List'] },
    });
    expect(JSON.stringify(entry)).not.toContain(SECRET);
    expect(
      await dispatch(handlers, 'reportWindowError', [{ where: 'x'.repeat(201), name: 'E', message: '' }]),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('stops telling a listener once it is detached', () => {
    const seen = attach();
    detach?.();
    onUnexpectedError(new Error('after'), 'testing');
    expect(seen.lines).toEqual([]);
  });
});
