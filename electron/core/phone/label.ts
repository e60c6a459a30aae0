/** What separates one labelled number from the next in a signature or a list. */
const SEPARATORS = ['|', ',', ';', '/', '\n', '•', '·'];
const MAX_LABEL_LENGTH = 24;
const MAX_LABEL_WORDS = 3;
/** A bare word this short before a number is a label ("T", "Mob.", "Fax", "Office", "Telefon"). */
const MAX_BARE_LABEL_LENGTH = 8;
/** Words that lead into a number without naming it. */
const NOT_LABELS = new Set([
  'call',
  'ring',
  'dial',
  'please',
  'contact',
  'reach',
  'text',
  'at',
  'on',
  'or',
  'and',
  'to',
  'me',
  'us',
  'is',
]);

/** The last segment of the text before a number, after the last separator. */
function lastSegment(before: string): string {
  let last = -1;
  for (const separator of SEPARATORS) last = Math.max(last, before.lastIndexOf(separator));
  return before.slice(last + 1);
}

/**
 * The label the text puts right before a number ("Tel:", "Fax :", "Mobile:", "M", "Tél.", "電話:"), so
 * a chooser can name each number of a paste; undefined when the words before are not a label.
 */
export function labelBefore(before: string): string | undefined {
  if (before.trim() === '') return undefined;
  const segment = lastSegment(before).trim();
  const colon = /[:：]$/.test(segment);
  const words = segment
    .replace(/[:：]$/, '')
    .trim()
    .replace(/\.$/, '');
  if (words === '' || !/\p{L}/u.test(words) || /\d/.test(words) || words.length > MAX_LABEL_LENGTH) return undefined;
  if (colon) return words.split(/\s+/).length <= MAX_LABEL_WORDS ? words : undefined;
  const bare = /^\p{L}+$/u.test(words) && words.length <= MAX_BARE_LABEL_LENGTH;
  return bare && !NOT_LABELS.has(words.toLowerCase()) ? words : undefined;
}
