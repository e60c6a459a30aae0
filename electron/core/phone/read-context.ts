import type { CountryCode } from 'libphonenumber-js/max';
import { numberFormats, regionOfNumber } from './compiled-plan.js';
import type { FoundNumber } from './find-number.js';
import { callingCodeOf, countryName } from './numbering-plan.js';
import { readDigits, validInternational } from './read-digits.js';
import { note } from './reading.js';
import type { ReadOutcome, Reading } from './reading.js';
import type { AlternativeReading } from './types.js';
import { t } from '../../shared/i18n/language.js';

// What the rest of a text says about one of its numbers: the countries it names, the grouping it wrote.

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
  const written = found.written === undefined ? [] : groupsOf(found.written);
  if (written.length < 2) return true;
  const national = groupsOf(numberFormats(reading.number).national);
  return national.length === written.length && national.every((length, index) => length === written[index]);
}

/**
 * "(62) 31-297-5300" in Indonesia: the default country's own calling code written in parentheses before
 * the number, without '+' (no area code of the country is written so).
 */
export function withOwnCallingCode(
  found: FoundNumber,
  outcome: ReadOutcome,
  country: CountryCode | undefined,
): ReadOutcome {
  if (!country || found.areaWritten === undefined || found.digits.startsWith('+')) return outcome;
  const callingCode = callingCodeOf(country);
  if (found.areaWritten !== callingCode) return outcome;
  const international = validInternational(`+${found.digits}`);
  if (!international || ('number' in outcome && international.number.number === outcome.number.number)) return outcome;
  const how = note(
    'read_country_code_without_plus',
    t('phone.note.read_country_code_without_plus', { callingCode, country: countryName(country) }),
  );
  return { ...international, notes: [how, ...international.notes] };
}

/** A reading offered as the other one, with the sentence that names its country. */
function otherReading(reading: Reading): AlternativeReading {
  const region = regionOfNumber(reading.number);
  const { international } = numberFormats(reading.number);
  const name = countryName(region);
  return {
    e164: reading.number.number,
    country: region,
    countryName: name,
    international,
    message: t('phone.alternative', { international, country: name }),
  };
}

/**
 * A national number read in a country the text names ("1300 555 135 (from within Australia)" with India
 * the default): the reading there when the default country cannot hold the digits, or the other reading
 * offered beside a valid one. Numbers written with '+' or an access code are left as read.
 */
export function withNamedCountry(found: FoundNumber, outcome: ReadOutcome, named: () => CountryCode[]): ReadOutcome {
  if (found.digits.startsWith('+')) return outcome;
  const valid = 'number' in outcome && outcome.type !== undefined;
  if (valid && (outcome.alternative || outcome.notes[0]?.code !== 'added_country_code')) return outcome;
  for (const country of named()) {
    const there = readInNamed(found.digits, country);
    if (!there || ('number' in outcome && there.number.number === outcome.number.number)) continue;
    const name = countryName(country);
    const { international } = numberFormats(there.number);
    if (valid && !groupsFit(found, outcome) && groupsFit(found, there)) {
      const how = note('country_named_in_text', t('phone.note.country_named_grouped', { country: name }));
      return { ...there, notes: [how, ...there.notes.slice(1)], alternative: otherReading(outcome), confirm: true };
    }
    if (!valid) {
      const how = note('country_named_in_text', t('phone.note.country_named_not_valid', { country: name }));
      return { ...there, notes: [how, ...there.notes.slice(1)], confirm: true };
    }
    const message = t('phone.alternative_named', { international, country: name });
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
