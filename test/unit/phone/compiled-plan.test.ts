import {
  getCountries,
  getCountryCallingCode,
  getExampleNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import {
  numberFormats,
  numberType,
  parseInternationalDigits,
  parseNationalDigits,
} from '../../../electron/core/phone/compiled-plan.js';
import { COUNTRIES } from '../../corpus/countries.js';

/** Numbers of every shape for every country: example numbers, the corpus, and digits around them. */
function sampleNumbers(): string[] {
  const numbers = new Set<string>();
  for (const country of getCountries()) {
    const example = getExampleNumber(country, examples);
    if (!example) continue;
    const nsn = example.nationalNumber;
    const cc = getCountryCallingCode(country);
    numbers.add(`+${cc}${nsn}`);
    for (let i = 0; i < nsn.length; i++) {
      for (const digit of '0159') numbers.add(`+${cc}${nsn.slice(0, i)}${digit}${nsn.slice(i + 1)}`);
    }
    numbers.add(`+${cc}${nsn.slice(0, -1)}`);
    numbers.add(`+${cc}${nsn}7`);
  }
  for (const facts of COUNTRIES)
    for (const nsn of [facts.fixed, facts.mobile]) numbers.add(`+${facts.callingCode}${nsn}`);
  numbers.add('+80012345678');
  numbers.add('+882345678901');
  return [...numbers];
}

describe('compiled numbering plans', () => {
  it('give exactly the type and formats libphonenumber-js gives, for thousands of valid and invalid numbers', () => {
    const samples = sampleNumbers();
    expect(samples.length).toBeGreaterThan(5000);
    let compared = 0;
    for (const text of samples) {
      const number = parsePhoneNumberFromString(text);
      if (!number) continue;
      compared++;
      expect({ type: numberType(number), ...numberFormats(number) }, text).toEqual({
        type: number.getType(),
        national: number.formatNational(),
        international: number.formatInternational(),
      });
    }
    expect(compared).toBeGreaterThan(5000);
  });
});

describe('international digits parsed without the library parser', () => {
  it('give the same number, country and national number as parsePhoneNumberFromString', () => {
    let compared = 0;
    for (const text of sampleNumbers()) {
      const ours = parseInternationalDigits(text);
      const library = parsePhoneNumberFromString(text);
      expect(ours && { number: ours.number, country: ours.country, nationalNumber: ours.nationalNumber }, text).toEqual(
        library && { number: library.number, country: library.country, nationalNumber: library.nationalNumber },
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(5000);
  });
});

describe('national digits parsed without the library parser', () => {
  it('give the same number and country as parsePhoneNumberFromString with that default country', () => {
    let compared = 0;
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const nsn = example.nationalNumber;
      const variants = new Set([
        nsn,
        `0${nsn}`,
        `1${nsn}`,
        `8${nsn}`,
        nsn.slice(1),
        `${nsn}1`,
        `00${nsn}`,
        `${getCountryCallingCode(country)}${nsn}`,
        `${getCountryCallingCode(country)}0${nsn}`,
        `0${getCountryCallingCode(country)}${nsn}`,
        ...['00', '011', '0011', '010', '810', '001'].flatMap((access) => [
          `${access}44${nsn}`,
          `${access}${getCountryCallingCode(country)}${nsn}`,
          `${access}0${nsn}`,
          `${access}999${nsn}`,
        ]),
      ]);
      for (let i = 0; i < nsn.length; i++) {
        variants.add(`${nsn.slice(0, i)}9${nsn.slice(i + 1)}`);
        variants.add(`0${nsn.slice(0, i)}1${nsn.slice(i + 1)}`);
        variants.add(`0${nsn.slice(0, i)}`);
      }
      for (const digits of variants) {
        const ours = parseNationalDigits(digits, country);
        const library = parsePhoneNumberFromString(digits, { defaultCountry: country });
        expect(ours && { number: ours.number, country: ours.country }, `${country} ${digits}`).toEqual(
          library && { number: library.number, country: library.country },
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
