import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
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
import { impossibility } from './impossible.js';
import { callingCodeOf, countryName, leadingCallingCode } from './numbering-plan.js';
import { note } from './reading.js';
import type { ReadOutcome, Reading, Typed } from './reading.js';
import { retiredNationalPrefix, retiredPrefixAfterCallingCode } from './retired-prefixes.js';
import type { AlternativeReading, PhoneErrorCode, PhoneNote } from './types.js';
import { currentLanguage, t } from '../../shared/i18n/language.js';

// Reads one string of digits (with '+' or without) under the numbering plans: the country code, a trunk,
// retired or foreign access prefix, and the notes that say what was assumed.

/**
 * Foreign international access codes people paste from other countries' listings: most of the world's
 * 00, North America's 011, Australia's 0011, Japan's 010, Russia's 8~10.
 */
const FOREIGN_ACCESS_CODES = ['00', '011', '0011', '010', '810'];
const MIN_DIGITS_FOR_MISSING_PLUS = 8;

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
export function validInternational(digits: string): Reading | undefined {
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
export function readDigits(digits: string, country: CountryCode | undefined): ReadOutcome {
  return digits.startsWith('+') ? readInternational(digits) : readNational(digits, country);
}
