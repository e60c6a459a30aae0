import { foldText } from './fold-text.js';
import { countryName, toCountryCode } from './numbering-plan.js';
import { classify, LONGEST_SHORT_NUMBER } from './short-numbers.js';
import type { ShortNumberKind } from './short-numbers.js';
import type { ParsedPhone } from './types.js';
import { t } from '../../shared/i18n/language.js';

/** A text that is nothing but a few digits, spaced or in a tel:/callto: link ("112", "1 1 8 1 1 8", "tel:911"). */
const SHORT_TEXT = /^(?:(?:tel|callto):)?[\d\s().-]+$/i;

/** The digits of a text that holds only a short number, else undefined. */
export function shortDigits(text: string): string | undefined {
  const folded = foldText(text).trim();
  if (!SHORT_TEXT.test(folded)) return undefined;
  const digits = folded.replace(/\D/g, '');
  return digits.length >= 2 && digits.length <= LONGEST_SHORT_NUMBER ? digits : undefined;
}

/** The note on a short number, in the current language, naming the default country when there is one. */
function shortNote(kind: ShortNumberKind, digits: string, country: string | undefined): string {
  const values = { digits, hasCountry: country ? 'yes' : 'no', country: country ?? '' };
  return kind === 'EMERGENCY' ? t('phone.note.short_emergency', values) : t('phone.note.short_code', values);
}

/**
 * The reading of a text that is a short number of the default country (an emergency number, or another short
 * code), with the note that says so; undefined for any other text. Its "e164" is the digits as dialled, since
 * short numbers have no international form; it always asks for a look, and the dialer never dials EMERGENCY.
 */
export function readShortNumber(text: string, defaultCountry: string | undefined): ParsedPhone | undefined {
  const digits = shortDigits(text);
  const country = toCountryCode(defaultCountry);
  const kind = digits === undefined ? undefined : classify(digits, country);
  if (digits === undefined || kind === undefined) return undefined;
  const name = country ? countryName(country) : t('phone.country.non_geographic');
  const reading = {
    e164: digits,
    country: country ?? '001',
    countryName: name,
    national: digits,
    international: digits,
    type: kind,
    notes: [{ code: 'short_number' as const, message: shortNote(kind, digits, country ? name : undefined) }],
    confirm: true,
  };
  return { ...reading, ok: true, input: text, readings: [reading] };
}
