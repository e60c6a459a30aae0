import { describe, expect, it } from 'vitest';
import type { SoftdialApi } from '../../../electron/ipc/contract.js';
import { fireAndForget, onUnexpectedError } from '../../../electron/shared/unexpected-errors.js';
import { reportWindowErrors } from '../../../renderer/src/lib/window-errors.js';

type Report = Parameters<SoftdialApi['reportWindowError']>[0];

/** An event as a window dispatches it, with the field its kind carries. */
function windowEvent(type: string, field: 'error' | 'reason', value: unknown): Event {
  return Object.assign(new Event(type), { [field]: value });
}

/** The window's reports as the contract would carry them, and the stop handle. */
function listen(answer: () => ReturnType<SoftdialApi['reportWindowError']> = async () => ({ ok: true, value: null })) {
  const reports: Report[] = [];
  const target = new EventTarget();
  const listening = reportWindowErrors(
    {
      reportWindowError: (report) => {
        reports.push(report);
        return answer();
      },
    },
    target,
  );
  return { reports, target, listening };
}

describe("the window's unexpected errors", () => {
  it('reach the core through the contract: an exception, a rejection, and what the shared sink hears', async () => {
    const { reports, target, listening } = listen();
    target.dispatchEvent(windowEvent('error', 'error', new TypeError('list is undefined')));
    target.dispatchEvent(windowEvent('unhandledrejection', 'reason', 'a plain string'));
    fireAndForget(Promise.reject(new RangeError('bad index')), 'drawing the contacts');
    await expect.poll(() => reports.length).toBe(3);
    listening.dispose();
    expect(reports).toEqual([
      expect.objectContaining({ where: 'running the page', name: 'TypeError', message: 'list is undefined' }),
      { where: 'running a promise nobody awaited', name: 'Error', message: 'a plain string' },
      expect.objectContaining({ where: 'drawing the contacts', name: 'RangeError', stack: expect.any(String) }),
    ]);
  });

  it('are cut to the bounds the contract accepts, and stop after fifty (a loop is not news)', () => {
    const { reports, listening } = listen();
    for (let index = 0; index < 60; index++) onUnexpectedError(new Error('y'.repeat(3000)), 'x'.repeat(300));
    listening.dispose();
    expect(reports).toHaveLength(50);
    expect(reports[0]?.where).toHaveLength(200);
    expect(reports[0]?.message).toHaveLength(2000);
  });

  it('stay quiet when a report cannot be delivered, and stop once disposed', async () => {
    const { reports, target, listening } = listen(() => Promise.reject(new Error('socket closed')));
    onUnexpectedError(new Error('first'), 'testing');
    await Promise.resolve();
    listening.dispose();
    target.dispatchEvent(windowEvent('error', 'error', new Error('after')));
    onUnexpectedError(new Error('after'), 'testing');
    expect(reports.map((report) => report.message)).toEqual(['first']);
  });
});
