import { findNumbersInChunk } from './find-number.js';
import type { FoundNumber } from './find-number.js';
import { foldKeepingOffsets } from './fold-text.js';
import { CarriedLabel } from './label.js';
import { countriesNamedIn } from './named-country.js';
import { toCountryCode } from './numbering-plan.js';
import { readFoundNumbers } from './parse.js';
import type { NumberReading } from './types.js';

/** One valid number of a long text: where it is written (offsets into everything fed so far) and how it reads. */
export interface ScannedNumber extends NumberReading {
  /** Offset of the number's first character, counted from the start of the first chunk. */
  start: number;
  /** Offset just after the number (and its extension). */
  end: number;
}

/** What a scanner reads with: the country national numbers belong to (ISO 3166 alpha-2). */
export interface ScanOptions {
  defaultCountry?: string | undefined;
}

/** Beyond this many characters without a safe place to cut, the scanner cuts at the last line break anyway. */
const MAX_HELD = 1 << 16;

/** The line of `text` around `start`, where a number's country may be named ("… (from within Australia)"). */
function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

/**
 * Where a chunk may be cut so no number is split: after the last line break that is followed by a
 * non-digit and not preceded by a dash (a number may go on over such a break), or -1 when there is none.
 */
function safeCut(text: string): number {
  for (let at = text.lastIndexOf('\n'); at > 0; at = text.lastIndexOf('\n', at - 1)) {
    const next = text.charCodeAt(at + 1);
    const isDigit = next >= 48 && next <= 57;
    if (at + 1 < text.length && !isDigit && text[at - 1] !== '-' && text[at - 1] !== '+') return at + 1;
    if (text.length - at > MAX_HELD) return at + 1;
  }
  return -1;
}

/**
 * Finds every phone number of a long text fed in chunks (a page, a CRM table), each with its offsets and
 * reading, with no cap on their count, in time linear in the text: for the browser extension's page
 * scanner. Pure: no Node, no DOM. Feed chunks with `push`, then call `end` for the numbers of the rest.
 */
export class NumberScanner {
  private held = '';
  private offset = 0;
  private readonly labels = new CarriedLabel();
  private readonly country;

  constructor(options: ScanOptions = {}) {
    this.country = toCountryCode(options.defaultCountry);
  }

  /** Takes the next chunk of text; returns the numbers that can no longer change with what follows. */
  push(chunk: string): ScannedNumber[] {
    this.held += chunk;
    const cut = safeCut(this.held);
    if (cut <= 0) return this.held.length > MAX_HELD ? this.flush(this.held.length) : [];
    return this.flush(cut);
  }

  /** Ends the text; returns the numbers of what was held back. */
  end(): ScannedNumber[] {
    return this.flush(this.held.length);
  }

  /** Reads the held text up to `cut` and keeps the rest for the next chunk. */
  private flush(cut: number): ScannedNumber[] {
    const text = foldKeepingOffsets(this.held.slice(0, cut));
    const base = this.offset;
    this.held = this.held.slice(cut);
    this.offset += cut;
    const scanned: ScannedNumber[] = [];
    const named = (found: FoundNumber) =>
      countriesNamedIn(lineAround(text, found.start, found.end)).filter((named) => named !== this.country);
    const mark = (found: FoundNumber, reading: NumberReading): void => {
      // A page is full of digits: only numbers a plan accepts are marked.
      if (reading.type !== undefined) scanned.push({ ...reading, start: base + found.start, end: base + found.end });
    };
    readFoundNumbers(findNumbersInChunk(text, this.labels), this.country, named, mark, true);
    return scanned;
  }
}

/** Every phone number of a whole text with its offsets: a scanner fed the text in one chunk. */
export function scanNumbers(text: string, options: ScanOptions = {}): ScannedNumber[] {
  const scanner = new NumberScanner(options);
  return [...scanner.push(text), ...scanner.end()];
}
