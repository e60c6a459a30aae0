import { toCountryCode } from './numbering-plan.js';

/** Where the default country came from, so `doctor` and the UI can say why +44 was added. */
export type DefaultCountrySource = 'settings' | 'environment' | 'locale' | 'none';

/** The country national numbers are read in, with its source. */
export interface DefaultCountry {
  country?: string;
  source: DefaultCountrySource;
}

/** The region of a BCP 47 or POSIX locale ("en-GB", "en_GB.UTF-8"), if it names or implies one. */
export function regionOfLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const tag = locale.split('.')[0]?.replace(/_/g, '-');
  if (!tag || tag === 'C' || tag === 'POSIX') return undefined;
  try {
    return toCountryCode(new Intl.Locale(tag).maximize().region);
  } catch {
    return undefined;
  }
}

/** Picks the default country: the user's setting, else SOFTDIAL_DEFAULT_REGION, else the OS locale. */
export function resolveDefaultCountry(sources: {
  setting?: string | undefined;
  environment?: string | undefined;
  locale?: string | undefined;
}): DefaultCountry {
  const fromSetting = toCountryCode(sources.setting);
  if (fromSetting) return { country: fromSetting, source: 'settings' };
  const fromEnvironment = toCountryCode(sources.environment);
  if (fromEnvironment) return { country: fromEnvironment, source: 'environment' };
  const fromLocale = regionOfLocale(sources.locale);
  return fromLocale ? { country: fromLocale, source: 'locale' } : { source: 'none' };
}
