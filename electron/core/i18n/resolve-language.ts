import { isLanguage, languageOf, LANGUAGES, pickLanguage, PSEUDO_LANGUAGE } from '../../shared/i18n/languages.js';
import type { Language } from '../../shared/i18n/languages.js';

/** The environment variables POSIX reads the language from, strongest first. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** An explicit choice (`--lang`, a setting) that names no language softdial speaks, with the ones it does. */
export function unknownLanguageProblem(value: string): string {
  return `"${value}" is not a language softdial speaks: use one of ${[...LANGUAGES, PSEUDO_LANGUAGE].join(', ')}.`;
}

/** An explicit choice as a language ("de-AT" is German), or undefined when softdial does not speak it. */
export function chosenLanguage(value: string): Language | undefined {
  return isLanguage(value) ? value : languageOf(value);
}

/**
 * The language of a process without a choice: the first of LC_ALL, LC_MESSAGES and LANG that is set (as
 * POSIX says, "C" means English), then the OS's own locale.
 */
export function languageFromEnvironment(
  env: NodeJS.ProcessEnv,
  osLocale: () => string = () => Intl.DateTimeFormat().resolvedOptions().locale,
): Language {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name];
    if (value) return pickLanguage([value]);
  }
  return pickLanguage([osLocale()]);
}
