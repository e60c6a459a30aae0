import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSoftdial } from '../helpers/run-softdial.js';

const lines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);

describe('softdial normalize', () => {
  it('prints one JSON object per argument, in the contract shape', async () => {
    const { code, stdout } = await runSoftdial([
      'normalize',
      '--region',
      'GB',
      '07400 123456',
      '+1 650 253 0000 x12',
      'nothing',
    ]);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      {
        input: '07400 123456',
        ok: true,
        e164: '+447400123456',
        region: 'GB',
        national: '07400 123456',
        international: '+44 7400 123456',
        type: 'MOBILE',
        notes: ['Added +44 because your default country is United Kingdom.'],
        noteCodes: ['added_country_code'],
      },
      {
        input: '+1 650 253 0000 x12',
        ok: true,
        e164: '+16502530000',
        extension: '12',
        region: 'US',
        national: '(650) 253-0000',
        international: '+1 650 253 0000',
        type: 'FIXED_LINE_OR_MOBILE',
        notes: ['Kept extension 12 apart from the number.'],
        noteCodes: ['kept_extension'],
      },
      {
        input: 'nothing',
        ok: false,
        error: { code: 'no_digits', message: 'There is no phone number in that text: it has no digits.' },
      },
    ]);
  });

  it('reads one input per stdin line, CRLF included, and takes the country from SOFTDIAL_DEFAULT_REGION', async () => {
    const { code, stdout } = await runSoftdial(['normalize'], {
      stdin: '030 123456\r\n\r\n+33 6 12 34 56 78\n',
      env: { SOFTDIAL_DEFAULT_REGION: 'DE' },
    });
    expect(code).toBe(0);
    const results = lines(stdout) as { ok: boolean; e164?: string; error?: { code: string } }[];
    expect(results.map((r) => r.e164 ?? r.error?.code)).toEqual(['+4930123456', 'empty', '+33612345678']);
  });

  it('handles 100,000 stdin lines in one run', async () => {
    const input = Array.from({ length: 100_000 }, (_, i) => `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`).join(
      '\n',
    );
    const { code, stdout } = await runSoftdial(['normalize'], { stdin: input });
    expect(code).toBe(0);
    const output = stdout.trimEnd().split('\n');
    expect(output).toHaveLength(100_000);
    expect(JSON.parse(output[99_999] ?? '{}')).toMatchObject({ ok: true, e164: '+442079469999' });
  });

  it('exits 2 with the option named when the region is not a country', async () => {
    const { code, stderr, stdout } = await runSoftdial(['normalize', '--region', 'Narnia', '123']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--region "Narnia" is not a country code/);
  });

  it('exits 2 on an unknown option or command', async () => {
    expect((await runSoftdial(['normalize', '--bogus'])).code).toBe(2);
    expect((await runSoftdial(['frobnicate'])).code).toBe(2);
  });

  describe('the default country', () => {
    let dataDir: string | undefined;
    afterEach(async () => {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      dataDir = undefined;
    });

    /** A data folder whose saved settings choose a default country, and a locale that would choose another. */
    async function savedCountry(country: string): Promise<NodeJS.ProcessEnv> {
      dataDir = await mkdtemp(join(tmpdir(), 'softdial-normalize-'));
      await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ defaultCountry: country }));
      return { SOFTDIAL_DATA_DIR: dataDir, SOFTDIAL_DEFAULT_REGION: '', LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' };
    }

    it('is the saved one, exactly as dial reads the same text', async () => {
      const env = await savedCountry('DE');
      const normalized = await runSoftdial(['normalize', '030 123456'], { env });
      expect(lines(normalized.stdout)).toMatchObject([{ ok: true, e164: '+4930123456', region: 'DE' }]);
      const dialled = await runSoftdial(['dial', '--dry-run', '--json', '030 123456'], { env });
      expect(JSON.parse(dialled.stdout)).toMatchObject({ ok: true, body: { phoneNumber: '+4930123456' } });
    });

    it('gives way to SOFTDIAL_DEFAULT_REGION and to --region, in that order', async () => {
      const env = await savedCountry('DE');
      const fromEnvironment = await runSoftdial(['normalize', '020 7946 0958'], {
        env: { ...env, SOFTDIAL_DEFAULT_REGION: 'GB' },
      });
      expect(lines(fromEnvironment.stdout)).toMatchObject([{ e164: '+442079460958' }]);
      const fromFlag = await runSoftdial(['normalize', '--region', 'FR', '01 23 45 67 89'], { env });
      expect(lines(fromFlag.stdout)).toMatchObject([{ e164: '+33123456789' }]);
    });
  });

  it('with --all lists every number of an input, each with its label', async () => {
    const { code, stdout } = await runSoftdial([
      'normalize',
      '--all',
      '--region',
      'GB',
      'Tel: 020 7946 0958 / Fax: 020 7946 0959',
    ]);
    expect(code).toBe(0);
    const [line] = lines(stdout) as { e164: string; numbers: { label?: string; e164: string; national: string }[] }[];
    expect(line?.e164).toBe('+442079460958');
    expect(line?.numbers.map((n) => [n.label, n.e164, n.national])).toEqual([
      ['Tel', '+442079460958', '020 7946 0958'],
      ['Fax', '+442079460959', '020 7946 0959'],
    ]);
  });

  it('with --all expands a list written in shorthand and says how each member and a range were read', async () => {
    const { code, stdout } = await runSoftdial([
      'normalize',
      '--all',
      '--region',
      'GB',
      'Telephone:\n020 7946 0958/59\nFax: 020 7946 2571 to 73',
    ]);
    expect(code).toBe(0);
    const [line] = lines(stdout) as { numbers: { label?: string; e164: string; notes: string[] }[] }[];
    expect(line?.numbers.map((n) => [n.label, n.e164])).toEqual([
      ['Telephone', '+442079460958'],
      ['Telephone', '+442079460959'],
      ['Fax', '+442079462571'],
    ]);
    expect(line?.numbers[1]?.notes).toContain(
      'Read "59" as the number before it with its last digits replaced: 02079460959.',
    );
    expect(line?.numbers[2]?.notes).toContain(
      'The text names a range of lines, 02079462571 to 02079462573: this is the first of them.',
    );
  });
});
