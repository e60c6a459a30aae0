import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import { COUNTRIES } from '../../corpus/countries.js';
import { NON_GEOGRAPHIC, REGIONS } from '../../corpus/regions.js';
import { corpus } from '../../corpus/shapes.js';
import { DIGIT_SCRIPTS } from '../../corpus/scripts.js';

describe('the paste corpus', () => {
  const cases = corpus();

  it('holds numbers the metadata calls valid, for every region it knows and every digit script', () => {
    const numbers = [
      ...COUNTRIES.flatMap((facts) => [`+${facts.callingCode}${facts.fixed}`, `+${facts.callingCode}${facts.mobile}`]),
      ...REGIONS.flatMap(([, cc, , , fixed, mobile]) => [`+${cc}${fixed}`, ...(mobile ? [`+${cc}${mobile}`] : [])]),
      ...NON_GEOGRAPHIC.map(([cc, nsn]) => `+${cc}${nsn}`),
    ];
    for (const number of numbers) expect(parsePhoneNumberFromString(number)?.isValid(), number).toBe(true);
    const regions = new Set(cases.map((c) => c.shape.split(' ')[0]));
    for (const [region] of REGIONS) expect(regions.has(region), region).toBe(true);
    for (const script of DIGIT_SCRIPTS) expect(cases.some((c) => c.shape.includes(`${script.name} digits`))).toBe(true);
  });

  it.each(cases.map((c) => [c.shape, c.input, c.defaultCountry ?? '-', c] as const))(
    '%s: %j (default %s)',
    (_shape, input, _country, expected) => {
      const result = parsePhone(input, { defaultCountry: expected.defaultCountry });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      expect(result.e164).toBe(expected.e164);
      expect(result.alternative?.e164).toBe(expected.alternative);
      if (expected.alternative) expect(result.notes.map((note) => note.code)).toContain('ambiguous');
      expect(result.extension).toBe(expected.extension);
      if (expected.label !== undefined) expect(result.label).toBe(expected.label);
      if (expected.readings) expect(result.readings.map((reading) => reading.e164)).toEqual(expected.readings);
    },
  );
});
