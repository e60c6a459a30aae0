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
import { impossibility } from './impossible.js';
import { retiredNationalPrefix, retiredPrefixAfterCallingCode } from './retired-prefixes.js';
import type { FindFailure, FoundNumber } from './find-number.js';
import { callingCodeOf, countryName, leadingCallingCode, toCountryCode } from './numbering-plan.js';
import { currentLanguage, t } from '../../shared/i18n/language.js';
import type {
  AlternativeReading,
  NumberReading,
  ParseOptions,
  PhoneErrorCode,
  PhoneNote,
  PhoneResult,
} from './types.js';

/** Foreign international access codes people paste from other countries' listings. */
const FOREIGN_ACCESS_CODES = ['00', '011'];
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
      ? t('phone.note.dropped_trunk_prefix', { trunk: dropped, callingCode: `+${callingCode}` })
      : t('phone.note.read_as_national', {
          written: written.slice(0, written.length - typed.number.nationalNumber.length + 1),
          country: countryName(regionOf(typed.number)),
          number: `+${callingCode} ${typed.number.nationalNumber}`,
        });
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
        t('phone.note.dropped_trunk_prefix', { trunk, callingCode: `+${number.countryCallingCode}` }),
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
        t('phone.note.read_missing_plus', {
          callingCode: `+${number.countryCallingCode}`,
          country: countryName(regionOf(number)),
        }),
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
        t('phone.note.read_foreign_access_code', {
          accessCode: code,
          callingCode: `+${number.countryCallingCode}`,
          country: countryName(regionOf(number)),
        }),
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
    return note(
      'read_international_prefix',
      t('phone.note.read_international_prefix', { accessCode: access, country: name }),
    );
  }
  if (digits === number.countryCallingCode + number.nationalNumber && digits.length > number.nationalNumber.length) {
    const prefix = nationalPrefix(country);
    if (!prefix || !digits.startsWith(prefix)) {
      return note(
        'read_country_code_without_plus',
        t('phone.note.read_country_code_without_plus', { callingCode: number.countryCallingCode, country: name }),
      );
    }
  }
  return addedCountryNote(country, name);
}

const addedCountryNotes = new Map<string, PhoneNote>();

/** The note on a national number read with the default country, made once per country and language: most numbers carry it. */
function addedCountryNote(country: CountryCode, name: string): PhoneNote {
  const key = `${currentLanguage()}:${country}`;
  let known = addedCountryNotes.get(key);
  if (!known) {
    known = Object.freeze(
      note(
        'added_country_code',
        t('phone.note.added_country_code', { callingCode: `+${callingCodeOf(country)}`, country: name }),
      ),
    );
    addedCountryNotes.set(key, known);
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
      message: t('phone.alternative', { international, country: countryName(region) }),
    };
    notes.push(note('ambiguous', t('phone.note.ambiguous_national', { country: countryName(country), international })));
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
      notes: [...first.notes, note('ambiguous', t('phone.note.ambiguous_countries'))],
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
interface Refusal {
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
  const region = regionOf(number);
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

/** Reads each found number; keeps the readable ones (once each) and the first refusal. */
function readAll(
  founds: FoundNumber[],
  country: CountryCode | undefined,
): { readings: NumberReading[]; firstError?: Refusal } {
  const readings: NumberReading[] = [];
  let firstError: Refusal | undefined;
  for (const found of founds) {
    const outcome = readFound(found, country);
    if ('error' in outcome) {
      firstError ??= { code: outcome.error, ...(outcome.reason ? { reason: outcome.reason } : {}) };
      continue;
    }
    const reading = toReading(found, outcome);
    const seen = readings.some((r) => r.e164 === reading.e164 && r.extension === reading.extension);
    if (!seen) readings.push(reading);
  }
  return { readings, ...(firstError ? { firstError } : {}) };
}

/** The note on the chosen number of a paste that holds others. */
function moreNumbersNote(others: number, first: boolean): PhoneNote {
  return note('more_numbers', t('phone.note.more_numbers', { count: others, valid: first ? 'no' : 'yes' }));
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
  const { readings, firstError } = readAll(founds, country);
  const index = Math.max(
    0,
    readings.findIndex((reading) => reading.type !== undefined),
  );
  const chosen = readings[index];
  if (!chosen) return failure(input, firstError?.code ?? 'no_digits', firstError?.reason);
  const others = readings.length - 1;
  return {
    ok: true,
    input,
    ...chosen,
    notes: others > 0 ? [...chosen.notes, moreNumbersNote(others, index === 0)] : chosen.notes,
    confirm: chosen.confirm || others > 0,
    readings,
  };
}
