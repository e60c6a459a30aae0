import { MAX_GAP_IN_TEXT } from '../../shared/limits.js';
import { parsePhone } from '../phone/parse.js';
import { queryWords } from './fold.js';
import type { PreparedQuery } from './search-index.js';

/** Text that is a number being typed: digits with the usual punctuation, a leading + and an extension. */
/** (The digit is looked for once, ahead: `[…]*\d[…]*` tried every split of a long run, quadratic.) */
const NUMBERISH = new RegExp(
  String.raw`^[+(]?(?=[\d\s().\-/]*\d)[\d\s().\-/]*(?:(?:x|ext\.?|#)\s{0,${MAX_GAP_IN_TEXT}}\d*)?$`,
  'i',
);

/** Takes a query apart once per keystroke: its folded words, or its digits and (if complete) its E.164 reading. */
export function prepareQuery(query: string, defaultCountry: string | undefined): PreparedQuery {
  const trimmed = query.trim();
  if (NUMBERISH.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    const read = digits.length >= 6 ? parsePhone(trimmed, { defaultCountry }) : undefined;
    return { words: [], joined: '', digits, ...(read?.ok ? { e164: read.e164 } : {}) };
  }
  const words = queryWords(trimmed);
  const alternative = words.map((word) => word.replace(/([aou])e/g, '$1'));
  return {
    words,
    joined: words.join(' '),
    ...(alternative.join(' ') !== words.join(' ') ? { alternative } : {}),
  };
}
