import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import { COUNTRIES } from '../../corpus/countries.js';
import { corpus } from '../../corpus/shapes.js';

describe('the paste corpus', () => {
  const cases = corpus();

  it('covers at least 30 countries, each with a fixed and a mobile number the metadata calls valid', () => {
    expect(new Set(COUNTRIES.map((facts) => facts.country)).size).toBeGreaterThanOrEqual(30);
    for (const facts of COUNTRIES) {
      for (const kind of ['fixed', 'mobile'] as const) {
        const number = parsePhoneNumberFromString(`+${facts.callingCode}${facts[kind]}`);
        expect(number?.isValid(), `${facts.country} ${kind}`).toBe(true);
      }
    }
  });

  it.each(cases.map((c) => [c.shape, c.input, c.defaultCountry ?? '-', c] as const))(
    '%s: %j (default %s)',
    (_shape, input, _country, expected) => {
      const result = parsePhone(input, { defaultCountry: expected.defaultCountry });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      if (expected.mayBeAlternative && result.e164 !== expected.e164) {
        expect(result.alternative?.e164).toBe(expected.e164);
        expect(result.notes.map((note) => note.code)).toContain('ambiguous');
      } else {
        expect(result.e164).toBe(expected.e164);
      }
      expect(result.extension).toBe(expected.extension);
    },
  );
});
