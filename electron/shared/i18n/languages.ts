/** The languages softdial speaks, as BCP 47 tags; English is the source every other falls back to. */
export const LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
  'it',
  'nl',
  'pl',
  'sv',
  'tr',
  'ja',
  'ko',
  'zh-Hans',
  'zh-Hant',
  'ar',
  'he',
] as const;

/** The pseudo-locale (accented, 40% longer, bracketed) that shows untranslated or clipped text in tests. */
export const PSEUDO_LANGUAGE = 'en-XA';

/** A language softdial can show, the pseudo-locale included. */
export type Language = (typeof LANGUAGES)[number] | typeof PSEUDO_LANGUAGE;

const KNOWN: readonly string[] = [...LANGUAGES, PSEUDO_LANGUAGE];

/** Whether a value is one of the languages, written exactly as softdial writes it. */
export const isLanguage = (value: string): value is Language => KNOWN.includes(value);

/** The Chinese script a region writes in, where the tag does not say (Taiwan, Hong Kong and Macau: Traditional). */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/** A POSIX locale ("de_DE.UTF-8@euro", "C") or a BCP 47 tag as a tag; undefined for "C"/"POSIX" and junk. */
function asTag(value: string): string | undefined {
  const tag = value.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (tag === '' || tag === 'C' || tag === 'POSIX') return undefined;
  try {
    return new Intl.Locale(tag).toString();
  } catch {
    return undefined;
  }
}

/** The language softdial speaks for one tag ("de-AT" → de, "zh-TW" → zh-Hant, "pt-PT" → pt-BR), if any. */
export function languageOf(value: string): Language | undefined {
  const tag = asTag(value);
  if (tag === undefined) return undefined;
  const exact = KNOWN.find((known) => known.toLowerCase() === tag.toLowerCase());
  if (exact) return exact as Language;
  const locale = new Intl.Locale(tag);
  if (locale.language === 'zh') {
    const script = locale.script ?? (TRADITIONAL_REGIONS.has(locale.region ?? '') ? 'Hant' : 'Hans');
    return script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  }
  if (locale.language === 'pt') return 'pt-BR';
  return LANGUAGES.find((known) => known === locale.language);
}

/** The first of the preferred languages softdial speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const value of preferred) {
    const language = languageOf(value);
    if (language) return language;
  }
  return 'en';
}

/** Which way a language's text runs, for the document's `dir`. */
export const textDirection = (language: Language): 'ltr' | 'rtl' =>
  language === 'ar' || language === 'he' ? 'rtl' : 'ltr';
