import { parsePhone } from '../phone/parse.js';
import type { ContactNumber, NumberReading } from './types.js';

/** Short all-digit numbers are internal extensions, dialled as they are. */
const MAX_EXTENSION_LENGTH = 7;
const EXTENSION = new RegExp(`^\\d{2,${MAX_EXTENSION_LENGTH}}$`);

/** The notes of a number read as it was written: one frozen list shared by all of them. */
const NO_NOTES: readonly string[] = Object.freeze([]);

/** One number of a contact as the source holds it. */
export interface RawNumber {
  id: string;
  label: string;
  raw: string;
  /** An extension given apart from the number (Genesys keeps them apart; an extension alone is a contact point). */
  extension?: string;
}

/** Whether a number can be dialled: read to E.164, or an internal extension. */
export const isDialable = (number: ContactNumber): boolean =>
  number.e164 !== undefined || number.raw === number.extension;

/**
 * Reads one number of a contact through the phone module with the agent's default country. A number
 * that cannot be read keeps its text and says why; an extension alone (or a short all-digit entry) is
 * kept as an internal extension.
 */
export function readContactNumber(number: RawNumber, defaultCountry: string | undefined): ContactNumber {
  const raw = number.raw.trim();
  const extension = number.extension?.trim() || undefined;
  if (raw === '' && extension) return { id: number.id, label: number.label, raw: extension, extension };
  if (raw.length <= MAX_EXTENSION_LENGTH && !extension && EXTENSION.test(raw))
    return { id: number.id, label: number.label, raw, extension: raw };
  const read = parsePhone(extension ? `${raw};ext=${extension}` : raw, { defaultCountry });
  if (!read.ok)
    return {
      id: number.id,
      label: number.label,
      raw,
      reading: { international: raw, national: raw, country: '', notes: NO_NOTES, problem: read.error.message },
    };
  // Optional fields are set only when present (no spreads: an import reads every number of its file here).
  const reading: NumberReading = {
    international: read.international,
    national: read.national,
    country: read.country,
    notes: read.notes.length === 0 ? NO_NOTES : read.notes.map((note) => note.message),
  };
  if (read.type) reading.type = read.type;
  const contactNumber: ContactNumber = { id: number.id, label: number.label, raw, e164: read.e164, reading };
  if (read.extension) contactNumber.extension = read.extension;
  return contactNumber;
}

/** The number a quick dial calls: the E.164 reading (with its extension), else the raw text. */
export function dialText(number: ContactNumber): string {
  if (!number.e164) return number.raw;
  return number.extension ? `${number.e164};ext=${number.extension}` : number.e164;
}

/** The preferred number if it still exists, else the first dialable one, else the first. */
export function preferredNumber(numbers: readonly ContactNumber[], preferredId?: string): ContactNumber | undefined {
  return numbers.find((number) => number.id === preferredId) ?? numbers.find(isDialable) ?? numbers[0];
}

/**
 * The number the agent has settled on, as the window is told it: the one chosen (if it still exists), else
 * the only dialable one; undefined when several could be meant, so the window asks instead of guessing.
 */
export function chosenNumber(numbers: readonly ContactNumber[], preferredId?: string): ContactNumber | undefined {
  const chosen = numbers.find((number) => number.id === preferredId);
  if (chosen) return chosen;
  const dialable = numbers.filter(isDialable);
  return dialable.length === 1 ? dialable[0] : undefined;
}
