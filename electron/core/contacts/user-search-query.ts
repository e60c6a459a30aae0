// What the directory search sends for what the agent typed. The SDK documents UserSearchCriteria types for
// partial text; softdial uses CONTAINS on `name` and `email`, one criterion per word (all must match), so
// "ada love" finds Ada Lovelace. QUERY_STRING is avoided: its query language turns `( " / * :` into syntax
// and Genesys answers 400. Characters a name or an e-mail address does not hold are dropped.

/** One UserSearchCriteria softdial sends. */
export interface UserSearchCriterion {
  type: 'CONTAINS';
  fields: ['name', 'email'];
  value: string;
}

/** Anything but letters, marks, digits and the few signs of names and addresses (O'Brien, Berners-Lee, a.b@c). */
const DROPPED = /[^\p{L}\p{M}\p{N}@.'_-]+/gu;
/** Words sent at most: more narrow nothing a person would type. */
const MAX_WORDS = 5;

/** The criteria for typed text; none when nothing searchable is left (then no request is made). */
export function userSearchCriteria(typed: string): UserSearchCriterion[] {
  return typed
    .normalize('NFC')
    .replace(DROPPED, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS)
    .map((value) => ({ type: 'CONTAINS', fields: ['name', 'email'], value }));
}
