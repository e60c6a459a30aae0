import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenesysEmulator } from '../../electron/core/emulator/emulator.js';
import { DEMO } from '../../electron/core/emulator/demo-org.js';
import { runSoftdial } from '../helpers/run-softdial.js';
import { clientCredentialsEnv, temporaryDirectory } from '../helpers/sandbox.js';

let emulator: GenesysEmulator;
let dir: { path: string; remove(): Promise<void> };
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  emulator = await GenesysEmulator.start();
  dir = await temporaryDirectory();
  env = clientCredentialsEnv(emulator, dir.path);
});
afterAll(async () => {
  await emulator.close();
  await dir.remove();
});

describe('softdial dial', () => {
  it('places a call and prints the contract JSON', async () => {
    const { code, stdout } = await runSoftdial(['dial', '--json', '020 7946 0958'], { env });
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { ok: boolean; conversationId: string; endpoint: string; body: unknown };
    expect(result).toEqual({
      ok: true,
      conversationId: expect.any(String),
      endpoint: `/api/v2/conversations/calls/user/${DEMO.agentUserId}`,
      body: { phoneNumber: '+442079460958' },
    });
    expect(emulator.state.calls.has(result.conversationId)).toBe(true);
  });

  it('sends the caller ID, name and queue given on the command line', async () => {
    const { code, stdout } = await runSoftdial(
      [
        'dial',
        '--json',
        '--caller-id',
        '+442079460000',
        '--caller-id-name',
        'Help Desk',
        '--queue',
        'queue-billing',
        '+33 6 12 34 56 78',
      ],
      { env },
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { body: unknown }).body).toEqual({
      phoneNumber: '+33612345678',
      callerId: '+442079460000',
      callerIdName: 'Help Desk',
      callFromQueueId: 'queue-billing',
    });
  });

  it('with --dry-run shows the request and sends nothing', async () => {
    const before = emulator.requests.filter((r) => r.method === 'POST' && r.path.includes('/calls')).length;
    const { code, stdout } = await runSoftdial(['dial', '--dry-run', '1-800-FLOWERS'], {
      env: { ...env, SOFTDIAL_DEFAULT_REGION: 'US' },
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Would call \+1 800 356 9377/);
    expect(stdout).toMatch(/letters FLOWERS/);
    expect(emulator.requests.filter((r) => r.method === 'POST' && r.path.includes('/calls')).length).toBe(before);
  });

  it('exits 1 with the explanation when Genesys refuses', async () => {
    const { code, stdout } = await runSoftdial(['dial', '--json', '+442079460958'], {
      env: { ...env, SOFTDIAL_USER_ID: DEMO.noStationUserId },
    });
    expect(code).toBe(1);
    const { error } = JSON.parse(stdout) as { error: Record<string, unknown> };
    expect(error).toMatchObject({
      code: 'no_station',
      httpStatus: 400,
      genesysCode: 'conversation.error.no.user.station',
      retryable: false,
      correlationId: expect.any(String),
    });
    expect(Object.keys(error).slice(0, 8)).toEqual([
      'code',
      'title',
      'detail',
      'fix',
      'httpStatus',
      'genesysCode',
      'correlationId',
      'retryable',
    ]);
  });

  it('exits 2 for a bad number, an unconfirmed uncertain reading, or a bad option', async () => {
    expect((await runSoftdial(['dial', 'nobody@example.com'], { env })).code).toBe(2);
    const uncertain = await runSoftdial(['dial', 'T +44 20 7946 0958 M +44 7400 123456'], { env });
    expect(uncertain.code).toBe(2);
    expect(uncertain.stderr).toMatch(/Check the number before dialling/);
    expect(uncertain.stderr).toMatch(/--yes/);
    expect(uncertain.stderr).not.toMatch(/Press Call/);
    expect((await runSoftdial(['dial', '--yes', '--json', 'T +44 20 7946 0958 M +44 7400 123456'], { env })).code).toBe(
      0,
    );
    const badCaller = await runSoftdial(['dial', '--caller-id', '0207', '+442079460958'], { env });
    expect(badCaller.code).toBe(2);
    expect(badCaller.stderr).toMatch(/--caller-id "0207" must be an E.164 number/);
    expect((await runSoftdial(['dial'], { env })).code).toBe(2);
  });

  it('dials with --as-user alone in client-credentials mode (no SOFTDIAL_USER_ID), and says to add it when missing', async () => {
    const placed = await runSoftdial(['dial', '--json', '--as-user', 'user-grace', '+442079460958'], {
      env: { ...env, SOFTDIAL_USER_ID: '' },
    });
    expect(placed.code).toBe(0);
    expect((JSON.parse(placed.stdout) as { endpoint: string }).endpoint).toBe(
      '/api/v2/conversations/calls/user/user-grace',
    );
    const nobody = await runSoftdial(['dial', '+442079460958'], { env: { ...env, SOFTDIAL_USER_ID: '' } });
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/--as-user/);
  });

  it('exits 2 naming the variable when the configuration is wrong', async () => {
    const { code, stderr } = await runSoftdial(['dial', '+442079460958'], {
      env: { ...env, SOFTDIAL_USER_ID: '', GENESYSCLOUD_REGION: 'mars-north-1' },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a Genesys Cloud region/);
  });

  it('never prints the client secret or a token', async () => {
    const outputs = await Promise.all([
      runSoftdial(['dial', '--json', '+442079460958'], { env }),
      runSoftdial(['dial', '+442079460958'], { env: { ...env, GENESYSCLOUD_OAUTHCLIENT_SECRET: 'not-the-secret' } }),
      runSoftdial(['doctor', '--json'], { env }),
    ]);
    const printed = outputs.map((output) => output.stdout + output.stderr).join('\n');
    expect(printed).not.toContain(DEMO.serviceClientSecret);
    expect(printed).not.toContain('not-the-secret');
    for (const token of emulator.state.tokens.keys()) expect(printed).not.toContain(token);
  });
});

describe('softdial doctor', () => {
  it('exits 0 and lists every check when dialling can work', async () => {
    const { code, stdout } = await runSoftdial(['doctor', '--json'], { env });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { ready: boolean; checks: { name: string; ok: boolean; detail: string }[] };
    expect(report.checks.map((check) => check.name)).toEqual([
      'configuration',
      'keychain',
      'numbering metadata',
      'default country',
      'connection',
      'token',
      'user',
      'station',
      'live call progress',
    ]);
    expect(report.checks.find((check) => check.name === 'numbering metadata')?.detail).toMatch(
      /^libphonenumber-js \d+\.\d+\.\d+ \(max metadata\)$/,
    );
  });

  it('exits 1 and says what to fix when the user has no station', async () => {
    const { code, stdout } = await runSoftdial(['doctor'], { env: { ...env, SOFTDIAL_USER_ID: DEMO.noStationUserId } });
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ station: No phone/);
    expect(stdout).toMatch(/Not ready to dial/);
  });
});

describe('softdial explain', () => {
  it("explains the tutorial's request body from a file and shows the corrected body", async () => {
    const file = join(dir.path, 'tutorial.json');
    await writeFile(
      file,
      JSON.stringify({
        type: 'call',
        from: { id: 'u-1', type: 'user' },
        to: { phoneNumber: '+15551234567', type: 'external' },
      }),
    );
    const { code, stdout } = await runSoftdial(['explain', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/CreateCallRequest has no type, from, to field/);
    expect(stdout).toContain('{"phoneNumber":"+15551234567"}');
  });

  it('explains an error body from stdin as JSON', async () => {
    const { code, stdout } = await runSoftdial(['explain', '--json', '-'], {
      stdin: '{"message":"Malformed participant address","code":"bad.request","status":400}',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'error', error: { code: 'malformed_address', httpStatus: 400 } });
  });

  it('exits 2 when the file is missing or is not JSON', async () => {
    expect((await runSoftdial(['explain', join(dir.path, 'missing.json')])).code).toBe(2);
    expect((await runSoftdial(['explain', '-'], { stdin: 'not json' })).code).toBe(2);
  });
});

describe('softdial emulator', () => {
  it('serves the emulated org on the port it prints, and stops cleanly on Ctrl+C', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [
      new URL('../../bin/softdial.js', import.meta.url).pathname,
      'emulator',
      '--port',
      '0',
    ]);
    const url = await new Promise<string>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(chunk);
        if (match?.[1]) resolve(match[1]);
      });
    });
    const token = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${DEMO.serviceClientId}:${DEMO.serviceClientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    expect(token.headers.get('inin-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('refuses a port that is not a number', async () => {
    const { code, stderr } = await runSoftdial(['emulator', '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port "eighty" must be a port number/);
  });
});
