import { MAX_GAP_IN_TEXT } from '../../shared/limits.js';

/**
 * Words written before an extension, in the languages agents meet, with their abbreviations: English,
 * French, Portuguese, Spanish, Russian, German (Austria's "Kl."/"Klappe"), Italian, Dutch, Polish,
 * Swedish, Japanese, Chinese (simplified and traditional), Korean, Filipino "loc."/"local".
 */
const WORDS = [
  'extension',
  'extn',
  'ext',
  'ex',
  'xt',
  'x',
  'poste',
  'ramal',
  'anexo',
  'interno',
  'int',
  'local',
  'loc',
  'добавочный',
  'доб',
  'durchwahl',
  'dw',
  'klappe',
  'kl',
  'apparat',
  'app',
  'nebenstelle',
  'toestel',
  'tst',
  'wewnętrzny',
  'wewn',
  'wew',
  'anknytning',
  'ankn',
  '内線',
  '分机',
  '分機',
  '內線',
  '转',
  '轉',
  '내선',
];

/** The same words in lower case, so vanity letters like "EXT" are never read as digits. */
export const EXTENSION_WORDS = new Set(WORDS);

/** Spaces between the parts of an extension, bounded: adjacent unbounded runs of spaces took quadratic time. */
const GAP = `\\s{0,${MAX_GAP_IN_TEXT}}`;
const alternation = [...WORDS].sort((a, b) => b.length - a.length).join('|');

/**
 * An extension right after a number: a word ("ext. 12", "poste 12", "доб. 12", "loc. 12", "分機 12"),
 * ";ext=12", "#12", "*12" or ",,12", the word or the digits in parentheses ("(ext. 12)", "ext (12)").
 */
export const EXTENSION_AFTER = new RegExp(
  `^${GAP}(?:[,;]${GAP})?\\(?(?:(?:${alternation})\\.?${GAP}(?:no\\.?|number|#|nr\\.?|n[°º]\\.?)?${GAP}[:=.#-]?|;?${GAP}ext${GAP}=|#|\\*|,+(?=\\d))${GAP}\\(?(\\d{1,7})\\)?#?(?!\\d)`,
  'iu',
);
