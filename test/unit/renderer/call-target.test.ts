import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callTarget } from '../../../renderer/src/lib/call-target.js';
import type { BoxState } from '../../../renderer/src/lib/call-target.js';
import type { Contact } from '../../../renderer/src/lib/contacts.svelte.js';
import { readingOf } from '../../../renderer/src/lib/readings.js';

const contact = (id: number, dials: string[], preferred?: number): Contact => ({
  id: `c${id}`,
  name: `Contact ${id}`,
  group: 'directory',
  favourite: false,
  numbers: dials.map((dial, index) => ({ id: `n${index}`, label: 'Work', dial, display: dial })),
  ...(preferred !== undefined ? { preferred } : {}),
});

/** A UK number as a contact holds it, in E.164. */
const ukNumber = fc.stringMatching(/^\+447\d{9}$/);
const contactList = fc
  .array(fc.tuple(fc.array(ukNumber, { minLength: 1, maxLength: 3 }), fc.option(fc.nat(2), { nil: undefined })), {
    maxLength: 8,
  })
  .map((rows) => rows.map(([dials, preferred], id) => contact(id, dials, preferred)));

/** The box as the window holds it after typing `text`, with `steps` of arrow keys or a click on a contact. */
function box(text: string, results: Contact[], moves: number[]): BoxState {
  let selected = -1;
  for (const step of moves) selected = Math.min(results.length - 1, Math.max(0, selected + step));
  return { text, reading: readingOf(text, 'GB'), results, selected, navigated: moves.length > 0 && selected >= 0 };
}

/** What a target would dial: the typed text, or a contact's number (undefined: a chooser opens, nothing dials). */
const dials = (target: ReturnType<typeof callTarget>, text: string) =>
  target.kind === 'typed' ? text : target.kind === 'contact' ? target.number?.dial : undefined;

describe('what Enter and the Call button call', () => {
  it('never call a number other than the typed one unless the agent moved onto a contact', () => {
    fc.assert(
      fc.property(
        contactList,
        fc.stringMatching(/^(\+44|0)?\d{0,10}$/),
        fc.array(fc.constantFrom(1, -1), { maxLength: 3 }),
        (results, typed, moves) => {
          fc.pre(typed !== '');
          const state = box(typed, results, moves);
          const target = callTarget(state);
          if (!state.navigated) expect(dials(target, typed)).toBe(typed);
          else expect(target).toMatchObject({ kind: 'contact', contact: results[state.selected] });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('calls the typed digits when they are a prefix of a contact’s number (“000” never calls a colleague)', () => {
    const colleague = contact(1, ['+442070000001']);
    for (const typed of ['000', '0207', '020 7000', '+4420']) {
      const target = callTarget(box(typed, [colleague], []));
      expect(target.kind, typed).toBe('typed');
    }
    expect(callTarget(box('000', [colleague], [1]))).toMatchObject({ kind: 'contact', label: 'Call +442070000001' });
  });

  it('names exactly what it calls: the typed reading, a contact’s number, or plain Call', () => {
    const jane = contact(1, ['+442079460958']);
    expect(callTarget(box('020 7946 0958', [jane], []))).toEqual({
      kind: 'typed',
      label: 'Call +44 20 7946 0958',
      contactName: 'Contact 1',
    });
    expect(callTarget(box('0207', [jane], [])).label).toBe('Call');
    expect(callTarget({ ...box('Jane', [jane], []), selected: 0 })).toMatchObject({
      kind: 'contact',
      label: 'Call +442079460958',
    });
    expect(callTarget(box('', [jane], [1]))).toEqual({ kind: 'nothing', label: 'Call' });
  });
});
