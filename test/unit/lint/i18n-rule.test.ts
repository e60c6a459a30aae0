import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The rule against words hard-coded where a message belongs (eslint.i18n.js), run through ESLint's own
// API on the files it covers: prose is reported, codes, keys, paths and styles are not.

let eslint: ESLint;

beforeAll(async () => {
  const url = new URL('../../../eslint.i18n.js', import.meta.url).href;
  const { i18nRules } = (await import(url)) as { i18nRules: Linter.Config[] };
  eslint = new ESLint({
    cwd: new URL('../../../', import.meta.url).pathname,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...svelte.configs['flat/base'],
      ...i18nRules,
    ],
  });
});

/** The rule's reports for some source in a file at `filePath`. */
async function reports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('no hard-coded text in converted files', () => {
  it('reports prose in a string or template literal', async () => {
    const file = 'electron/core/explain/catalog.ts';
    expect(await reports(file, "export const a = 'Check the number before dialling';\n")).toEqual([
      expect.stringMatching(/^softdial\/no-hard-coded-text: .*"Check the number before dialling"/),
    ]);
    expect(await reports(file, 'export const b = (n: number) => `Added +${n} because your default`;\n')).toHaveLength(
      1,
    );
  });

  it('leaves codes, message keys, paths, imports and object keys alone', async () => {
    const code = [
      "import { t } from '../../shared/i18n/language.js';",
      "export const key = 'explain.not_found.title';",
      "export const path = 'POST /api/v2/conversations/calls';",
      "export const labels = { 'live call progress': 1 };",
      'export const pattern = /malformed participant address/i;',
      'export { t };',
      '',
    ].join('\n');
    expect(await reports('electron/core/explain/catalog.ts', code)).toEqual([]);
  });

  it('reports prose in Svelte markup but not in its style', async () => {
    const file = 'renderer/src/components/RefusalAlert.svelte';
    const markup =
      '<summary>Details for your admin</summary>\n<style>\n  .alert { display: grid; gap: var(--space-2); }\n</style>\n';
    expect(await reports(file, markup)).toEqual([expect.stringMatching(/Details for your admin/)]);
    expect(await reports(file, "<summary>{tr('window.refusal.details')}</summary>\n")).toEqual([]);
  });

  it('does not apply to files not yet converted', async () => {
    expect(
      await reports('electron/core/explain/explain-request.ts', "export const a = 'Send it as JSON instead';\n"),
    ).toEqual([]);
  });
});
