import type { CountryCode } from 'libphonenumber-js/max';
import { COUNTRY_NAMES } from './country-names.js';
import { toCountryCode } from './numbering-plan.js';

/** Names pages write that differ from ICU's ("the United States", "USA", "UK", "the Netherlands"). */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  'United States': 'US',
  USA: 'US',
  'U.S.A.': 'US',
  'U.S.': 'US',
  UK: 'GB',
  'Great Britain': 'GB',
  England: 'GB',
  Holland: 'NL',
  Deutschland: 'DE',
  Österreich: 'AT',
  Schweiz: 'CH',
  Suisse: 'CH',
  España: 'ES',
  Brasil: 'BR',
  México: 'MX',
  Italia: 'IT',
  Polska: 'PL',
};

/** Every name by its first word ("United" → "United States", "United Kingdom"…): built once, on the first text that needs it. */
let byFirstWord: Map<string, [string, CountryCode][]> | undefined;

function namesByFirstWord(): Map<string, [string, CountryCode][]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  const all = [
    ...Object.entries(COUNTRY_NAMES).map(([code, name]): [string, string] => [name, code]),
    ...Object.entries(OTHER_NAMES),
  ];
  for (const [name, code] of all) {
    const country = toCountryCode(code);
    const first = FIRST_WORD.exec(name)?.[0];
    if (!country || !first) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push([name, country]);
    byFirstWord.set(first, list);
  }
  return byFirstWord;
}

/** A word as names begin: a capital letter, then letters and dots ("U.S.A."). */
const FIRST_WORD = /\p{Lu}[\p{L}.]*/u;
const WORDS = /\p{Lu}[\p{L}.]*/gu;
/** Any capital letter: a text without one names no country, and most pastes have none. */
const CAPITAL = /\p{Lu}/u;

/**
 * The countries a text names ("in Canberra, Australia", "Brazil", "the United States"), in the order
 * written: a national number may be meant in one of them. One pass over the text's capitalised words.
 */
export function countriesNamedIn(text: string): CountryCode[] {
  if (!CAPITAL.test(text)) return [];
  const names = namesByFirstWord();
  const found = new Set<CountryCode>();
  for (const word of text.matchAll(WORDS)) {
    const candidates = names.get(word[0]) ?? names.get(word[0].replace(/\.$/, ''));
    for (const [name, country] of candidates ?? []) {
      const after = text[word.index + name.length];
      if (text.startsWith(name, word.index) && !(after && /\p{L}/u.test(after))) found.add(country);
    }
  }
  return [...found];
}
