import type { CountryCode } from 'libphonenumber-js/max';
import { COUNTRY_NAMES } from './country-names.js';
import { toCountryCode } from './numbering-plan.js';

/** Names pages write that differ from ICU's ("the United States", "USA", "UK", "the Netherlands"). */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  'United States': 'US',
  USA: 'US',
  'U.S.A.': 'US',
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

/** Every English name, and the other names, with its country: built once, on the first text that needs it. */
let names: [string, CountryCode][] | undefined;

function allNames(): [string, CountryCode][] {
  names ??= [
    ...Object.entries(COUNTRY_NAMES).map(([code, name]): [string, string] => [name, code]),
    ...Object.entries(OTHER_NAMES),
  ].flatMap(([name, code]) => {
    const country = toCountryCode(code);
    return country && name.length >= 2 ? [[name, country] as [string, CountryCode]] : [];
  });
  return names;
}

/** Whether `name` stands in `text` as a word of its own (not inside another word). */
function namedAt(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if (!(before && /\p{L}/u.test(before)) && !(after && /\p{L}/u.test(after))) return true;
  }
  return false;
}

/**
 * The countries a text names ("in Canberra, Australia", "Brazil", "the United States"), in the order of
 * the names table: a number invalid in the agent's default country may be meant in one of them.
 */
export function countriesNamedIn(text: string): CountryCode[] {
  const found = new Set<CountryCode>();
  for (const [name, country] of allNames()) if (namedAt(text, name)) found.add(country);
  return [...found];
}
