import fc from 'fast-check';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { classify } from '../../electron/core/phone/short-numbers.js';
import { startWebServer } from '../../electron/core/web/web-server.js';
import { seenOf } from '../../electron/shared/seen-reading.js';
import { callTarget } from '../../renderer/src/lib/call-target.js';
import type { Contact } from '../../renderer/src/lib/contacts.svelte.js';
import { readingOf } from '../../renderer/src/lib/readings.js';
import { startHarness } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';
import { pageClient } from '../helpers/ws-client.js';

const COUNTRIES = ['GB', 'FR', 'DE', 'US', 'AU', 'IN', 'JP', 'BR'] as const;
const CALLS = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;

/** Real numbers of the countries above, international and national, as agents write them. */
const REAL = [
  ['+44 20 7946 0958', '020 7946 0958'],
  ['+33 6 12 34 56 78', '06 12 34 56 78'],
  ['+49 30 123456', '030 123456'],
  ['+1 650-253-0000', '(650) 253-0000'],
  ['+61 412 345 678', '0412 345 678'],
  ['+91 98765 43210', '098765 43210'],
  ['+81 3-1234-5678', '03-1234-5678'],
  ['+55 11 98765-4321', '(11) 98765-4321'],
].flat();

/** What an agent types or pastes: real and random numbers, national and international, short and emergency ones. */
const typed = fc.oneof(
  { arbitrary: fc.constantFrom(...REAL), weight: 3 },
  fc.stringMatching(/^0\d{9,10}$/),
  fc.stringMatching(/^\+[1-9]\d{8,12}$/),
  fc.stringMatching(/^[1-9]\d{6,9}$/),
  fc.stringMatching(/^\d{2,6}$/),
  fc.constantFrom('112', '911', '999', '000', '110', '119', '15', '17', '18', '190', '10111', '118118'),
);

/**
 * A wrong call placed through the real core, emulator and WebSocket: the window previews the text in one default
 * country, the country changes (or not), the agent confirms whatever is shown. A call is wrong when its number is
 * not the one previewed, when the preview showed no number, or when it is an emergency number.
 */
export async function wrongCallsPlaced(runs: number): Promise<{ tried: number; wrong: number; placed: number }> {
  const harness = await startHarness({ env: { SOFTDIAL_DEFAULT_REGION: undefined } });
  await harness.core.updateSettings({ dialGuardSeconds: 0 });
  const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
  let tried = 0;
  let wrong = 0;
  let placed = 0;
  try {
    const page = await pageClient(server);
    await fc.assert(
      fc.asyncProperty(
        typed,
        fc.constantFrom(...COUNTRIES),
        fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined, freq: 1 }),
        async (text, seenIn, changedTo) => {
          const dialIn = changedTo ?? seenIn;
          await harness.core.updateSettings({ defaultCountry: seenIn });
          const seen = readingOf(text, seenIn);
          await harness.core.updateSettings({ defaultCountry: dialIn });
          const before = harness.emulator.received('POST', CALLS).length;
          await page.invoke('dial', [
            { text, source: 'pad', confirmed: true, ...(seen ? { expect: seenOf(seen) } : {}) },
          ]);
          const posted = harness.emulator.received('POST', CALLS).slice(before);
          const numbers = posted.map((post) => (JSON.parse(post.body ?? '{}') as { phoneNumber?: string }).phoneNumber);
          const expected = seen?.ok ? seen.e164 : undefined;
          tried++;
          placed += numbers.length;
          const emergency = numbers.some((number) => number !== undefined && classify(number, dialIn) === 'EMERGENCY');
          if (emergency || numbers.some((number) => number !== expected) || numbers.length > 1) wrong++;
          return true;
        },
      ),
      { numRuns: runs },
    );
  } finally {
    await server.close();
    await harness.close();
  }
  return { tried, wrong, placed };
}

/** Random contact lists and typed digits: Enter calls a contact the agent did not move onto. */
export function wrongTargets(runs: number): { tried: number; wrong: number } {
  let tried = 0;
  let wrong = 0;
  const contact = (id: number, dial: string): Contact => ({
    id: `c${id}`,
    name: `Contact ${id}`,
    group: 'directory',
    favourite: false,
    numbers: [{ id: 'n1', label: 'Work', dial, display: dial }],
  });
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^\+44\d{10}$/), { maxLength: 6 }),
      fc.stringMatching(/^\d{3,11}$/),
      fc.nat(6),
      (dials, text, selected) => {
        const results = dials.map((dial, id) => contact(id, dial));
        const target = callTarget({ text, reading: readingOf(text, 'GB'), results, selected, navigated: false });
        tried++;
        if (target.kind === 'contact') wrong++;
        return true;
      },
    ),
    { numRuns: runs },
  );
  return { tried, wrong };
}
