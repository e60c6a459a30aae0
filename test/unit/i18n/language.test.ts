import { afterEach, describe, expect, it } from 'vitest';
import {
  messageFrom,
  switchLanguage,
  t,
  currentLanguage,
  onLanguageChange,
} from '../../../electron/shared/i18n/language.js';
import { languageOf, pickLanguage, textDirection } from '../../../electron/shared/i18n/languages.js';
import { formatList, regionName } from '../../../electron/shared/i18n/formats.js';
import { languageFromEnvironment } from '../../../electron/core/i18n/resolve-language.js';
import type { MessageKey } from '../../../electron/shared/i18n/catalog-types.js';
import '../../../electron/core/i18n/core-messages.js';

// The message runtime: which language a tag means, what the compiled messages print (plurals,
// selects, isolated numbers), the English fallback, and switching without a restart.

afterEach(async () => {
  await switchLanguage('en');
});

describe('a language tag', () => {
  it.each([
    ['de_DE.UTF-8', 'de'],
    ['de-AT', 'de'],
    ['pt', 'pt-BR'],
    ['pt_PT', 'pt-BR'],
    ['zh_TW.UTF-8', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['he-IL', 'he'],
    ['en-XA', 'en-XA'],
  ])('%s means %s', (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });

  it('means nothing when softdial does not speak it, or it is C/POSIX', () => {
    expect(languageOf('xx')).toBeUndefined();
    expect(languageOf('C')).toBeUndefined();
    expect(languageOf('POSIX')).toBeUndefined();
    expect(languageOf('not a tag!')).toBeUndefined();
    expect(pickLanguage(['xx', 'C', 'ko-KR', 'de'])).toBe('ko');
    expect(pickLanguage(['xx'])).toBe('en');
  });

  it('sets the direction: Arabic and Hebrew right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('ja')).toBe('ltr');
  });

  it('comes from LC_ALL, LC_MESSAGES, LANG, then the OS, the first set one deciding', () => {
    const os = (): string => 'ja-JP';
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'it_IT', LC_ALL: 'sv_SE' }, os)).toBe('sv');
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'it_IT' }, os)).toBe('it');
    expect(languageFromEnvironment({ LANG: 'fr_FR.UTF-8' }, os)).toBe('fr');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' }, os)).toBe('en');
    expect(languageFromEnvironment({}, os)).toBe('ja');
  });
});

describe('the compiled messages', () => {
  it('choose the plural case of the language (Polish one, few, many)', async () => {
    await switchLanguage('pl');
    const note = (count: number): string => t('phone.note.more_numbers', { count, valid: 'no' });
    expect(note(1)).toContain('jeszcze jeden numer');
    expect(note(3)).toContain('jeszcze 3 numery');
    expect(note(5)).toContain('jeszcze 5 numerów');
    expect(note(22)).toContain('jeszcze 22 numery');
  });

  it('select a case, and print English for English', () => {
    expect(t('phone.note.more_numbers', { count: 1, valid: 'yes' })).toBe(
      'The text holds one more number; this is the first valid one.',
    );
    expect(t('phone.note.more_numbers', { count: 4, valid: 'no' })).toBe(
      'The text holds 4 more numbers; this is the first one.',
    );
  });

  it('isolate every placeholder in right-to-left languages and none in left-to-right ones', async () => {
    await switchLanguage('he');
    expect(t('phone.note.kept_extension', { extension: '12' })).toContain('\u206812\u2069');
    await switchLanguage('de');
    expect(t('phone.note.kept_extension', { extension: '12' })).toBe(
      'Die Durchwahl 12 getrennt von der Nummer behalten.',
    );
  });

  it('bracket, accent and lengthen every message in the pseudo-locale', async () => {
    await switchLanguage('en-XA');
    const text = t('explain.rate_limited.title');
    expect(text).toMatch(/^\[.*\]$/);
    expect(text).not.toMatch(/[a-z]{3}/);
    expect(text.length).toBeGreaterThanOrEqual(Math.floor('Too many requests right now'.length * 1.3));
  });
});

describe('a message a language lacks', () => {
  it('is shown in English and reported, never as its key', () => {
    const gaps: MessageKey[] = [];
    const text = messageFrom({}, 'phone.note.kept_extension', { extension: '7' }, (key) => gaps.push(key));
    expect(text).toBe('Kept extension 7 apart from the number.');
    expect(gaps).toEqual(['phone.note.kept_extension']);
  });
});

describe('switching language', () => {
  it('changes every message from then on and tells the listeners, without a restart', async () => {
    const heard: string[] = [];
    const stop = onLanguageChange((language) => heard.push(language));
    await switchLanguage('fr');
    expect(currentLanguage()).toBe('fr');
    expect(t('explain.not_found.title')).toBe('Introuvable');
    stop();
    await switchLanguage('en');
    expect(heard).toEqual(['fr']);
    expect(t('explain.not_found.title')).toBe('Not found');
  });

  it('formats lists and country names in the new language', async () => {
    await switchLanguage('de');
    expect(formatList(['Tel', 'Fax', 'Mobil'])).toBe('Tel, Fax und Mobil');
    expect(regionName('GB')).toBe('Vereinigtes Königreich');
    await switchLanguage('ja');
    expect(regionName('DE')).toBe('ドイツ');
  });
});
