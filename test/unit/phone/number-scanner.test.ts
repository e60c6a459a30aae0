import { describe, expect, it } from 'vitest';
import { NumberScanner, scanNumbers } from '../../../electron/core/phone/number-scanner.js';
import type { ScannedNumber } from '../../../electron/core/phone/number-scanner.js';

const PAGE = [
  'Acme GmbH · Wilhelmstraße 70-71 · 10117 Berlin',
  'Telefon:',
  '030 20 18 40',
  '0171 2345678',
  '',
  'Öffnungszeiten Mo–Fr 9.00–17.30 Uhr · Bestellung Nr. 40012345',
  'Fax: 030 20 18 49 · Ｍｏｂｉｌ：０１５１－２３４５６７８９',
  'London office +44 20 7946 0958 ext. 12',
].join('\n');

/** The page fed to a scanner in chunks of `size` characters. */
function inChunks(text: string, size: number): ScannedNumber[] {
  const scanner = new NumberScanner({ defaultCountry: 'DE' });
  const found: ScannedNumber[] = [];
  for (let at = 0; at < text.length; at += size) found.push(...scanner.push(text.slice(at, at + size)));
  return [...found, ...scanner.end()];
}

const shown = (found: ScannedNumber[]): string[] =>
  found.map((number) => `${number.label ?? '-'} ${number.e164} ${PAGE.slice(number.start, number.end)}`);

describe('the long-text scanner', () => {
  it('finds every number of a page with its label and the offsets of the text it was read from', () => {
    expect(shown(scanNumbers(PAGE, { defaultCountry: 'DE' }))).toEqual([
      'Telefon +4930201840 030 20 18 40',
      'Telefon +491712345678 0171 2345678',
      'Fax +4930201849 030 20 18 49',
      'Mobil +4915123456789 ０１５１－２３４５６７８９',
      '- +442079460958 +44 20 7946 0958 ext. 12',
    ]);
  });

  it('reads the same numbers at the same offsets however the text is cut into chunks', () => {
    const whole = shown(scanNumbers(PAGE, { defaultCountry: 'DE' }));
    for (const size of [1, 7, 40, 1000]) expect(shown(inChunks(PAGE, size)), `chunks of ${size}`).toEqual(whole);
  });

  it('has no cap on the count of numbers', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `Row ${i}: +44 20 7946 ${String(i).padStart(4, '0')}`);
    expect(scanNumbers(rows.join('\n'), { defaultCountry: 'GB' })).toHaveLength(500);
  });

  it('marks only numbers a plan accepts', () => {
    expect(scanNumbers('Ticket 1-800-135-6937 and call 555 0100', { defaultCountry: 'US' })).toEqual([]);
    expect(scanNumbers('Kundennummer\n40012345\n', { defaultCountry: 'DE' })).toEqual([]);
  });
});
