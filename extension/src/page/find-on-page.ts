import { parsePhone } from '../../../electron/core/phone/parse.js';
import type { NumberReading } from '../../../electron/core/phone/types.js';

/** One number written in a text, with where it is (offsets into that text) and how softdial reads it. */
export interface PageNumber {
  start: number;
  end: number;
  text: string;
  reading: NumberReading;
}

/**
 * A phone-shaped run: an optional '+' or '(', a digit, then digits and the separators numbers are
 * written with, ending on a digit (at least 7 characters, so "2026" or "12:30" are never candidates).
 */
const RUN = /(?<![\w+])[+(]?\d[\d ().\-/\u00a0]{5,22}\d(?![\w])/g;

/**
 * Every valid number of one text, with offsets. The adapter the page walker calls: the reader's
 * streaming long-text finder (NumberScanner, from the numbers work) replaces its body when it lands on
 * main; until then each phone-shaped run is read by the same parsePhone the app uses, and only numbers a
 * numbering plan accepts (a known type, no date, no postal code shape) are kept.
 */
export function findOnPage(text: string, defaultCountry: string | undefined): PageNumber[] {
  const found: PageNumber[] = [];
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    const result = parsePhone(run, { defaultCountry });
    if (!result.ok || result.type === undefined || result.readings.length !== 1) continue;
    found.push({ start: match.index, end: match.index + run.length, text: run, reading: result });
  }
  return found;
}
