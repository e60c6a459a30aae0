import type { CountryCode } from 'libphonenumber-js/max';
import { callingCodeOf } from './numbering-plan.js';
import { t } from '../../shared/i18n/language.js';

/**
 * Prefixes a country retired that people still write, which the current metadata no longer knows:
 * Mexico dropped the "1" written after +52 before mobiles, and the national "01", "044" and "045", in 2019;
 * Poland dropped its trunk "0" in 2005.
 */
const RETIRED: { country: CountryCode; afterCallingCode: string[]; national: string[]; since: string }[] = [
  { country: 'MX', afterCallingCode: ['1'], national: ['044', '045', '01'], since: '2019' },
  // Poland dialled a trunk 0 before the area code ("(022) 504 12 34") until 2005; numbers are closed 9 digits now.
  { country: 'PL', afterCallingCode: ['0'], national: ['0'], since: '2005' },
];

/** The prefix a retired rule matches at the start of `digits`, what follows it, and the note to show. */
interface Retired {
  rest: string;
  message: string;
}

/** A retired prefix written after the calling code ("+52 1 55…"), if the digits begin with one. */
export function retiredPrefixAfterCallingCode(callingCode: string, written: string): Retired | undefined {
  for (const rule of RETIRED) {
    if (callingCodeOf(rule.country) !== callingCode) continue;
    const prefix = rule.afterCallingCode.find((candidate) => written.startsWith(candidate));
    if (prefix)
      return {
        rest: written.slice(prefix.length),
        message: t('phone.note.dropped_old_prefix_after_code', {
          prefix,
          callingCode: `+${callingCode}`,
          year: rule.since,
        }),
      };
  }
  return undefined;
}

/** A retired national prefix ("044 55…" in Mexico), if the digits begin with one. */
export function retiredNationalPrefix(country: CountryCode, digits: string): Retired | undefined {
  const rule = RETIRED.find((candidate) => candidate.country === country);
  const prefix = rule?.national.find((candidate) => digits.startsWith(candidate));
  if (!rule || !prefix) return undefined;
  return {
    rest: digits.slice(prefix.length),
    message: t('phone.note.dropped_old_national_prefix', { prefix, year: rule.since }),
  };
}
