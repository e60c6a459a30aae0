import type { CountryCode } from 'libphonenumber-js/max';
import { MAX_INPUT_LENGTH } from '../../shared/phone-codes.js';
import { nationalPrefix, numberFormats, regionOfNumber } from './compiled-plan.js';
import { findNumbers } from './find-number.js';
import type { FindFailure, FoundNumber } from './find-number.js';
import { foldText, looksBinary } from './fold-text.js';
import { countriesNamedIn } from './named-country.js';
import { countryName, toCountryCode } from './numbering-plan.js';
import { withNamedCountry, withOwnCallingCode } from './read-context.js';
import { readDigits } from './read-digits.js';
import { readShorthand } from './read-shorthand.js';
import { note } from './reading.js';
import type { ReadOutcome, Reading } from './reading.js';
import type { NumberReading, ParseOptions, PhoneErrorCode, PhoneNote, PhoneResult } from './types.js';
import { t } from '../../shared/i18n/language.js';
import { assertNever } from '../../shared/assert-never.js';

/** A refusal in words, in the current language. */
function errorMessage(code: PhoneErrorCode): string {
  switch (code) {
    case 'empty':
      return t('phone.error.empty');
    case 'input_too_long':
      return t('phone.error.input_too_long', { max: MAX_INPUT_LENGTH });
    case 'unreadable':
      return t('phone.error.unreadable');
    case 'no_digits':
      return t('phone.error.no_digits');
    case 'email_address':
      return t('phone.error.email_address');
    case 'not_a_phone_link':
      return t('phone.error.not_a_phone_link');
    case 'too_short':
      return t('phone.error.too_short');
    case 'too_long':
      return t('phone.error.too_long');
    case 'unknown_country_code':
      return t('phone.error.unknown_country_code');
    case 'impossible_number':
      return t('phone.error.impossible_number');
    case 'invalid_number':
      return t('phone.error.invalid_number');
    case 'needs_country':
      return t('phone.error.needs_country');
    case 'bad_default_country':
      return t('phone.error.bad_default_country');
    default:
      return assertNever(code);
  }
}

/** Applies `;phone-context=+44` of a tel: link to a local number, as RFC 3966 says. */
function withPhoneContext(found: FoundNumber): { digits: string; notes: PhoneNote[] } {
  const context = found.phoneContext?.replace(/[-.()]/g, '');
  if (found.digits.startsWith('+') || !context || !/^\+\d{1,6}$/.test(context))
    return { digits: found.digits, notes: [] };
  return {
    digits: context + found.digits,
    notes: [note('phone_context', t('phone.note.phone_context', { context }))],
  };
}

/** Tries the whole run, then shorter runs when surrounding text may have been swallowed. */
function readFound(found: FoundNumber, country: CountryCode | undefined): ReadOutcome {
  const context = withPhoneContext(found);
  const first = readDigits(context.digits, country);
  const withContext = (reading: Reading): Reading =>
    context.notes.length > 0 ? { ...reading, notes: [...context.notes, ...reading.notes] } : reading;
  if ('number' in first && first.type) return withContext(first);
  for (const shorter of found.shorter) {
    const outcome = readDigits(shorter, country);
    if ('number' in outcome && outcome.type) {
      const trimmed = note('ignored_surrounding_text', t('phone.note.took_only_digits', { digits: shorter }));
      return { ...outcome, notes: [...outcome.notes, trimmed], confirm: true };
    }
  }
  return 'number' in first ? withContext(first) : first;
}

/** The notes every reading carries about where the number was found. */
function findingNotes(found: FoundNumber): PhoneNote[] {
  const notes: PhoneNote[] = [];
  if (found.link) notes.push(note('read_from_link', t('phone.note.read_from_link', { scheme: found.link })));
  if (found.vanity)
    notes.push(
      note(
        'letters_as_digits',
        t('phone.note.letters_as_digits', { letters: found.vanity.letters, digits: found.vanity.digits }),
      ),
    );
  if (found.surroundingText) notes.push(note('ignored_surrounding_text', t('phone.note.ignored_surrounding_text')));
  if (found.extension)
    notes.push(note('kept_extension', t('phone.note.kept_extension', { extension: found.extension })));
  return notes;
}

const FIND_ERRORS: Record<FindFailure, PhoneErrorCode> = {
  no_digits: 'no_digits',
  email_address: 'email_address',
  not_a_phone_link: 'not_a_phone_link',
};

/** A refusal's code, and its specific reason where the code's message is not enough. */
export interface Refusal {
  code: PhoneErrorCode;
  reason?: string;
}

const failure = (input: string, code: PhoneErrorCode, reason?: string): PhoneResult => ({
  ok: false,
  input,
  error: {
    code,
    message: reason ? t('phone.impossible.because', { reason }) : errorMessage(code),
  },
});

/** One found number as read, in the shape every caller shows. */
function toReading(found: FoundNumber, read: Reading): NumberReading {
  const { number, type } = read;
  const region = regionOfNumber(number);
  const notes = [...findingNotes(found), ...read.notes];
  if (!type) notes.push(note('unknown_range', t('phone.note.unknown_range', { country: countryName(region) })));
  const { national, international } = numberFormats(number);
  // Optional fields are set only when present (no spreads: this runs for every number of every paste).
  const reading: NumberReading = {
    e164: number.number,
    country: region,
    countryName: countryName(region),
    national,
    international,
    notes,
    confirm: read.confirm || !type,
  };
  if (found.extension) reading.extension = found.extension;
  if (found.label) reading.label = found.label;
  if (type) reading.type = type;
  if (read.alternative) reading.alternative = read.alternative;
  return reading;
}

/** Whether a number written as bare digits is one: only when its length is valid and, where the plan has a trunk prefix, it starts with it. */
function bareButPlausible(found: FoundNumber, read: Reading, country: CountryCode | undefined): boolean {
  if (!read.type) return false;
  const trunk = country ? nationalPrefix(country) : undefined;
  return trunk === undefined || found.digits.startsWith(trunk);
}
/** Whether a note says the number was read as a national one of the default country or of a named one. */
const isNational = (note: PhoneNote): boolean =>
  note.code === 'added_country_code' || note.code === 'country_named_in_text';

/** The readings of one found number: one, or the numbers of a list it begins in shorthand. */
function readingsOf(
  found: FoundNumber,
  country: CountryCode | undefined,
  named: () => CountryCode[],
): Reading[] | ReadOutcome {
  const listed = readShorthand(found, (digits) => {
    const outcome = readDigits(digits, country);
    return 'number' in outcome && outcome.type ? outcome : undefined;
  });
  if (!listed) return withNamedCountry(found, withOwnCallingCode(found, readFound(found, country), country), named);
  return listed.map(({ reading, note: how }) => (how ? { ...reading, notes: [how, ...reading.notes] } : reading));
}

/**
 * Reads found numbers in order and hands each reading to `each` with the number it came from (a list
 * written in shorthand gives several); returns the first refusal. `amongText` (a text of several numbers,
 * or a page): bare digits the plan does not accept are left out, they are references, not numbers. A page
 * scanner reads this way, with no cap and no de-duplication.
 */
export function readFoundNumbers(
  founds: FoundNumber[],
  country: CountryCode | undefined,
  named: (found: FoundNumber) => CountryCode[],
  each: (found: FoundNumber, reading: NumberReading) => void,
  amongText = founds.length > 1,
): Refusal | undefined {
  let firstError: Refusal | undefined;
  for (const found of founds) {
    const outcome = readingsOf(found, country, () => named(found));
    if ('error' in outcome) {
      firstError ??= { code: outcome.error, ...(outcome.reason ? { reason: outcome.reason } : {}) };
      continue;
    }
    for (const read of Array.isArray(outcome) ? outcome : [outcome]) {
      if (found.bare && amongText && !bareButPlausible(found, read, country)) continue;
      each(found, toReading(found, read));
    }
  }
  return firstError;
}

/**
 * Reads each found number of a paste; keeps the readable ones (once each; only the valid ones when a text
 * of several numbers holds any) and the first refusal.
 */
function readAll(
  founds: FoundNumber[],
  country: CountryCode | undefined,
  text: string,
): { readings: NumberReading[]; firstError?: Refusal } {
  const readings: NumberReading[] = [];
  let namedCountries: CountryCode[] | undefined;
  // A country the paste wrote a number of internationally is named by it, too (a page scanner, reading
  // rows of unrelated records, takes only the countries named on a number's own line).
  const written: CountryCode[] = [];
  const named = (): CountryCode[] => {
    namedCountries ??= countriesNamedIn(text).filter((named) => named !== country);
    return written.length === 0 ? namedCountries : [...namedCountries, ...written];
  };
  const firstError = readFoundNumbers(founds, country, named, (_found, reading) => {
    const seen = readings.some((r) => r.e164 === reading.e164 && r.extension === reading.extension);
    if (!seen) readings.push(reading);
    const region = toCountryCode(reading.country);
    if (region && region !== country && !written.includes(region) && !reading.notes.some(isNational))
      written.push(region);
  });
  // Among valid numbers, digits no plan accepts are not offered: "dial 1-800-135-6937" beside real numbers.
  const valid = founds.length > 1 ? readings.filter((reading) => reading.type !== undefined) : [];
  const offered = valid.length > 0 ? valid : readings;
  return { readings: offered, ...(firstError ? { firstError } : {}) };
}

/** The note on the chosen number of a paste that holds others. */
function moreNumbersNote(others: number): PhoneNote {
  return note('more_numbers', t('phone.note.more_numbers', { count: others, valid: 'no' }));
}

/**
 * Reads what a person meant from any pasted or typed text and says how: the E.164 number to dial,
 * its extension, country and type, a note for every interpretation they might not expect, and every
 * other number the text holds.
 */
export function parsePhone(input: string, options: ParseOptions = {}): PhoneResult {
  if (input.length > MAX_INPUT_LENGTH) return failure(input.slice(0, 64), 'input_too_long');
  if (looksBinary(input)) return failure(input, 'unreadable');
  const country = toCountryCode(options.defaultCountry);
  if (options.defaultCountry && !country) return failure(input, 'bad_default_country');
  const folded = foldText(input);
  if (folded.trim() === '') return failure(input, 'empty');
  const founds = findNumbers(folded);
  if (typeof founds === 'string') return failure(input, FIND_ERRORS[founds]);
  const { readings, firstError } = readAll(founds, country, folded);
  // The first number is the one meant: a text of several numbers offers only valid ones when it holds any.
  const [chosen] = readings;
  if (!chosen) return failure(input, firstError?.code ?? 'no_digits', firstError?.reason);
  const others = readings.length - 1;
  return {
    ok: true,
    input,
    ...chosen,
    notes: others > 0 ? [...chosen.notes, moreNumbersNote(others)] : chosen.notes,
    confirm: chosen.confirm || others > 0,
    readings,
  };
}
