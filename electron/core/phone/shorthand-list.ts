/**
 * Lists people write in shorthand: one number, then only what changes. "85 57 25/26" and "0293/4/5"
 * replace the last digits, "9205595-98" and "2571 to 73" name a range of lines, "(02) 2381 7475; 2381
 * 8341" carries the area code to the next number. The finder only proposes these readings; the numbering
 * plan decides (parse.ts), so DIN 5008's "089 / 98 76 54-0" stays one number.
 */

/** One more number of a list: its digits as expanded, and the digits as written when they may stand alone. */
export interface ListMember {
  digits: string;
  /** 'replaced': the last digits of the number before were replaced; 'carried': its leading digits were carried. */
  how: 'replaced' | 'carried';
  /** What the text wrote for this member ("26", "2381 8341"), for the note. */
  written: string;
  /** The member's own digits, tried first when it may be a whole number of its own. */
  alone?: string;
}

/** A number followed by the shorthand for more numbers (a list) or for the lines up to a last one (a range). */
export interface Shorthand {
  /** The first number's digits (with '+' when written internationally). */
  head: string;
  kind: 'list' | 'range';
  members: ListMember[];
  /** For a range: the last line's digits and the text that named it. */
  last?: { digits: string; written: string };
  /** Whether the whole run, read as one number, wins when the plan accepts it (a DIN 5008 direct-dial suffix). */
  wholeFirst: boolean;
}

/** An ASCII digit, as `\d` reads it. */
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** What the members after the first '/' of a run's end may hold: digits, spaces and more slashes. */
const isTailChar = (char: string | undefined): boolean => char === '/' || char === ' ' || isDigit(char);

/**
 * The head and the members of a run ending in a list after '/' ("25/26", "0293/4/5", "2281/ 2204 2351"):
 * the first '/' right after a digit from which only digits, spaces and slashes follow (found in one pass
 * from the end, where a pattern would backtrack).
 */
function slashTail(raw: string): { head: string; tails: string[] } | undefined {
  let start = raw.length;
  while (start > 0 && isTailChar(raw[start - 1])) start--;
  const slash = raw.indexOf('/', start);
  if (slash <= 0 || !/\d/.test(raw[slash - 1] ?? '')) return undefined;
  const tails = raw.slice(slash + 1).split('/');
  if (tails.some((tail) => !/^ ?\d[\d ]*$/.test(tail))) return undefined;
  return { head: raw.slice(0, slash), tails };
}
/** A range at the end of a run ("9205595-98"): a dash and one to three digits. */
const DASH_TAIL = /^(.*\d)-(\d{1,3})$/;
/** The digit group at the end of a run, to which a shorthand's digits are compared (a loop: `/(\d+)$/` is quadratic on long runs). */
function lastGroup(raw: string): string {
  let start = raw.length;
  while (start > 0 && isDigit(raw[start - 1])) start--;
  return raw.slice(start);
}
/** A number and its shorthand list fit in this many characters; longer runs are not read as one (and never backtrack). */
const MAX_LIST_LENGTH = 64;
/** A first number needs this many digits before anything may be listed after it. */
const MIN_HEAD_DIGITS = 6;

const onlyDigits = (text: string): string => text.replace(/[^\d+]/g, '');
const digitCount = (digits: string): number => (digits.startsWith('+') ? digits.length - 1 : digits.length);

/** `head` with its last `tail.length` digits replaced by `tail`. */
const replaceLast = (head: string, tail: string): string => head.slice(0, head.length - tail.length) + tail;

/**
 * The shorthand a run written as `raw` ends with, if any: "/26" or "/4/5" (a list) or "-98" (a range
 * whose last line is greater than the first). Undefined when the run is an ordinary number.
 */
export function shorthandInRun(raw: string): Shorthand | undefined {
  if (raw.length > MAX_LIST_LENGTH) return undefined;
  const slash = slashTail(raw);
  if (slash) return slashList(slash.head, slash.tails);
  const dash = DASH_TAIL.exec(raw);
  if (dash?.[1] && dash[2]) {
    const head = onlyDigits(dash[1]);
    const group = lastGroup(dash[1]);
    const tail = dash[2];
    if (digitCount(head) < MIN_HEAD_DIGITS || group.length <= tail.length) return undefined;
    if (Number(tail) <= Number(group.slice(group.length - tail.length))) return undefined;
    const last = { digits: replaceLast(head, tail), written: tail };
    return { head, kind: 'range', members: [], last, wholeFirst: true };
  }
  return undefined;
}

/**
 * The list of a run "HEAD/TAIL/TAIL…": tails no longer than the head's last group replace its last digits
 * ("25/26", the list wins); longer ones are numbers of their own or carry the head's prefix ("2281/ 2204
 * 2351"), and then the whole run wins when the plan accepts it as one number (Austria's "217 55/4128").
 */
function slashList(headText: string, tails: string[]): Shorthand | undefined {
  const head = onlyDigits(headText);
  const group = lastGroup(headText);
  if (digitCount(head) < MIN_HEAD_DIGITS) return undefined;
  const members = tails.map((written): ListMember => {
    const digits = onlyDigits(written);
    return digits.length <= group.length && digits.length <= MAX_REPLACED_DIGITS
      ? { digits: replaceLast(head, digits), how: 'replaced', written }
      : { digits: replaceLast(head, digits), how: 'carried', written, alone: digits };
  });
  if (members.some((member) => digitCount(member.digits) !== digitCount(head))) return undefined;
  return { head, kind: 'list', members, wholeFirst: members.some((member) => member.how === 'carried') };
}

/** Words and marks that join the numbers of a list on one line ("or", "oder", "ou", ",", ";"). */
const LIST_JOIN = /^\s*(?:[,;/]|or|and|oder|und|ou|et|o|y|e|of|en|или|и|或|、)?\s*(?:[,;/]\s*)?$/iu;
/** Words and marks that join the first and last line of a range ("to", "bis", "à", "a", "–"). */
const RANGE_JOIN = /^\s*(?:-|~|to|thru|through|till|bis|à|au|a|al|até|tot|do|до|～)\s*$/iu;
/** Text between two numbers of one list is short; longer text is a sentence, not a list. */
const MAX_JOIN_LENGTH = 12;
/** Up to this many digits, a member replaces the last digits of the number before it. */
const MAX_REPLACED_DIGITS = 4;

/**
 * How a run written as `raw` after the number `previous` (its digits; `previousRaw` as written), with
 * `between` the text between them, continues a list: a member, a range's last line, or undefined when
 * the run is a number of its own (it has a '+', as many digits, or other words stand between).
 */
export function continuation(
  previous: string,
  previousRaw: string,
  between: string,
  raw: string,
): { member: ListMember } | { last: { digits: string; written: string } } | undefined {
  if (between.length > MAX_JOIN_LENGTH || between.includes('\n')) return undefined;
  const digits = onlyDigits(raw);
  if (digits.startsWith('+') || digits.length === 0 || digits.length >= digitCount(previous)) return undefined;
  const group = lastGroup(previousRaw);
  if (RANGE_JOIN.test(between)) {
    if (digits.length > MAX_REPLACED_DIGITS || digits.length > group.length) return undefined;
    return { last: { digits: replaceLast(previous, digits), written: raw } };
  }
  if (!LIST_JOIN.test(between)) return undefined;
  if (digits.length <= MAX_REPLACED_DIGITS && digits.length <= group.length)
    return { member: { digits: replaceLast(previous, digits), how: 'replaced', written: raw } };
  return { member: { digits: replaceLast(previous, digits), how: 'carried', written: raw, alone: digits } };
}
