import { getCountries, getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { COUNTRY_NAMES } from './country-names.js';
import { currentLanguage, t } from '../../shared/i18n/language.js';
import { regionName } from '../../shared/i18n/formats.js';

const callingCodes = new Set(getCountries().map((country) => getCountryCallingCode(country)));

/** Enough for every spelling of every country; a flood of made-up codes is not remembered. */
const MAX_REMEMBERED_CODES = 1024;
const countryCodes = new Map<string, CountryCode | undefined>();

/** Narrows a user-supplied code ("gb", "GB") to a country the metadata knows (remembered: it is asked per parse). */
export function toCountryCode(value: string | undefined): CountryCode | undefined {
  if (value === undefined) return undefined;
  if (countryCodes.has(value)) return countryCodes.get(value);
  const upper = value.trim().toUpperCase();
  const code = upper && isSupportedCountry(upper) ? upper : undefined;
  if (countryCodes.size < MAX_REMEMBERED_CODES) countryCodes.set(value, code);
  return code;
}

/**
 * A region's name in the current language ("United Kingdom", "Royaume-Uni"), or the code itself where none
 * is known; English comes from the table, so a one-shot English CLI never builds ICU's display names.
 */
export function countryName(country: string): string {
  if (country === '001') return t('phone.country.non_geographic');
  if (currentLanguage() === 'en') return COUNTRY_NAMES[country] ?? country;
  return regionName(country) ?? COUNTRY_NAMES[country] ?? country;
}

/** Whether digits begin with a country calling code in use (1 to 3 digits), and which one. */
export function leadingCallingCode(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    if (callingCodes.has(code)) return code;
  }
  return undefined;
}

/** The country calling code of a country ("44" for GB). */
export function callingCodeOf(country: CountryCode): string {
  return getCountryCallingCode(country);
}
