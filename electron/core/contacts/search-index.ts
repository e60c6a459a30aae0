import type { MatchKind } from '../../shared/contact-sets.js';
import { foldWord, splitWords, wordForms } from './fold.js';
import type { BaseContact, MatchInfo } from './types.js';

/** A query taken apart once per keystroke, shared by every segment. */
export interface PreparedQuery {
  /** Folded words, in the order typed. */
  words: string[];
  /** The words joined by one space: what a whole name starts with. */
  joined: string;
  /** The digits typed, when the query looks like (part of) a number. */
  digits?: string;
  /** The E.164 reading of the query, when it reads as a full number. */
  e164?: string;
  /** The same words with spelled-out umlauts folded back ("mueller" → "muller"), when that differs. */
  alternative?: string[];
}

/** What favours a contact in the ranking after the match itself. */
export interface RankContext {
  favourites: ReadonlySet<string>;
  /** Contact id → how recently it was called (0 = most recent). */
  recents: ReadonlyMap<string, number>;
}

/** One hit of a segment with the parts of its rank. */
export interface RankedHit {
  contact: BaseContact;
  match: MatchInfo;
  /** 0 exact, 1 prefix, 2 everything else. */
  tier: number;
  favourite: boolean;
  recent: number;
  /** The folded name: the last tie-breaker, so every segment sorts alike. */
  sortKey: string;
}

const FIELD_NAMES = ['name', 'organization', 'title', 'email'] as const;
const KIND_ORDER: Record<MatchKind, number> = {
  exact: 0,
  prefix: 1,
  initials: 2,
  words: 3,
  organization: 4,
  number: 5,
};
const NOT_RECENT = Number.MAX_SAFE_INTEGER;

/** Compares two hits by the ranking: exact and prefix, then favourites, recents, the kind of match, the name. */
export function compareHits(a: RankedHit, b: RankedHit): number {
  return (
    Math.min(a.tier, 2) - Math.min(b.tier, 2) ||
    Number(b.favourite) - Number(a.favourite) ||
    a.recent - b.recent ||
    KIND_ORDER[a.match.kind] - KIND_ORDER[b.match.kind] ||
    (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)
  );
}

/** The folded whole name of a contact: its sort key. */
export const nameKey = (name: string): string => splitWords(name).map(foldWord).join(' ');

const digitsOf = (text: string): string => text.replace(/\D+/g, '');

/** The first index in a sorted array whose value is not less than `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The range of a sorted array whose values start with `prefix`. */
function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  return [lowerBound(sorted, prefix), lowerBound(sorted, `${prefix}\uffff`)];
}

/**
 * An immutable search index over one source's contacts: whole-name prefixes (binary search over sorted
 * name keys), word prefixes in any order (sorted token list with postings), initials, and digit
 * substrings of every number (3-gram postings, verified). BaseContacts are kept in name order, so a posting
 * order is already the display order.
 */
export class SearchIndex {
  private readonly ordOf = new Map<string, number>();
  private readonly nameKeys: string[] = [];
  private readonly keys: string[];
  private readonly keyOrds: Int32Array;
  private readonly tokens: string[];
  private readonly tokenStarts: Int32Array;
  private readonly postings: Int32Array;
  private readonly fieldTokens: string[][][] = [];
  private readonly initials = new Map<string, number[]>();
  private readonly numberDigits: string[][] = [];
  private readonly gramStarts: Int32Array;
  private readonly gramPostings: Int32Array;
  private readonly e164s = new Map<string, number[]>();

  private constructor(readonly contacts: readonly BaseContact[]) {
    const keyPairs: [string, number][] = [];
    const tokenMap = new Map<string, number[]>();
    const gramLists: number[][] = Array.from({ length: 1000 }, () => []);
    const lastGram = new Int32Array(1000).fill(-1);
    contacts.forEach((contact, ord) => {
      this.ordOf.set(contact.id, ord);
      const nameWords = splitWords(contact.name);
      const forms = nameWords.map(wordForms);
      const primary = forms.map((list) => list[0] as string).filter((word) => word !== '');
      this.nameKeys.push(primary.join(' '));
      const variants = new Set([primary.join(' ')]);
      for (const choice of [1, 2]) variants.add(forms.map((list) => list[choice] ?? list[0]).join(' '));
      for (const key of variants) keyPairs.push([key, ord]);
      if (primary.length >= 2) {
        const letters = primary.map((word) => word[0]).join('');
        const list = this.initials.get(letters);
        if (list) list.push(ord);
        else this.initials.set(letters, [ord]);
      }
      const fields = [
        forms.flat(),
        ...[contact.organization, contact.title, contact.email?.split('@')[0]].map((text) =>
          text ? splitWords(text).flatMap(wordForms) : [],
        ),
      ];
      this.fieldTokens.push(fields);
      for (const field of fields)
        for (const token of field) {
          if (token === '') continue;
          const list = tokenMap.get(token);
          if (!list) tokenMap.set(token, [ord]);
          else if (list[list.length - 1] !== ord) list.push(ord);
        }
      const digits: string[] = [];
      for (const number of contact.numbers) {
        const forNumber = [number.e164, number.reading?.national, number.raw, number.extension]
          .map((text) => (text ? digitsOf(text) : ''))
          .join('|');
        digits.push(forNumber);
        if (number.e164) {
          const list = this.e164s.get(number.e164);
          if (list) list.push(ord);
          else this.e164s.set(number.e164, [ord]);
        }
        for (let at = 0; at + 3 <= forNumber.length; at++) {
          const gram = Number(forNumber.slice(at, at + 3));
          if (Number.isNaN(gram) || forNumber.slice(at, at + 3).includes('|') || lastGram[gram] === ord) continue;
          lastGram[gram] = ord;
          (gramLists[gram] as number[]).push(ord);
        }
      }
      this.numberDigits.push(digits);
    });
    keyPairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.keys = keyPairs.map(([key]) => key);
    this.keyOrds = Int32Array.from(keyPairs, ([, ord]) => ord);
    this.tokens = [...tokenMap.keys()].sort();
    this.tokenStarts = new Int32Array(this.tokens.length + 1);
    let total = 0;
    this.tokens.forEach((token, index) => {
      this.tokenStarts[index] = total;
      total += (tokenMap.get(token) as number[]).length;
    });
    this.tokenStarts[this.tokens.length] = total;
    this.postings = new Int32Array(total);
    this.tokens.forEach((token, index) => this.postings.set(tokenMap.get(token) as number[], this.tokenStarts[index]));
    this.gramStarts = new Int32Array(1001);
    let grams = 0;
    gramLists.forEach((list, gram) => {
      this.gramStarts[gram] = grams;
      grams += list.length;
    });
    this.gramStarts[1000] = grams;
    this.gramPostings = new Int32Array(grams);
    gramLists.forEach((list, gram) => this.gramPostings.set(list, this.gramStarts[gram]));
  }

  /** Builds an index; the contacts are put in name order first. */
  static build(contacts: readonly BaseContact[]): SearchIndex {
    const keyed = contacts.map((contact) => ({ contact, key: nameKey(contact.name) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.contact.id < b.contact.id ? -1 : 1));
    return new SearchIndex(keyed.map(({ contact }) => contact));
  }

  get size(): number {
    return this.contacts.length;
  }

  /** A contact by id. */
  byId(id: string): BaseContact | undefined {
    const ord = this.ordOf.get(id);
    return ord === undefined ? undefined : this.contacts[ord];
  }

  /** The contacts holding this E.164 number. */
  byE164(e164: string): BaseContact[] {
    return (this.e164s.get(e164) ?? []).map((ord) => this.contacts[ord] as BaseContact);
  }

  /** The sort key of the contact at an ordinal (its folded name). */
  sortKeyAt(ord: number): string {
    return this.nameKeys[ord] ?? '';
  }

  /** Up to `limit` hits for a query, best first. */
  search(query: PreparedQuery, context: RankContext, limit: number): RankedHit[] {
    const hits = new Map<number, RankedHit>();
    const add = (ord: number, tier: number, match: MatchInfo): void => {
      const existing = hits.get(ord);
      if (existing && existing.tier <= tier) return;
      const contact = this.contacts[ord] as BaseContact;
      hits.set(ord, {
        contact,
        match,
        tier,
        favourite: context.favourites.has(contact.id),
        recent: context.recents.get(contact.id) ?? NOT_RECENT,
        sortKey: this.nameKeys[ord] ?? '',
      });
    };
    if (query.digits !== undefined) this.searchDigits(query, add);
    if (query.words.length > 0) this.searchNames(query, context, limit, add, hits);
    if (query.alternative)
      this.searchNames({ words: query.alternative, joined: query.alternative.join(' ') }, context, limit, add, hits);
    return [...hits.values()].sort(compareHits).slice(0, limit);
  }

  private searchDigits(query: PreparedQuery, add: (ord: number, tier: number, match: MatchInfo) => void): void {
    if (query.e164)
      for (const ord of this.e164s.get(query.e164) ?? []) {
        const number = (this.contacts[ord] as BaseContact).numbers.find((candidate) => candidate.e164 === query.e164);
        add(ord, 0, { kind: 'exact', field: 'number', ...(number ? { numberId: number.id } : {}) });
      }
    const digits = query.digits ?? '';
    if (digits.length < 3) return;
    let best = -1;
    let bestSize = Number.POSITIVE_INFINITY;
    for (let at = 0; at + 3 <= digits.length; at++) {
      const gram = Number(digits.slice(at, at + 3));
      const size = (this.gramStarts[gram + 1] as number) - (this.gramStarts[gram] as number);
      if (size < bestSize) {
        bestSize = size;
        best = gram;
      }
    }
    const end = this.gramStarts[best + 1] as number;
    for (let at = this.gramStarts[best] as number; at < end; at++) {
      const ord = this.gramPostings[at] as number;
      const numbers = this.numberDigits[ord] as string[];
      const index = numbers.findIndex((candidate) => candidate.includes(digits));
      if (index < 0) continue;
      const number = (this.contacts[ord] as BaseContact).numbers[index];
      add(ord, 2, { kind: 'number', field: 'number', ...(number ? { numberId: number.id } : {}) });
    }
  }

  private searchNames(
    query: PreparedQuery,
    context: RankContext,
    limit: number,
    add: (ord: number, tier: number, match: MatchInfo) => void,
    hits: Map<number, RankedHit>,
  ): void {
    const { joined, words } = query;
    const startsName = (ord: number): number => {
      let tier = -1;
      for (const key of this.keysOf(ord)) {
        if (key === joined) return 0;
        if (key.startsWith(joined)) tier = 1;
      }
      return tier;
    };
    for (const id of [...context.favourites, ...context.recents.keys()]) {
      const ord = this.ordOf.get(id);
      if (ord === undefined) continue;
      const tier = startsName(ord);
      if (tier >= 0) add(ord, tier, { kind: tier === 0 ? 'exact' : 'prefix', field: 'name' });
    }
    const [low, high] = prefixRange(this.keys, joined);
    for (let at = low; at < Math.min(high, low + limit); at++) {
      const exact = this.keys[at] === joined;
      add(this.keyOrds[at] as number, exact ? 0 : 1, { kind: exact ? 'exact' : 'prefix', field: 'name' });
    }
    if (hits.size >= limit) return;
    if (words.length === 1 && joined.length >= 2 && joined.length <= 4)
      for (const ord of this.initials.get(joined) ?? []) add(ord, 2, { kind: 'initials', field: 'name' });
    this.searchWords(words, add);
  }

  private keysOf(ord: number): string[] {
    const contact = this.contacts[ord] as BaseContact;
    const forms = splitWords(contact.name).map(wordForms);
    return [0, 1, 2].map((choice) => forms.map((list) => list[choice] ?? list[0]).join(' '));
  }

  private searchWords(words: string[], add: (ord: number, tier: number, match: MatchInfo) => void): void {
    const ranges = words.map((word) => prefixRange(this.tokens, word));
    let rarest = 0;
    ranges.forEach(([low, high], index) => {
      const [bestLow, bestHigh] = ranges[rarest] as [number, number];
      const size = (this.tokenStarts[high] as number) - (this.tokenStarts[low] as number);
      if (size < (this.tokenStarts[bestHigh] as number) - (this.tokenStarts[bestLow] as number)) rarest = index;
    });
    const [low, high] = ranges[rarest] as [number, number];
    const seen = new Set<number>();
    for (let at = this.tokenStarts[low] as number; at < (this.tokenStarts[high] as number); at++) {
      const ord = this.postings[at] as number;
      if (seen.has(ord)) continue;
      seen.add(ord);
      const match = this.matchWords(ord, words);
      if (match) add(ord, 2, match);
    }
  }

  /** Whether every query word starts some word of the contact, and which field decided it. */
  private matchWords(ord: number, words: string[]): MatchInfo | undefined {
    const fields = this.fieldTokens[ord] as string[][];
    let field = 0;
    for (const word of words) {
      const found = fields.findIndex((tokens) => tokens.some((token) => token.startsWith(word)));
      if (found < 0) return undefined;
      field = Math.max(field, found);
    }
    const name = FIELD_NAMES[field] ?? 'name';
    return { kind: name === 'organization' ? 'organization' : 'words', field: name };
  }
}
