import { describe, expect, it } from 'vitest';
import { closeInOrder, quitAfterClosing } from '../../../electron/main/quit.js';

describe('quitting waits for the parts to close, in order, bounded', () => {
  it('closes each part after the one before, reports a failure and goes on', async () => {
    const order: string[] = [];
    const reported: unknown[] = [];
    await closeInOrder(
      [
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push('core');
        },
        () => Promise.reject(new Error('port busy')),
        async () => {
          order.push('last');
        },
      ],
      (error) => reported.push(error),
    );
    expect(order).toEqual(['core', 'last']);
    expect(reported).toEqual([new Error('port busy')]);
  });

  it('gives up on a part that never finishes after the grace time', async () => {
    const order: string[] = [];
    await closeInOrder([() => new Promise(() => undefined), async () => void order.push('after')], () => undefined, 30);
    expect(order).toEqual(['after']);
  });

  it('holds the first will-quit until closing is done, holds repeats meanwhile, then quits once for real', async () => {
    let finish: () => void = () => undefined;
    const closing = new Promise<void>((resolve) => (finish = resolve));
    let quits = 0;
    const onWillQuit = quitAfterClosing(
      () => closing,
      () => quits++,
    );
    const event = () => {
      const e = { prevented: false, preventDefault: () => (e.prevented = true) };
      return e;
    };
    const first = event();
    const repeat = event();
    onWillQuit(first);
    onWillQuit(repeat);
    expect([first.prevented, repeat.prevented, quits]).toEqual([true, true, 0]);
    finish();
    await expect.poll(() => quits).toBe(1);
    const last = event();
    onWillQuit(last);
    expect(last.prevented).toBe(false);
  });
});
