import { leadingDigitsOfCallingCode } from './compiled-plan.js';
import type { NumberParts } from './compiled-plan.js';
import { t } from '../../shared/i18n/language.js';

const NANP = '1';
const NANP_LENGTH = 10;

/**
 * Why a number cannot exist under its numbering plan's structure (not merely outside today's ranges,
 * which stale metadata may not list yet): only zeros, a North American area code starting with 0 or 1,
 * or a first digit with which no number of any country of that calling code begins.
 */
export function impossibility(number: NumberParts): string | undefined {
  const { countryCallingCode: code, nationalNumber: national } = number;
  if (/^0+$/.test(national)) return t('phone.impossible.only_zeros');
  if (code === NANP && national.length === NANP_LENGTH && /^[01]/.test(national))
    return t('phone.impossible.nanp_area_code', { areaCode: national.slice(0, 3) });
  const first = national[0] ?? '';
  if (!leadingDigitsOfCallingCode(code).has(first))
    return t('phone.impossible.first_digit', { callingCode: `+${code}`, digit: first });
  return undefined;
}
