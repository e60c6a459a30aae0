import type { NumberReading, ParsedPhone } from '../phone/types.js';

/**
 * The reading of an internal extension from the Genesys directory (a Contact with `extension` and no
 * `address`): a real number inside the org, dialled as it is. It has no country, so `e164` carries the
 * extension's digits, which is what CreateCallRequest.phoneNumber is sent.
 */
export function internalExtension(extension: string): ParsedPhone {
  const reading: NumberReading = {
    e164: extension,
    country: 'ZZ',
    countryName: 'Internal extension',
    national: extension,
    international: extension,
    type: 'INTERNAL_EXTENSION',
    notes: [
      {
        code: 'kept_extension',
        message: `Internal extension ${extension} in your Genesys Cloud org, dialled as it is.`,
      },
    ],
    confirm: false,
  };
  return { ok: true, input: extension, ...reading, readings: [reading] };
}
