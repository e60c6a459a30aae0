import { scanNumbers } from '../../../electron/core/phone/number-scanner.js';
import type { NumberReading } from '../../../electron/core/phone/types.js';

/** One number written in a text, with where it is (offsets into that text) and how softdial reads it. */
export interface PageNumber {
  start: number;
  end: number;
  text: string;
  reading: NumberReading;
}

/**
 * Every valid number of one text node, with offsets: the reader's long-text finder (the same reading
 * the app makes, only numbers a numbering plan accepts), in the shape the page's marks need.
 */
export function findOnPage(text: string, defaultCountry: string | undefined): PageNumber[] {
  return scanNumbers(text, { defaultCountry }).map((found) => ({
    start: found.start,
    end: found.end,
    text: text.slice(found.start, found.end),
    reading: found,
  }));
}
