import { describe, expect, it } from 'vitest';
import { AGENT_DAY, TOKEN_LIMIT_PER_MINUTE, workingDay } from '../../bench/working-day.js';

// Sustained use under Genesys's rate limit (on, 300 per token and minute, as in every integration test):
// two hours of an agent's day, the busiest one included, run 1,200 times faster than the wall clock.

describe('a working day under the rate limit', () => {
  it('keeps every token under a third of its limit at peak, never refused, every call followed', async () => {
    const day = await workingDay({ ...AGENT_DAY, hours: 2, speed: 1_200 });
    expect(day.refused).toBe(0);
    expect(day.peakPerMinute).toBeGreaterThan(0);
    expect(day.peakPerMinute).toBeLessThan(TOKEN_LIMIT_PER_MINUTE / 3);
    expect(day.calls).toBeGreaterThanOrEqual(36);
    expect(day.followed).toBe(day.calls);
  }, 60_000);
});
