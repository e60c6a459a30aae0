import { readContactNumber } from '../numbers.js';
import type { RawNumber, SharedNotes } from '../numbers.js';
import type { ContactNumber } from '../types.js';

/** How many numbers a file shows before the reader decides whether remembering texts pays. */
const TRIAL = 2000;
/** The share of repeated texts in the trial below which a file is read without remembering. */
const WORTHWHILE_REPEATS = 0.05;

/**
 * The number reading of one import: every number read by the phone module with the import's one default
 * country, each distinct text once, so that a switchboard number repeated on a thousand lines is parsed
 * once. A file whose first numbers hardly repeat is read without remembering: a lookup in a table of
 * 100,000 texts costs more than it saves. A reader lives for one import only, so readings made with
 * another default country never mix in.
 */
export function numberReader(defaultCountry: string | undefined): (number: RawNumber) => ContactNumber {
  const notes: SharedNotes = new Map();
  let known: Map<string, ContactNumber> | undefined = new Map();
  let looked = 0;
  let repeats = 0;
  return (number) => {
    if (known === undefined || number.extension !== undefined) return readContactNumber(number, defaultCountry, notes);
    const seen = known.get(number.raw);
    if (seen) {
      repeats++;
      return { ...seen, id: number.id, label: number.label };
    }
    const read = readContactNumber(number, defaultCountry, notes);
    known.set(number.raw, read);
    if (++looked === TRIAL && repeats < TRIAL * WORTHWHILE_REPEATS) known = undefined;
    return read;
  };
}
