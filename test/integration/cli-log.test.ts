import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSoftdial } from '../helpers/run-softdial.js';
import { temporaryDirectory } from '../helpers/sandbox.js';

// The CLI's error sink and support log, in the built command (run `npm run build` first).

const MAIN = new URL('../../dist/electron/core/cli/main.js', import.meta.url).href;
const SECRET = 'eyJhbGciOi.cli-token-value';
let remove: (() => Promise<void>) | undefined;
afterEach(async () => remove?.());

async function dataDir(): Promise<string> {
  const made = await temporaryDirectory();
  remove = () => made.remove();
  return made.path;
}

/** The CLI's own entry point, with a promise nobody handles rejected while `normalize` runs. */
function runWithLostRejection(dir: string): Promise<{ stderr: string }> {
  const code = `const { main } = await import(${JSON.stringify(MAIN)});
setTimeout(() => { Promise.reject(new Error('lost Authorization: Bearer ${SECRET}')); }, 0);
await main();
await new Promise((resolve) => setTimeout(resolve, 50));`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', code, 'softdial', 'normalize', '+442079460958'],
      {
        env: { ...process.env, SOFTDIAL_DATA_DIR: dir, SOFTDIAL_POLICY_FILE: join(dir, 'no-policy.json') },
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => resolve({ stderr }));
    child.stdin.end();
  });
}

describe('the CLI support log', () => {
  it('is not opened by a one-shot command with nothing to report', async () => {
    const dir = await dataDir();
    const { code } = await runSoftdial(['normalize', '+44 20 7946 0958'], {
      env: { SOFTDIAL_DATA_DIR: dir, SOFTDIAL_POLICY_FILE: join(dir, 'no-policy.json') },
    });
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'logs'))).toBe(false);
  });

  it('gets an unexpected error of any command, redacted, and stderr says where it is', async () => {
    const dir = await dataDir();
    const { stderr } = await runWithLostRejection(dir);
    const file = join(dir, 'logs', 'softdial.log');
    expect(stderr).toContain('unexpected error while running a promise nobody awaited: Error: lost Authorization');
    expect(stderr).toContain(`(logged in ${file})`);
    const entries = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(entries).toEqual([
      expect.objectContaining({
        level: 'error',
        area: 'unexpected',
        message: 'unexpected error while running a promise nobody awaited',
      }),
    ]);
    expect(stderr + JSON.stringify(entries)).not.toContain(SECRET);
  });
});
