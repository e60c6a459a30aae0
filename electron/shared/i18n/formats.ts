import { currentLanguage } from './language.js';

/** Intl objects are costly to build (ICU loads its data): each is made once per language, when first shown. */
const made = new Map<string, Intl.ListFormat | Intl.DisplayNames>();

function once<T extends Intl.ListFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  const known = made.get(key) as T | undefined;
  if (known) return known;
  const fresh = make();
  made.set(key, fresh);
  return fresh;
}

/** A list in the current language ("Tel, Fax and Mobile"; "a or b" for alternatives). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const language = currentLanguage();
  return once(`list:${language}:${type}`, () => new Intl.ListFormat(language, { type })).format(items);
}

/** A region's name in the current language ("Vereinigtes Königreich"), or undefined where ICU has none. */
export function regionName(region: string): string | undefined {
  const language = currentLanguage();
  const names = once(`region:${language}`, () => new Intl.DisplayNames(language, { type: 'region', fallback: 'none' }));
  return names.of(region);
}
