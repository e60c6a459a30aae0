import { parsePhone } from '../phone/parse.js';
import type { PhoneNote } from '../phone/types.js';
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

/** The first ids spelled once, so that reading a large file does not build the same short strings again. */
const LOCAL_NUMBER_IDS = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8'];

/** The id of a local contact's number by its place (n1, n2…): how an import and a draft name them alike. */
export const localNumberId = (index: number): string => LOCAL_NUMBER_IDS[index] ?? `n${index + 1}`;

/** Whether a number can be dialled: read to E.164, or an internal extension. */
export const isDialable = (number: ContactNumber): boolean =>
  number.e164 !== undefined || number.raw === number.extension;

/**
 * Reads one number of a contact through the phone module with the agent's default country. A number
 * that cannot be read keeps its text and says why; an extension alone (or a short all-digit entry) is
 * kept as an internal extension. A batch of readings (an import) passes its `shared` note lists.
 */
export function readContactNumber(
  number: RawNumber,
  defaultCountry: string | undefined,
  shared?: SharedNotes,
): ContactNumber {
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
  // Each object is made whole in one literal: a field added afterwards costs V8 a second object.
  const international = keptText(read.international, raw);
  const national = keptText(read.national, raw);
  const notes = notesOf(read.notes, shared);
  const reading: NumberReading = read.type
    ? { international, national, country: read.country, type: read.type, notes }
    : { international, national, country: read.country, notes };
  const e164 = keptText(read.e164, raw);
  return read.extension
    ? { id: number.id, label: number.label, raw, e164, extension: read.extension, reading }
    : { id: number.id, label: number.label, raw, e164, reading };
}

/**
 * Note lists already kept by one batch of readings (an import), by their text: most numbers of a file
 * carry the same note ("Added +44 because…"), and one list then serves them all.
 */
export type SharedNotes = Map<string, readonly string[]>;

/** The notes' messages, as the list the batch already keeps when it has the same one. */
function notesOf(notes: readonly PhoneNote[], shared: SharedNotes | undefined): readonly string[] {
  if (notes.length === 0) return NO_NOTES;
  if (!shared) return notes.map((note) => note.message);
  // One note is keyed by its own text, which the phone module makes once for the commonest note.
  const key = notes.length === 1 && notes[0] ? notes[0].message : notes.map((note) => note.message).join('\n');
  const known = shared.get(key);
  if (known) return known;
  const messages = notes.map((note) => note.message);
  shared.set(key, messages);
  return messages;
}

/**
 * A reading's text as it is kept for as long as its contact lives: the raw text itself when they are the
 * same (a file written in the national format), else the text as one flat string. V8 builds a joined string
 * as a tree of its pieces ("+44 " and "20 3000 0001"); reading one character flattens the tree in place, so
 * the pieces are not kept with it.
 */
function keptText(text: string, raw: string): string {
  if (text === raw) return raw;
  text.charCodeAt(0);
  return text;
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
