import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { MAX_INPUT_LENGTH } from '../../shared/phone-codes.js';
import { foldText, looksBinary } from './fold-text.js';
import { assertNever } from '../../shared/assert-never.js';
import {
  internationalPrefixAt,
  isPossibleNumber,
  nationalPrefix,
  nationalPrefixForms,
  numberFormats,
  numberType,
  parseInternationalDigits,
  parseNationalDigits,
  regionOfNumber,
  validForCallingCode,
} from './compiled-plan.js';
import type { NumberParts } from './compiled-plan.js';
import { findNumbers } from './find-number.js';
import { readShorthand } from './read-shorthand.js';
import { countriesNamedIn } from './named-country.js';
import { impossibility } from './impossible.js';
import { retiredNationalPrefix, retiredPrefixAfterCallingCode } from './retired-prefixes.js';
import type { FindFailure, FoundNumber } from './find-number.js';
import { callingCodeOf, countryName, leadingCallingCode, toCountryCode } from './numbering-plan.js';
import type {
  AlternativeReading,
  NumberReading,
  ParseOptions,
  PhoneErrorCode,
  PhoneNote,
  PhoneResult,
} from './types.js';

/**
 * Foreign international access codes people paste from other countries' listings: most of the world's
 * 00, North America's 011, Australia's 0011, Japan's 010, Russia's 8~10.
 */
const FOREIGN_ACCESS_CODES = ['00', '011', '0011', '010', '810'];
const MIN_DIGITS_FOR_MISSING_PLUS = 8;

/** A parsed number with its type looked up once (max metadata: valid exactly when it has a type). */
interface Typed {
  number: NumberParts;
  type: string | undefined;
}

/** One way of reading the digits, with what had to be assumed to get there. */
interface Reading extends Typed {
  notes: PhoneNote[];
  alternative?: AlternativeReading;
  confirm: boolean;
}

/** A reading, or why there is none (with the specific reason where the code alone is not enough). */
type ReadOutcome = Reading | { error: PhoneErrorCode; reason?: string };

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

/** The library's length verdict turned into our closed set of reasons. */
function lengthError(digits: string, country: CountryCode | undefined): PhoneErrorCode {
  const verdict = validatePhoneNumberLength(digits, country ? { defaultCountry: country } : undefined);
  switch (verdict) {
    case 'TOO_SHORT':
      return 'too_short';
    case 'TOO_LONG':
      return 'too_long';
    case 'INVALID_COUNTRY':
      return digits.startsWith('+') ? 'unknown_country_code' : country ? 'invalid_number' : 'needs_country';
    case 'NOT_A_NUMBER':
      return 'too_short';
    case 'INVALID_LENGTH':
    case undefined:
      return 'invalid_number';
    default:
      return assertNever(verdict);
  }
}

/** The library's parse of a digit string with its type; undefined where it finds no number at all. */
function attempt(digits: string, country?: CountryCode): Typed | undefined {
  const number = digits.startsWith('+')
    ? parseInternationalDigits(digits)
    : country
      ? parseNationalDigits(digits, country)
      : parsePhoneNumberFromString(digits);
  return number && { number, type: numberType(number) };
}

const regionOf = regionOfNumber;

const note = (code: PhoneNote['code'], message: string): PhoneNote => ({ code, message });

/** A valid reading of digits written after '+' and a calling code that begin with a national or retired prefix. */
function repairInternational(digits: string, written: string, callingCode: string): Reading | undefined {
  const retired = retiredPrefixAfterCallingCode(callingCode, written);
  if (retired) {
    const typed = attempt(`+${callingCode}${retired.rest}`);
    if (typed?.type) return { ...typed, notes: [note('dropped_old_prefix', retired.message)], confirm: false };
  }
  for (const form of nationalPrefixForms(callingCode, written)) {
    const typed = attempt(`+${callingCode}${form}`);
    if (!typed?.type) continue;
    const dropped = written.endsWith(form) ? written.slice(0, written.length - form.length) : undefined;
    const message = dropped
      ? `Dropped the (${dropped}) trunk prefix: it is dialled only inside the country, never after +${callingCode}.`
      : `Read ${written.slice(0, written.length - typed.number.nationalNumber.length + 1)}… as dialled inside ${countryName(regionOf(typed.number))}: the number is +${callingCode} ${typed.number.nationalNumber}.`;
    return { ...typed, notes: [note('dropped_trunk_prefix', message)], confirm: false };
  }
  return undefined;
}

/** Reads a number written with '+': the country code is certain, only a trunk or retired prefix may need dropping. */
function readInternational(digits: string): ReadOutcome {
  const typed = attempt(digits);
  const callingCode = typed?.number.countryCallingCode ?? leadingCallingCode(digits.slice(1));
  if (!typed?.type && callingCode) {
    const repaired = repairInternational(digits, digits.slice(1 + callingCode.length), callingCode);
    if (repaired) return repaired;
  }
  if (!typed || (!typed.type && !isPossibleNumber(typed.number))) return { error: lengthError(digits, undefined) };
  const reason = typed.type ? undefined : impossibility(typed.number);
  if (reason) return { error: 'impossible_number', reason };
  const { number } = typed;
  const notes: PhoneNote[] = [];
  const written = digits.slice(1 + number.countryCallingCode.length);
  if (written !== number.nationalNumber && written.endsWith(number.nationalNumber)) {
    const trunk = written.slice(0, written.length - number.nationalNumber.length);
    notes.push(
      note(
        'dropped_trunk_prefix',
        `Dropped the (${trunk}) trunk prefix: it is dialled only inside the country, never after +${number.countryCallingCode}.`,
      ),
    );
  }
  return { ...typed, notes, confirm: false };
}

/** The reading of '+' and digits when it is a valid number (after any prefix repair), else undefined. */
function validInternational(digits: string): Reading | undefined {
  const reading = readInternational(digits);
  return 'number' in reading && reading.type ? reading : undefined;
}

/** Other readings of digits written without '+': a missing '+', or another country's access code. */
function internationalAlternatives(digits: string, national: Typed | undefined): Reading[] {
  const readings: Reading[] = [];
  const callingCode = digits.length >= MIN_DIGITS_FOR_MISSING_PLUS ? leadingCallingCode(digits) : undefined;
  if (callingCode && (!national?.type || validForCallingCode(callingCode, digits.slice(callingCode.length)))) {
    const typed = validInternational(`+${digits}`);
    if (typed) {
      const { number } = typed;
      const how = note(
        'read_missing_plus',
        `Read it as an international number missing its +: +${number.countryCallingCode} is the country code of ${countryName(regionOf(number))}.`,
      );
      readings.push({ ...typed, notes: [how, ...typed.notes] });
    }
  }
  for (const code of FOREIGN_ACCESS_CODES) {
    if (!digits.startsWith(code)) continue;
    const typed = validInternational(`+${digits.slice(code.length)}`);
    if (typed) {
      const { number } = typed;
      const how = note(
        'read_international_prefix',
        `Read ${code} as the international access code, so +${number.countryCallingCode} is the country code of ${countryName(regionOf(number))}.`,
      );
      readings.push({ ...typed, notes: [how, ...typed.notes] });
    }
  }
  return readings.filter((reading) => reading.number.number !== national?.number.number);
}

/** Describes how a national reading used the default country, for the notes. */
function nationalNote(digits: string, number: NumberParts, country: CountryCode): PhoneNote {
  const name = countryName(country);
  const access = internationalPrefixAt(digits, country);
  if (access && digits.slice(access.length).startsWith(number.countryCallingCode)) {
    return note('read_international_prefix', `Read ${access} as the international access code used in ${name}.`);
  }
  if (digits === number.countryCallingCode + number.nationalNumber && digits.length > number.nationalNumber.length) {
    const prefix = nationalPrefix(country);
    if (!prefix || !digits.startsWith(prefix)) {
      return note(
        'read_country_code_without_plus',
        `Read the leading ${number.countryCallingCode} as the country code of ${name}.`,
      );
    }
  }
  return addedCountryNote(country, name);
}

const addedCountryNotes = new Map<CountryCode, PhoneNote>();

/** The note on a national number read with the default country, made once per country: most numbers carry it. */
function addedCountryNote(country: CountryCode, name: string): PhoneNote {
  let known = addedCountryNotes.get(country);
  if (!known) {
    known = Object.freeze(
      note('added_country_code', `Added +${callingCodeOf(country)} because your default country is ${name}.`),
    );
    addedCountryNotes.set(country, known);
  }
  return known;
}

/** A valid reading of national digits that begin with a prefix the country retired ("044" in Mexico). */
function readRetiredNational(digits: string, country: CountryCode): Reading | undefined {
  const retired = retiredNationalPrefix(country, digits);
  const typed = retired && attempt(retired.rest, country);
  if (!retired || !typed?.type) return undefined;
  return {
    ...typed,
    notes: [note('dropped_old_prefix', retired.message), nationalNote(retired.rest, typed.number, country)],
    confirm: false,
  };
}

/** Whether the digits begin with the country's trunk prefix, which only a national number is written with. */
function wroteTrunkPrefix(digits: string, number: NumberParts, country: CountryCode): boolean {
  const trunk = nationalPrefix(country);
  return trunk !== undefined && digits.startsWith(trunk) && digits !== number.nationalNumber;
}

/**
 * A valid reading of national digits the library's prefix rule could not read: "0321 123 4567" in Colombia,
 * where the rule takes "03" for a carrier code, is the trunk prefix and a mobile number.
 */
function readWithoutNationalPrefix(digits: string, country: CountryCode): Reading | undefined {
  const callingCode = callingCodeOf(country);
  for (const form of nationalPrefixForms(callingCode, digits)) {
    const typed = attempt(`+${callingCode}${form}`);
    if (typed?.type) return { ...typed, notes: [nationalNote(digits, typed.number, country)], confirm: false };
  }
  return undefined;
}

/** Reads digits written without '+': nationally for the default country, or internationally when only that is valid. */
function readNational(digits: string, country: CountryCode | undefined): ReadOutcome {
  const national = country ? attempt(digits, country) : undefined;
  if (national?.type && country) {
    const notes = [nationalNote(digits, national.number, country)];
    // Only digits that got the country code added may have been meant as another country's number.
    if (notes[0]?.code !== 'added_country_code' || wroteTrunkPrefix(digits, national.number, country))
      return { ...national, notes, confirm: false };
    const [first] = internationalAlternatives(digits, national);
    if (!first) return { ...national, notes, confirm: false };
    const { international } = numberFormats(first.number);
    const region = regionOf(first.number);
    const alternative: AlternativeReading = {
      e164: first.number.number,
      country: region,
      countryName: countryName(region),
      international,
      message: `It could also be ${international} in ${countryName(region)}.`,
    };
    notes.push(
      note(
        'ambiguous',
        `These digits are valid both in ${countryName(country)} and as ${international}: check which one you mean.`,
      ),
    );
    return { ...national, notes, alternative, confirm: false };
  }
  const repaired = country ? readWithoutNationalPrefix(digits, country) : undefined;
  if (repaired) return repaired;
  const [first, second] = internationalAlternatives(digits, national);
  if (first && !second) return { ...first, confirm: false };
  const retired = country ? readRetiredNational(digits, country) : undefined;
  if (retired) return retired;
  if (national && isPossibleNumber(national.number) && country) {
    const reason = impossibility(national.number);
    if (reason) return { error: 'impossible_number', reason };
    return { ...national, notes: [nationalNote(digits, national.number, country)], confirm: true };
  }
  if (first)
    return {
      ...first,
      notes: [
        ...first.notes,
        note('ambiguous', 'Several countries fit these digits: add the + and country code to be sure.'),
      ],
      confirm: true,
    };
  return { error: country ? lengthError(digits, country) : 'needs_country' };
}

/** Reads one digit string, with '+' or without. */
function readDigits(digits: string, country: CountryCode | undefined): ReadOutcome {
  return digits.startsWith('+') ? readInternational(digits) : readNational(digits, country);
}

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
  const region = regionOf(number);
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

/** The reading of national digits in a country the text names, when the plan there accepts them. */
function readInNamed(digits: string, named: CountryCode): Reading | undefined {
  const outcome = readDigits(digits, named);
  if (!('number' in outcome) || !outcome.type || outcome.notes[0]?.code !== 'added_country_code') return undefined;
  return outcome;
}

/** The lengths of the digit groups of a national format ("(61) 3312-7651": 2, 4, 4). */
const groupsOf = (formatted: string): number[] =>
  formatted
    .split(/\D+/)
    .filter((group) => group !== '')
    .map((group) => group.length);

/**
 * Whether the digit groups a text wrote ("(61) 3312-7651") are the ones the reading's country writes:
 * a page groups a number the way its country does, so a grouping no format of the default country has
 * points elsewhere. True when the text wrote no groups to compare.
 */
function groupsFit(found: FoundNumber, reading: Reading): boolean {
  const written = found.groups;
  if (!written || written.length < 2) return true;
  const national = groupsOf(numberFormats(reading.number).national);
  return national.length === written.length && national.every((length, index) => length === written[index]);
}

/**
 * "(62) 31-297-5300" in Indonesia: the default country's own calling code written in parentheses before
 * the number, without '+' (no area code of the country is written so).
 */
function withOwnCallingCode(found: FoundNumber, outcome: ReadOutcome, country: CountryCode | undefined): ReadOutcome {
  if (!country || found.areaWritten === undefined || found.digits.startsWith('+')) return outcome;
  const callingCode = callingCodeOf(country);
  if (found.areaWritten !== callingCode) return outcome;
  const international = validInternational(`+${found.digits}`);
  if (!international || ('number' in outcome && international.number.number === outcome.number.number)) return outcome;
  const how = note(
    'read_country_code_without_plus',
    `Read the leading ${callingCode} as the country code of ${countryName(country)}.`,
  );
  return { ...international, notes: [how, ...international.notes] };
}

/** A reading offered as the other one, with the sentence that names its country. */
function otherReading(reading: Reading): AlternativeReading {
  const region = regionOf(reading.number);
  const { international } = numberFormats(reading.number);
  const name = countryName(region);
  return {
    e164: reading.number.number,
    country: region,
    countryName: name,
    international,
    message: `It could also be ${international} in ${name}.`,
  };
}

/**
 * A national number read in a country the text names ("1300 555 135 (from within Australia)" with India
 * the default): the reading there when the default country cannot hold the digits, or the other reading
 * offered beside a valid one. Numbers written with '+' or an access code are left as read.
 */
function withNamedCountry(found: FoundNumber, outcome: ReadOutcome, named: () => CountryCode[]): ReadOutcome {
  if (found.digits.startsWith('+')) return outcome;
  const valid = 'number' in outcome && outcome.type !== undefined;
  if (valid && (outcome.alternative || outcome.notes[0]?.code !== 'added_country_code')) return outcome;
  for (const country of named()) {
    const there = readInNamed(found.digits, country);
    if (!there || ('number' in outcome && there.number.number === outcome.number.number)) continue;
    const name = countryName(country);
    const { international } = numberFormats(there.number);
    if (valid && !groupsFit(found, outcome) && groupsFit(found, there)) {
      const how = note(
        'country_named_in_text',
        `Read as a number of ${name}, which the text names: it is grouped as ${name} groups its numbers, not as your default country does.`,
      );
      return { ...there, notes: [how, ...there.notes.slice(1)], alternative: otherReading(outcome), confirm: true };
    }
    if (!valid) {
      const how = note(
        'country_named_in_text',
        `Read as a number of ${name}, which the text names: it is not valid in your default country.`,
      );
      return { ...there, notes: [how, ...there.notes.slice(1)], confirm: true };
    }
    const message = `It could also be ${international} in ${name}, which the text names.`;
    const alternative: AlternativeReading = {
      e164: there.number.number,
      country,
      countryName: name,
      international,
      message,
    };
    return { ...outcome, notes: [...outcome.notes, note('country_named_in_text', message)], alternative };
  }
  return outcome;
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
  // A country the text wrote a number of internationally is named by the text, too.
  const written: CountryCode[] = [];
  for (const found of founds) {
    const outcome = readingsOf(found, country, () => [...named(found), ...written]);
    if ('error' in outcome) {
      firstError ??= { code: outcome.error, ...(outcome.reason ? { reason: outcome.reason } : {}) };
      continue;
    }
    for (const read of Array.isArray(outcome) ? outcome : [outcome]) {
      if (found.bare && amongText && !bareButPlausible(found, read, country)) continue;
      const reading = toReading(found, read);
      const region = toCountryCode(reading.country);
      if (region && region !== country && !written.includes(region) && !reading.notes.some(isNational))
        written.push(region);
      each(found, reading);
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
  const named = (): CountryCode[] => (namedCountries ??= countriesNamedIn(text).filter((named) => named !== country));
  const firstError = readFoundNumbers(founds, country, named, (_found, reading) => {
    const seen = readings.some((r) => r.e164 === reading.e164 && r.extension === reading.extension);
    if (!seen) readings.push(reading);
  });
  // Among valid numbers, digits no plan accepts are not offered: "dial 1-800-135-6937" beside real numbers.
  const valid = readings.filter((reading) => reading.type !== undefined);
  const offered = valid.length > 0 && founds.length > 1 ? valid : readings;
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
