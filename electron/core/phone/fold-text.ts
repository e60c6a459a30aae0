const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const OTHER_DIGIT = /\p{Nd}/u;
/**
 * One pass over the text for every fold, each kind in its own group: invisible marks, control
 * characters, spaces, line breaks (kept: labels and lists are read line by line), dashes, and decimal
 * digits other than 0-9 (the kinds are disjoint).
 */
const FOLDS = new RegExp(
  [
    '([\\u00ad\\u180e\\u200b-\\u200d\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff])',
    `(${CONTROL.source})`,
    '([\\p{Zs}\\t\\r])',
    '([\\n\\u2028\\u2029])',
    '([\\p{Pd}\\u2212\\u2043\\ufe63\\uff0d])',
    '[^\\P{Nd}0-9]',
  ].join('|'),
  'gu',
);
const digitValues = new Map<string, string>();

/** The value 0-9 of any Unicode decimal digit: blocks of Nd come in runs of ten starting at zero. */
function digitValue(char: string): string {
  const cached = digitValues.get(char);
  if (cached !== undefined) return cached;
  const codePoint = char.codePointAt(0) ?? 0;
  let start = codePoint;
  for (let step = 0; step < 60 && OTHER_DIGIT.test(String.fromCodePoint(start - 1)); step++) start--;
  const value = String((codePoint - start) % 10);
  digitValues.set(char, value);
  return value;
}

/** Whether the text looks like binary data rather than something a person typed or pasted. */
export function looksBinary(text: string): boolean {
  if (ASCII_PRINTABLE.test(text)) return false;
  if (text.includes('\u0000') || text.includes('\ufffd')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 0 && controls * 10 > text.length;
}

/**
 * Folds what people paste into plain ASCII where it matters for numbers: any Unicode digit to 0-9,
 * full-width and compatibility forms (NFKC), every space and dash to ' ' and '-', every line break to
 * '\n', invisible marks removed, stray control characters to spaces.
 */
export function foldText(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(FOLDS, (char, invisible?: string, control?: string, space?: string, lineBreak?: string, dash?: string) =>
      invisible ? '' : control || space ? ' ' : lineBreak ? '\n' : dash ? '-' : digitValue(char),
    );
}

/** Every character outside printable ASCII but for the line break: the ones `foldKeepingOffsets` may change. */
const NOT_PLAIN = /[^\x20-\x7e\n]/g;
const folds = new Map<string, string>();

/** One UTF-16 unit folded to one character: a digit, a space, a dash, a line break, or its NFKC form when that is one character. */
function foldUnit(char: string): string {
  const known = folds.get(char);
  if (known !== undefined) return known;
  const nfkc = char.normalize('NFKC');
  const single = nfkc.length === 1 ? nfkc : char;
  const folded = single.replace(
    FOLDS,
    (match, invisible?: string, control?: string, space?: string, lineBreak?: string, dash?: string) =>
      invisible || control || space ? ' ' : lineBreak ? '\n' : dash ? '-' : digitValue(match),
  );
  const result = folded.length === 1 ? folded : ' ';
  folds.set(char, result);
  return result;
}

/**
 * Folds a long text like `foldText` but character for character, so every offset in the result is the
 * same offset in the text (what a page scanner needs to mark the numbers it finds): invisible marks
 * become spaces instead of vanishing, and a character NFKC would expand is left as it is.
 */
export function foldKeepingOffsets(text: string): string {
  return text.replace(NOT_PLAIN, foldUnit);
}
