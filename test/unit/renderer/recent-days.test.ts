import { describe, expect, it } from 'vitest';
import { dayKey, dayLabel } from '../../../renderer/src/lib/time.js';

// Recent calls are grouped under a day header: the header changes at local midnight, not every 24 hours.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute).getTime();

describe('the day header of recent calls', () => {
  it('puts 23:59 and 00:01 under different days, and two calls of one day under one', () => {
    expect(dayKey(at(7, 23, 59))).not.toBe(dayKey(at(8, 0, 1)));
    expect(dayKey(at(8, 0, 1))).toBe(dayKey(at(8, 23, 59)));
  });

  it('says Today, Yesterday, then the date', () => {
    const now = at(8, 0, 5);
    expect(dayLabel(at(8, 0, 1), now)).toBe('Today');
    expect(dayLabel(at(7, 23, 59), now)).toBe('Yesterday');
    const older = dayLabel(at(5, 12), now);
    expect(older).not.toMatch(/Today|Yesterday/);
    expect(older).toMatch(/5/);
  });
});
