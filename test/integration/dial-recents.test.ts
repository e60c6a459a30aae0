import { afterEach, describe, expect, it } from 'vitest';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { value } from '../helpers/outcome.js';

let harness: Harness | undefined;
afterEach(async () => {
  harness?.core.contacts.stop();
  await harness?.close();
  harness = undefined;
});

describe('the recent calls', () => {
  it('record a dial shared by a second press once, as the one call it is', async () => {
    harness = await startHarness();
    const core = harness.core;
    const [first, second] = await Promise.all([
      core.dial({ text: '+44 20 7946 0958', source: 'pad' }),
      core.dial({ text: '+44 20 7946 0958', source: 'tray' }),
    ]);
    expect([value(first).shared, value(second).shared].filter(Boolean)).toHaveLength(1);
    const recents = value(await core.contacts.recents());
    expect(recents.filter((call) => call.number === '+442079460958')).toHaveLength(1);
  });
});
