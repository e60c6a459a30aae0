// Folding names for search: case, diacritics and German transliteration, so that Zoë = zoe and
// Müller = Mueller = muller.

const PLAIN = /^[a-z0-9]*$/;
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};
const SPECIALS = /[ßæœøđðłþı]/g;
const UMLAUTS = /[äöü]/g;
const DIGRAPHS = /([aou])e/g;

/** A lower-case word without diacritics: "Zoë" → "zoe", "Müller" → "muller", "Straße" → "strasse". */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIALS, (char) => SPECIAL[char] ?? char)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text as written, split on anything that is not a letter or a digit. */
export function splitWords(text: string): string[] {
  return text.split(NOT_WORD).filter((word) => word !== '');
}

/**
 * Every form a name word is found by: folded ("muller"), with German umlauts spelled out ("mueller"),
 * and with spelled-out umlauts folded back ("Mueller" → "muller"). Queries use the folded form only.
 */
export function wordForms(word: string): string[] {
  const folded = foldWord(word);
  const forms = [folded];
  const lower = word.toLowerCase();
  const spelled = lower.replace(UMLAUTS, (char) => `${char}e`);
  if (spelled !== lower) forms.push(foldWord(spelled));
  const contracted = folded.replace(DIGRAPHS, '$1');
  if (contracted !== folded) forms.push(contracted);
  return forms;
}

/** The folded words of a query, in the order typed. */
export function queryWords(text: string): string[] {
  return splitWords(text)
    .map(foldWord)
    .filter((word) => word !== '');
}
