import { afterEach, describe, expect, it } from 'vitest';
import { listeningTo } from '../../electron/core/contacts/verbs.js';
import type { SearchResultsPush } from '../../electron/core/contacts/types.js';
import { startHarness } from '../helpers/sandbox.js';
import type { Harness } from '../helpers/sandbox.js';
import { value } from '../helpers/outcome.js';

// The directory searched at Genesys as the agent types, with the criteria types the SDK documents for
// partial text: odd characters never reach a query language, and one failed search never switches the
// directory off.

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A harness whose directory is too large to sync, so every search goes to Genesys. */
async function searchOnly(): Promise<{ h: Harness; results: SearchResultsPush[] }> {
  const h = await startHarness();
  h.emulator.directory.generate(300);
  await h.core.updateSettings({ directoryMaxUsers: 100 });
  const results: SearchResultsPush[] = [];
  const events = listeningTo({ results: (push) => results.push(push) });
  h.core.contacts.attach(events, events);
  value(await h.core.contacts.syncNow());
  return { h, results };
}

const usersState = async (h: Harness) =>
  value(await h.core.contacts.status()).sources.find((source) => source.source === 'users')?.state;

const searches = (h: Harness) =>
  h.emulator.received('POST', '/api/v2/users/search').map((request) => JSON.parse(request.body) as { query: unknown });

describe('remote directory search', () => {
  it('sends CONTAINS on name and email per word, dropping characters a query language would read', async () => {
    const { h, results } = await searchOnly();
    harness = h;
    value(await h.core.contacts.search('"Grace" (Hopper):*', 'r1'));
    await expect.poll(() => results.filter((push) => push.source === 'users').length).toBe(1);
    expect(searches(h).at(-1)?.query).toEqual([
      { type: 'CONTAINS', fields: ['name', 'email'], value: 'Grace' },
      { type: 'CONTAINS', fields: ['name', 'email'], value: 'Hopper' },
    ]);
    const push = results.find((candidate) => candidate.source === 'users');
    expect(push?.error).toBeUndefined();
    expect(push?.hits.map((hit) => hit.contact.name)).toEqual(['Grace Hopper']);
    expect(await usersState(h)).toBe('search_only');
  });

  it('finds a name by part of a word and by e-mail address', async () => {
    const { h, results } = await searchOnly();
    harness = h;
    const named = (id: string) =>
      results.find((push) => push.requestId === id && push.source === 'users')?.hits.map((hit) => hit.contact.name);
    value(await h.core.contacts.search('lovela', 'r1'));
    await expect.poll(() => named('r1')).toBeDefined();
    value(await h.core.contacts.search('grace@sandbox', 'r2'));
    await expect.poll(() => named('r2')).toBeDefined();
    expect(named('r1')).toEqual(['Ada Lovelace']);
    expect(named('r2')).toEqual(['Grace Hopper']);
  });

  it('keeps the directory on after a failed search, and the next search works', async () => {
    const { h, results } = await searchOnly();
    harness = h;
    h.emulator.inject({
      method: 'POST',
      path: '/api/v2/users/search',
      status: 400,
      body: { message: 'The query could not be parsed.', code: 'bad.request', status: 400 },
    });
    value(await h.core.contacts.search('ada', 'r1'));
    await expect
      .poll(() => results.find((push) => push.requestId === 'r1' && push.source === 'users')?.error?.code)
      .toBe('bad_request');
    expect(await usersState(h)).toBe('search_only');
    value(await h.core.contacts.search('grace', 'r2'));
    await expect
      .poll(() => results.find((push) => push.requestId === 'r2' && push.source === 'users')?.hits.length)
      .toBe(1);
  });

  it('sends nothing for text with nothing searchable left', async () => {
    const { h } = await searchOnly();
    harness = h;
    const before = searches(h).length;
    value(await h.core.contacts.search('(*)', 'r1'));
    expect(searches(h).length).toBe(before);
  });
});
