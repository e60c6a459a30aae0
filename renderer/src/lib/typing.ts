import { formatAsYouType } from '../../../electron/core/phone/as-you-type.js';
import type { FormattedInput } from '../../../electron/core/phone/as-you-type.js';
import { parsePhone } from '../../../electron/core/phone/parse.js';

/** The characters that carry a number's meaning, in order: digits (any script, folded) and a '+'. */
const meaning = (text: string): string => text.normalize('NFKC').replace(/[^\d+]/g, '');

/** Whether a layout is certain: an international number, or a valid number of the default country itself. */
function certain(formatted: string, country: string | undefined): boolean {
  if (formatted.trimStart().startsWith('+')) return true;
  const reading = parsePhone(formatted, { defaultCountry: country });
  return reading.ok && !reading.confirm && reading.country === country && reading.readings.length === 1;
}

/**
 * The box's text after a keystroke: laid out as you type only when the layout keeps the agent's digits in their
 * order and its shape is certain; a paste, an impossible, incomplete or local number stays exactly as written.
 */
export function formatTyped(
  value: string,
  caret: number,
  country: string | undefined,
  pasted: boolean,
): FormattedInput {
  if (pasted) return { text: value, caret };
  const formatted = formatAsYouType(value, caret, country);
  if (formatted.text === value || formatted.text === value.toUpperCase()) return formatted;
  return meaning(formatted.text) === meaning(value) && certain(formatted.text, country)
    ? formatted
    : { text: value, caret };
}
