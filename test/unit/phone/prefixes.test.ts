import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';

const reading = (text: string, defaultCountry?: string): { e164?: string; codes: string[] } => {
  const result = parsePhone(text, { defaultCountry });
  return result.ok
    ? { e164: result.e164, codes: result.notes.map((note) => note.code) }
    : { codes: [result.error.code] };
};

describe('prefixes written after the country code or before a national number', () => {
  it.each([
    ['+44 0 20 7946 0958', '+442079460958'],
    ['+49 (0)30 123456', '+4930123456'],
    ['+57 0 321 1234567', '+573211234567'],
    ['+57 (0) 601 2345678', '+576012345678'],
    ['+55 0 11 96123 4567', '+5511961234567'],
    ['+1 1 650 253 0000', '+16502530000'],
    ['+7 8 495 123 45 67', '+74951234567'],
  ])('drops the trunk prefix of %s as its national-prefix rule says', (text, e164) => {
    const result = reading(text);
    expect(result.e164).toBe(e164);
    expect(result.codes).toContain('dropped_trunk_prefix');
  });

  it('keeps the 0 of an Italian number, which has no trunk prefix', () => {
    expect(reading('+39 06 1234 5678')).toEqual({ e164: '+390612345678', codes: [] });
  });

  it('reads Mexico’s retired mobile 1 after +52, and the retired national prefixes, with a note', () => {
    for (const [text, country] of [
      ['+52 1 55 1234 5678', undefined],
      ['52 1 55 1234 5678', 'US'],
      ['044 55 1234 5678', 'MX'],
      ['045 55 1234 5678', 'MX'],
      ['01 55 1234 5678', 'MX'],
    ] as const) {
      const result = reading(text, country);
      expect(result.e164, text).toBe('+525512345678');
      expect(result.codes, text).toContain('dropped_old_prefix');
    }
    expect(reading('+52 55 1234 5678')).toEqual({ e164: '+525512345678', codes: [] });
  });

  it('keeps Argentina’s 15 and 9 and Brazil’s carrier codes right', () => {
    expect(reading('011 15-2345-6789', 'AR').e164).toBe('+5491123456789');
    expect(reading('+54 9 11 2345 6789').e164).toBe('+5491123456789');
    expect(reading('0 21 11 96123 4567', 'BR').e164).toBe('+5511961234567');
    expect(reading('+55 0 21 11 96123 4567').e164).toBe('+5511961234567');
  });
});

describe('numbers that cannot exist are refused with the reason; unknown ranges are offered', () => {
  it.each([
    ['+1 000 000 0000', /only zeros/],
    ['000 000 0000', /only zeros/],
    ['+44 0000 000000', /only zeros/],
    ['+1 012 345 6789', /area codes never start with 0 or 1, and this one is 012/],
    ['(112) 345-6789', /area codes never start with 0 or 1/],
    ['+44 4123 456789', /no number after \+44 starts with 4/],
  ])('%s', (text, reason) => {
    const result = parsePhone(text, { defaultCountry: 'US' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('impossible_number');
    expect(result.error.message).toMatch(reason);
    expect(result.error.message).toMatch(/^That number cannot exist: .+\.$/);
  });

  it('offers a number of a possible shape outside today’s known ranges, with a note', () => {
    const result = parsePhone('+1 555 867 5309');
    expect(result.ok && result.confirm).toBe(true);
    expect(result.ok && result.notes.map((note) => note.code)).toContain('unknown_range');
  });
});

describe('extension words in many languages', () => {
  it.each([
    ['+33 1 23 45 67 89 poste 123', '123'],
    ['+33 1 23 45 67 89 p. 123', undefined],
    ['+55 11 3333 4444 ramal 12', '12'],
    ['+56 2 2345 6789 anexo 12', '56'],
    ['+54 11 2345 6789 interno 12', '12'],
    ['+7 495 123 45 67 доб. 123', '123'],
    ['+7 495 123 45 67 добавочный 123', '123'],
    ['+49 30 123456 Durchwahl 12', '12'],
    ['+49 30 123456 App. 12', '12'],
    ['+39 02 1234 5678 int. 12', '12'],
    ['+31 20 123 4567 toestel 12', '12'],
    ['+31 20 123 4567 tst. 12', '12'],
    ['+48 12 345 67 89 wew. 12', '12'],
    ['+46 8 123 456 ankn. 12', '12'],
    ['+81 3 1234 5678 内線 12', '12'],
  ])('%s', (text, extension) => {
    const result = parsePhone(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    if (extension === '56') {
      expect(result.extension).toBe('12');
      return;
    }
    expect(result.extension).toBe(extension);
  });
});
