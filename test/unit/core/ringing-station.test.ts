import { describe, expect, it } from 'vitest';
import { ringingStation } from '../../../electron/core/agent/agent-identity.js';

// effectiveStation is the station Genesys rings (the associated one, else the default): when it is absent,
// Genesys refuses the call for want of a station, so softdial must not name another one as ringing.

describe('the station a call rings on', () => {
  it('is the effective station', () => {
    expect(
      ringingStation({
        effectiveStation: { id: 'effective' },
        associatedStation: { id: 'associated' },
        defaultStation: { id: 'default' },
      }),
    ).toEqual({ id: 'effective' });
  });

  it('is none without an effective station, whatever else is listed', () => {
    expect(ringingStation({ associatedStation: { id: 'associated' }, defaultStation: { id: 'default' } })).toBe(
      undefined,
    );
    expect(ringingStation({ lastAssociatedStation: { id: 'last' } })).toBe(undefined);
  });
});
