import { describe, expect, it } from 'vitest';
import { decideSite, parsePolicy } from '../../../extension/src/policy.js';
import { findOnPage } from '../../../extension/src/page/find-on-page.js';

const agent = (offSites: string[] = []) => ({ offSites });

describe("the admin's policy over the agent's choices", () => {
  it('marks every site by default, in the app’s country', () => {
    expect(decideSite('crm.example.com', {}, agent(), 'GB')).toEqual({ enabled: true, defaultCountry: 'GB' });
  });

  it('lets the agent turn a site (and its subdomains) off, and no other', () => {
    expect(decideSite('eu.crm.example.com', {}, agent(['crm.example.com']), 'GB').enabled).toBe(false);
    expect(decideSite('notcrm.example.com', {}, agent(['crm.example.com']), 'GB').enabled).toBe(true);
  });

  it("puts the admin's off, block-list and allow-list above the agent, locked", () => {
    expect(decideSite('a.com', { enabled: false }, agent(), 'GB')).toMatchObject({
      enabled: false,
      lockedBy: 'policy',
    });
    expect(decideSite('x.bank.com', { blockList: ['bank.com'] }, agent(), 'GB')).toMatchObject({
      enabled: false,
      lockedBy: 'policy',
    });
    expect(decideSite('other.com', { allowList: ['crm.com'] }, agent(), 'GB')).toMatchObject({
      enabled: false,
      lockedBy: 'policy',
    });
    expect(decideSite('eu.crm.com', { allowList: ['crm.com'] }, agent(['eu.crm.com']), 'GB')).toEqual({
      enabled: false,
      defaultCountry: 'GB',
    });
  });

  it("uses the admin's country over the app's", () => {
    expect(decideSite('a.com', { defaultCountry: 'DE' }, agent(), 'GB').defaultCountry).toBe('DE');
    expect(decideSite('a.com', {}, agent(), undefined)).toEqual({ enabled: true });
  });

  it('parses managed storage by schema and fails closed, naming the field, when it does not parse', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(parsePolicy({ enabled: true, allowList: ['crm.com'] })).toEqual({
      policy: { enabled: true, allowList: ['crm.com'] },
      problems: [],
    });
    const broken = parsePolicy({ defaultCountry: 'gb', blockList: 'bank.com' });
    expect(broken.policy).toEqual({ enabled: false });
    expect(broken.problems.join(' ')).toMatch(/defaultCountry.*ISO country code/);
    expect(broken.problems.join(' ')).toContain('blockList');
  });
});

describe('the page finder', () => {
  it('gives each valid number with its offsets, and leaves dates, times, postcodes and order numbers', () => {
    const text = 'Call 020 7946 0958 before 27.11.2026 12:30, SW1A 1AA, order 1000123, or +33 1 23 45 67 89.';
    const found = findOnPage(text, 'GB');
    expect(found.map((number) => [text.slice(number.start, number.end), number.reading.e164])).toEqual([
      ['020 7946 0958', '+442079460958'],
      ['+33 1 23 45 67 89', '+33123456789'],
    ]);
  });
});
