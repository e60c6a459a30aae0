import { parsePhone } from './parse.js';
import { readShortNumber } from './short-reading.js';
import type { ParseOptions, PhoneResult } from './types.js';

/**
 * A text read as a number to dial, the same way in the window's preview, the core's dial, the tray and the
 * CLI: an emergency number is always read as one (so it is refused, even where its digits also make a valid
 * number); another short code is read as one when the digits make no certain ordinary number.
 */
export function readNumber(text: string, options: ParseOptions = {}): PhoneResult {
  const parsed = parsePhone(text, options);
  const short = readShortNumber(text, options.defaultCountry);
  if (short && (short.type === 'EMERGENCY' || !parsed.ok || parsed.confirm)) return short;
  return parsed;
}
