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

/** Whether an offered number is one of the text's short codes read with its country code. */
function isShortCode(offered: string, snippet: RealPageSnippet): boolean {
  const digits = digitsOf(offered);
  return (snippet.shortCodes ?? []).some((code) => {
    const short = digitsOf(code);
    return digits.endsWith(short) && digits.length - short.length <= MAX_CALLING_CODE;
  });
}

/** Whether an offered number holds the digits of one of the text's non-numbers (a postal code, a date…). */
function isNonNumber(offered: string, snippet: RealPageSnippet): boolean {
  const digits = digitsOf(offered);
  return (snippet.notNumbers ?? [])
    .map(digitsOf)
    .some((piece) => piece.length >= MIN_NON_NUMBER_DIGITS && digits.includes(piece));
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
