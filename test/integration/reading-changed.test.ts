import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PayloadOf, PushEvent } from '../../electron/ipc/contract.js';
import type { PushSink } from '../../electron/ipc/push-queue.js';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { offerExternalDial } from '../../electron/core/service/external-dials.js';
import { createHandlers } from '../../electron/core/service/handlers.js';
import { seenOf } from '../../electron/shared/seen-reading.js';
import { runSoftdial } from '../helpers/run-softdial.js';
import { clientCredentialsEnv, startHarness, temporaryDirectory } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

// The default country changes between what the agent saw and the dial (another window, a policy, Settings):
// every entry point carries the reading the agent saw, and the core refuses a dial that now reads otherwise.

let harness: Harness;
afterEach(async () => harness?.close());

const calls = (h: Harness) =>
  h.emulator.requests.filter((request) => request.path.startsWith('/api/v2/conversations/calls'));

/** A harness whose default country is the agent's own setting (no environment override), and its handlers. */
async function dialFrom(country: string) {
  harness = await startHarness({ env: { SOFTDIAL_DEFAULT_REGION: undefined } });
  await harness.core.updateSettings({ defaultCountry: country });
  const offers: PayloadOf<'dialRequested'>[] = [];
  const pushes: PushSink = {
    emit<E extends PushEvent>(event: E, payload: PayloadOf<E>) {
      if (event === 'dialRequested') offers.push(payload as PayloadOf<'dialRequested'>);
    },
  };
  return { handlers: createHandlers(harness.core, pushes), pushes, offers };
}

describe('a dial whose reading changed between preview and dial', () => {
  it('from the window: a number the preview refused in the UK is not placed as a French one', async () => {
    const { handlers } = await dialFrom('GB');
    const preview = await handlers.parse('06 12 34 56 78');
    expect(preview.ok && preview.value.ok).toBe(false);
    await harness.core.updateSettings({ defaultCountry: 'FR' });
    const result = await handlers.dial({
      text: '06 12 34 56 78',
      source: 'pad',
      expect: preview.ok ? seenOf(preview.value) : null,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('reading_changed');
    expect(result.error.detail).toContain('You saw no number to dial; it now reads as +33 6 12 34 56 78 (France)');
    expect(calls(harness)).toHaveLength(0);
  });

  it('from the window: a UK number seen as +44 is refused once it reads as no number, and dials when unchanged', async () => {
    const { handlers } = await dialFrom('GB');
    const preview = await handlers.parse('020 7946 0958 ext. 12');
    expect(preview.ok && preview.value.ok && preview.value.e164).toBe('+442079460958');
    const seen = preview.ok ? seenOf(preview.value) : null;
    expect(seen).toEqual({ e164: '+442079460958', extension: '12' });
    await harness.core.updateSettings({ defaultCountry: 'FR' });
    const refused = await handlers.dial({
      text: '020 7946 0958 ext. 12',
      source: 'pad',
      ...(seen ? { expect: seen } : {}),
    });
    expect(!refused.ok && refused.error.code).toBe('reading_changed');
    expect(!refused.ok && refused.error.detail).toMatch(/^You saw \+442079460958 ext\. 12; it now reads as no number/);
    await harness.core.updateSettings({ defaultCountry: 'GB' });
    const placed = await handlers.dial({
      text: '020 7946 0958 ext. 12',
      source: 'pad',
      ...(seen ? { expect: seen } : {}),
    });
    expect(placed.ok).toBe(true);
    expect(calls(harness)).toHaveLength(1);
  });

  for (const source of ['tray', 'link', 'hotkey'] as const) {
    it(`from the ${source}: the window dials the offer expecting the reading it was offered with`, async () => {
      const { handlers, pushes, offers } = await dialFrom('GB');
      offerExternalDial(harness.core, pushes, { text: '07400 123456', source });
      const offer = offers[0];
      expect(offer?.reading.ok && offer.reading.e164).toBe('+447400123456');
      if (!offer) return;
      await harness.core.updateSettings({ defaultCountry: 'DE' });
      const result = await handlers.dial({ text: offer.text, source: offer.source, expect: seenOf(offer.reading) });
      expect(!result.ok && result.error.code).toBe('reading_changed');
      expect(!result.ok && result.error.detail).toContain('You saw +447400123456; it now reads as +49 7400 123456');
      expect(calls(harness)).toHaveLength(0);
    });
  }

  it('a fax line offered from the tray asks for a look even when the agent dials offers at once', async () => {
    const { pushes, offers } = await dialFrom('GB');
    await harness.core.updateSettings({ confirmExternalDials: false });
    offerExternalDial(harness.core, pushes, { text: '+44 20 7946 0958', source: 'tray' });
    offerExternalDial(harness.core, pushes, { text: '+44 20 7946 0959', source: 'tray', confirmFirst: true });
    expect(offers.map((offer) => offer.confirmFirst)).toEqual([false, true]);
  });

  it('a short code dials only after a look; an emergency number never, even confirmed', async () => {
    const { handlers } = await dialFrom('GB');
    const emergency = await handlers.dial({ text: '999', source: 'pad', confirmed: true, expect: { e164: '999' } });
    expect(!emergency.ok && emergency.error.code).toBe('emergency_number');
    expect(!emergency.ok && emergency.error.fix[0]).toBe('Use a phone (a desk phone or a mobile) to call 999 now.');
    const short = await handlers.dial({ text: '118 118', source: 'pad', expect: { e164: '118118' } });
    expect(!short.ok && short.error.code).toBe('needs_confirmation');
    expect(!short.ok && short.error.number?.type).toBe('SHORT_CODE');
    expect(calls(harness)).toHaveLength(0);
  });
});

describe('softdial dial --expect', () => {
  let emulator: GenesysEmulator;
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    emulator = await GenesysEmulator.start();
    dir = await temporaryDirectory();
  });
  afterAll(async () => {
    await emulator.close();
    await dir.remove();
  });

  it('refuses with exit 2 when the text no longer reads as the number normalize showed, and dials when it does', async () => {
    const inUk = clientCredentialsEnv(emulator, dir.path, { SOFTDIAL_DEFAULT_REGION: 'GB' });
    const shown = await runSoftdial(['normalize', '07400 123456'], { env: inUk });
    const { e164 } = JSON.parse(shown.stdout) as { e164: string };
    expect(e164).toBe('+447400123456');
    const inGermany = { ...inUk, SOFTDIAL_DEFAULT_REGION: 'DE' };
    const refused = await runSoftdial(['dial', '--json', '--expect', e164, '07400 123456'], { env: inGermany });
    expect(refused.code).toBe(2);
    const body = JSON.parse(refused.stdout) as { ok: boolean; error: { code: string; detail: string } };
    expect(body.error.code).toBe('reading_changed');
    expect(body.error.detail).toContain('it now reads as +49 7400 123456');
    expect(
      emulator.requests.filter((request) => request.method === 'POST' && request.path.includes('/calls')),
    ).toHaveLength(0);
    const placed = await runSoftdial(['dial', '--json', '--expect', e164, '07400 123456'], { env: inUk });
    expect(placed.code).toBe(0);
    const usage = await runSoftdial(['dial', '--expect', '44 7400', '07400 123456'], { env: inUk });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--expect "44 7400"');
  });

  it('reports short codes and emergency numbers in normalize, and refuses 112 with exit 2', async () => {
    const env = clientCredentialsEnv(emulator, dir.path, { SOFTDIAL_DEFAULT_REGION: 'GB' });
    const normalized = await runSoftdial(['normalize', '112', '118118', '+44 20 7946 0958'], { env });
    const types = normalized.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { type?: string }).type);
    expect(types).toEqual(['EMERGENCY', 'SHORT_CODE', 'FIXED_LINE']);
    const refused = await runSoftdial(['dial', '--json', '--yes', '112'], { env });
    expect(refused.code).toBe(2);
    expect((JSON.parse(refused.stdout) as { error: { code: string } }).error.code).toBe('emergency_number');
  });
});
