import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GENESYS_PATHS } from '../../../electron/core/genesys/paths.js';
import { ContactIdSchema } from '../../../electron/ipc/contacts-schemas.js';
import { DialIntentSchema } from '../../../electron/ipc/schemas.js';

const DOTS = ['.', '..', '%2e', '%2E%2e', '.%2e', '%2e.'];

describe('ids that URL normalisation would fold into another path', () => {
  it.each(DOTS)('%j is refused by the contract and never becomes a path', (dots) => {
    expect(v.safeParse(ContactIdSchema, `external:${dots}`).success).toBe(false);
    expect(v.safeParse(DialIntentSchema, { contactId: `external:${dots}`, source: 'contact' }).success).toBe(false);
    expect(() => GENESYS_PATHS.externalContact(dots)).toThrow(/not "\." or "\.\."/);
    expect(() => GENESYS_PATHS.calls(dots)).toThrow(RangeError);
  });

  it('keeps ids that merely contain dots', () => {
    expect(v.safeParse(ContactIdSchema, 'external:a.b').success).toBe(true);
    expect(GENESYS_PATHS.externalContact('...')).toBe('/api/v2/externalcontacts/contacts/...');
  });
});
