import { lettersToDigits } from '../electron/core/phone/vanity.js';
import type { RealPageSnippet } from '../test/corpus/real-pages/types.js';
import type { TextFinder } from './text-finders.js';

/** How one finder did on the scored snippets of the real-pages corpus. */
export interface RealPagesScore {
  scored: number;
  /** Scored snippets holding at least one number: the ones a first number is judged on. */
  withNumbers: number;
  firstRight: number;
  wholeRight: number;
  /** Numbers offered that are a postal code, date, time, year or other listed non-number of the text. */
  nonNumbers: number;
  /** Other numbers offered that the text does not hold (a wrong reading, a swallowed neighbour). */
  otherWrong: number;
  /** Ids of the scored snippets whose whole list was wrong, for a reader of the figures. */
  wrong: string[];
}

/** The E.164 part of a corpus entry `+E164 Label`. */
export const e164Of = (entry: string): string => entry.split(' ')[0] ?? entry;

const digitsOf = (text: string): string => text.replace(/\D/g, '');
/** A country calling code has at most 3 digits. */
const MAX_CALLING_CODE = 3;
/** A non-number of fewer digits (a house number, "14") says nothing about where an offered number came from. */
const MIN_NON_NUMBER_DIGITS = 3;
/** The national part of an offered number found inside a non-number's text must be this long to blame it. */
const MIN_NATIONAL_DIGITS = 5;

/** A non-number's digits as a finder may have read them, letters on the keypad ("8:30 AM-12" is 830 26 12). */
const keypadDigitsOf = (text: string): string =>
  text.replace(/[^0-9A-Za-z]/g, '').replace(/[A-Za-z]/g, (letter) => lettersToDigits(letter));

/** Whether an offered number is one of the text's short codes read with its country code. */
function isShortCode(offered: string, snippet: RealPageSnippet): boolean {
  const digits = digitsOf(offered);
  return (snippet.shortCodes ?? []).some((code) => {
    const short = digitsOf(code);
    return digits.endsWith(short) && digits.length - short.length <= MAX_CALLING_CODE;
  });
}

/**
 * Whether an offered number was read from one of the text's non-numbers (a postal code, a date…): it holds
 * the non-number's digits, or its national part (after a calling code of 1 to 3 digits) lies inside them.
 */
function isNonNumber(offered: string, snippet: RealPageSnippet): boolean {
  const digits = digitsOf(offered);
  const nationalParts = [1, 2, 3]
    .map((length) => digits.slice(length))
    .filter((part) => part.length >= MIN_NATIONAL_DIGITS);
  return (snippet.notNumbers ?? []).some((piece) => {
    const pieceDigits = digitsOf(piece);
    const keypad = keypadDigitsOf(piece);
    return (
      (pieceDigits.length >= MIN_NON_NUMBER_DIGITS && digits.includes(pieceDigits)) ||
      nationalParts.some((part) => keypad.includes(part))
    );
  });
}

/** Scores a finder on the corpus: the first number, the whole list (in order, each once) and what it offered wrongly. */
export function scoreRealPages(finder: TextFinder, snippets: readonly RealPageSnippet[]): RealPagesScore {
  const score: RealPagesScore = {
    scored: 0,
    withNumbers: 0,
    firstRight: 0,
    wholeRight: 0,
    nonNumbers: 0,
    otherWrong: 0,
    wrong: [],
  };
  for (const snippet of snippets) {
    if (snippet.ambiguous !== undefined) continue;
    score.scored++;
    const expected = snippet.numbers.map(e164Of);
    const offered = finder(snippet.text, snippet.country).filter((number) => !isShortCode(number, snippet));
    if (expected.length > 0) {
      score.withNumbers++;
      if (offered[0] === expected[0]) score.firstRight++;
    }
    if (offered.length === expected.length && offered.every((number, index) => number === expected[index]))
      score.wholeRight++;
    else score.wrong.push(snippet.id);
    for (const number of offered.filter((number) => !expected.includes(number))) {
      if (isNonNumber(number, snippet)) score.nonNumbers++;
      else score.otherWrong++;
    }
  }
  return score;
}

/** A count as a percentage of its whole, one decimal. */
export const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
