import { afterEach } from 'vitest';
import { startHarness } from './sandbox.js';
import type { Harness, HarnessOptions } from './sandbox.js';

/**
 * A harness started by each test that wants one, its contacts stopped and closed after that test: the
 * set-up every contacts test file otherwise writes out.
 */
export function harnessPerTest(): (options?: HarnessOptions) => Promise<Harness> {
  let current: Harness | undefined;
  afterEach(async () => {
    current?.core.contacts.stop();
    await current?.close();
    current = undefined;
  });
  return async (options) => (current = await startHarness(options));
}
