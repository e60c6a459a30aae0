import type { Contact, ContactNumber } from './contacts.svelte.js';
import type { Reading } from './dial-pad.svelte.js';
import { looksLikeNumber } from './readings.js';

/** The number a double-click dials: the preferred one, or the only one; undefined when the agent must choose. */
export function numberToDial(contact: Contact): ContactNumber | undefined {
  if (contact.preferred !== undefined) return contact.numbers[contact.preferred];
  return contact.numbers.length === 1 ? contact.numbers[0] : undefined;
}

/** What the box holds and shows, as far as Enter and the Call button care. */
export interface BoxState {
  text: string;
  /** The box's reading, as the preview shows it (null when the text is a name). */
  reading: Reading | null;
  /** The contacts listed for the text, and the one selected (-1: none). */
  results: readonly Contact[];
  selected: number;
  /** The agent moved onto the selected contact (arrow keys or a click) since the text last changed. */
  navigated: boolean;
}

/**
 * What Enter and the Call button act on, and the button's name: the typed text (dialled, or refused with the
 * reason), a contact (its number, or a chooser when it has several), or nothing for an empty box.
 */
export type CallTarget =
  | { kind: 'typed'; label: string; contactName?: string }
  | { kind: 'contact'; label: string; contact: Contact; number: ContactNumber | undefined }
  | { kind: 'nothing'; label: string };

/**
 * The one rule for what a call calls: a typed number (even an incomplete one) is called as typed, unless the
 * agent moved onto a contact; a name calls the contact selected for it. A contact whose number is the typed one
 * lends its name to the call.
 */
export function callTarget(box: BoxState): CallTarget {
  if (box.text.trim() === '') return { kind: 'nothing', label: 'Call' };
  const contact = box.results[box.selected];
  const typedNumber = looksLikeNumber(box.text);
  if (contact && (box.navigated || !typedNumber)) {
    const number = numberToDial(contact);
    return { kind: 'contact', label: number ? `Call ${number.display}` : 'Call', contact, number };
  }
  const reading = typedNumber && box.reading?.ok ? box.reading : undefined;
  if (!reading) return { kind: 'typed', label: 'Call' };
  const owner = box.results.find((listed) => listed.numbers.some((number) => number.dial === reading.e164));
  return { kind: 'typed', label: `Call ${reading.international}`, ...(owner ? { contactName: owner.name } : {}) };
}
