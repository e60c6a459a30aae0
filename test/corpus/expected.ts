import { isValidPhoneNumber } from 'libphonenumber-js/max';
import type { CountryFacts } from './countries.js';

/** One corpus case: what a person pasted, their default country, and exactly what must be read. */
export interface CorpusCase {
  shape: string;
  input: string;
  defaultCountry?: string;
  /** The number offered first. */
  e164: string;
  extension?: string;
  /** The other reading offered with one key, when the digits are valid both ways; none otherwise. */
  alternative?: string;
  /** The label the text names the number by. */
  label?: string;
  /** Every number of the text, in order, when it holds several. */
  readings?: string[];
}

/** Digits shorter than this are never read as an international number missing its '+'. */
const MIN_DIGITS_FOR_MISSING_PLUS = 8;

/**
 * The other reading of a national number written without a trunk prefix, when its digits are also a valid
 * international number missing its '+' (or after 00 or 011, the access codes people paste): offered with one key.
 */
export function alternativeOfNational(written: string, trunk: string, e164: string): string | undefined {
  const digits = written.replace(/\D/g, '');
  if ((trunk && digits.startsWith(trunk)) || digits.length < MIN_DIGITS_FOR_MISSING_PLUS) return undefined;
  const candidates = [
    digits,
    ...['00', '011'].filter((code) => digits.startsWith(code)).map((code) => digits.slice(code.length)),
  ];
  return candidates.map((candidate) => `+${candidate}`).find((plus) => plus !== e164 && isValidPhoneNumber(plus));
}

/**
 * Which reading of digits written without '+' comes first when a person in `home` meant `e164`: the
 * national one of `home` when the same digits (less a written trunk prefix) make a valid number there
 * (the metadata's validity is the fact), with `e164` offered as the alternative; else `e164` alone.
 */
export function readingsOfDigitsWithoutPlus(
  digits: string,
  home: CountryFacts,
  e164: string,
): Pick<CorpusCase, 'e164' | 'alternative'> {
  const national = home.trunk && digits.startsWith(home.trunk) ? digits.slice(home.trunk.length) : digits;
  const nationalE164 = `+${home.callingCode}${national}`;
  return nationalE164 !== e164 && isValidPhoneNumber(nationalE164)
    ? { e164: nationalE164, alternative: e164 }
    : { e164 };
}
