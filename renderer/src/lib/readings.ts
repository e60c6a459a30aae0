import { readNumber } from '../../../electron/core/phone/read-number.js';
import type { PhoneResult } from '../../../electron/core/phone/types.js';

/** Enough digits for the box's text to be read as a number rather than a name. */
const DIGITS_FOR_A_NUMBER = 3;

/** Whether the box holds (the start of) a number rather than a name. */
export function looksLikeNumber(text: string): boolean {
  return (text.match(/\d/g)?.length ?? 0) >= DIGITS_FOR_A_NUMBER || /^\s*(\+|tel:|callto:|sip:)/i.test(text);
}

/**
 * The box's reading, worked out in the window itself by the same pure phone module the core uses, so it
 * is painted in the frame the key or paste lands in (the core reads the text again when it dials).
 */
export function readingOf(text: string, defaultCountry: string | undefined): PhoneResult | null {
  return looksLikeNumber(text) ? readNumber(text, { defaultCountry }) : null;
}
