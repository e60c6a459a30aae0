import { getCountries, getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { COUNTRY_NAMES } from './country-names.js';

const callingCodes = new Set(getCountries().map((country) => getCountryCallingCode(country)));

/** Narrows a user-supplied code ("gb", "GB") to a country the metadata knows. */
export function toCountryCode(value: string | undefined): CountryCode | undefined {
  const upper = value?.trim().toUpperCase();
  return upper && isSupportedCountry(upper) ? upper : undefined;
}

/** The English name of a region ("United Kingdom"), or the code itself where none is known. */
export function countryName(country: string): string {
  return country === '001' ? 'International (non-geographic)' : (COUNTRY_NAMES[country] ?? country);
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
