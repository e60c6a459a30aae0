import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import got from 'got';
import { GenesysEmulator } from '../electron/core/emulator/emulator.js';
import type { SoftdialCore } from '../electron/core/softdial-core.js';
import { DEMO } from '../electron/core/emulator/demo-org.js';
import { benchCore } from './bench-core.js';
import { percentile, report } from './measure.js';

const ROUNDS = 300;

/** dial() to the emulator receiving the POST, against a bare got POST of the same body, token cached. */
async function dialOverhead(emulator: GenesysEmulator, core: SoftdialCore): Promise<void> {
  await core.dial({ text: '+442079460001', source: 'pad' });
  const tokenResponse = await got
    .post(`${emulator.url}/oauth/token`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`).toString('base64')}`,
      },
      form: { grant_type: 'client_credentials' },
    })
    .json<{ access_token: string }>();
  const endpoint = `${emulator.url}/api/v2/conversations/calls/user/${DEMO.agentUserId}`;
  const ours: number[] = [];
  const bare: number[] = [];
  const lastArrival = (): number => emulator.requests.at(-1)?.receivedAt ?? Number.NaN;
  for (let round = 0; round < ROUNDS; round++) {
    const number = `+4420794${String(10_000 + round).padStart(5, '0')}`;
    let start = performance.now();
    await got.post(endpoint, {
      headers: { authorization: `Bearer ${tokenResponse.access_token}`, accept: 'application/json' },
      json: { phoneNumber: number },
      retry: { limit: 0 },
    });
    bare.push(lastArrival() - start);
    start = performance.now();
    await core.dial({ text: number.replace('+44', '0'), source: 'pad' });
    ours.push(lastArrival() - start);
  }
  const p50 = (values: number[]) => percentile(values, 50);
  report(
    'dial() to POST received vs bare got POST (p50)',
    `${(p50(ours) / p50(bare)).toFixed(2)}× (target ≤ 1.2×)`,
    `softdial ${p50(ours).toFixed(2)} ms, bare got ${p50(bare).toFixed(2)} ms, p99 ${percentile(ours, 99).toFixed(2)} / ${percentile(bare, 99).toFixed(2)} ms`,
  );
}

/** 50 concurrent dials of different numbers from a cold start: how many token requests. */
async function tokenSingleFlight(emulator: GenesysEmulator, dataDir: string): Promise<void> {
  const core = await benchCore(emulator, dataDir);
  const before = emulator.received('POST', '/oauth/token').length;
  const outcomes = await Promise.all(
    Array.from({ length: 50 }, (_, i) => core.dial({ text: `+44 20 7946 ${String(5000 + i)}`, source: 'pad' })),
  );
  const tokens = emulator.received('POST', '/oauth/token').length - before;
  report(
    'token single-flight: 50 concurrent dials',
    `${tokens} token request(s)`,
    `${outcomes.filter((outcome) => outcome.ok).length}/50 calls placed (target: exactly 1 token request)`,
  );
}

/** The connection benchmarks: token sharing, dial latency and the guard under load. */
export async function dialBenchmarks(): Promise<void> {
  const emulator = await GenesysEmulator.start();
  const dataDir = await mkdtemp(join(tmpdir(), 'softdial-bench-'));
  try {
    await dialOverhead(emulator, await benchCore(emulator, dataDir));
    await tokenSingleFlight(emulator, dataDir);
  } finally {
    await emulator.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
