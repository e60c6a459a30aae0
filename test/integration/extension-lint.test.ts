import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FIREFOX_BUILD = fileURLToPath(new URL('../../dist/extension/firefox', import.meta.url));
const WEB_EXT = fileURLToPath(new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url));

/** Runs Mozilla's linter (what addons.mozilla.org runs on upload) over the built Firefox extension. */
function lint(): Promise<{ summary: unknown; errors: unknown[]; warnings: unknown[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      WEB_EXT,
      'lint',
      '--source-dir',
      FIREFOX_BUILD,
      '--output',
      'json',
      '--no-config-discovery',
    ]);
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(out) as { summary: unknown; errors: unknown[]; warnings: unknown[] }));
  });
}

describe('the Firefox build of the extension', () => {
  it('passes web-ext lint with no error and no warning', async () => {
    const report = await lint();
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  }, 60_000);
});
