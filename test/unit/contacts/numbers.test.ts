import { describe, expect, it } from 'vitest';
import { chosenNumber, preferredNumber, readContactNumber } from '../../../electron/core/contacts/numbers.js';

const work = readContactNumber({ id: 'n1', label: 'Work', raw: '020 7946 0958' }, 'GB');
const mobile = readContactNumber({ id: 'n2', label: 'Mobile', raw: '07400 123456' }, 'GB');
const broken = readContactNumber({ id: 'n3', label: 'Other', raw: 'call reception' }, 'GB');

describe('the number a contact is called on', () => {
  it('tells the window only what the agent chose, or the one dialable number', () => {
    expect(chosenNumber([work, mobile])).toBeUndefined();
    expect(chosenNumber([work, mobile], 'n2')?.id).toBe('n2');
    expect(chosenNumber([work, mobile], 'gone')).toBeUndefined();
    expect(chosenNumber([broken, mobile])?.id).toBe('n2');
    expect(chosenNumber([work])?.id).toBe('n1');
    expect(chosenNumber([broken])).toBeUndefined();
    expect(chosenNumber([])).toBeUndefined();
  });

  it('still falls back to the first dialable number for quick dials and dial by contact id', () => {
    expect(preferredNumber([work, mobile])?.id).toBe('n1');
    expect(preferredNumber([broken, mobile])?.id).toBe('n2');
    expect(preferredNumber([work, mobile], 'n2')?.id).toBe('n2');
  });
});
