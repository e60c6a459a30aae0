import { countryName, toCountryCode } from '../../../electron/core/phone/numbering-plan.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let cached: { code: string; name: string }[] | undefined;

/** Every country the phone module dials, by name in the agent's language, for the country pickers. */
export function countries(): readonly { code: string; name: string }[] {
  const letters = LETTERS.split('');
  cached ??= letters
    .flatMap((first) => letters.map((second) => first + second))
    .filter((code) => toCountryCode(code) === code)
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return cached;
}

/** The country of the browser's or system's locale (en-GB → GB), to pre-fill the first-run question. */
export function localeCountry(locales: readonly string[] = navigator.languages): string | undefined {
  for (const locale of locales) {
    try {
      const region = new Intl.Locale(locale).maximize().region;
      if (region && toCountryCode(region) === region) return region;
    } catch {
      // Not a locale tag: try the next one.
    }
  }
  return undefined;
}
