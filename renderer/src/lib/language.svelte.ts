import { switchLanguage, t } from '../../../electron/shared/i18n/language.js';
import type { ParamsOf } from '../../../electron/shared/i18n/language.js';
import type { MessageKey } from '../../../electron/shared/i18n/catalog-types.js';
import { isLanguage, pickLanguage, textDirection } from '../../../electron/shared/i18n/languages.js';
import type { Language } from '../../../electron/shared/i18n/languages.js';

/** The window's language choice: the system's (the browser's or OS's preferred languages), or one language. */
export type LanguageChoice = 'system' | Language;

const KEY = 'softdial.language';

/** A fresh reference to the message function: markup that read the old one repaints after a switch. */
const wordsOf =
  (): typeof t =>
  (key, ...params) =>
    t(key, ...params);

/** The language shown now and its words, as state: every `tr` in markup reads them. */
const shown = $state<{ language: Language; words: typeof t }>({ language: 'en', words: wordsOf() });

/** One message in the window's language; markup that uses it repaints when the language changes. */
export function tr<K extends MessageKey>(key: K, ...params: ParamsOf<K>): string {
  return shown.words(key, ...params);
}

/**
 * The window's language: chosen in Settings (remembered in this browser or app) or the system's, applied
 * without a restart to the words, to `lang` and `dir` on the document, and to the core's explanations.
 */
export class WindowLanguage {
  choice = $state<LanguageChoice>('system');

  constructor(
    private readonly storage: Storage | undefined,
    private readonly preferred: () => readonly string[],
    private readonly tellCore: (language: Language) => Promise<unknown>,
  ) {
    const stored = storage?.getItem(KEY) ?? 'system';
    this.choice = stored !== 'system' && isLanguage(stored) ? stored : 'system';
  }

  /** The language shown now. */
  get current(): Language {
    return shown.language;
  }

  /** Remembers a choice and shows it at once. */
  async choose(choice: LanguageChoice): Promise<void> {
    this.choice = choice;
    this.storage?.setItem(KEY, choice);
    await this.apply();
  }

  /** Shows the chosen (or the system's) language: loads its catalog, marks the document, tells the core. */
  async apply(): Promise<void> {
    const language = this.choice === 'system' ? pickLanguage(this.preferred()) : this.choice;
    await switchLanguage(language);
    document.documentElement.lang = language;
    document.documentElement.dir = textDirection(language);
    shown.language = language;
    shown.words = wordsOf();
    await this.tellCore(language);
  }
}
