import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSoftdial } from '../helpers/run-softdial.js';

// The CLI in the agent's language: `normalize` and `explain` in German, Japanese and Arabic, the
// language taken from --lang or the POSIX variables, and JSON keeping its codes in every language.

/** Nothing from the machine running the tests chooses the language, only what each test sets. */
const NO_LOCALE = { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };

interface Reading {
  ok: boolean;
  e164?: string;
  notes?: string[];
  noteCodes?: string[];
  error?: { code: string; message: string };
}

const readings = (stdout: string): Reading[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Reading);

const INPUTS = ['07400 123456', 'Tel: +44 (0)20 7946 0958 ext. 12', 'nothing'];

/** `normalize --region GB` of the inputs, in one language. */
async function normalizeIn(lang: string): Promise<Reading[]> {
  const { code, stdout } = await runSoftdial(['normalize', '--lang', lang, '--region', 'GB', ...INPUTS], {
    env: NO_LOCALE,
  });
  expect(code).toBe(0);
  return readings(stdout);
}

describe('softdial normalize in three languages', () => {
  it('words the notes and refusals in the language, with the same codes and numbers as in English', async () => {
    const [english, german, japanese, arabic] = await Promise.all(['en', 'de', 'ja', 'ar'].map(normalizeIn));
    expect(german?.[0]?.notes).toEqual(['+44 ergänzt, weil Ihr Standardland Vereinigtes Königreich ist.']);
    expect(japanese?.[1]?.notes).toContain('内線 12 を番号と分けて保持しました。');
    expect(german?.[2]?.error).toEqual({
      code: 'no_digits',
      message: 'Dieser Text enthält keine Telefonnummer: Er hat keine Ziffern.',
    });
    for (const translated of [german, japanese, arabic]) {
      expect(translated?.map((reading) => reading.e164)).toEqual(english?.map((reading) => reading.e164));
      expect(translated?.map((reading) => reading.noteCodes)).toEqual(english?.map((reading) => reading.noteCodes));
      expect(translated?.map((reading) => reading.error?.code)).toEqual(english?.map((reading) => reading.error?.code));
      expect(translated?.flatMap((reading) => reading.notes ?? [])).not.toContain(english?.[0]?.notes?.[0]);
    }
    expect(english?.[1]?.noteCodes).toEqual(['ignored_surrounding_text', 'kept_extension', 'dropped_trunk_prefix']);
  });

  it('keeps every number whole and left to right inside Arabic notes (isolated with FSI … PDI)', async () => {
    const [, withTrunk] = await normalizeIn('ar');
    const note = withTrunk?.notes?.[2] ?? '';
    expect(note).toContain('\u2068+44\u2069');
    expect(note).toMatch(/[\u0600-\u06ff]/);
  });
});

describe('the language of the CLI', () => {
  it('comes from LC_ALL before LC_MESSAGES before LANG, and --lang wins over all', async () => {
    const noteOf = async (args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> => {
      const { stdout } = await runSoftdial(['normalize', '--region', 'GB', ...args, '07400 123456'], {
        env: { ...NO_LOCALE, ...env },
      });
      return readings(stdout)[0]?.notes?.[0];
    };
    const german = '+44 ergänzt, weil Ihr Standardland Vereinigtes Königreich ist.';
    const french = '+44 ajouté car votre pays par défaut est : Royaume-Uni.';
    expect(await noteOf([], { LANG: 'de_DE.UTF-8' })).toBe(german);
    expect(await noteOf([], { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe(french);
    expect(await noteOf([], { LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'de_AT.UTF-8' })).toBe(german);
    expect(await noteOf(['--lang', 'fr'], { LC_ALL: 'de_DE.UTF-8' })).toBe(french);
    expect(await noteOf(['--lang=de-CH'], {})).toBe(german);
  });

  it('refuses a --lang it does not speak with exit 2, naming the languages it does', async () => {
    const { code, stdout, stderr } = await runSoftdial(['normalize', '--lang', 'xx', '1'], { env: NO_LOCALE });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"xx" is not a language softdial speaks');
    expect(stderr).toContain('pt-BR');
  });
});

describe('softdial explain in three languages', () => {
  let dir: string;
  let body: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'softdial-explain-lang-'));
    body = join(dir, 'error.json');
    await writeFile(
      body,
      JSON.stringify({
        message: 'Unable to find a station for the user',
        code: 'conversation.error.no.user.station',
        status: 400,
        contextId: 'ctx-4711',
      }),
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['de', 'Ihnen ist kein Telefon zugewiesen', 'Was zu tun ist:'],
    ['ja', '電話機が割り当てられていません', '対処方法:'],
    ['ar', 'لا يوجد هاتف مخصص لك', 'ما العمل:'],
  ])('in %s: the words follow the language, what support needs stays as it is', async (lang, title, whatToDo) => {
    const { code, stdout } = await runSoftdial(['explain', body, '--lang', lang], { env: NO_LOCALE });
    expect(code).toBe(0);
    expect(stdout).toContain(`✗ ${title}`);
    expect(stdout).toContain(whatToDo);
    expect(stdout).toContain('(HTTP 400 · conversation.error.no.user.station · correlation id ctx-4711)');
    expect(stdout).toContain('Unable to find a station for the user');
    expect(stdout).not.toMatch(/\\u206[89]/);
  });

  it('keeps the JSON codes and fields in every language; only title, detail and fix change', async () => {
    const explained = await Promise.all(
      ['en', 'de', 'ja', 'ar'].map(async (lang) => {
        const { stdout } = await runSoftdial(['explain', body, '--json', '--lang', lang], { env: NO_LOCALE });
        return (JSON.parse(stdout) as { error: Record<string, unknown> }).error;
      }),
    );
    const [english, ...others] = explained;
    for (const other of others) {
      expect({ ...other, title: '', detail: '', fix: [] }).toEqual({ ...english, title: '', detail: '', fix: [] });
      expect(other.title).not.toBe(english?.title);
      expect(other.code).toBe('no_station');
    }
  });
});
