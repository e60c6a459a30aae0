import { AsYouType } from 'libphonenumber-js/max';
import { foldText } from './fold-text.js';
import { toCountryCode } from './numbering-plan.js';

/** The dial pad's field after formatting: the text to show and where the caret goes. */
export interface FormattedInput {
  text: string;
  caret: number;
  country?: string;
}

const MAX_TYPED = 64;
/**
 * Digits followed by keypad letters, glued or joined by "-", "." or ")" ("1800flowers", "1 (800)FLOW"): a vanity
 * number. Each repeated part starts with its separator, so a run of letters has one reading (a `[-.]?` there
 * gave every split of the run a try: 30 letters took seconds).
 */
const VANITY_TYPED = /^\+?[\d\s().\-/]*\d[-.)]?[A-Za-z][A-Za-z\d]*(?:[-.][A-Za-z\d]+)*$/;

/** Counts the characters that carry meaning (digits and a leading '+') in the first `end` characters. */
function meaningfulBefore(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end && i < text.length; i++) {
    const char = text[i] ?? '';
    if ((char >= '0' && char <= '9') || (char === '+' && count === 0)) count++;
  }
  return count;
}

/** The index in `formatted` just after its `count`-th meaningful character. */
function caretAfter(formatted: string, count: number): number {
  if (count === 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    const char = formatted[i] ?? '';
    if ((char >= '0' && char <= '9') || char === '+') seen++;
    if (seen === count) return i + 1;
  }
  return formatted.length;
}

/**
 * Formats a partly typed number for the dial pad (pure and cheap, run on every keystroke) and keeps
 * the caret after the same digit it was after, so editing in the middle never jumps.
 */
export function formatAsYouType(text: string, caret: number, defaultCountry?: string): FormattedInput {
  const folded = foldText(text.slice(0, MAX_TYPED));
  // Vanity letters typed key by key stay, in capitals, which is how parsing reads letters as keypad digits.
  if (VANITY_TYPED.test(folded)) return { text: text.replace(/[a-z]/g, (letter) => letter.toUpperCase()), caret };
  // Letters, or a written "(0)", are a paste to read as it is, not digits to lay out again.
  if (/[^\d\s+().\-/]/.test(folded) || /\(\s*0\s*\)/.test(folded)) return { text, caret };
  const digitsBefore = meaningfulBefore(folded, caret);
  const country = toCountryCode(defaultCountry);
  const formatter = new AsYouType(country ? { defaultCountry: country } : undefined);
  const digits = folded.replace(/[^\d+]/g, '');
  const formatted = formatter.input(digits);
  // No layout known for these digits: keep the separators the person wrote rather than run them together.
  if (formatted === digits && folded !== digits) return { text, caret };
  const detected = formatter.getCountry();
  return { text: formatted, caret: caretAfter(formatted, digitsBefore), ...(detected ? { country: detected } : {}) };
}
