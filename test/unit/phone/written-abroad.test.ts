import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';

/** The first number a text is read as, and its note codes. */
function first(text: string, defaultCountry: string): { e164: string; codes: string[] } {
  const result = parsePhone(text, { defaultCountry });
  if (!result.ok) throw new Error(`expected a reading of ${text}, got ${result.error.code}`);
  return { e164: result.e164, codes: result.notes.map((note) => note.code) };
}

describe('numbers written for callers in another country', () => {
  it('reads a country code in parentheses once and drops a trunk prefix after it', () => {
    expect(first('+(44)(20) 7946 0958', 'US').e164).toBe('+442079460958');
    expect(first('Tel. +81 (03) 1234 5678', 'US')).toEqual({
      e164: '+81312345678',
      codes: ['ignored_surrounding_text', 'dropped_trunk_prefix'],
    });
    expect(first('(00-44 20) 7946 0958', 'DE').e164).toBe('+442079460958');
    expect(first('Teléfono: (+34) 91 123 45 67', 'US').e164).toBe('+34911234567');
  });

  it('reads another country’s exit code before a valid country code as an international number, with a note', () => {
    for (const [text, country, e164] of [
      ['011-44-20-7946-0958', 'DE', '+442079460958'],
      ['From Australia dial 0011 61 2 9876 5432', 'US', '+61298765432'],
      ['010-81-3-1234-5678', 'GB', '+81312345678'],
      ['8~10 7 495 123-45-67', 'US', '+74951234567'],
      ['00-972 3 123 4567', 'US', '+97231234567'],
    ] as const) {
      const reading = first(text, country);
      expect(reading.e164, text).toBe(e164);
      expect(reading.codes, text).toContain('read_international_prefix');
    }
  });

  it('reads retired national forms with a note, and still refuses what no plan holds', () => {
    expect(first('Urząd: (022) 504 12 34', 'PL')).toEqual({
      e164: '+48225041234',
      codes: ['ignored_surrounding_text', 'dropped_old_prefix', 'added_country_code'],
    });
    expect(first('Celular: (011) 15 4123-4567', 'AR').e164).toBe('+5491141234567');
    expect(parsePhone('(022) 504 12', { defaultCountry: 'PL' }).ok).toBe(false);
  });

  it('reads a national number in the country the text names when the default country cannot hold it', () => {
    const result = parsePhone('Consular Emergency Centre in Canberra on (02) 6261 3305 (Australia)', {
      defaultCountry: 'US',
    });
    expect(result.ok && result.e164).toBe('+61262613305');
    const india = parsePhone('or 1300 555 135 (from within Australia)', { defaultCountry: 'IN' });
    expect(india.ok && india.e164).toBe('+611300555135');
    expect(result.ok && result.confirm).toBe(true);
    expect(result.ok && result.notes.map((note) => note.code)).toContain('country_named_in_text');
  });

  it('offers the named country as the other reading when the number is valid in both', () => {
    const result = parsePhone('844-528-6611 (from the United States)', { defaultCountry: 'MX' });
    expect(result.ok && result.e164).toBe('+528445286611');
    expect(result.ok && result.alternative?.e164).toBe('+18445286611');
    expect(result.ok && result.notes.map((note) => note.code)).toContain('country_named_in_text');
    const brazil = parsePhone('U.S. Embassy Brasilia, Brazil. Fax: (61) 3312-7651', { defaultCountry: 'US' });
    expect(brazil.ok && brazil.e164).toBe('+556133127651');
    expect(brazil.ok && brazil.alternative?.e164).toBe('+16133127651');
  });
});

describe('vanity numbers, service numbers and extensions inside running text', () => {
  it('reads vanity letters in a sentence', () => {
    expect(first('Questions? call 1-800-GO-FEDEX today', 'US').e164).toBe('+18004633339');
  });

  it('reads service numbers of their own national shape with their type', () => {
    const typeOf = (text: string, country: string): string | undefined => {
      const result = parsePhone(text, { defaultCountry: country });
      return result.ok ? result.type : undefined;
    };
    expect(typeOf('客服热线：400-810-8888', 'CN')).toBe('SHARED_COST');
    expect(typeOf('免付費電話：0800-123-456', 'TW')).toBe('TOLL_FREE');
    expect(typeOf('Call us on 1300 655 506', 'AU')).toBe('SHARED_COST');
    expect(typeOf('Freecall 1800 020 504', 'AU')).toBe('TOLL_FREE');
    expect(typeOf('Tel: 0300 123 4567', 'GB')).toBe('UAN');
    expect(typeOf('Tél : 08 92 68 01 23', 'FR')).toBe('PREMIUM_RATE');
  });

  it('keeps the extension words of the Philippines, Chinese, Austria and Germany', () => {
    const extension = (text: string, country: string): string | undefined => {
      const result = parsePhone(text, { defaultCountry: country });
      return result.ok ? result.extension : undefined;
    };
    expect(extension('Trunkline: +63 2 8888 1234 loc. 123', 'PH')).toBe('123');
    expect(extension('(02) 8888-1234 local 4567', 'PH')).toBe('4567');
    expect(extension('電話：02-2345-6789 轉 123', 'TW')).toBe('123');
    expect(extension('電話：02-2345-6789 內線 123', 'TW')).toBe('123');
    expect(extension('电话：010-1234 5678 转 8001', 'CN')).toBe('8001');
    expect(extension('Tel. 01 234 56 78 Kl. 12', 'AT')).toBe('12');
    expect(extension('Tel. 01 234 56 78 Klappe 12', 'AT')).toBe('12');
    expect(extension('Tel. 030 1234 DW 56', 'DE')).toBe('56');
    expect(extension('+1 650 253 0000 ext (123)', 'US')).toBe('123');
    expect(extension('+1 650 253 0000 (ext. 123)', 'US')).toBe('123');
    expect(extension('+39 02 1234 5678 int. 22', 'IT')).toBe('22');
    expect(extension('• Sales: 650-253-0000 #204', 'US')).toBe('204');
  });
});
