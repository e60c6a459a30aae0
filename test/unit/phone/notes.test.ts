import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import type { PhoneNoteCode, PhoneResult } from '../../../electron/core/phone/types.js';

function codes(result: PhoneResult): PhoneNoteCode[] {
  if (!result.ok) throw new Error(`expected a reading, got ${result.error.code}`);
  return result.notes.map((note) => note.code);
}

describe('notes explain every interpretation', () => {
  it('says which country code was added and why', () => {
    const result = parsePhone('07400 123456', { defaultCountry: 'GB' });
    expect(result.ok && result.notes[0]?.message).toBe('Added +44 because your default country is United Kingdom.');
  });

  it('names the trunk prefix it dropped after a country code', () => {
    const result = parsePhone('+44 (0)20 7946 0958');
    expect(codes(result)).toContain('dropped_trunk_prefix');
    expect(result.ok && result.notes.find((n) => n.code === 'dropped_trunk_prefix')?.message).toMatch(
      /\(0\) trunk prefix/,
    );
  });

  it('keeps the 0 that belongs to an Italian number', () => {
    const result = parsePhone('+39 02 1234 5678');
    expect(result.ok && result.e164).toBe('+390212345678');
    expect(codes(result)).not.toContain('dropped_trunk_prefix');
  });

  it('reads 00 and 011 as international access codes', () => {
    expect(codes(parsePhone('0044 20 7946 0958', { defaultCountry: 'DE' }))).toContain('read_international_prefix');
    expect(codes(parsePhone('011 44 20 7946 0958', { defaultCountry: 'US' }))).toContain('read_international_prefix');
    const europeanInUs = parsePhone('0044 20 7946 0958', { defaultCountry: 'US' });
    expect(europeanInUs.ok && europeanInUs.e164).toBe('+442079460958');
    expect(codes(europeanInUs)).toContain('read_international_prefix');
  });

  it('explains letters read as digits', () => {
    const result = parsePhone('1-800-FLOWERS', { defaultCountry: 'US' });
    expect(result.ok && result.notes.find((n) => n.code === 'letters_as_digits')?.message).toBe(
      'Read the letters FLOWERS as the keypad digits 3569377.',
    );
  });

  it('says it ignored the text around the number', () => {
    expect(codes(parsePhone('Call me at +44 20 7946 0958 tomorrow'))).toContain('ignored_surrounding_text');
    expect(codes(parsePhone('+44 20 7946 0958'))).not.toContain('ignored_surrounding_text');
  });

  it('takes the first of several numbers, says so and asks for a look', () => {
    const result = parsePhone('T +44 20 7946 0958 | M +44 7400 123456 | F +44 20 7946 0959');
    expect(result.ok && result.e164).toBe('+442079460958');
    expect(result.ok && result.notes.find((n) => n.code === 'more_numbers')?.message).toMatch(/2 more numbers/);
    expect(result.ok && result.confirm).toBe(true);
  });

  it('reads a number missing its + when only that reading is valid', () => {
    const result = parsePhone('442079460958', { defaultCountry: 'US' });
    expect(result.ok && result.e164).toBe('+442079460958');
    expect(codes(result)).toContain('read_missing_plus');
  });

  it('keeps the national reading of ambiguous digits and offers the international one', () => {
    const result = parsePhone('4722484282', { defaultCountry: 'US' });
    expect(result.ok && result.e164).toBe('+14722484282');
    expect(result.ok && result.alternative?.e164).toBe('+4722484282');
    expect(result.ok && result.alternative?.countryName).toBe('Norway');
    expect(codes(result)).toContain('ambiguous');
  });

  it('flags a number outside every known range for confirmation instead of refusing it', () => {
    const result = parsePhone('555-867-5309', { defaultCountry: 'US' });
    expect(result.ok && result.e164).toBe('+15558675309');
    expect(result.ok && result.confirm).toBe(true);
    expect(codes(result)).toContain('unknown_range');
  });

  it('trims digits of the surrounding text that a run swallowed, and asks for a look', () => {
    const result = parsePhone('ring 020 7946 0958 2 times', { defaultCountry: 'GB' });
    expect(result.ok && result.e164).toBe('+442079460958');
    expect(result.ok && result.confirm).toBe(true);
  });

  it('reports type, national and international formats', () => {
    const result = parsePhone('+33 6 12 34 56 78');
    expect(result).toMatchObject({
      ok: true,
      country: 'FR',
      countryName: 'France',
      type: 'MOBILE',
      national: '06 12 34 56 78',
      international: '+33 6 12 34 56 78',
    });
  });

  it('does not mistake a label or a date before the number for the number', () => {
    expect(parsePhone('Tel.: 020 7946 0958', { defaultCountry: 'GB' })).toMatchObject({
      ok: true,
      e164: '+442079460958',
    });
    expect(parsePhone('On 2026-11-27 call 020 7946 0958', { defaultCountry: 'GB' })).toMatchObject({
      ok: true,
      e164: '+442079460958',
    });
    expect(parsePhone('Termin 27.11.2026, Rückruf 030 123456', { defaultCountry: 'DE' })).toMatchObject({
      ok: true,
      e164: '+4930123456',
    });
    expect(parsePhone('Call 020 7946 0958 on 2026-11-27', { defaultCountry: 'GB' })).toMatchObject({
      ok: true,
      confirm: false,
    });
  });
});
