import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';

/** Each reading as "label e164", the way a chooser names it. */
function labelled(text: string, defaultCountry: string): string[] {
  const result = parsePhone(text, { defaultCountry });
  if (!result.ok) throw new Error(`expected a reading of ${text}, got ${result.error.code}`);
  return result.readings.map((reading) => `${reading.label ?? '-'} ${reading.e164}`);
}

describe('labels are read from the line a number is on, or from a label-only line above it', () => {
  it('takes the phone word before a number even after other words on its line', () => {
    expect(labelled('Marienplatz 8, D-80331 München Tel 089 233 00', 'DE')).toEqual(['Tel +498923300']);
    expect(labelled('Herengracht 450, 1017 CA Amsterdam T 020 555 1234', 'NL')).toEqual(['T +31205551234']);
  });

  it('never takes text of another line for the label', () => {
    expect(labelled('Acme GmbH\nTel: 030 1234567', 'DE')).toEqual(['Tel +49301234567']);
    expect(labelled('Acme GmbH\n030 1234567', 'DE')).toEqual(['- +49301234567']);
  });

  it('applies a label-only line to the lines under it until a blank line or another label', () => {
    const text = 'Telefon:\n030 1234567\n0171 2345678\n\n030 7654321\nFax:\n030 7654322';
    expect(labelled(text, 'DE')).toEqual([
      'Telefon +49301234567',
      'Telefon +491712345678',
      '- +49307654321',
      'Fax +49307654322',
    ]);
  });

  it('joins a number split over two lines, and stops at letters glued to its last digits', () => {
    expect(labelled('Tel: +603\n8787 4212', 'MY')).toEqual(['Tel +60387874212']);
    expect(labelled('Hotel telephone number is 254-20-\n374920; facsimile', 'US')).toEqual(['- +25420374920']);
    expect(labelled('Tel: 03 1234 5678After hours: 0412 345 678', 'AU')).toEqual([
      'Tel +61312345678',
      'After hours +61412345678',
    ]);
  });

  it('reads a number in parentheses inside a sentence', () => {
    expect(labelled('Appelez le secrétariat ( 01 35 38 02 51) avant midi.', 'FR')).toEqual(['- +33135380251']);
  });
});
