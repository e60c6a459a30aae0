import { describe, expect, it } from 'vitest';
import { ContactsState } from '../../../renderer/src/lib/contacts.svelte.js';
import type { Contact, ContactsPort } from '../../../renderer/src/lib/contacts.svelte.js';

const contact = (id: string): Contact => ({ id, name: id, group: 'local', numbers: [], favourite: false });

/** A port whose searches answer only when the test says so, in any order. */
function slowPort() {
  const pending = new Map<string, (contacts: Contact[]) => void>();
  let more: (contacts: Contact[]) => void = () => undefined;
  const port: ContactsPort = {
    search: (text) => new Promise((resolve) => pending.set(text, resolve)),
    favourites: async () => [],
    directory: async () => ({ contacts: [], total: 0 }),
    recents: async () => undefined,
    onMore: (listener) => {
      more = listener;
      return () => undefined;
    },
    setFavourite: async () => undefined,
    setPreferred: async () => undefined,
    favouriteNumber: async () => undefined,
    onChanged: () => () => undefined,
  };
  const answer = (text: string, contacts: Contact[]) => pending.get(text)?.(contacts);
  return { port, answer, more: (contacts: Contact[]) => more(contacts) };
}

describe('the contacts the window shows', () => {
  it('never lets an older search answer replace a newer one', async () => {
    const { port, answer } = slowPort();
    const state = new ContactsState(port);
    const older = state.search('ad');
    const newer = state.search('ada');
    answer('ada', [contact('ada')]);
    await newer;
    answer('ad', [contact('adam'), contact('ada')]);
    await older;
    expect(state.answered).toBe('ada');
    expect(state.results.map((shown) => shown.id)).toEqual(['ada']);
    expect(state.selected).toBe(0);
  });

  it('keeps the selected contact when the same text is searched again, and adds later hits once', async () => {
    const { port, answer, more } = slowPort();
    const state = new ContactsState(port);
    const first = state.search('gr');
    answer('gr', [contact('grace'), contact('greta')]);
    await first;
    state.move(1);
    more([contact('greta'), contact('gregor')]);
    expect(state.results.map((shown) => shown.id)).toEqual(['grace', 'greta', 'gregor']);
    const again = state.search(' gr ');
    answer('gr', [contact('greta'), contact('grace')]);
    await again;
    expect(state.results[state.selected]?.id).toBe('greta');
    await state.search('');
    expect([state.results, state.selected, state.answered]).toEqual([[], -1, '']);
  });
});
