import { queryWords } from '../fold.js';

/** A person's name as compared: its folded words in a fixed order ("Smith, John" and "John Smith" alike), and them joined as a key. */
export interface PersonName {
  words: readonly string[];
  key: string;
}

/** The name of a person as compared; made once per record of an import. */
export function personName(name: string): PersonName {
  const words = queryWords(name).sort();
  return { words, key: words.join(' ') };
}

/** The most words a name is compared by, one bit each. */
const MAX_WORDS = 30;

/** Whether a folded word stands for another: the same word, or a letter (not a digit) as its initial. */
const standsFor = (word: string, other: string): boolean =>
  word === other || (word.length === 1 && word.toUpperCase() !== word && other.startsWith(word));

/** Whether two words of two names are the same person's: either stands for the other. */
const matches = (one: string, other: string): boolean => standsFor(one, other) || standsFor(other, one);

/**
 * Whether two names (their `personName` words) sharing a number are one person written twice: every word of the
 * shorter name is a word or the initial of a word of the longer one. "Ada" and "Ada Lovelace", "J. Smith"
 * and "Smith, John" are; "Alice Smith" and "Bob Jones" at one switchboard number are not.
 */
export function samePerson(one: readonly string[], other: readonly string[]): boolean {
  const [shorter, longer] = one.length <= other.length ? [one, other] : [other, one];
  if (shorter.length === 0 || longer.length > MAX_WORDS) return false;
  // Each word of the longer name matches at most once: `used` has a bit for each word already matched.
  let used = 0;
  for (const word of shorter) {
    const at = longer.findIndex((candidate, index) => ((used >> index) & 1) === 0 && matches(word, candidate));
    if (at === -1) return false;
    used |= 1 << at;
  }
  return true;
}
