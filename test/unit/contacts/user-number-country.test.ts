import { describe, expect, it } from 'vitest';
import { externalContact, userContact } from '../../../electron/core/contacts/from-genesys.js';
import { UserSchema } from '../../../electron/core/genesys/schemas.js';
import * as v from 'valibot';

/** A directory user as GET /api/v2/users gives it, parsed the way the sync parses a page. */
const user = (addresses: Record<string, unknown>[]) =>
  v.parse(UserSchema, { id: 'u-abroad', name: 'Kollege Berlin', addresses, primaryContactInfo: [] });

describe('a directory user number', () => {
  it('is read in the country its entry names, not the agent’s', () => {
    const contact = userContact(
      user([
        { mediaType: 'PHONE', type: 'WORK', address: '030 1234567', countryCode: 'DE' },
        { mediaType: 'PHONE', type: 'MOBILE', address: '07400 123456' },
      ]),
      'GB',
    );
    expect(contact.numbers).toMatchObject([
      { label: 'Work', e164: '+49301234567', reading: { international: '+49 30 1234567', country: 'DE' } },
      { label: 'Mobile', e164: '+447400123456', reading: { country: 'GB' } },
    ]);
  });

  it('keeps the same national text written for two countries as two numbers', () => {
    const contact = userContact(
      user([
        { mediaType: 'PHONE', type: 'WORK', address: '030 1234567', countryCode: 'DE' },
        { mediaType: 'PHONE', type: 'WORK2', address: '030 1234567', countryCode: 'gb' },
      ]),
      'DE',
    );
    expect(contact.numbers.map((number) => number.reading?.country)).toEqual(['DE', 'GB']);
  });

  it('lists a number Genesys gives under addresses and again under primaryContactInfo once', () => {
    const contact = userContact(
      v.parse(UserSchema, {
        id: 'u-us',
        name: 'Pat',
        addresses: [{ mediaType: 'PHONE', type: 'WORK', address: '+13175550123', countryCode: 'US' }],
        primaryContactInfo: [{ mediaType: 'PHONE', type: 'PRIMARY', address: '+13175550123' }],
      }),
      'GB',
    );
    expect(contact.numbers.map((number) => [number.id, number.e164])).toEqual([['WORK', '+13175550123']]);
  });

  it('falls back to the agent’s country when the entry’s is not a country', () => {
    const contact = userContact(
      user([{ mediaType: 'PHONE', type: 'WORK', address: '020 7946 0958', countryCode: '+49' }]),
      'GB',
    );
    expect(contact.numbers[0]).toMatchObject({ e164: '+442079460958' });
    const external = externalContact(
      { id: 'x1', firstName: 'Ext', workPhone: { display: '020 7946 0958', countryCode: 'United Kingdom' } },
      'GB',
    );
    expect(external.numbers[0]).toMatchObject({ e164: '+442079460958' });
  });
});
