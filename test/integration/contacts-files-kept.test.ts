import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectoryStatus, SearchResultsPush, SourceStatus } from '../../electron/core/contacts/types.js';
import { listeningTo } from '../../electron/core/contacts/verbs.js';
import { createHttpClient } from '../../electron/core/genesys/http.js';
import { SoftdialCore } from '../../electron/core/softdial-core.js';
import { clientCredentialsEnv, startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';

let harness: Harness | undefined;
const cores: SoftdialCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  harness?.core.contacts.stop();
  await harness?.close();
  harness = undefined;
});

const SCAN_PATH = '/api/v2/externalcontacts/scan/contacts';
/** The next scan page refused for ten minutes, longer than softdial waits. */
const RATE_LIMITED_SCAN = {
  method: 'GET',
  path: SCAN_PATH,
  status: 429,
  headers: { 'retry-after': '600' },
  body: { status: 429, code: 'too.many.requests.retry.after', message: 'Rate limit exceeded.' },
} as const;

/** Another core over the harness's data folder, as after a restart, talking to the same emulator. */
async function restart(h: Harness): Promise<SoftdialCore> {
  const core = await SoftdialCore.create({
    env: clientCredentialsEnv(h.emulator, h.dataDir),
    clock: h.clock,
    secrets: { store: h.secrets },
    http: createHttpClient({ timeoutMs: 5000, env: {} }),
  });
  cores.push(core);
  return core;
}

const external = async (core: SoftdialCore): Promise<SourceStatus | undefined> => {
  const status = await core.contacts.status();
  if (!status.ok) throw new Error(status.error.detail);
  return status.value.sources.find((source) => source.source === 'external');
};

const scansAsked = (h: Harness) =>
  h.emulator.received('GET', SCAN_PATH).map((request) => new URLSearchParams(request.query).has('cursor'));

describe('an external contacts scan that fails', () => {
  it('keeps the last complete scan, also after a restart, and the next scan resumes from its cursor', async () => {
    harness = await startHarness();
    const h = harness;
    h.emulator.directory.generate(0, 450);
    await h.core.updateSettings({ externalContactsScan: true });
    expect(await h.core.contacts.syncNow()).toMatchObject({ ok: true });
    expect(await external(h.core)).toMatchObject({ state: 'ready', count: 456 });

    // The second scan is refused with a 429 once its first page is read.
    let armed = true;
    const results: SearchResultsPush[] = [];
    const events = listeningTo({
      results: (push: SearchResultsPush) => results.push(push),
      status: (status: DirectoryStatus) => {
        const scan = status.sources.find((source) => source.source === 'external');
        if (!armed || scan?.state !== 'syncing' || scan.progress?.pages !== 1) return;
        armed = false;
        h.emulator.inject(RATE_LIMITED_SCAN);
      },
    });
    h.core.contacts.attach(events, events);
    h.emulator.requests.length = 0;
    expect(await h.core.contacts.syncNow()).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(scansAsked(h)).toEqual([false, true]);
    expect(await external(h.core)).toMatchObject({ state: 'failed', count: 456 });

    // A search remembers its hits, and the index is built again: the complete scan is still in it.
    const searched = await h.core.contacts.search('acme', 'r1');
    expect(searched).toMatchObject({ ok: true });
    await expect.poll(() => results.find((push) => push.source === 'external')?.hits.length).toBeGreaterThan(0);
    expect(await external(h.core)).toMatchObject({ count: 456 });

    const again = await restart(h);
    expect(await external(again)).toMatchObject({ count: 456 });

    h.emulator.requests.length = 0;
    expect(await again.contacts.syncNow()).toMatchObject({ ok: true });
    expect(scansAsked(h)).toEqual([true, true]);
    expect(await external(again)).toMatchObject({ state: 'ready', count: 456 });
  });
});

describe('the external contacts file', () => {
  const contact = (id: string) => ({ id: `external:${id}`, source: 'external', name: id, numbers: [] });

  it('loads the version 1 shape and keeps its complete scan through a failed scan; moves another shape aside', async () => {
    harness = await startHarness();
    await harness.core.updateSettings({ externalContactsScan: true });
    const folder = join(harness.dataDir, 'contacts');
    await mkdir(folder, { recursive: true });
    const file = join(folder, 'external.json');
    const scan = { startedAt: 1, complete: true, contacts: [contact('scanned-1'), contact('scanned-2')] };
    await writeFile(file, JSON.stringify({ version: 1, remembered: [contact('remembered')], scan }));
    const first = await restart(harness);
    expect(await external(first)).toMatchObject({ count: 3 });
    harness.emulator.inject(RATE_LIMITED_SCAN);
    expect(await first.contacts.syncNow()).toMatchObject({ ok: false });
    expect(await external(await restart(harness))).toMatchObject({ count: 3 });

    await writeFile(file, JSON.stringify({ version: 3, contacts: [] }));
    expect(await external(await restart(harness))).toMatchObject({
      count: 0,
      reason: expect.stringMatching(/not in a format this softdial reads.*kept as .*external\.json\.unreadable-/),
    });
    expect((await readdir(folder)).some((name) => name.startsWith('external.json.unreadable-'))).toBe(true);
  });
});
