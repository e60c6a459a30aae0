import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parsePhone } from '../phone/parse.js';
import { resolveDefaultCountry, systemLocale } from '../phone/default-country.js';
import { toCountryCode } from '../phone/numbering-plan.js';
import type { PhoneResult } from '../phone/types.js';
import { EXIT, UsageError, writeAll } from './io.js';
import type { CliIo } from './io.js';

const BATCH_LINES = 2000;

/** The JSON line of `softdial normalize`, shaped exactly as the README's command-line contract says. */
function normalizeLine(result: PhoneResult): string {
  if (!result.ok) return JSON.stringify({ input: result.input, ok: false, error: result.error });
  return JSON.stringify({
    input: result.input,
    ok: true,
    e164: result.e164,
    ...(result.extension ? { extension: result.extension } : {}),
    region: result.country,
    national: result.national,
    international: result.international,
    ...(result.type ? { type: result.type } : {}),
    ...(result.notes.length > 0 ? { notes: result.notes.map((note) => note.message) } : {}),
  });
}

/** `softdial normalize [--region CC] [TEXT...]`: one JSON line per input, from arguments or stdin lines. */
export async function normalizeCommand(args: string[], io: CliIo, settingsCountry?: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { region: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.region !== undefined && !toCountryCode(values.region)) {
    throw new UsageError(`--region "${values.region}" is not a country code: use two letters such as GB or US.`);
  }
  const country =
    values.region ??
    resolveDefaultCountry({
      setting: settingsCountry,
      environment: io.env['SOFTDIAL_DEFAULT_REGION'],
      locale: systemLocale(io.env),
    }).country;
  const options = { defaultCountry: country };
  if (positionals.length > 0) {
    await writeAll(io.stdout, positionals.map((text) => normalizeLine(parsePhone(text, options)) + '\n').join(''));
    return EXIT.ok;
  }
  let batch: string[] = [];
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    batch.push(normalizeLine(parsePhone(line, options)));
    if (batch.length >= BATCH_LINES) {
      await writeAll(io.stdout, batch.join('\n') + '\n');
      batch = [];
    }
  }
  if (batch.length > 0) await writeAll(io.stdout, batch.join('\n') + '\n');
  return EXIT.ok;
}
