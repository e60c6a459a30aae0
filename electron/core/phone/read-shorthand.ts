import type { FoundNumber } from './find-number.js';
import type { ListMember, Shorthand } from './shorthand-list.js';
import type { PhoneNote } from './types.js';
import { t } from '../../shared/i18n/language.js';

/** One number of a list written in shorthand, as read, with the note saying how it was expanded. */
export interface ListedReading<R> {
  reading: R;
  note?: PhoneNote;
}

const note = (code: PhoneNote['code'], message: string): PhoneNote => ({ code, message });

/** A member's reading: the expanded digits with a note, else its own digits when they are a number of their own. */
function readMember<R>(member: ListMember, valid: (digits: string) => R | undefined): ListedReading<R> | undefined {
  // The list's own prefix first: "57 53 14 81" after "(00420 2) 57 11 31 11" is in Prague, wherever else it is valid.
  const expanded = valid(member.digits);
  const alone = expanded || member.alone === undefined ? undefined : valid(member.alone);
  if (alone) return { reading: alone };
  if (!expanded) return undefined;
  const message =
    member.how === 'replaced'
      ? t('phone.note.list_shorthand', { written: member.written, digits: member.digits })
      : t('phone.note.carried_area_code', { written: member.written, digits: member.digits });
  return { reading: expanded, note: note(member.how === 'replaced' ? 'list_shorthand' : 'carried_area_code', message) };
}

/** The note on the first line of a range ("9205595-98": the lines 9205595 to 9205598). */
function rangeNote(shorthand: Shorthand): PhoneNote {
  const last = shorthand.last?.digits ?? shorthand.head;
  return note('range_of_lines', t('phone.note.range_of_lines', { first: shorthand.head, last }));
}

/**
 * The numbers a run written in shorthand stands for, when the numbering plan says the shorthand is meant:
 * the first number is valid on its own, and (for a DIN 5008 suffix such as "54-0") the whole run is not.
 * `valid` reads digits in the caller's country. Undefined when the run is read as one number instead.
 */
export function readShorthand<R>(
  found: FoundNumber,
  valid: (digits: string) => R | undefined,
): ListedReading<R>[] | undefined {
  const shorthand = found.shorthand;
  if (!shorthand) return undefined;
  const head = valid(shorthand.head);
  if (!head) return undefined;
  if (shorthand.head !== found.digits && shorthand.wholeFirst && valid(found.digits)) return undefined;
  if (shorthand.kind === 'range') return [{ reading: head, note: rangeNote(shorthand) }];
  const members = shorthand.members.map((member) => readMember(member, valid));
  return [{ reading: head }, ...members.filter((member) => member !== undefined)];
}
