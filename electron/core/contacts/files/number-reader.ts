import { readContactNumber } from '../numbers.js';
import type { RawNumber } from '../numbers.js';
import type { ContactNumber } from '../types.js';

/**
 * The number reading of one import: every number read by the phone module with the import's one default
 * country, each distinct text once, so that a switchboard number repeated on a thousand lines is parsed
 * once. A reader lives for one import only, so readings made with another default country never mix in.
 */
export function numberReader(defaultCountry: string | undefined): (number: RawNumber) => ContactNumber {
  const known = new Map<string, ContactNumber>();
  return (number) => {
    if (number.extension !== undefined) return readContactNumber(number, defaultCountry);
    const seen = known.get(number.raw);
    if (seen) return { ...seen, id: number.id, label: number.label };
    const read = readContactNumber(number, defaultCountry);
    known.set(number.raw, read);
    return read;
  };
}
