import { lettersToDigits } from './vanity.js';

/** Where the number came from and what was done to find it: the raw material for the notes. */
export interface FoundNumber {
  /** ASCII digits, with a leading '+' when the text wrote the number internationally. */
  digits: string;
  /** Shorter digit strings to try when the run may have swallowed digits of the surrounding text. */
  shorter: string[];
  extension?: string;
  link?: string;
  phoneContext?: string;
  vanity?: { letters: string; digits: string };
  surroundingText: boolean;
  moreNumbers: number;
}

/** Why no number could be found at all, before any numbering plan is consulted. */
export type FindFailure = 'no_digits' | 'email_address' | 'not_a_phone_link';

const LINK = /(?:^|[^a-z0-9+.-])(tel|callto|sips?|phone|facetime|facetime-audio|skype|wtai):(?:\/\/)?([^\s"'<>]*)/i;
/** A date written like 2026-11-27, 27.11.2026 or 27/11/26: never a phone number, even when it comes first. */
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$/;
/** Digits alone (with an optional leading '+'): already the run, nothing to scan. */
const PLAIN_NUMBER = /^\+?\d{3,20}$/;
/** "Tel:020 7946 0958" is a label followed by a spaced number, not a link whose number ends at "020". */
const LABEL_NOT_LINK = /^\s+[\d(]/;
const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;
const EXTENSION_AFTER =
  /^\s*(?:[,;]\s*)?(?:(?:extension|extn|ext|ex|xt|x|poste|durchwahl|dw|anexo|interno|int|toestel|wewn)\.?\s*(?:no\.?|number|#)?\s*[:=.#-]?|;?\s*ext\s*=|#|\*|,+(?=\d))\s*(\d{1,7})#?(?!\d)/i;
const EXTENSION_WORDS = new Set(['x', 'xt', 'ex', 'ext', 'extn', 'extension', 'dw', 'poste', 'int']);
const SEPARATORS = ' \t.-/()[]';
const MIN_DIGITS_FOR_ANOTHER_NUMBER = 6;
/** E.164 allows 15 digits; a few more cover a trunk prefix or an access code written in. */
const MAX_DIGITS_IN_A_NUMBER = 18;

interface Run {
  start: number;
  end: number;
  digits: string;
  /** Digit counts at each whitespace boundary inside the run, for trimming swallowed text. */
  cuts: number[];
  /** The run is written like a date, so it is never taken for a number. */
  isDate: boolean;
  vanity?: { letters: string; digits: string };
}

/** How many digits a run holds, not counting its leading '+'. */
const digitCount = (digits: string): number => (digits.startsWith('+') ? digits.length - 1 : digits.length);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isUpper = (char: string | undefined): boolean => char !== undefined && char >= 'A' && char <= 'Z';
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

/**
 * Vanity letters continuing a number at `i`: upper case, two or more, joined by '-' or '.' (or by a
 * space when a '-' or '.' follows, as in "800 MY-APPLE"), and not an extension word like "EXT".
 */
function vanityLettersAt(text: string, i: number, separator: string): string | undefined {
  if (!isUpper(text[i])) return undefined;
  let j = i;
  while (isUpper(text[j])) j++;
  const letters = text.slice(i, j);
  if (letters.length < 2 || EXTENSION_WORDS.has(letters.toLowerCase()) || isWordChar(text[j])) return undefined;
  const joined = /[-.]/.test(separator) || (separator === ' ' && /[-.]/.test(text[j] ?? ''));
  return joined ? letters : undefined;
}

/** Scans one run of digits, separators and vanity letters starting at `start`, if one starts there. */
function scanRun(text: string, start: number): Run | undefined {
  if (isWordChar(text[start - 1])) return undefined;
  let i = start;
  let plus = false;
  if (text[i] === '(') i++;
  if (text[i] === '+') {
    plus = true;
    i++;
    if (text[i] === ' ') i++;
  }
  if (!isDigit(text[i])) return undefined;
  let digits = plus ? '+' : '';
  const cuts: number[] = [];
  let vanity: Run['vanity'];
  let end = i;
  for (;;) {
    while (isDigit(text[i])) digits += text[i++] ?? '';
    end = i;
    let separator = '';
    while (i < text.length && separator.length < 3 && SEPARATORS.includes(text[i] ?? '')) separator += text[i++] ?? '';
    if (isDigit(text[i])) {
      if (/\s/.test(separator)) cuts.push(digitCount(digits));
      continue;
    }
    const letters = vanityLettersAt(text, i, separator);
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
  return { start, end, digits, cuts, isDate: DATE.test(text.slice(start, end)), ...(vanity ? { vanity } : {}) };
}

/** All runs of a phone-number shape in the text, in order. */
function scanRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (!isDigit(char) && char !== '+' && char !== '(') continue;
    const run = scanRun(text, i);
    if (!run) continue;
    runs.push(run);
    i = run.end;
  }
  return runs;
}

/** Reads the extension written right after a number ("x 12", "ext. 12", ";ext=12", "#12", ",,12"). */
function extensionAfter(text: string, end: number): { extension: string; end: number } | undefined {
  if (end >= text.length) return undefined;
  const match = EXTENSION_AFTER.exec(text.slice(end, end + 40));
  if (!match?.[1]) return undefined;
  return { extension: match[1], end: end + match[0].length };
}

/** Counts the other numbers in a paste, so the agent learns the first one was taken. */
function countOthers(runs: Run[]): number {
  return runs.filter((run) => !run.isDate && digitCount(run.digits) >= MIN_DIGITS_FOR_ANOTHER_NUMBER).length;
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

/** Builds the found number from the first suitable run of a text. */
function fromText(text: string, context: { link?: string }): FoundNumber | FindFailure {
  const runs = scanRuns(text);
  const first = runs.find((run) => digitCount(run.digits) >= 3 && !run.isDate) ?? runs[0];
  if (!first) return 'no_digits';
  const extension = extensionAfter(text, first.end);
  const end = extension?.end ?? first.end;
  const others = runs.filter((run) => run.start >= end);
  const before = text.slice(0, first.start).trim();
  const after = text.slice(end).trim();
  const surroundingText = !context.link && (before.replace(/[(+]$/, '') !== '' || after.replace(/^\)/, '') !== '');
  return {
    digits: first.digits,
    shorter: surroundingText ? shorterForms(first) : [],
    surroundingText,
    moreNumbers: countOthers(others),
    ...(extension ? { extension: extension.extension } : {}),
    ...(first.vanity ? { vanity: first.vanity } : {}),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- a field named link, not String.prototype.link
    ...(context.link ? { link: context.link } : {}),
  };
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
function fromLink(scheme: string, value: string, othersAfter: string): FoundNumber | FindFailure {
  const decoded = percentDecode(value).replace(/\?.*$/, '');
  const [target = '', ...params] = decoded.split(';');
  const user = /^sips?$/i.test(scheme) ? (target.split('@')[0] ?? '') : target;
  const number = user.replace(/^\/\//, '');
  if (!/^[+(]?[\d\s().\-/A-Z]*\d[\d\s().\-/A-Z]*$/.test(number)) return 'not_a_phone_link';
  const found = fromText(number, { link: scheme.toLowerCase() });
  if (typeof found === 'string') return 'not_a_phone_link';
  const param = (name: string): string | undefined =>
    params.find((p) => p.toLowerCase().startsWith(`${name}=`))?.slice(name.length + 1);
  const extension = param('ext') ?? param('extension') ?? param('postd')?.replace(/\D/g, '');
  const phoneContext = param('phone-context');
  const following = countNumbersIn(othersAfter);
  return {
    ...found,
    moreNumbers: following,
    ...(extension ? { extension } : {}),
    ...(phoneContext ? { phoneContext } : {}),
  };
}

/** How many numbers a text holds, for the "there were more" note after a link. */
function countNumbersIn(text: string): number {
  return countOthers(scanRuns(text));
}

/** Whether the whole input is an e-mail address, so the error can say so instead of "no digits". */
function isEmailAddress(text: string): boolean {
  if (!text.includes('@')) return false;
  const trimmed = text.trim().replace(/^mailto:/i, '');
  EMAIL.lastIndex = 0;
  const match = EMAIL.exec(trimmed);
  return match !== null && match[0] === trimmed;
}

/**
 * Finds the number a person meant in a pasted text: a link's number first, else the first run of a
 * phone-number shape, with its extension, vanity letters and the facts the notes will explain.
 */
export function findNumber(folded: string): FoundNumber | FindFailure {
  if (PLAIN_NUMBER.test(folded)) return { digits: folded, shorter: [], surroundingText: false, moreNumbers: 0 };
  if (isEmailAddress(folded)) return 'email_address';
  const link = folded.includes(':') ? LINK.exec(folded) : null;
  if (link?.[1] !== undefined && link[2] !== undefined) {
    const after = folded.slice(link.index + link[0].length);
    if (!LABEL_NOT_LINK.test(after)) return fromLink(link[1], link[2], after);
  }
  const withoutEmails = folded.includes('@') ? folded.replace(EMAIL, (email) => ' '.repeat(email.length)) : folded;
  return fromText(withoutEmails, {});
}
