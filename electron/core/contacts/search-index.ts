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
const NOT_RECENT = Number.MAX_SAFE_INTEGER;
const NO_TOKENS: readonly string[] = [];
/** Above this many postings a prefix's candidates are marked in a bitmap and scanned in order instead of sorted. */
const SORT_LIMIT = 8192;

/** Compares two hits by the ranking: exact, then prefix, then the rest; within each favourites, recents, the name. */
export function compareHits(a: RankedHit, b: RankedHit): number {
  return (
    a.tier - b.tier ||
    Number(b.favourite) - Number(a.favourite) ||
    a.recent - b.recent ||
    (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)
  );
}

/** The folded whole name of a contact: its sort key. */
export const nameKey = (name: string): string => splitWords(name).map(foldWord).join(' ');

const NON_DIGITS = /\D+/g;

/** The digits of a text, in order. */
const digitsOf = (text: string): string => text.replace(NON_DIGITS, '');

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

/** A name taken apart for indexing (many contacts share one, so it is worked out once per build). */
interface NameParts {
  forms: string[][];
  key: string;
  tokens: readonly string[];
  variants: string[];
  initials?: string;
}

/** A contact and its name's parts. */
interface Prepared {
  contact: BaseContact;
  name: NameParts;
}

/** The whole-name keys of a name besides its sort key: with umlauts spelled out, and spelled-out ones folded back. */
function variantKeys(forms: string[][], key: string): string[] {
  if (forms.every((list) => list.length === 1)) return [];
  const variants = new Set([1, 2].map((choice) => forms.map((list) => list[choice] ?? list[0]).join(' ')));
  variants.delete(key);
  return [...variants];
}

/** Works out names and field words once per distinct text during a build. */
class Folding {
  private readonly names = new Map<string, NameParts>();
  private readonly words = new Map<string, readonly string[]>();

  name(text: string): NameParts {
    let parts = this.names.get(text);
    if (!parts) {
      const forms = splitWords(text)
        .map(wordForms)
        .filter((list) => list[0] !== '');
      const key = forms.map((list) => list[0]).join(' ');
      parts = {
        forms,
        key,
        tokens: forms.flat(),
        variants: variantKeys(forms, key),
        ...(forms.length >= 2 ? { initials: forms.map((list) => (list[0] as string)[0]).join('') } : {}),
      };
      this.names.set(text, parts);
    }
    return parts;
  }

  tokens(text: string | undefined): readonly string[] {
    if (!text) return NO_TOKENS;
    let tokens = this.words.get(text);
    if (!tokens) {
      tokens = splitWords(text).flatMap(wordForms);
      this.words.set(text, tokens);
    }
    return tokens;
  }
}

/**
 * An immutable search index over one source's contacts: whole-name prefixes (binary search over sorted
 * name keys), word prefixes in any order (sorted token list with postings), initials, and digit
 * substrings of every number (3-gram postings, verified). Contacts are kept in name order, so walking
 * candidates in ordinal order is walking them in display order, and a search stops at its limit.
 */
export class SearchIndex {
  readonly contacts: readonly BaseContact[];
  private readonly ordOf = new Map<string, number>();
  private readonly nameKeys: string[];
  private readonly nameForms: string[][][];
  private readonly keys: string[];
  private readonly keyOrds: Int32Array;
  private readonly tokens: string[];
  private readonly tokenStarts: Int32Array;
  private readonly postings: Int32Array;
  private readonly fieldTokens: (readonly string[])[][] = [];
  private readonly initials = new Map<string, number[]>();
  private readonly numberDigits: string[][] = [];
  private readonly gramStarts: Int32Array;
  private readonly gramPostings: Int32Array;
  private readonly e164s = new Map<string, number[]>();
  private readonly stamp: Int32Array;
  private generation = 0;

  private constructor(prepared: Prepared[], folding: Folding, given: readonly BaseContact[], ordOfGiven: Int32Array) {
    this.contacts = prepared.map(({ contact }) => contact);
    // Filled in the order the contacts were given, where their ids and numbers lie one after another in
    // memory: in name order, every lookup of a string's hash missed the cache (a fifth of a build).
    given.forEach((contact, index) => {
      const ord = ordOfGiven[index] as number;
      this.ordOf.set(contact.id, ord);
      for (const { e164 } of contact.numbers) {
        if (!e164) continue;
        const list = this.e164s.get(e164);
        if (list) list.push(ord);
        else this.e164s.set(e164, [ord]);
      }
    });
    // A number several contacts share lists them in name order, as everything else here.
    for (const list of this.e164s.values()) if (list.length > 1) list.sort((a, b) => a - b);
    this.nameKeys = prepared.map(({ name }) => name.key);
    this.nameForms = prepared.map(({ name }) => name.forms);
    this.stamp = new Int32Array(prepared.length);
    const variants: [string, number][] = [];
    const tokenMap = new Map<string, number[]>();
    const gramCounts = new Int32Array(1001);
    const lastGram = new Int32Array(1000).fill(-1);
    const post = (token: string, ord: number): void => {
      const list = tokenMap.get(token);
      if (!list) tokenMap.set(token, [ord]);
      else if (list[list.length - 1] !== ord) list.push(ord);
    };
    prepared.forEach(({ contact, name }, ord) => {
      for (const variant of name.variants) variants.push([variant, ord]);
      if (name.initials) {
        const list = this.initials.get(name.initials);
        if (list) list.push(ord);
        else this.initials.set(name.initials, [ord]);
      }
      const fields = [
        name.tokens,
        folding.tokens(contact.organization),
        folding.tokens(contact.title),
        folding.tokens(contact.email?.split('@')[0]),
      ];
      this.fieldTokens.push(fields);
      for (const field of fields) for (const token of field) if (token !== '') post(token, ord);
      const digits: string[] = [];
      for (const number of contact.numbers) {
        let joined = '';
        for (const text of [number.e164, number.reading?.national, number.raw, number.extension]) {
          const found = text ? digitsOf(text) : '';
          if (found !== '' && !joined.includes(found)) joined = joined === '' ? found : `${joined}|${found}`;
        }
        digits.push(joined);
        forEachGram(joined, (gram) => {
          if (lastGram[gram] === ord) return;
          lastGram[gram] = ord;
          gramCounts[gram + 1] = (gramCounts[gram + 1] as number) + 1;
        });
      }
      this.numberDigits.push(digits);
    });
    variants.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    [this.keys, this.keyOrds] = mergeKeys(this.nameKeys, variants);
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
    for (let gram = 1; gram <= 1000; gram++)
      gramCounts[gram] = (gramCounts[gram] as number) + (gramCounts[gram - 1] as number);
    this.gramStarts = gramCounts;
    this.gramPostings = new Int32Array(gramCounts[1000] as number);
    const fill = gramCounts.slice(0, 1000);
    lastGram.fill(-1);
    this.numberDigits.forEach((digits, ord) => {
      for (const joined of digits)
        forEachGram(joined, (gram) => {
          if (lastGram[gram] === ord) return;
          lastGram[gram] = ord;
          this.gramPostings[fill[gram] as number] = ord;
          fill[gram] = (fill[gram] as number) + 1;
        });
    });
  }

  /** Builds an index; the contacts are put in name order first. */
  static build(contacts: readonly BaseContact[]): SearchIndex {
    const folding = new Folding();
    const prepared = contacts.map((contact) => ({ contact, name: folding.name(contact.name) }));
    const rank = new Map(
      [...new Set(prepared.map(({ name }) => name.key))].sort().map((key, index) => [key, index] as const),
    );
    const ranks = Int32Array.from(prepared, ({ name }) => rank.get(name.key) ?? 0);
    const order = Int32Array.from(prepared.keys()).sort(
      (a, b) =>
        (ranks[a] as number) - (ranks[b] as number) ||
        ((prepared[a] as Prepared).contact.id < (prepared[b] as Prepared).contact.id ? -1 : 1),
    );
    const ordOfGiven = new Int32Array(order.length);
    order.forEach((index, ord) => (ordOfGiven[index] = ord));
    return new SearchIndex(
      Array.from(order, (index) => prepared[index] as Prepared),
      folding,
      contacts,
      ordOfGiven,
    );
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
    const favoured = [...new Set([...context.favourites, ...context.recents.keys()])].flatMap((id) => {
      const ord = this.ordOf.get(id);
      return ord === undefined ? [] : [ord];
    });
    if (query.digits !== undefined) this.searchDigits(query, favoured, limit, add);
    for (const words of [query.words, ...(query.alternative ? [query.alternative] : [])])
      if (words.length > 0) this.searchNames(words, favoured, limit, add, hits);
    return [...hits.values()].sort(compareHits).slice(0, limit);
  }

  private searchDigits(query: PreparedQuery, favoured: number[], limit: number, add: Add): void {
    if (query.e164)
      for (const ord of this.e164s.get(query.e164) ?? []) {
        const number = (this.contacts[ord] as BaseContact).numbers.find((candidate) => candidate.e164 === query.e164);
        add(ord, 0, { kind: 'exact', field: 'number', ...(number ? { numberId: number.id } : {}) });
      }
    const digits = query.digits ?? '';
    if (digits.length < 3) return;
    const matchDigits = (ord: number): boolean => {
      const index = (this.numberDigits[ord] as string[]).findIndex((candidate) => candidate.includes(digits));
      if (index < 0) return false;
      const number = (this.contacts[ord] as BaseContact).numbers[index];
      add(ord, 2, { kind: 'number', field: 'number', ...(number ? { numberId: number.id } : {}) });
      return true;
    };
    for (const ord of favoured) matchDigits(ord);
    let best = 0;
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
    let found = 0;
    for (let at = this.gramStarts[best] as number; at < end && found < limit; at++)
      if (matchDigits(this.gramPostings[at] as number)) found++;
  }

  private searchNames(
    words: string[],
    favoured: number[],
    limit: number,
    add: Add,
    hits: Map<number, RankedHit>,
  ): void {
    const joined = words.join(' ');
    for (const ord of favoured) {
      const tier = this.startsName(ord, joined);
      if (tier >= 0) add(ord, tier, { kind: tier === 0 ? 'exact' : 'prefix', field: 'name' });
      else {
        const match = this.matchWords(ord, words);
        if (match) add(ord, 2, match);
      }
    }
    const [low, high] = prefixRange(this.keys, joined);
    for (let at = low; at < Math.min(high, low + limit); at++) {
      const exact = this.keys[at] === joined;
      add(this.keyOrds[at] as number, exact ? 0 : 1, { kind: exact ? 'exact' : 'prefix', field: 'name' });
    }
    if (hits.size >= limit + favoured.length) return;
    if (words.length === 1 && joined.length >= 2 && joined.length <= 4)
      for (const ord of (this.initials.get(joined) ?? []).slice(0, limit))
        add(ord, 2, { kind: 'initials', field: 'name' });
    let found = 0;
    this.candidates(words, (ord) => {
      if (hits.has(ord)) return true;
      const match = this.matchWords(ord, words);
      if (match) {
        add(ord, 2, match);
        found++;
      }
      return found < limit;
    });
  }

  /** 0 when a whole-name key of the contact is the text, 1 when one starts with it, -1 otherwise. */
  private startsName(ord: number, joined: string): number {
    const key = this.nameKeys[ord] ?? '';
    const keys = [key, ...variantKeys(this.nameForms[ord] ?? [], key)];
    if (keys.includes(joined)) return 0;
    return keys.some((candidate) => candidate.startsWith(joined)) ? 1 : -1;
  }

  /**
   * Visits, in name order, the contacts with a word starting with the query's rarest word, until `visit`
   * says stop: a short list is sorted, a long one marked in a bitmap and scanned.
   */
  private candidates(words: string[], visit: (ord: number) => boolean): void {
    let range: [number, number] = [0, 0];
    let size = Number.POSITIVE_INFINITY;
    for (const word of words) {
      const [low, high] = prefixRange(this.tokens, word);
      const postings = (this.tokenStarts[high] as number) - (this.tokenStarts[low] as number);
      if (postings < size) {
        size = postings;
        range = [low, high];
      }
    }
    const from = this.tokenStarts[range[0]] as number;
    const to = this.tokenStarts[range[1]] as number;
    if (range[1] - range[0] === 1) {
      for (let at = from; at < to; at++) if (!visit(this.postings[at] as number)) return;
      return;
    }
    if (to - from <= SORT_LIMIT) {
      const ords = this.postings.slice(from, to).sort();
      for (let at = 0; at < ords.length; at++) if (ords[at] !== ords[at - 1] && !visit(ords[at] as number)) return;
      return;
    }
    const generation = ++this.generation;
    for (let at = from; at < to; at++) this.stamp[this.postings[at] as number] = generation;
    for (let ord = 0; ord < this.stamp.length; ord++) if (this.stamp[ord] === generation && !visit(ord)) return;
  }

  /** Whether every query word starts some word of the contact, and which field decided it. */
  private matchWords(ord: number, words: string[]): MatchInfo | undefined {
    const fields = this.fieldTokens[ord] as (readonly string[])[];
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

type Add = (ord: number, tier: number, match: MatchInfo) => void;

/** Calls `visit` with each 3-digit window (as 0-999) of a digit string whose numbers are joined by "|". */
function forEachGram(joined: string, visit: (gram: number) => void): void {
  let gram = 0;
  let run = 0;
  for (let at = 0; at < joined.length; at++) {
    const code = joined.charCodeAt(at);
    if (code === 124) {
      run = 0;
      continue;
    }
    gram = (gram * 10 + code - 48) % 1000;
    if (++run >= 3) visit(gram);
  }
}

/** The sorted sort keys (one per ordinal, already in order) merged with the sorted variant keys. */
function mergeKeys(sortKeys: string[], variants: [string, number][]): [string[], Int32Array] {
  const keys: string[] = [];
  const ords = new Int32Array(sortKeys.length + variants.length);
  let left = 0;
  let right = 0;
  while (left < sortKeys.length || right < variants.length) {
    const variant = variants[right];
    const key = sortKeys[left];
    if (key !== undefined && (variant === undefined || key <= variant[0])) {
      ords[keys.length] = left++;
      keys.push(key);
    } else if (variant) {
      ords[keys.length] = variant[1];
      keys.push(variant[0]);
      right++;
    }
  }
  return [keys, ords];
}
