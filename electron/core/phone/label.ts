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

/** Words that name a phone number in the languages agents meet; one of them ends a label even after other words. */
const PHONE_WORDS = new Set([
  't',
  'f',
  'm',
  'tel',
  'tél',
  'tlf',
  'tfn',
  'telefon',
  'telephone',
  'téléphone',
  'teléfono',
  'telefone',
  'telefono',
  'telefoon',
  'phone',
  'ph',
  'fax',
  'telefax',
  'mobile',
  'mobil',
  'mob',
  'móvil',
  'cell',
  'cellulare',
  'celular',
  'handy',
  'portable',
  'gsm',
  'hotline',
  'zentrale',
  'switchboard',
  'whatsapp',
  'tel.-nr',
  'telefonnummer',
  'rufnummer',
  'telp',
  'điện thoại',
  'тел',
  'телефон',
  'факс',
  'моб',
  '電話',
  '电话',
  '傳真',
  '传真',
  '手机',
  '手機',
  '전화',
  '팩스',
  'هاتف',
  'טלפון',
]);

/** The last word of a segment when it is a phone word ("Berlin Tel" gives "Tel"), else undefined. */
function phoneWordAtEnd(words: string): string | undefined {
  const last = words.split(/\s+/).pop() ?? '';
  return PHONE_WORDS.has(last.toLowerCase().replace(/\.$/, '')) ? last.replace(/\.$/, '') : undefined;
}

/** Whether a label names a phone line ("Tel", "Mobile", "Telefonnummer"), not just any word before digits. */
export function namesAPhone(label: string): boolean {
  return phoneWordAtEnd(label) !== undefined || /tel|fon|phone|fax|mobil|hotline/i.test(label);
}

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
  if (words === '' || !/\p{L}/u.test(words)) return undefined;
  if (/\d/.test(words) || words.length > MAX_LABEL_LENGTH) return phoneWordAtEnd(words);
  if (colon && words.split(/\s+/).length <= MAX_LABEL_WORDS) return words;
  const bare = /^\p{L}+$/u.test(words) && words.length <= MAX_BARE_LABEL_LENGTH;
  return bare && !NOT_LABELS.has(words.toLowerCase()) ? words : phoneWordAtEnd(words);
}

/** A line that holds only a label ("Telefon:", "Phone numbers"), which names the numbers on the lines under it. */
const LABEL_LINE = /^[\p{L}.\s-]{1,24}[:：]?$/u;

/**
 * The label a line of its own gave the lines under it ("Telefon:" above a list of numbers), until a
 * blank line or another label; fed the text between numbers, in order.
 */
export class CarriedLabel {
  private label: string | undefined;

  /** The carried label for a number after `between`, which begins at a line's start when `atLineStart`. */
  after(between: string, atLineStart: boolean): string | undefined {
    if (!between.includes('\n')) return this.label;
    const lines = between.split('\n');
    for (let index = atLineStart ? 0 : 1; index < lines.length - 1; index++) {
      const line = (lines[index] ?? '').trim();
      if (line === '') this.label = undefined;
      else if (LABEL_LINE.test(line) && (/[:：]$/.test(line) || phoneWordAtEnd(line))) this.label = labelBefore(line);
    }
    return this.label;
  }

  /** A number with a label of its own ends the carried one. */
  replacedBy(): void {
    this.label = undefined;
  }
}
