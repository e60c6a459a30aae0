import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonDepth } from '../../electron/core/cli/read-capped.js';
import { terminalSafe } from '../../electron/core/cli/terminal-text.js';
import { runSoftdial } from '../helpers/run-softdial.js';
import { temporaryDirectory } from '../helpers/sandbox.js';

const BIN = new URL('../../bin/softdial.js', import.meta.url).pathname;
const REPORT_RSS = new URL('../helpers/report-rss.cjs', import.meta.url).pathname;

let dir: { path: string; remove(): Promise<void> };
beforeEach(async () => {
  dir = await temporaryDirectory();
});
afterEach(async () => dir.remove());

/** Runs `softdial explain FILE` and reports its exit, output and peak memory. */
function explainWithMemory(file: string): Promise<{ code: number | null; stderr: string; maxRssKb: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', REPORT_RSS, BIN, 'explain', file]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.end();
    child.on('close', (code) =>
      resolve({ code, stderr, maxRssKb: Number(/maxRSS-kB=(\d+)/.exec(stderr)?.[1] ?? Infinity) }),
    );
  });
}

describe('softdial explain with hostile input', () => {
  it('refuses deep nesting with a clear message, no stack trace', async () => {
    const file = join(dir.path, 'deep.json');
    await writeFile(file, `{"message":"x","code":"bad.request","details":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    const result = await runSoftdial(['explain', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nests deeper than 64 levels/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads no device: /dev/zero is named, and costs no memory', async () => {
    const result = await explainWithMemory('/dev/zero');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is a device, not a file/);
    expect(result.maxRssKb).toBeLessThan(200 * 1024);
  });

  it('stops reading stdin at the size limit too', async () => {
    const result = await runSoftdial(['explain', '-'], { stdin: 'x'.repeat(2 * 1024 * 1024) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/larger than 1 MB/);
  });

  it('shows control characters from a Genesys message as escapes, never sends them to the terminal', async () => {
    const file = join(dir.path, 'ansi.json');
    const message = '\u001b[2J\u001b[31mYour account is locked\u001b[0m \u001b]0;pwned\u0007 \u202eevil';
    await writeFile(file, JSON.stringify({ message, code: 'bad.request', status: 400 }));
    const result = await runSoftdial(['explain', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(result.stdout).toContain('\\u001b[31mYour account is locked');
  });

  it('counts depth outside strings only', () => {
    expect(jsonDepth('{"a":"[[[[[[["}')).toBe(1);
    expect(jsonDepth('[[{"a":"\\"["}]]')).toBe(3);
    expect(terminalSafe('a\tb\nc\u001bd')).toBe('a\tb\nc\\u001bd');
  });
});
