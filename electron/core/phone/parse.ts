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

const ERROR_MESSAGES: Record<PhoneErrorCode, string> = {
  empty: 'Nothing to dial: type or paste a phone number.',
  input_too_long: `That text is too long to be a phone number (over ${MAX_INPUT_LENGTH} characters). Paste only the number.`,
  unreadable: 'That looks like binary data, not text. Copy the number again as plain text.',
  no_digits: 'There is no phone number in that text: it has no digits.',
  email_address: 'That is an e-mail address, not a phone number.',
  not_a_phone_link: 'That link does not hold a phone number (it may be a user name or a SIP address).',
  too_short: 'That number is too short to dial. Check for missing digits.',
  too_long: 'That number is too long to dial. Check for extra digits, or write the extension after "x".',
  unknown_country_code: 'No country uses that country code. Check the digits after the +.',
  impossible_number: 'That number cannot exist in any numbering plan. Check the digits.',
  invalid_number: 'That is not a valid number in any numbering plan softdial knows. Check the digits.',
  needs_country:
    'That number has no country code and no default country is set. Add the country code (for example +44) or set a default country.',
  bad_default_country:
    'The default country setting is not a known country code. Use a two-letter code such as GB or US.',
};
/** Applies `;phone-context=+44` of a tel: link to a local number, as RFC 3966 says. */
function withPhoneContext(found: FoundNumber): { digits: string; notes: PhoneNote[] } {
  const context = found.phoneContext?.replace(/[-.()]/g, '');
  if (found.digits.startsWith('+') || !context || !/^\+\d{1,6}$/.test(context))
    return { digits: found.digits, notes: [] };
  return {
    digits: context + found.digits,
    notes: [note('phone_context', `Used the link's phone-context ${context} as the country code.`)],
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
      const trimmed = note(
        'ignored_surrounding_text',
        `Took only the digits ${shorter}: the digits after them looked like part of the surrounding text.`,
      );
      return { ...outcome, notes: [...outcome.notes, trimmed], confirm: true };
    }
  }
  return 'number' in first ? withContext(first) : first;
}

/** The notes every reading carries about where the number was found. */
function findingNotes(found: FoundNumber): PhoneNote[] {
  const notes: PhoneNote[] = [];
  if (found.link) notes.push(note('read_from_link', `Read the number from a ${found.link}: link.`));
  if (found.vanity)
    notes.push(
      note(
        'letters_as_digits',
        `Read the letters ${found.vanity.letters} as the keypad digits ${found.vanity.digits}.`,
      ),
    );
  if (found.surroundingText) notes.push(note('ignored_surrounding_text', 'Ignored the text around the number.'));
  if (found.extension) notes.push(note('kept_extension', `Kept extension ${found.extension} apart from the number.`));
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
    message: reason ? `That number cannot exist: ${reason} Check the digits.` : ERROR_MESSAGES[code],
  },
});

/** One found number as read, in the shape every caller shows. */
function toReading(found: FoundNumber, read: Reading): NumberReading {
  const { number, type } = read;
  const region = regionOfNumber(number);
  const notes = [...findingNotes(found), ...read.notes];
  if (!type)
    notes.push(
      note(
        'unknown_range',
        `This number is not in any range ${countryName(region)} is known to use: check it before dialling.`,
      ),
    );
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
  const more = others === 1 ? 'one more number' : `${others} more numbers`;
  return note('more_numbers', `The text holds ${more}; this is the first one.`);
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
