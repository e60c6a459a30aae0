import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTyped } from '../../../renderer/src/lib/typing.js';

/** Types `keys` one at a time into an empty box, feeding each result back in, as the window does. */
function typeKeys(keys: string, country: string | undefined): string {
  let text = '';
  for (const key of keys) text = formatTyped(text + key, text.length + 1, country, false).text;
  return text;
}

describe('the box lays out what is typed only when it is certain', () => {
  it('never regroups a local, incomplete or impossible number', () => {
    expect(typeKeys('555-0123', 'US')).toBe('555-0123');
    expect(typeKeys('(123) 456-7890', 'US')).toBe('(123) 456-7890');
    expect(typeKeys('1234567890', 'US')).toBe('1234567890');
    expect(typeKeys('0207946', 'GB')).toBe('0207946');
  });

  it('lays out a valid number of the default country, and an international one as it is typed', () => {
    expect(typeKeys('6502530000', 'US')).toBe('(650) 253-0000');
    expect(typeKeys('02079460958', 'GB')).toBe('020 7946 0958');
    expect(typeKeys('+336123', 'GB')).toBe('+33 6 12 3');
    expect(typeKeys('+33612345678', 'US')).toBe('+33 6 12 34 56 78');
  });

  it('keeps a paste exactly as written', () => {
    for (const paste of ['6502530000', '555-0123', '+44 (0)20 7946 0958', '020-7946-0958'])
      expect(formatTyped(paste, paste.length, 'GB', true)).toEqual({ text: paste, caret: paste.length });
  });

  it('keeps every typed digit, in order, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\+?[\d ()-]{0,16}$/),
        fc.constantFrom('US', 'GB', 'FR', 'DE', 'IN', undefined),
        (keys, country) => {
          const typed = typeKeys(keys, country);
          expect(typed.replace(/[^\d+]/g, '')).toBe(keys.replace(/[^\d+]/g, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
