import { describe, expect, it } from 'vitest';
import { foldWord, wordForms } from '../../../electron/core/contacts/fold.js';
import { readContactNumber } from '../../../electron/core/contacts/numbers.js';
import { prepareQuery } from '../../../electron/core/contacts/query.js';
import { SearchIndex } from '../../../electron/core/contacts/search-index.js';
import type { RankContext } from '../../../electron/core/contacts/search-index.js';
import type { BaseContact } from '../../../electron/core/contacts/types.js';

const person = (id: string, name: string, numbers: string[] = [], organization?: string): BaseContact => ({
  id: `local:${id}`,
  source: 'local',
  name,
  ...(organization ? { organization } : {}),
  numbers: numbers.map((raw, index) => readContactNumber({ id: `n${index + 1}`, label: 'Work', raw }, 'US')),
});

const contacts = [
  person('zoe', 'Zoë Adams', ['+1 650-253-0001']),
  person('mueller', 'Hans Müller', ['+49 30 1234567'], 'Beispiel GmbH'),
  person('mueller2', 'Greta Mueller', ['+49 30 7654321']),
  person('muller', 'Paul Muller', ['+33 1 23 45 67 89']),
  person('john', 'John Doe', ['+44 20 7946 0958'], 'Acme Ltd'),
  person('jane', 'Jane Doe', ['+44 20 7946 0959']),
  person('jd', 'Jamal Dawson', ['(650) 555-0199']),
  person('ext', 'Desk Phone', ['1005']),
];
const index = SearchIndex.build(contacts);
const none: RankContext = { favourites: new Set(), recents: new Map() };
const names = (query: string, context = none) =>
  index.search(prepareQuery(query, 'US'), context, 50).map((hit) => hit.contact.name);

describe('name folding', () => {
  it('folds case, diacritics and German transliteration', () => {
    expect(foldWord('Zoë')).toBe('zoe');
    expect(foldWord('Straße')).toBe('strasse');
    expect(wordForms('Müller')).toEqual(['muller', 'mueller']);
    expect(wordForms('Mueller')).toEqual(['mueller', 'muller']);
  });
});

describe('the search index', () => {
  it('finds Müller, Mueller and Muller by any spelling', () => {
    for (const query of ['müller', 'mueller', 'muller', 'MULLER'])
      expect(names(query), query).toEqual(expect.arrayContaining(['Hans Müller', 'Greta Mueller', 'Paul Muller']));
    expect(names('zoe')).toEqual(['Zoë Adams']);
  });

  it('matches word prefixes in any order, initials and organisations', () => {
    expect(names('doe jo')).toEqual(['John Doe']);
    expect(names('jd')).toEqual(expect.arrayContaining(['Jamal Dawson', 'John Doe', 'Jane Doe']));
    const acme = index.search(prepareQuery('acme', 'US'), none, 50);
    expect(acme.map((hit) => [hit.contact.name, hit.match.kind])).toEqual([['John Doe', 'organization']]);
  });

  it('finds numbers from digits in any format and a full number in any shape', () => {
    expect(names('2530001')).toEqual(['Zoë Adams']);
    expect(names('253 0001')).toEqual(['Zoë Adams']);
    expect(names('+1 (650) 253-0001')).toEqual(['Zoë Adams']);
    expect(names('650.555.0199')).toEqual(['Jamal Dawson']);
    expect(names('1005')).toEqual(['Desk Phone']);
    const exact = index.search(prepareQuery('+44 20 7946 0958', 'US'), none, 50);
    expect(exact[0]?.match).toMatchObject({ kind: 'exact', field: 'number', numberId: 'n1' });
  });

  it('ranks exact and prefix matches first, then favourites, recents and the rest', () => {
    const context: RankContext = { favourites: new Set(['local:jane']), recents: new Map([['local:jd', 0]]) };
    const ranked = index.search(prepareQuery('j', 'US'), context, 50);
    expect(ranked.map((hit) => hit.contact.name)).toEqual(['Jane Doe', 'Jamal Dawson', 'John Doe']);
    const doe = index.search(prepareQuery('doe', 'US'), context, 50).map((hit) => hit.contact.name);
    expect(doe).toEqual(['Jane Doe', 'John Doe']);
    expect(names('john doe')[0]).toBe('John Doe');
    expect(index.search(prepareQuery('john doe', 'US'), none, 50)[0]?.match.kind).toBe('exact');
  });

  it('answers nothing for text that matches nothing', () => {
    expect(names('xyzzy')).toEqual([]);
    expect(names('999999999')).toEqual([]);
  });
});
