import { messages as englishWindowOf } from './compiled/en.js';
import { formatKit } from './format/format-kit.js';
import type { FormatKit } from './format/format-kit.js';
import type { MessageParams } from './compiled/params.js';
import type { Catalog, MessageKey } from './catalog-types.js';
import type { Language } from './languages.js';

/** A compiled part of a catalog: its messages, once given the language's formatting kit. */
export type CatalogPart = (kit: FormatKit) => Catalog;

/** Loads one language's part of the catalog on demand: the window and the CLI carry English only until another is chosen. */
type Loader = () => Promise<{ messages: CatalogPart }>;

/** Every language's loader of one part of the catalog. */
export type Loaders = Record<Exclude<Language, 'en'>, Loader>;

/** The window's part: the phone reader's notes and refusals, and the failures the boundary words itself. */
const WINDOW_LOADERS: Loaders = {
  de: () => import('./compiled/de.js'),
  fr: () => import('./compiled/fr.js'),
  es: () => import('./compiled/es.js'),
  'pt-BR': () => import('./compiled/pt-BR.js'),
  it: () => import('./compiled/it.js'),
  nl: () => import('./compiled/nl.js'),
  pl: () => import('./compiled/pl.js'),
  sv: () => import('./compiled/sv.js'),
  tr: () => import('./compiled/tr.js'),
  ja: () => import('./compiled/ja.js'),
  ko: () => import('./compiled/ko.js'),
  'zh-Hans': () => import('./compiled/zh-Hans.js'),
  'zh-Hant': () => import('./compiled/zh-Hant.js'),
  ar: () => import('./compiled/ar.js'),
  he: () => import('./compiled/he.js'),
  'en-XA': () => import('./compiled/en-XA.js'),
};

const englishWindow = englishWindowOf(formatKit('en'));
let english: Catalog = englishWindow;
let coreLoaders: Loaders | undefined;
let current: { language: Language; messages: Catalog } = { language: 'en', messages: english };
let reportMissing: (key: MessageKey, language: Language) => void = () => undefined;
const listeners = new Set<(language: Language) => void>();

/**
 * Adds the core's part of the catalog (explanations, doctor, the CLI's words): the core registers it, so the
 * window's bundle never carries it. Call before `switchLanguage`; electron/core/i18n/core-messages.ts does.
 */
export function addCoreMessages(englishCore: CatalogPart, loaders: Loaders): void {
  english = { ...englishWindow, ...englishCore(formatKit('en')) };
  coreLoaders = loaders;
  if (current.language === 'en') current = { language: 'en', messages: english };
}

/** The language messages are shown in now. */
export const currentLanguage = (): Language => current.language;

/** Shows every message from now on in `language`, loading its catalog first; listeners repaint after. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en') current = { language, messages: english };
  else {
    const core = coreLoaders?.[language];
    const [window, more] = await Promise.all([WINDOW_LOADERS[language](), core ? core() : undefined]);
    const kit = formatKit(language);
    current = { language, messages: { ...window.messages(kit), ...more?.messages(kit) } };
  }
  for (const listener of listeners) listener(language);
}

/** Calls `listener` after each switch (the window repaints its words); returns the way to stop. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where a message missing from a language is reported (in development: the console or stderr). */
export function reportMissingMessagesTo(report: (key: MessageKey, language: Language) => void): void {
  reportMissing = report;
}

/** The arguments a message takes: none, or an object of its placeholders. */
export type ParamsOf<K extends MessageKey> = keyof MessageParams[K] extends never ? [] : [MessageParams[K]];

/** A message from one catalog, else in English with the gap reported: a person never reads a key name. */
export function messageFrom<K extends MessageKey>(
  catalog: Catalog,
  key: K,
  values: MessageParams[K],
  missing: (key: MessageKey) => void,
): string {
  const own = catalog[key];
  if (own) return own(values);
  missing(key);
  const fallback = english[key];
  // Only code that forgot to import electron/core/i18n/core-messages.ts gets here; tests catch it.
  if (!fallback) throw new Error(`"${key}" has no English words here: import electron/core/i18n/core-messages.js`);
  return fallback(values);
}

/** One message in the current language; a message the language lacks is shown in English, never as its key. */
export function t<K extends MessageKey>(key: K, ...params: ParamsOf<K>): string {
  const { language, messages } = current;
  return messageFrom(messages, key, (params[0] ?? {}) as MessageParams[K], (gap) => {
    reportMissing(gap, language);
  });
}
