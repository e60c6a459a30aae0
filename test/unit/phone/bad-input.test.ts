import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import type { PhoneErrorCode } from '../../../electron/core/phone/types.js';

const errorCode = (text: string, defaultCountry?: string): PhoneErrorCode | undefined => {
  const result = parsePhone(text, { defaultCountry });
  return result.ok ? undefined : result.error.code;
};

describe('bad input gets a specific, readable error', () => {
  it.each([
    ['', 'empty'],
    ['   \t ', 'empty'],
    ['hello there', 'no_digits'],
    ['jane.doe@example.com', 'email_address'],
    ['mailto:jane@example.com', 'email_address'],
    ['sip:alice@example.com', 'not_a_phone_link'],
    ['callto:jane.doe', 'not_a_phone_link'],
    ['+44 20', 'too_short'],
    ['+44 20 7946 0958 1234 5678 9', 'too_long'],
    ['+999 1234 5678', 'unknown_country_code'],
    ['020 7946 0958', 'needs_country'],
  ] as const)('%j → %s', (text, code) => {
    expect(errorCode(text)).toBe(code);
  });

  it('refuses a country setting that is not a country', () => {
    expect(errorCode('020 7946 0958', 'XX')).toBe('bad_default_country');
  });

  it('refuses a 10 MB line before reading it', () => {
    const huge = '1'.repeat(10 * 1024 * 1024);
    const result = parsePhone(huge);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('input_too_long');
    expect(result.input.length).toBeLessThanOrEqual(64);
  });

  it('refuses binary garbage and control characters', () => {
    expect(errorCode('\u0000\u0001\u0002\u0003')).toBe('unreadable');
    expect(errorCode('\u0001\u0002\u0003\u0004\u0005\u0006')).toBe('unreadable');
    expect(errorCode(String.fromCharCode(0xfffd, 0x41, 0x42))).toBe('unreadable');
  });

  it('still reads a number with one stray control character in it', () => {
    expect(parsePhone('+44 20 7946\u0007 0958 and some more words here')).toMatchObject({
      ok: true,
      e164: '+442079460958',
    });
  });

  it('every message is a sentence a person can act on', () => {
    for (const text of ['', 'abc', 'a@b.co', '+44 1', '+999 12345678', '\u0000']) {
      const result = parsePhone(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('never throws on random text, bytes or symbol soup', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = '0123456789+-() .x#*;=:/telsipcallto@ＡＢ１２٣\u00a0\u2011\u200b<>"\'abcEXT';
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(random() * 60);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      const result = parsePhone(text, { defaultCountry: i % 2 ? 'US' : 'GB' });
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) expect(result.e164).toMatch(/^\+\d{4,15}$/);
    }
  });
});
