import type { NumberParts } from './compiled-plan.js';
import type { AlternativeReading, PhoneErrorCode, PhoneNote } from './types.js';

/** A parsed number with its type looked up once (max metadata: valid exactly when it has a type). */
export interface Typed {
  number: NumberParts;
  type: string | undefined;
}

/** One way of reading the digits, with what had to be assumed to get there. */
export interface Reading extends Typed {
  notes: PhoneNote[];
  alternative?: AlternativeReading;
  confirm: boolean;
}

/** A reading, or why there is none (with the specific reason where the code alone is not enough). */
export type ReadOutcome = Reading | { error: PhoneErrorCode; reason?: string };

/** One explained step of a reading, as the notes list shows it. */
export const note = (code: PhoneNote['code'], message: string): PhoneNote => ({ code, message });
