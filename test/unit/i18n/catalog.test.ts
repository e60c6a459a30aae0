import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPILED_DIR,
  compileAll,
  parseMessage,
  placeholders,
  readCatalogs,
  SOURCE_LANGUAGE,
} from '../../../scripts/i18n/compile-messages.mjs';
import { LANGUAGES } from '../../../electron/shared/i18n/languages.js';
import { ERROR_CODES } from '../../../electron/shared/explained-error.js';

// The catalogs as translators and the code see them: every language has every message, each with
// English's placeholders and valid ICU syntax; the compiled functions are the catalogs' current build;
// and every message is used somewhere.

const ROOT = new URL('../../../', import.meta.url).pathname;
const catalogs = readCatalogs();
const english = catalogs.find((catalog) => catalog.language === SOURCE_LANGUAGE);
const englishKeys = Object.keys(english?.messages ?? {});

/** The placeholder names of one message, sorted, for comparison across languages. */
const namesOf = (language: string, key: string, text: string): string[] =>
  [...placeholders(parseMessage(language, key, text)).keys()].sort();

describe('the message catalogs', () => {
  it('are one per language softdial lists, and no other', () => {
    expect(catalogs.map((catalog) => catalog.language).sort()).toEqual([...LANGUAGES].sort());
  });

  it('compile to the functions checked in (run npm run build after editing a catalog)', () => {
    const compiled = compileAll(catalogs);
    for (const [name, source] of Object.entries(compiled))
      expect(readFileSync(join(COMPILED_DIR, name), 'utf8'), name).toBe(source);
    expect(readdirSync(COMPILED_DIR).sort()).toEqual(Object.keys(compiled).sort());
  });

  describe.each(catalogs.filter((catalog) => catalog.language !== SOURCE_LANGUAGE))('$language', (catalog) => {
    it('has every English message and no other', () => {
      expect(Object.keys(catalog.messages).filter((key) => !englishKeys.includes(key))).toEqual([]);
      expect(englishKeys.filter((key) => !(key in catalog.messages))).toEqual([]);
    });

    it("uses exactly English's placeholders in each message", () => {
      const differing = Object.entries(catalog.messages).filter(
        ([key, text]) =>
          english !== undefined &&
          namesOf(catalog.language, key, text).join() !== namesOf('en', key, english.messages[key] ?? '').join(),
      );
      expect(differing.map(([key]) => key)).toEqual([]);
    });

    it('is translated, not copied: most messages differ from English', () => {
      const same = Object.entries(catalog.messages).filter(([key, text]) => english?.messages[key] === text);
      expect(same.length).toBeLessThan(englishKeys.length * 0.1);
    });
  });
});

/** Every source file that may show a message. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(ROOT, file).startsWith('electron/shared/i18n/compiled/'));
}

describe('every message', () => {
  it('is used: named in code, or an explanation title or detail the catalog builds from its code', () => {
    const code = [...sources('electron'), ...sources('renderer/src')]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const built = new Set(
      ERROR_CODES.flatMap((errorCode) => [`explain.${errorCode}.title`, `explain.${errorCode}.detail`]),
    );
    const unused = englishKeys.filter((key) => !built.has(key) && !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
