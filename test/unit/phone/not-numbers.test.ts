import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import { notANumber } from '../../../electron/core/phone/not-a-number.js';

/** The E.164 numbers a text is read as, in order (empty when refused). */
function numbers(text: string, defaultCountry: string): string[] {
  const result = parsePhone(text, { defaultCountry });
  return result.ok ? result.readings.map((reading) => reading.e164) : [];
}

/** What the rules call the digits `digits` (their first occurrence) in `text`. */
function kindOf(text: string, digits: string): string | undefined {
  const start = text.indexOf(digits);
  return notANumber(text, start, start + digits.length);
}

describe('text beside a number that is not one is never offered', () => {
  it('skips postal codes, with or without a country letter, and offers the number after them first', () => {
    expect(numbers('Wilhelmstraße 70-71, 10117 Berlin, Tel. 030 20 18 40', 'DE')).toEqual(['+4930201840']);
    expect(numbers('ul. Miodowa 15, 00-950 Warszawa, tel. 22 504 12 34', 'PL')).toEqual(['+48225041234']);
    expect(numbers('Herengracht 450, 1017 CA Amsterdam T 020 555 1234', 'NL')).toEqual(['+31205551234']);
    expect(numbers('Marienplatz 8, D-80331 München, Telefon 089 233 00', 'DE')).toEqual(['+498923300']);
    expect(numbers('1600 Amphitheatre Pkwy, Mountain View, CA 94043 (650) 253-0000', 'US')).toEqual(['+16502530000']);
    expect(kindOf('Vinohradská 1, 120 00 Praha 2', '120 00')).toBe('postal_code');
    expect(kindOf('〒100-0001 東京都千代田区', '100-0001')).toBe('postal_code');
  });

  it('skips PO boxes, opening hours, years and dates', () => {
    expect(numbers('P.O. Box 4711, Nairobi. Tel: +254 20 271 0000', 'KE')).toEqual(['+254202710000']);
    expect(numbers('Öffnungszeiten: 9.00–17.30 Uhr · Telefon 0221 221-0', 'DE')).toEqual(['+492212210']);
    expect(numbers('Mo–Fr 8-18 Uhr erreichbar unter 0800 1234567', 'DE')).toEqual(['+498001234567']);
    expect(numbers('Familienbetrieb seit 1998 – Telefon 07071 55 66 77', 'DE')).toEqual(['+497071556677']);
    expect(numbers('Stand: 12.03.2025 · Tel. 040 428 28 0', 'DE')).toEqual(['+4940428280']);
    expect(kindOf('Open 9:00-17:30 daily', '00-17')).toBe('opening_hours');
    expect(kindOf('Mon-Fri 8-18', '8-18')).toBe('opening_hours');
    expect(kindOf('© 2025 Acme', '2025')).toBe('year');
    expect(kindOf('in Betrieb seit 1998 – Tel', '1998')).toBe('year');
  });

  it('skips prices, IBANs, order and registration numbers', () => {
    expect(numbers('Preis 1.299 € inkl. MwSt. Bestellhotline 0800 330 1000', 'DE')).toEqual(['+498003301000']);
    expect(numbers('IBAN DE89 3704 0044 0532 0130 00 · Tel. 030 1234567', 'DE')).toEqual(['+49301234567']);
    expect(numbers('Order No. 40012345678 – questions? 020 7946 0958', 'GB')).toEqual(['+442079460958']);
    expect(numbers('Amtsgericht Köln HRB 12345, USt-IdNr. DE123456789, Tel 0221 123456', 'DE')).toEqual([
      '+49221123456',
    ]);
  });

  it('offers bare digits among other text only when their length and prefix fit a number', () => {
    expect(numbers('Kundennr 4711 0815, Kontakt 0221 123456', 'DE')).toEqual(['+49221123456']);
    expect(numbers('Ticket 20250312 - call (650) 253-0000', 'US')).toEqual(['+16502530000']);
    expect(numbers('6502530000', 'US')).toEqual(['+16502530000']);
  });
});
