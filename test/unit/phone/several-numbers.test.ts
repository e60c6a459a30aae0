import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import type { ParsedPhone } from '../../../electron/core/phone/types.js';

function read(text: string, defaultCountry?: string): ParsedPhone {
  const result = parsePhone(text, { defaultCountry });
  if (!result.ok) throw new Error(`expected a reading of ${text}, got ${result.error.code}`);
  return result;
}

const labelled = (result: ParsedPhone): string[] =>
  result.readings.map(
    (reading) => `${reading.label ?? '-'} ${reading.e164}${reading.extension ? ` x${reading.extension}` : ''}`,
  );

describe('every number of a paste, each with its reading', () => {
  it('reads a signature line of labelled numbers, a label with a colon being no link', () => {
    const result = read('Tel: +44 20 7946 0958 / Fax: +44 20 7946 0959');
    expect(labelled(result)).toEqual(['Tel +442079460958', 'Fax +442079460959']);
    expect(result.e164).toBe('+442079460958');
    expect(result.label).toBe('Tel');
    expect(result.confirm).toBe(true);
  });

  it('keeps a label that names a handled scheme apart from a real link', () => {
    expect(read('Phone: +1 650 253 0000').e164).toBe('+16502530000');
    expect(read('Tel:+44 20 7946 0958').e164).toBe('+442079460958');
    expect(read('tel:+442079460958').notes.map((note) => note.code)).toContain('read_from_link');
  });

  it('names numbers by the labels people write, in several languages', () => {
    const result = read('Tél. : 01 23 45 67 89 | Portable : 06 12 34 56 78 | Fax 01 23 45 67 00', 'FR');
    expect(labelled(result)).toEqual(['Tél +33123456789', 'Portable +33612345678', 'Fax +33123456700']);
    expect(labelled(read('Telefon: 030 123456, Mobil: 0151 23456789', 'DE'))).toEqual([
      'Telefon +4930123456',
      'Mobil +4915123456789',
    ]);
    expect(labelled(read('電話：03-1234-5678 内線 12', 'JP'))).toEqual(['電話 +81312345678 x12']);
  });

  it('gives each number its own extension and notes, and the first one chosen', () => {
    const result = read('Office +1 650 253 0000 ext. 12, Mobile +1 650 253 0001');
    expect(labelled(result)).toEqual(['Office +16502530000 x12', 'Mobile +16502530001']);
    expect(result.readings[0]?.notes.map((note) => note.code)).toContain('kept_extension');
    expect(result.readings[1]?.notes.map((note) => note.code)).not.toContain('kept_extension');
    expect(result.notes.find((note) => note.code === 'more_numbers')?.message).toBe(
      'The text holds one more number; this is the first one.',
    );
  });

  it('offers only the valid numbers of a text that holds valid ones, and an invalid one when it is all there is', () => {
    const result = read('Old line 555 867 5309, call 650 253 0000', 'US');
    expect(result.readings.map((reading) => reading.e164)).toEqual(['+16502530000']);
    expect(result.e164).toBe('+16502530000');
    const alone = read('Old line 555 867 5309', 'US');
    expect(alone.e164).toBe('+15558675309');
    expect(alone.confirm).toBe(true);
  });

  it('lists a number written twice once', () => {
    expect(read('+44 20 7946 0958 or 020 7946 0958', 'GB').readings).toHaveLength(1);
  });

  it('reads the numbers after a link as well', () => {
    const result = read('tel:+16502530000 or +1 650 253 0001');
    expect(result.readings.map((reading) => reading.e164)).toEqual(['+16502530000', '+16502530001']);
  });

  it('a label holds no digits and no sentence', () => {
    expect(read('Call at 10AM: 020 7946 0958', 'GB').label).toBeUndefined();
    expect(read('Please call 020 7946 0958', 'GB').label).toBeUndefined();
  });

  it('reads at most 20 numbers of a long list', () => {
    const list = Array.from({ length: 30 }, (_, i) => `+1 650 253 ${String(1000 + i)}`).join(', ');
    expect(read(list).readings).toHaveLength(20);
  });
});
