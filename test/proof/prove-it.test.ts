import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { listenForRedirect } from '../../electron/core/auth/loopback.js';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { startWebServer } from '../../electron/core/web/web-server.js';
import { invokeChannels } from '../../electron/ipc/contract.js';
import { startHarness, temporaryDirectory } from '../helpers/sandbox.js';
import { RENDERER_DIR } from '../helpers/web-app.js';
import { pageClient } from '../helpers/ws-client.js';
import { CANARY, canaryScenario } from './canaries.js';
import { CONTACT_FILES, killDuringContactWrites } from './crash-safety-contacts.js';
import { killDuringWrites } from './crash-safety.js';
import { FAULT_CASES, runFault } from './fault-matrix.js';
import { faultRows, publish, tally } from './figures.js';
import {
  answers,
  electronPath,
  fuzzCli,
  fuzzFraming,
  fuzzServer,
  fuzzSettingsFiles,
  hostileCall,
  rawInvoke,
  refusedBeforeHandler,
  validCall,
} from './hostile.js';
import { fuzzImportCli, fuzzImports } from './hostile-imports.js';
import { filesThatAreNotFiles } from './not-files.js';
import { windowAndCliAtOnce } from './two-processes.js';
import { adversarialInputs, checkerSaysSafe, inputsFor, outsideFacingPatterns, runOver } from './redos.js';
import { wrongCallsPlaced, wrongTargets } from './wrong-call.js';

// The proof that softdial holds under faults, hostile input, secrets and crashes; its figures are printed
// at the end of every `npm test` and kept in the README's reliability section.
afterAll(() => publish());

// Generated cases and real processes: a loaded machine gets a minute per proof.
vi.setConfig({ testTimeout: 60_000 });

describe('faults through the emulator over real HTTP', () => {
  it('explains every fault and never places a call twice', async () => {
    for (const [index, fault] of FAULT_CASES.entries()) {
      const row = await runFault(fault, `+4420794610${String(index).padStart(2, '0')}`);
      faultRows.push(row);
      const explained = row.outcome.startsWith('placed') || row.explanation !== '';
      tally('faults', {
        casesTried: 1,
        faultsSurvived: explained && row.callsPlaced <= 1 ? 1 : 0,
        duplicateCalls: Math.max(0, row.callsPlaced - 1),
      });
      expect(explained, row.fault).toBe(true);
      expect(row.callsPlaced, row.fault).toBeLessThanOrEqual(1);
    }
    expect(faultRows.find((row) => row.fault.startsWith('reset after'))?.outcome).toMatch(/may be ringing/);
    expect(faultRows.find((row) => row.fault.startsWith('notification socket'))?.outcome).toMatch(
      /followed to disconnected/,
    );
  });
});

describe('hostile input', () => {
  it('every contract method over both transports: no crash, no handler run on invalid input', async () => {
    const harness = await startHarness();
    const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
    try {
      const page = await pageClient(server);
      const electron = electronPath(harness);
      let tried = 0;
      let violations = 0;
      let id = 1000;
      await fc.assert(
        fc.asyncProperty(hostileCall, async ({ method, args }) => {
          const wire = JSON.parse(JSON.stringify(args) ?? 'null') as unknown;
          const valid = validCall(method, Array.isArray(wire) ? wire : [wire]);
          const overSocket = await rawInvoke(page, id++, method, Array.isArray(wire) ? wire : [wire]);
          if (!valid && !refusedBeforeHandler(overSocket)) violations++;
          // Electron registers a channel per method only: an unknown name has no channel to reach.
          if (typeof method === 'string' && Object.hasOwn(invokeChannels, method)) {
            const before = electron.runs();
            await electron.invoke(method as never, Array.isArray(wire) ? wire : [wire]);
            if (!validCall(method, Array.isArray(wire) ? wire : [wire]) && electron.runs() !== before) violations++;
          }
          tried++;
          return true;
        }),
        { numRuns: 500 },
      );
      expect(await answers(Number(new URL(server.origin).port), '/', 200)).toBe(true);
      tally('hostile: contract (WebSocket + IPC)', {
        casesTried: tried,
        faultsSurvived: tried - violations,
        crashes: violations,
      });
      expect(violations).toBe(0);
    } finally {
      await server.close();
      await harness.close();
    }
  });

  it('every HTTP server and the WebSocket framing: no crash, no unexpected error', async () => {
    const unexpected: unknown[] = [];
    const harness = await startHarness();
    const emulator = await GenesysEmulator.start({ onUnexpected: (error) => unexpected.push(error) });
    const logs: string[] = [];
    const server = await startWebServer({
      core: harness.core,
      rendererDir: RENDERER_DIR,
      log: (line) => logs.push(line),
    });
    const listener = await listenForRedirect({
      port: 0,
      path: '/oauth/callback',
      state: 'kept',
      timeoutMs: 120_000,
      onUnexpected: (error) => unexpected.push(error),
    });
    try {
      const webPort = Number(new URL(server.origin).port);
      const emulatorPort = Number(new URL(emulator.url).port);
      const listenerPort = Number(new URL(listener.redirectUri).port);
      const web = await fuzzServer(webPort, () => answers(webPort, '/', 200), 150);
      const emulated = await fuzzServer(emulatorPort, () => answers(emulatorPort, '/api/v2/users/me', 401), 150);
      const signIn = await fuzzServer(
        listenerPort,
        () => answers(listenerPort, '/oauth/callback?state=other', 400),
        100,
      );
      const token = new URLSearchParams(new URL(server.url).hash.slice(1)).get('token') ?? '';
      const frames = await fuzzFraming(webPort, `/ws?token=${token}`, server.origin, 150, () =>
        answers(webPort, '/', 200),
      );
      const unexpectedLogged = logs.filter((line) => line.startsWith('unexpected error')).length;
      tally('hostile: HTTP servers', {
        casesTried: web + emulated + signIn,
        faultsSurvived: web + emulated + signIn - unexpected.length,
        crashes: unexpected.length,
      });
      tally('hostile: WebSocket framing', {
        casesTried: frames,
        faultsSurvived: frames - unexpectedLogged,
        crashes: unexpectedLogged,
      });
      expect(unexpected).toEqual([]);
      expect(unexpectedLogged).toBe(0);
      expect(await Promise.race([listener.result.then(() => 'settled'), Promise.resolve('waiting')])).toBe('waiting');
    } finally {
      listener.close();
      await server.close();
      await emulator.close();
      await harness.close();
    }
  });

  it('the CLI and the settings and policy files: no crash, only valid values in force', async () => {
    const harness = await startHarness();
    const files = await temporaryDirectory();
    try {
      const cli = await fuzzCli(
        {
          SOFTDIAL_DATA_DIR: harness.dataDir,
          SOFTDIAL_POLICY_FILE: `${harness.dataDir}/none.json`,
          GENESYSCLOUD_REGION: harness.emulator.url,
          GENESYSCLOUD_OAUTHCLIENT_ID: DEMO.serviceClientId,
          GENESYSCLOUD_OAUTHCLIENT_SECRET: CANARY,
          SOFTDIAL_USER_ID: DEMO.agentUserId,
        },
        120,
      );
      const settings = await fuzzSettingsFiles(files.path, 200);
      const leaked = cli.printed.filter((text) => text.includes(CANARY)).length;
      tally('hostile: CLI', {
        casesTried: cli.tried,
        faultsSurvived: cli.tried - cli.crashes,
        crashes: cli.crashes,
        leaks: leaked,
      });
      tally('hostile: settings/policy files', {
        casesTried: settings.tried,
        faultsSurvived: settings.tried - settings.crashes,
        crashes: settings.crashes,
      });
      expect(cli.crashes).toBe(0);
      expect(leaked).toBe(0);
      expect(settings.crashes).toBe(0);
    } finally {
      await files.remove();
      await harness.close();
    }
  });

  it('CSV and vCard imports, in the core and through the CLI: no crash, local contacts untouched', async () => {
    const harness = await startHarness();
    const cliData = await temporaryDirectory();
    try {
      const drafts = [
        { name: 'Ada Lovelace', numbers: [{ label: 'Work', raw: '+442079460958' }] },
        { name: 'Grace Hopper', numbers: [{ label: 'Mobile', raw: '+15550100199' }] },
        { name: 'Alan Turing', numbers: [{ label: 'Home', raw: '+441614960000' }] },
      ];
      for (const draft of drafts) expect((await harness.core.contacts.add(draft)).ok).toBe(true);
      const core = await fuzzImports(harness.core, join(harness.dataDir, 'contacts', 'local.json'), 200);
      const cliLocal = join(cliData.path, 'contacts', 'local.json');
      await mkdir(dirname(cliLocal), { recursive: true });
      await copyFile(join(harness.dataDir, 'contacts', 'local.json'), cliLocal);
      const cli = await fuzzImportCli(cliData.path, cliLocal, 8);
      tally('hostile: contact imports (core)', {
        casesTried: core.tried,
        faultsSurvived: core.tried - core.crashes - core.touched,
        crashes: core.crashes,
        corruptFiles: core.touched,
      });
      tally('hostile: contact imports (CLI process)', {
        casesTried: cli.tried,
        faultsSurvived: cli.tried - cli.crashes,
        crashes: cli.crashes,
        corruptFiles: cli.touched,
      });
      expect(core.crashes).toBe(0);
      expect(core.touched).toBe(0);
      expect(cli.crashes, cli.printed.join('\n')).toBe(0);
      expect(cli.touched).toBe(0);
    } finally {
      await cliData.remove();
      await harness.close();
    }
  });
});

describe('regular expressions on outside text', () => {
  it('every pattern, written or built from metadata, passes the ReDoS checker and runs over 100 KB adversarial texts', async () => {
    const patterns = await outsideFacingPatterns();
    const inputs = adversarialInputs();
    const unsafe = patterns.filter((found) => !checkerSaysSafe(found.pattern));
    // A pattern that backtracks on these inputs runs for minutes: the test's own timeout is the ceiling.
    for (const found of patterns) runOver(found.pattern, inputsFor(found, inputs));
    tally('ReDoS: every pattern x 100 KB adversarial texts', {
      casesTried: patterns.length * inputs.length,
      faultsSurvived: (patterns.length - unsafe.length) * inputs.length,
      crashes: unsafe.length * inputs.length,
    });
    expect(patterns.length).toBeGreaterThan(1000);
    expect(unsafe.map((found) => `${found.origin}: /${found.pattern.source}/`)).toEqual([]);
  });
});

describe('secret canaries', () => {
  it('are found in no log, file, message, CLI output or diagnostics bundle', async () => {
    const { sinks, secrets } = await canaryScenario();
    const hits = Object.values(sinks).reduce((sum, count) => sum + count, 0);
    const cases = Object.keys(sinks).length * secrets;
    tally('secret canaries', { casesTried: cases, faultsSurvived: cases - hits, leaks: hits });
    expect(sinks).toEqual(Object.fromEntries(Object.keys(sinks).map((sink) => [sink, 0])));
  });
});

describe('crash safety', () => {
  it('kill -9 during settings writes: every file parses and holds a whole write', async () => {
    const dir = await temporaryDirectory();
    try {
      const result = await killDuringWrites(dir.path, 20);
      tally('crash safety (kill -9)', {
        casesTried: result.kills,
        faultsSurvived: result.kills - result.corrupt,
        corruptFiles: result.corrupt,
      });
      expect(result.corrupt).toBe(0);
      expect(result.leftovers).toBe(0);
    } finally {
      await dir.remove();
    }
  });

  it('kill -9 during contacts, favourites and recents writes: every file loads and holds a whole, current write', async () => {
    const dir = await temporaryDirectory();
    try {
      const result = await killDuringContactWrites(dir.path, 12);
      for (const file of CONTACT_FILES)
        tally(`crash safety: ${file} (kill -9)`, {
          casesTried: result.kills,
          faultsSurvived: result.kills - result.corrupt[file],
          corruptFiles: result.corrupt[file],
        });
      expect(result.corrupt).toEqual({ contacts: 0, favourites: 0, recents: 0 });
      expect(result.leftovers).toBe(0);
    } finally {
      await dir.remove();
    }
  });
});

describe("the emulator's notification socket", () => {
  it('hostile frames (unmasked, oversized, fragmented) close one socket, never the emulator', async () => {
    const harness = await startHarness();
    try {
      const base = harness.emulator.url;
      const basic = Buffer.from(`${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`).toString('base64');
      const token = (await (
        await fetch(`${base}/oauth/token`, {
          method: 'POST',
          headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=client_credentials',
        })
      ).json()) as { access_token: string };
      const channel = (await (
        await fetch(`${base}/api/v2/notifications/channels`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token.access_token}` },
        })
      ).json()) as { connectUri: string };
      const uri = new URL(channel.connectUri);
      const port = Number(uri.port);
      const frames = await fuzzFraming(port, uri.pathname, base, 100, () => answers(port, '/api/v2/users/me', 401));
      const alive = await answers(port, '/api/v2/users/me', 401);
      tally('hostile: emulator notification framing', {
        casesTried: frames,
        faultsSurvived: alive ? frames : 0,
        crashes: alive ? 0 : 1,
      });
      expect(alive).toBe(true);
    } finally {
      await harness.close();
    }
  });
});

describe('files that are not files', () => {
  it('a FIFO, /dev/zero or a folder as the import, the explained file, settings.json or the policy file: refused promptly and named', async () => {
    const folder = await temporaryDirectory();
    try {
      const result = await filesThatAreNotFiles(folder.path);
      tally('files that are not files (FIFO, device, folder)', {
        casesTried: result.tried,
        faultsSurvived: result.named,
        crashes: result.tried - result.named,
      });
      expect(result.failures).toEqual([]);
    } finally {
      await folder.remove();
    }
  });
});

describe('two processes on one data folder', () => {
  it('the window and the CLI writing and dialling at once, 50 rounds: nothing lost, no second call, the window shows the CLI imports', async () => {
    const harness = await startHarness({ realTime: true });
    try {
      harness.core.contacts.start();
      const result = await windowAndCliAtOnce(harness, 50);
      const lost = result.lostContacts + result.lostRecents + result.lostSettings;
      tally('two processes (window + CLI, 50 rounds)', {
        casesTried: result.rounds,
        faultsSurvived: lost + result.duplicateCalls === 0 ? result.rounds : 0,
        corruptFiles: lost,
        duplicateCalls: result.duplicateCalls,
      });
      expect(result).toEqual({ rounds: 50, lostContacts: 0, lostRecents: 0, lostSettings: 0, duplicateCalls: 0 });
      await expect
        .poll(async () => {
          const page = await harness.core.contacts.list({ source: 'local', offset: 0, limit: 500 });
          return page.ok ? page.value.total : -1;
        })
        .toBe(100);
    } finally {
      await harness.close();
    }
  }, 180_000);
});

describe('the dial guard under concurrency', () => {
  it('the same number from the list, the tray, a link and the hotkey at once places one call', async () => {
    const harness = await startHarness();
    const server = await startWebServer({ core: harness.core, rendererDir: RENDERER_DIR });
    try {
      const page = await pageClient(server);
      const electron = electronPath(harness);
      const path = `/api/v2/conversations/calls/user/${DEMO.agentUserId}`;
      let duplicates = 0;
      const rounds = 15;
      for (let round = 0; round < rounds; round++) {
        const number = `+44207946${String(2000 + round)}`;
        const before = harness.emulator.received('POST', path).length;
        await Promise.all([
          page.invoke('dial', [{ text: number, source: 'contact' }]),
          electron.invoke('dial', [{ text: number, source: 'tray', confirmed: true }]),
          page.invoke('dial', [{ text: number, source: 'link', confirmed: true }]),
          harness.core.dial({ text: number, source: 'hotkey', confirmed: true }),
        ]);
        duplicates += Math.max(0, harness.emulator.received('POST', path).length - before - 1);
      }
      tally('dial guard (4 sources at once)', {
        casesTried: rounds,
        faultsSurvived: rounds - duplicates,
        duplicateCalls: duplicates,
      });
      expect(duplicates).toBe(0);
    } finally {
      await server.close();
      await harness.close();
    }
  });
});

describe('wrong calls', () => {
  it('Enter never calls a contact the agent did not move onto, and a dial never places what the agent did not see', async () => {
    const targets = wrongTargets(500);
    tally('wrong call: Enter on typed digits', {
      casesTried: targets.tried,
      faultsSurvived: targets.tried - targets.wrong,
      wrongCalls: targets.wrong,
    });
    const placed = await wrongCallsPlaced(120);
    tally('wrong call: country changed, short numbers', {
      casesTried: placed.tried,
      faultsSurvived: placed.tried - placed.wrong,
      wrongCalls: placed.wrong,
    });
    expect(targets.wrong).toBe(0);
    expect(placed.wrong).toBe(0);
    // The dials that read the same in both countries were placed: the proof dials, it does not only refuse.
    expect(placed.placed).toBeGreaterThan(10);
  });
});
