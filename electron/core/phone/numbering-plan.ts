import { getCountries, getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';

const callingCodes = new Set(getCountries().map((country) => getCountryCallingCode(country)));
const countryNames = new Map<string, string>();
const regionNames =
  typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : undefined;

/** Narrows a user-supplied code ("gb", "GB") to a country the metadata knows. */
export function toCountryCode(value: string | undefined): CountryCode | undefined {
  const upper = value?.trim().toUpperCase();
  return upper && isSupportedCountry(upper) ? upper : undefined;
}

/** The English name of a region ("United Kingdom"), or the code itself where none is known. */
export function countryName(country: string): string {
  let name = countryNames.get(country);
  if (name === undefined) {
    name = country === '001' ? 'International (non-geographic)' : displayName(country);
    countryNames.set(country, name);
  }
  return name;
}

/** Intl's name for a region, which is slow enough to be worth caching above. */
function displayName(country: string): string {
  try {
    return regionNames?.of(country) ?? country;
  } catch {
    return country;
  }
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
