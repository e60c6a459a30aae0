import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from '../../../electron/core/phone/country-names.js';
import { countryName } from '../../../electron/core/phone/numbering-plan.js';

describe('country names', () => {
  it('name every region of the metadata exactly as ICU does', () => {
    const icu = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(Object.keys(COUNTRY_NAMES).sort()).toEqual([...getCountries()].sort());
    for (const country of getCountries()) expect(countryName(country), country).toBe(icu.of(country));
  });

  it('name non-geographic numbers and fall back to the code', () => {
    expect(countryName('001')).toBe('International (non-geographic)');
    expect(countryName('ZZ')).toBe('ZZ');
  });
});
