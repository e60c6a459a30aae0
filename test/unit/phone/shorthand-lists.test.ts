import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import type { ParsedPhone } from '../../../electron/core/phone/types.js';

function read(text: string, defaultCountry: string): ParsedPhone {
  const result = parsePhone(text, { defaultCountry });
  if (!result.ok) throw new Error(`expected a reading of ${text}, got ${result.error.code}`);
  return result;
}

const numbers = (text: string, defaultCountry: string): string[] =>
  read(text, defaultCountry).readings.map((reading) => reading.e164);
const codes = (result: ParsedPhone, index: number): string[] =>
  result.readings[index]?.notes.map((note) => note.code) ?? [];

describe('lists written in shorthand are expanded into their numbers', () => {
  it('replaces the last digits after a slash, once or several times', () => {
    const bonn = read('Bundesministerium, Bonn, Tel. (0228) 85 57 25/26', 'DE');
    expect(bonn.readings.map((reading) => reading.e164)).toEqual(['+49228855725', '+49228855726']);
    expect(codes(bonn, 1)).toContain('list_shorthand');
    expect(bonn.readings[1]?.notes.find((note) => note.code === 'list_shorthand')?.message).toBe(
      'Read "26" as the number before it with its last digits replaced: 0228855726.',
    );
    expect(numbers('Telephone: +(55)(71) 3113-2090/2091/2092', 'US')).toEqual([
      '+557131132090',
      '+557131132091',
      '+557131132092',
    ]);
  });

  it('reads a whole number after a slash and a space with the prefix of the list', () => {
    expect(numbers('during office hours: (356) 2204 2281/ 2204 2351; all other times: (356) 7941 3665', 'MT')).toEqual([
      '+35622042281',
      '+35622042351',
      '+35679413665',
    ]);
  });

  it('replaces the last digits after "or", and carries the area code to the next number of the list', () => {
    expect(numbers('Trunkline: +63 2 8527 0694 or 2293', 'PH')).toEqual(['+63285270694', '+63285272293']);
    const taipei = read('Tel: (02) 2381 7475; 2381 8341', 'TW');
    expect(taipei.readings.map((reading) => reading.e164)).toEqual(['+886223817475', '+886223818341']);
    expect(codes(taipei, 1)).toContain('carried_area_code');
    expect(numbers('F: (00420 2) 57 11 31 11, 57 53 14 81', 'DE')).toEqual(['+420257113111', '+420257531481']);
  });

  it('gives a range of lines as its first number with a note naming the range', () => {
    const range = read('Phone: (0471) 2305595-98', 'IN');
    expect(range.readings.map((reading) => reading.e164)).toEqual(['+914712305595']);
    expect(range.readings[0]?.notes.find((note) => note.code === 'range_of_lines')?.message).toBe(
      'The text names a range of lines, 04712305595 to 04712305598: this is the first of them.',
    );
    const words = read('Switchboard: 020 7946 2571 to 73', 'GB');
    expect(words.readings.map((reading) => reading.e164)).toEqual(['+442079462571']);
    expect(codes(words, 0)).toContain('range_of_lines');
  });

  it('keeps the German way of writing one number (DIN 5008) as one number', () => {
    expect(numbers('Telefon: 089 / 98 76 54-0', 'DE')).toEqual(['+49899876540']);
    expect(numbers('über die Telefonnummer 05207 8905 -0.', 'DE')).toEqual(['+49520789050']);
    expect(numbers('Tel.: (01) 217 55/4128', 'AT')).toEqual(['+431217554128']);
  });

  it('never offers a piece shorter than any number of its country', () => {
    expect(numbers('Tel. 030 1234567, Zimmer 12 or 14', 'DE')).toEqual(['+49301234567']);
    expect(numbers('+90-312-455-5555, 8:30 a.m. to 5:30 p.m.', 'TR')).toEqual(['+903124555555']);
  });
});
