import { describe, expect, it } from 'vitest';
import { formatAsYouType } from '../../../electron/core/phone/as-you-type.js';
import { parsePhone } from '../../../electron/core/phone/parse.js';

/** Types `keys` one at a time into an empty field, feeding each output back in, as the dial pad does. */
function typeKeys(keys: string, country?: string): string {
  let text = '';
  for (const key of keys) text = formatAsYouType(text + key, text.length + 1, country).text;
  return text;
}

describe('as-you-type formatting', () => {
  it('formats a national number for the default country keystroke by keystroke', () => {
    expect(typeKeys('6502530000', 'US')).toBe('(650) 253-0000');
    expect(typeKeys('02079460958', 'GB')).toBe('020 7946 0958');
  });

  it('detects the country of an international number', () => {
    const result = formatAsYouType('+33612345678', 12, 'US');
    expect(result).toEqual({ text: '+33 6 12 34 56 78', caret: 17, country: 'FR' });
  });

  it('keeps the caret after the same digit when editing in the middle', () => {
    // A 3 typed after "(650) 25" of "(650) 253-000": the caret sits after the new 3, not at the end.
    const edited = formatAsYouType('(650) 253-3000', 9, 'US');
    expect(edited.text).toBe('(650) 253-3000');
    expect(edited.caret).toBe(9);
    const inserted = formatAsYouType('650 2535-3000', 7, 'US');
    expect(inserted.text.replace(/\D/g, '')).toBe('65025353000');
    expect(inserted.text.slice(0, inserted.caret).replace(/\D/g, '')).toBe('650253');
  });

  it('leaves text with letters alone, so pasting a sentence is not mangled', () => {
    expect(formatAsYouType('call 555', 4, 'US')).toEqual({ text: 'call 555', caret: 4 });
  });

  it('keeps a pasted "(0)" and separators it has no layout for, as written', () => {
    expect(formatAsYouType('+44 (0)20 7946 0958', 19, 'US').text).toBe('+44 (0)20 7946 0958');
    expect(formatAsYouType('0044 20 7946 0958', 17, 'US').text).toBe('0044 20 7946 0958');
    expect(formatAsYouType('00442079460958', 14, 'US').text).toBe('00442079460958');
  });

  it('accepts full-width digits', () => {
    expect(formatAsYouType('０２０７９４６０９５８', 11, 'GB').text).toBe('020 7946 0958');
  });

  it('keeps vanity letters typed key by key, so the number reads as the same paste does', () => {
    for (const keys of ['1800FLOWERS', '1800flowers', '1-800-flowers']) {
      const typed = typeKeys(keys, 'US');
      expect(typed, keys).toMatch(/FLOWERS$/);
      expect(parsePhone(typed, { defaultCountry: 'US' }), keys).toMatchObject({ ok: true, e164: '+18003569377' });
    }
    expect(parsePhone('1800FLOWERS', { defaultCountry: 'US' })).toMatchObject({ ok: true, e164: '+18003569377' });
  });

  it('leaves a time or a quantity after digits as text', () => {
    expect(parsePhone('Call at 10AM: 020 7946 0958', { defaultCountry: 'GB' })).toMatchObject({
      e164: '+442079460958',
    });
    expect(parsePhone('Order 300MB for 020 7946 0958', { defaultCountry: 'GB' })).toMatchObject({
      e164: '+442079460958',
    });
  });
});
