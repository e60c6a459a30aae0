import lib from 'google-libphonenumber';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhone } from '../electron/core/phone/parse.js';

/** Every number a finder reads in a pasted text, in order, as E.164: what the real-pages corpus scores. */
export type TextFinder = (text: string, country: string) => string[];

/** softdial's multi-number reading, as `softdial normalize --all` prints it: every reading of the paste. */
export const softdialFinder: TextFinder = (text, country) => {
  const result = parsePhone(text, { defaultCountry: country });
  return result.ok ? result.readings.map((reading) => reading.e164) : [];
};

/** libphonenumber-js's own finder (a port of Google's PhoneNumberMatcher at its default, VALID leniency). */
export const libphonenumberJsFinder: TextFinder = (text, country) =>
  findPhoneNumbersInText(text, { defaultCountry: country as CountryCode }).map((found) => found.number.number);

const google = lib.PhoneNumberUtil.getInstance();

/** Google's reading of one candidate, when its own metadata calls the number valid. */
function googleReading(candidate: string, country: string): string | undefined {
  try {
    const number = google.parse(candidate, country);
    return google.isValidNumber(number) ? google.format(number, lib.PhoneNumberFormat.E164) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Google's libphonenumber, whose JavaScript build has no matcher: the candidates are the spans
 * libphonenumber-js's matcher finds at POSSIBLE leniency (the same candidate extraction as Google's
 * PhoneNumberMatcher, before validity is checked), each parsed by Google's `PhoneNumberUtil.parse` with
 * the default country and kept when Google's `isValidNumber` accepts it, as the VALID leniency does.
 */
export const googleLibphonenumberFinder: TextFinder = (text, country) =>
  findPhoneNumbersInText(text, { defaultCountry: country as CountryCode, extended: true }).flatMap((found) => {
    const reading = googleReading(text.slice(found.startsAt, found.endsAt), country);
    return reading ? [reading] : [];
  });
