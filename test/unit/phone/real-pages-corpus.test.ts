import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { isSupportedCountry } from 'libphonenumber-js/max';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { REAL_PAGES } from '../../corpus/real-pages/index.js';

/** `+E164` with an optional label after one space. */
const ENTRY = /^\+[1-9]\d{6,14}(?: \S.*)?$/;

const Snippet = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}-[a-z0-9-]+-\d+$/)),
  source: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//)),
  country: v.pipe(
    v.string(),
    v.check((country) => isSupportedCountry(country), 'a country libphonenumber knows'),
  ),
  text: v.pipe(v.string(), v.nonEmpty()),
  numbers: v.array(v.pipe(v.string(), v.regex(ENTRY, 'an E.164 number, then optionally a space and its label'))),
  notNumbers: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  shortCodes: v.optional(v.array(v.pipe(v.string(), v.regex(/^\d{2,6}$/)))),
  why: v.optional(v.pipe(v.string(), v.nonEmpty())),
  ambiguous: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

describe('the real-pages corpus', () => {
  it('has at least 300 snippets from pages of at least 40 countries, each id once', () => {
    expect(REAL_PAGES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(REAL_PAGES.map((snippet) => snippet.country)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(REAL_PAGES.map((snippet) => snippet.id)).size).toBe(REAL_PAGES.length);
  });

  it.each(REAL_PAGES.map((snippet) => [snippet.id, snippet] as const))(
    '%s: a source, a country, valid E.164 numbers each once, non-numbers and short codes from its text',
    (_id, snippet) => {
      const parsed = v.safeParse(Snippet, snippet);
      expect(parsed.issues?.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`)).toBeUndefined();
      const numbers = snippet.numbers.map((entry) => entry.split(' ')[0] ?? '');
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const number of numbers) expect(isValidPhoneNumber(number), number).toBe(true);
      for (const piece of [...(snippet.notNumbers ?? []), ...(snippet.shortCodes ?? [])])
        expect(snippet.text, piece).toContain(piece);
    },
  );
});
