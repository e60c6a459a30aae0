import { EXTENSION_AFTER, EXTENSION_WORDS } from './extension-words.js';
import { blankEmails, isEmailAddress } from './find-email.js';
import { CarriedLabel, labelBefore, namesAPhone } from './label.js';
import { leadingReference, notANumber } from './not-a-number.js';
import { continuation, shorthandInRun } from './shorthand-list.js';
import type { Shorthand } from './shorthand-list.js';
import { lettersToDigits } from './vanity.js';
import type { WorkMeter } from './work-meter.js';
import { NO_METER } from './work-meter.js';

/** Where one number came from and what was done to find it: the raw material for the notes. */
export interface FoundNumber {
  /** ASCII digits, with a leading '+' when the text wrote the number internationally. */
  digits: string;
  /** Shorter digit strings to try when the run may have swallowed digits of the surrounding text. */
  shorter: string[];
  extension?: string;
  /** The word the text put before the number ("Tel", "Fax", "Mobile"), for a chooser. */
  label?: string;
  link?: string;
  phoneContext?: string;
  vanity?: { letters: string; digits: string };
  surroundingText: boolean;
  /** Written as bare digits (no '+', no grouping, no label): a number only when the plan accepts its length. */
  bare?: boolean;
  /** More numbers the text wrote in shorthand after this one ("/26", "or 2293", "to 73"). */
  shorthand?: Shorthand;
  /** The digits written in parentheses at the start of a national number ("61" of "(61) 3312-7651"): its area code. */
  areaWritten?: string;
  /** The run as written ("(61) 3312-7651"), for a number written without '+': its grouping says where it is from. */
  written?: string;
  /** Where the number (with its extension) starts and ends in the text searched. */
  start: number;
  end: number;
}

/** Why no number could be found at all, before any numbering plan is consulted. */
export type FindFailure = 'no_digits' | 'email_address' | 'not_a_phone_link';

/** The URI schemes softdial reads as links; any other word before a colon is a label. */
const LINK = /(?:^|[^a-z0-9+.-])(tel|callto|sips?|phone|facetime|facetime-audio|skype|wtai):(?:\/\/)?([^\s"'<>]*)/i;
/** A date written like 2026-11-27, 27.11.2026 or 27/11/26: never a phone number, even when it comes first. */
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$/;
/** "27.11.2026" is the longest date DATE matches. */
const MAX_DATE_LENGTH = 10;
/** Digits alone (with an optional leading '+'): already the run, nothing to scan. */
const PLAIN_NUMBER = /^\+?\d{3,20}$/;
/** "Tel:020 7946 0958" is a label followed by a spaced number, not a link whose number ends at "020". */
const NUMBER_CONTINUES = /^\s+[+\d(]/;
/** What a link's number part may hold: digits, separators and vanity letters (checked in one linear pass). */
const LINK_NUMBER = /^[+(]?[\d\s().\-/A-Z]*$/;
const MIN_DIGITS_FOR_ANOTHER_NUMBER = 6;
const MIN_DIGITS_FOR_A_NUMBER = 3;
/** E.164 allows 15 digits; a few more cover a trunk prefix or an access code written in. */
const MAX_DIGITS_IN_A_NUMBER = 18;
/** A chooser of more than this many numbers helps nobody; the rest of a long paste is not read. */
export const MAX_NUMBERS = 20;
/** Characters after a number in which its extension must start and end. */
const EXTENSION_WINDOW = 40;
/** Vanity letters need this many digits before them ("1800FLOWERS", "1-800-GO"), so "10AM" and "8:30 AM-12" stay text. */
const MIN_DIGITS_BEFORE_GLUED_LETTERS = 3;
const MIN_GLUED_LETTERS = 3;

interface Run {
  start: number;
  end: number;
  digits: string;
  /** Digit counts at each whitespace boundary inside the run, for trimming swallowed text. */
  cuts: number[];
  /** The run is written like a date, so it is never taken for a number. */
  isDate: boolean;
  /** Written with a '+' or with separators between digit groups, the way numbers are written. */
  grouped: boolean;
  vanity?: { letters: string; digits: string };
}

/** How many digits a run holds, not counting its leading '+'. */
const digitCount = (digits: string): number => (digits.startsWith('+') ? digits.length - 1 : digits.length);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const CODE_0 = 48;
const CODE_9 = 57;
/** Whether the character at `i` is 0-9 (by code, the hot loop of the scan). */
const isDigitAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code >= CODE_0 && code <= CODE_9;
};
/** Whether the character at `i` may sit between the digit groups of a number: ' ', tab, . - / ( ) [ ] ~ ("8~10"). */
const isSeparatorAt = (text: string, i: number): boolean => {
  switch (text[i]) {
    case ' ':
    case '\t':
    case '.':
    case '-':
    case '/':
    case '(':
    case ')':
    case '[':
    case ']':
    case '~':
      return true;
    default:
      return false;
  }
};
/**
 * "+603⏎8787 4212", "254-20-⏎374920": a run that opened with '+' or '(' and holds no more than a country
 * and area code, or that ends with a dash, goes on past a line break.
 */
const MAX_DIGITS_BEFORE_A_BREAK = 5;

/** Where digits resume on the next line when only spaces and one line break follow `i`, else undefined. */
function lineBreakAt(text: string, i: number): number | undefined {
  let j = i;
  while (text[j] === ' ') j++;
  if (text[j] !== '\n') return undefined;
  j++;
  while (text[j] === ' ') j++;
  return isDigitAt(text, j) ? j : undefined;
}
const isUpper = (char: string | undefined): boolean => char !== undefined && char >= 'A' && char <= 'Z';
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** A letter, digit or '_' of any script (ASCII decided without the Unicode regex, which costs more). */
const isWordChar = (char: string | undefined): boolean => {
  if (char === undefined) return false;
  if (char < '\u0080')
    return (char >= '0' && char <= '9') || (char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z') || char === '_';
  return WORD_CHAR.test(char);
};

/**
 * Vanity letters continuing a number at `i`: upper case, two or more, joined by '-' or '.' (or by a
 * space when a '-' or '.' follows, as in "800 MY-APPLE"), or glued to enough digits ("1800FLOWERS", or
 * "1 (800)FLOWERS" as the dial pad lays it out when typed key by key), and not an extension word like "EXT".
 */
function vanityLettersAt(
  text: string,
  i: number,
  separator: string,
  digitsSoFar: number,
  meter: WorkMeter,
): string | undefined {
  if (!isUpper(text[i])) return undefined;
  let j = i;
  while (isUpper(text[j])) j++;
  meter.steps += j - i;
  const letters = text.slice(i, j);
  if (letters.length < 2 || EXTENSION_WORDS.has(letters.toLowerCase()) || isWordChar(text[j])) return undefined;
  const joined =
    digitsSoFar >= MIN_DIGITS_BEFORE_GLUED_LETTERS &&
    (/[-.]/.test(separator) || (separator === ' ' && /[-.]/.test(text[j] ?? '')));
  const glued =
    (separator === '' || separator === ')') &&
    digitsSoFar >= MIN_DIGITS_BEFORE_GLUED_LETTERS &&
    letters.length >= MIN_GLUED_LETTERS;
  return joined || glued ? letters : undefined;
}

/** Scans one run of digits, separators and vanity letters starting at `start`, if one starts there. */
function scanRun(text: string, start: number, meter: WorkMeter): Run | undefined {
  if (isWordChar(text[start - 1])) return undefined;
  let i = start;
  let plus = false;
  if (text[i] === '(') i++;
  if (text[i] === ' ' && i > start) i++;
  if (text[i] === '+') {
    plus = true;
    i++;
    if (text[i] === ' ' || text[i] === '(') i++;
  }
  if (!isDigit(text[i])) return undefined;
  const opened = plus || i > start;
  let digits = plus ? '+' : '';
  const cuts: number[] = [];
  let vanity: Run['vanity'];
  let grouped = false;
  let end = i;
  for (;;) {
    const from = i;
    while (isDigitAt(text, i)) i++;
    digits += text.slice(from, i);
    end = i;
    const separatorStart = i;
    while (i - separatorStart < 3 && isSeparatorAt(text, i)) i++;
    const separator = text.slice(separatorStart, i);
    meter.steps += i - from;
    if (isDigit(text[i])) {
      if (separator.includes(' ') || separator.includes('\t')) cuts.push(digitCount(digits));
      grouped = true;
      continue;
    }
    const broken = separator.endsWith('-') || (opened && digitCount(digits) <= MAX_DIGITS_BEFORE_A_BREAK);
    const nextLine = broken ? lineBreakAt(text, i) : undefined;
    if (nextLine !== undefined) {
      i = nextLine;
      grouped = true;
      continue;
    }
    const letters = vanityLettersAt(text, i, separator, digitCount(digits), meter);
    if (letters) {
      const letterDigits = lettersToDigits(letters);
      vanity = {
        letters: (vanity ? `${vanity.letters}-` : '') + letters,
        digits: (vanity?.digits ?? '') + letterDigits,
      };
      digits += letterDigits;
      i += letters.length;
      continue;
    }
    break;
  }
  const isDate = end - start <= MAX_DATE_LENGTH && DATE.test(text.slice(start, end));
  const run: Run = { start, end, digits, cuts, isDate, grouped: grouped || plus };
  if (vanity) run.vanity = vanity;
  return run;
}

/** Where a run's first group ends, when a space separates it from the rest ("94043" of "94043 (650) 253-0000"). */
function firstGroupEndOf(text: string, run: Run): number | undefined {
  if (run.cuts.length === 0) return undefined;
  for (let i = run.start; i < run.end; i++) if (text[i] === ' ' || text[i] === '\t') return i;
  return undefined;
}

/** All runs of a phone-number shape in the text, in order; a leading group the text shows is a reference is left out. */
function scanRuns(text: string, meter: WorkMeter): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    meter.steps++;
    const char = text[i];
    if (!isDigitAt(text, i) && char !== '+' && char !== '(') continue;
    const run = scanRun(text, i, meter);
    if (!run) continue;
    const firstGroupEnd = firstGroupEndOf(text, run);
    if (firstGroupEnd !== undefined && leadingReference(text, run.start, firstGroupEnd)) {
      i = firstGroupEnd;
      continue;
    }
    runs.push(run);
    i = run.end;
  }
  return runs;
}

/** Reads the extension written right after a number ("x 12", "ext. 12", "poste 12", ";ext=12", "#12", ",,12"). */
function extensionAfter(text: string, end: number, meter: WorkMeter): { extension: string; end: number } | undefined {
  if (end >= text.length) return undefined;
  const window = text.slice(end, end + EXTENSION_WINDOW);
  meter.steps += window.length;
  // An extension starts with a word, '(', ',', ';', '#' or '*': anything else (digits, '|', a full stop) is not one.
  const first = window.trimStart()[0] ?? '';
  if (first < '\u0080' && !/[a-z,;#*(]/i.test(first)) return undefined;
  const match = EXTENSION_AFTER.exec(window);
  if (!match?.[1]) return undefined;
  return { extension: match[1], end: end + match[0].length };
}

/** Whether a text is blank but for one of `brackets` (the '(' or '+' a run starts with, the ')' it ends with). */
function onlyBracket(text: string, brackets: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || (trimmed.length === 1 && brackets.includes(trimmed));
}

/** Prefixes of the run at its whitespace cuts, longest first, each with enough digits to be a number. */
function shorterForms(run: Run): string[] {
  const plus = run.digits.startsWith('+') ? '+' : '';
  const bare = run.digits.slice(plus.length);
  return run.cuts
    .filter((cut) => cut >= MIN_DIGITS_FOR_ANOTHER_NUMBER && cut <= MAX_DIGITS_IN_A_NUMBER)
    .reverse()
    .map((cut) => plus + bare.slice(0, cut));
}

/** An area code in parentheses at the start of a national number: "(61) 3312-7651", "( 0228 ) 85 57 25". */
const AREA_IN_PARENTHESES = /^\(\s*(\d{1,5})\s*\)/;
/** Characters of context `notANumber` reads around each run (a constant, so the scan stays linear). */
const CONTEXT_STEPS = 56;

/** The number a later run may continue in shorthand ("or 2293"): what was found, and the run as written. */
interface ListHead {
  found: FoundNumber;
  raw: string;
}

/** Adds a run that continues `head` in shorthand to its list; false when the run is a number of its own. */
function continueList(head: ListHead, between: string, raw: string): boolean {
  if (head.found.shorthand?.kind === 'range') return false;
  const digits = head.found.shorthand?.head ?? head.found.digits;
  const more = continuation(digits, head.raw, between, raw);
  if (!more) return false;
  const shorthand: Shorthand = head.found.shorthand ?? { head: digits, kind: 'list', members: [], wholeFirst: false };
  if ('last' in more) {
    if (shorthand.members.length > 0) return false;
    shorthand.kind = 'range';
    shorthand.last = more.last;
  } else shorthand.members.push(more.member);
  head.found.shorthand = shorthand;
  return true;
}

/** How `fromText` reads: a link's number part, or a piece of a longer text a scanner feeds in chunks. */
interface TextOptions {
  link?: string | undefined;
  limit?: number;
  /** The label a label-only line gave the lines under it, carried from the chunk before. */
  labels?: CarriedLabel;
  /** False for a chunk of a longer text: a lone short run there is not a number typed on its own. */
  wholeText?: boolean;
}

/**
 * Every number-shaped run of a text in order, each with its extension, label and any list written in
 * shorthand after it; runs that their context shows are no number (postal codes, hours, years, prices,
 * references, dates) are skipped. At most `limit` numbers.
 */
function fromText(text: string, meter: WorkMeter, options: TextOptions = {}): FoundNumber[] | FindFailure {
  const { link, limit = MAX_NUMBERS, labels = new CarriedLabel() } = options;
  const runs = scanRuns(text, meter);
  if (runs.length === 0) return 'no_digits';
  const only = runs.length === 1 && options.wholeText !== false;
  const found: FoundNumber[] = [];
  const foundRuns: Run[] = [];
  let previousEnd = 0;
  let head: ListHead | undefined;
  for (const run of runs) {
    if (found.length >= limit) break;
    const before = text.slice(previousEnd, run.start);
    const raw = text.slice(run.start, run.end);
    meter.steps += before.length + CONTEXT_STEPS;
    const carried = link ? undefined : labels.after(before, previousEnd === 0 || text[previousEnd - 1] === '\n');
    const notOne = run.isDate || (!link && notANumber(text, run.start, run.end) !== undefined);
    if (head && !notOne && continueList(head, before, raw)) {
      previousEnd = run.end;
      continue;
    }
    const own = link ? undefined : labelBefore(before);
    const label = own ?? carried;
    const minimum = only ? MIN_DIGITS_FOR_A_NUMBER : MIN_DIGITS_FOR_ANOTHER_NUMBER;
    if (run.isDate || notOne || digitCount(run.digits) < minimum) {
      head = undefined;
      continue;
    }
    if (own) labels.replacedBy();
    const extension = extensionAfter(text, run.end, meter);
    const end = extension?.end ?? run.end;
    // Optional fields are set only when present (no spreads: this runs for every run of every paste).
    const number: FoundNumber = {
      digits: run.digits,
      shorter: [],
      surroundingText: !link,
      start: run.start,
      end,
    };
    if (extension) number.extension = extension.extension;
    if (label) number.label = label;
    if (run.vanity) number.vanity = run.vanity;
    if (link) number.link = link;
    if (!run.grouped && !(label && namesAPhone(label))) number.bare = true;
    const area = AREA_IN_PARENTHESES.exec(raw)?.[1];
    if (area) number.areaWritten = area;
    if (!run.digits.startsWith('+') && !run.vanity) number.written = raw;
    const shorthand = shorthandInRun(raw);
    if (shorthand) number.shorthand = shorthand;
    found.push(number);
    foundRuns.push(run);
    head = extension ? undefined : { found: number, raw };
    previousEnd = end;
  }
  markAlone(found, foundRuns, text);
  return found;
}

/**
 * A number that is all the text holds (but for brackets) was not found among other text (no note); the
 * others get the shorter forms to try, in case a run swallowed digits of the text around it.
 */
function markAlone(found: FoundNumber[], runs: Run[], text: string): void {
  const [first] = found;
  if (!first?.surroundingText) return;
  if (found.length === 1 && onlyBracket(text.slice(0, first.start), '(+') && onlyBracket(text.slice(first.end), ')')) {
    first.surroundingText = false;
    return;
  }
  found.forEach((number, index) => {
    const run = runs[index];
    if (run) number.shorter = shorterForms(run);
  });
}

/** Decodes percent-escapes, keeping the raw text when the escapes are malformed. */
function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Reads a tel:, callto:, sip: (or similar) link: the number, `;ext=`, `;phone-context=`, a SIP user part. */
function fromLink(scheme: string, value: string, meter: WorkMeter): FoundNumber | FindFailure {
  const decoded = percentDecode(value).replace(/\?.*$/, '');
  const [target = '', ...params] = decoded.split(';');
  const user = /^sips?$/i.test(scheme) ? (target.split('@')[0] ?? '') : target;
  const number = user.replace(/^\/\//, '');
  meter.steps += value.length + number.length;
  if (!LINK_NUMBER.test(number) || !/\d/.test(number)) return 'not_a_phone_link';
  const found = fromText(number, meter, { link: scheme.toLowerCase() });
  if (typeof found === 'string') return 'not_a_phone_link';
  const param = (name: string): string | undefined =>
    params.find((p) => p.toLowerCase().startsWith(`${name}=`))?.slice(name.length + 1);
  const extension = param('ext') ?? param('extension') ?? param('postd')?.replace(/\D/g, '');
  const phoneContext = param('phone-context');
  const [linked] = found;
  if (!linked) return 'not_a_phone_link';
  if (extension) linked.extension = extension;
  if (phoneContext) linked.phoneContext = phoneContext;
  return linked;
}

/**
 * The link of a text, if it holds one: a handled scheme with a value right after its colon. "Tel: 020…",
 * "Phone: +44…" or "Tel:+44 20 7946 0958" are labels before a written number, not links.
 */
function linkIn(text: string, meter: WorkMeter): { scheme: string; value: string; end: number } | undefined {
  if (!text.includes(':')) return undefined;
  meter.steps += text.length;
  const match = LINK.exec(text);
  const scheme = match?.[1];
  const value = match?.[2];
  if (!match || scheme === undefined || value === undefined || value === '') return undefined;
  const end = match.index + match[0].length;
  if (NUMBER_CONTINUES.test(text.slice(end, end + 3))) return undefined;
  return { scheme, value, end };
}

/**
 * Finds every number a person may have meant in a pasted text, in order: a link's number first, then each
 * run of a phone-number shape, with its extension, label, vanity letters and the facts the notes explain.
 * The work is linear in the text's length (`meter` counts it, for the test that proves so).
 */
export function findNumbers(folded: string, meter: WorkMeter = NO_METER): FoundNumber[] | FindFailure {
  if (PLAIN_NUMBER.test(folded))
    return [{ digits: folded, shorter: [], surroundingText: false, start: 0, end: folded.length }];
  if (isEmailAddress(folded, meter)) return 'email_address';
  const link = linkIn(folded, meter);
  if (link) {
    const fromTheLink = fromLink(link.scheme, link.value, meter);
    if (typeof fromTheLink === 'string') return fromTheLink;
    const after = fromText(blankEmails(folded.slice(link.end), meter), meter);
    return [
      fromTheLink,
      ...(typeof after === 'string'
        ? []
        : after.filter((found) => digitCount(found.digits) >= MIN_DIGITS_FOR_ANOTHER_NUMBER)),
    ].slice(0, MAX_NUMBERS);
  }
  return fromText(blankEmails(folded, meter), meter);
}

/**
 * Every number of a chunk of a long text, in order, with offsets in the chunk (no cap): for a page
 * scanner. `labels` carries a label-only line's label from one chunk to the next.
 */
export function findNumbersInChunk(folded: string, labels: CarriedLabel, meter: WorkMeter = NO_METER): FoundNumber[] {
  const found = fromText(blankEmails(folded, meter), meter, { limit: Infinity, labels, wholeText: false });
  return typeof found === 'string' ? [] : found;
}
