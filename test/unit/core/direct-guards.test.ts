import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/core/contacts/files/csv.js';
import { redactBody, redactJson, rememberSecret } from '../../../electron/core/explain/redact.js';
import { parsePhone } from '../../../electron/core/phone/parse.js';
import { SettingsStore } from '../../../electron/core/settings/settings-store.js';
import { E164_PATTERN } from '../../../electron/shared/e164.js';
import { temporaryDirectory } from '../../helpers/sandbox.js';

// Direct tests for mistakes that once survived the whole suite (a mutation run), or were caught only by a
// slow proof or a round trip: each names the rule and fails the moment the rule does.

describe('E.164 length', () => {
  it('takes 15 digits at most, as the ITU allows, and refuses a 16th', () => {
    expect(E164_PATTERN.test('+123456789012345')).toBe(true);
    expect(E164_PATTERN.test('+1234567890123456')).toBe(false);
    expect(E164_PATTERN.test('+123456')).toBe(false);
    expect(E164_PATTERN.test('+1234567')).toBe(true);
    expect(parsePhone('+44 20 7946 0958 1234 5')).toMatchObject({ ok: false });
  });
});

describe('a secret softdial remembers', () => {
  it('is blanked wherever a server echoes it, even in free text and under an innocent name', () => {
    const secret = 'remembered-client-secret-4b1d';
    rememberSecret(secret);
    expect(redactBody(`invalid client: the secret ${secret} was revoked`)).not.toContain(secret);
    expect(JSON.stringify(redactJson({ note: `echo ${secret}`, list: [secret] }))).not.toContain(secret);
  });

  it('is not remembered when it is short enough to blank ordinary words', () => {
    rememberSecret('abc');
    expect(redactBody('abc is a word')).toBe('abc is a word');
  });
});

describe('CSV quotes', () => {
  it('reads a doubled quote inside a quoted cell as one quote, and a lone "" as an empty cell', () => {
    const { records, refused } = readCsv('Name,Phone,Company\n"Ann ""Nan"" Lee","+44 20 7946 0958",""\n');
    expect([...records]).toEqual([
      expect.objectContaining({ name: 'Ann "Nan" Lee', numbers: [{ label: 'Phone', raw: '+44 20 7946 0958' }] }),
    ]);
    expect([...records][0]?.organization).toBeUndefined();
    expect(refused).toEqual([]);
  });
});

describe('an admin-locked setting', () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => remove?.());

  it('wins over the user file, and a user update of it is refused', async () => {
    const dir = await temporaryDirectory();
    remove = () => dir.remove();
    const policy = join(dir.path, 'policy.json');
    await writeFile(policy, JSON.stringify({ locked: { dialGuardSeconds: 10 }, preset: { callerIdName: 'Desk' } }));
    await writeFile(join(dir.path, 'settings.json'), JSON.stringify({ dialGuardSeconds: 1, callerIdName: 'Mine' }));
    const store = new SettingsStore({ SOFTDIAL_DATA_DIR: dir.path, SOFTDIAL_POLICY_FILE: policy });
    const resolved = await store.load();
    expect(resolved.values).toMatchObject({ dialGuardSeconds: 10, callerIdName: 'Mine' });
    expect(resolved.sources).toMatchObject({ dialGuardSeconds: 'policy', callerIdName: 'user' });
    expect(resolved.locked).toContain('dialGuardSeconds');
    expect(await store.update({ dialGuardSeconds: 2 })).toMatchObject({
      ok: false,
      error: [expect.stringMatching(/dialGuardSeconds is set by your administrator's policy/)],
    });
  });
});
