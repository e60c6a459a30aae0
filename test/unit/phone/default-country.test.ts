import { describe, expect, it } from 'vitest';
import { regionOfLocale, resolveDefaultCountry } from '../../../electron/core/phone/default-country.js';

describe('default country', () => {
  it('prefers settings, then SOFTDIAL_DEFAULT_REGION, then the OS locale', () => {
    expect(resolveDefaultCountry({ setting: 'de', environment: 'GB', locale: 'en_US.UTF-8' })).toEqual({
      country: 'DE',
      source: 'settings',
    });
    expect(resolveDefaultCountry({ environment: 'gb', locale: 'en_US.UTF-8' })).toEqual({
      country: 'GB',
      source: 'environment',
    });
    expect(resolveDefaultCountry({ locale: 'fr_CA.UTF-8' })).toEqual({ country: 'CA', source: 'locale' });
    expect(resolveDefaultCountry({ locale: 'C' })).toEqual({ source: 'none' });
  });

  it('skips a value that is not a country instead of using it', () => {
    expect(resolveDefaultCountry({ setting: 'Narnia', environment: 'NL' })).toEqual({
      country: 'NL',
      source: 'environment',
    });
  });

  it('reads POSIX and BCP 47 locales, and infers a region from a language alone', () => {
    expect(regionOfLocale('en_GB.UTF-8')).toBe('GB');
    expect(regionOfLocale('pt-BR')).toBe('BR');
    expect(regionOfLocale('ja')).toBe('JP');
    expect(regionOfLocale('POSIX')).toBeUndefined();
  });
});
