import { describe, expect, it } from 'vitest';
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
});
