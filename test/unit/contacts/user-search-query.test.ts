import { describe, expect, it } from 'vitest';
import { userSearchCriteria } from '../../../electron/core/contacts/user-search-query.js';

// What typed text becomes at Genesys: one CONTAINS criterion per word on name and email, without the
// characters a query language would read as syntax, and nothing at all when nothing searchable is left.

const values = (typed: string) => userSearchCriteria(typed).map((criterion) => criterion.value);

describe('directory search criteria', () => {
  it('sends one CONTAINS on name and email per word', () => {
    expect(userSearchCriteria('ada love')).toEqual([
      { type: 'CONTAINS', fields: ['name', 'email'], value: 'ada' },
      { type: 'CONTAINS', fields: ['name', 'email'], value: 'love' },
    ]);
  });

  it('drops query syntax and keeps what names and addresses hold', () => {
    expect(values('"Grace" (Hopper):*')).toEqual(['Grace', 'Hopper']);
    expect(values("O'Brien Berners-Lee ada.l@sandbox.example")).toEqual([
      "O'Brien",
      'Berners-Lee',
      'ada.l@sandbox.example',
    ]);
    expect(values('Spärck Jones 李 Δημήτρης')).toEqual(['Spärck', 'Jones', '李', 'Δημήτρης']);
  });

  it('sends nothing for text with nothing searchable, and at most five words', () => {
    expect(userSearchCriteria('( * ) / :')).toEqual([]);
    expect(values('a b c d e f g')).toHaveLength(5);
  });
});
